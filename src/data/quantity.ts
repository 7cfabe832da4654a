/**
 * Units a shopper wants (`<stock-status quantity>`, `<notify-me-form
 * quantity>`, a sign-up's `quantity`): a whole number, at least 1. A fraction
 * counts as its whole part; anything below 1 or not a finite number as 1.
 */
export function unitsWanted(value: unknown): number {
  return typeof value === 'number' && value >= 1 && value < Infinity ? Math.floor(value) : 1;
}

/**
 * Units in a cart line (`<backorder-option quantity>`, the lines of
 * `<backorder-summary>`, `decideBackorder`) or in stock: a whole number, at
 * least 0, since a line can be emptied. A fraction counts as its whole part,
 * a negative number as 0, and what is not a finite number at all as
 * `fallback`: 0, or the element's default when its attribute holds no number.
 */
export function wholeUnits(value: unknown, fallback = 0): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return value > 0 ? Math.floor(value) : 0;
}

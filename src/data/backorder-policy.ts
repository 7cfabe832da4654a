import { daysBetween } from './calendar-date.js';
import { wholeUnits } from './quantity.js';
import { expectedDateOf, statusOf } from './stock-state.js';
import type { Availability, AvailabilityStatus, CalendarDate } from './types.js';

/**
 * What a shopper can choose for units that cannot ship now:
 * - `split`: ship what is in stock now, the rest when it arrives;
 * - `together`: ship everything together once all units are in;
 * - `cancel`: drop the units that are not in stock.
 */
export type BackorderChoice = 'split' | 'together' | 'cancel';

/** Every choice, in the order they are offered. */
export const backorderChoices: readonly BackorderChoice[] = ['split', 'together', 'cancel'];

/**
 * Why no backorder is offered:
 * - `discontinued`: the item is no longer made;
 * - `not-backorderable`: the endpoint does not take orders beyond the stock;
 * - `wait-too-long`: the expected date is further away than `maxBackorderDays`;
 * - `over-limit`: `backorderLimit` is 0, no unit may be ordered beyond the stock
 *   (a higher limit still offers a backorder, up to the limit: see `overLimit`).
 */
export type BackorderRefusal =
  'discontinued' | 'not-backorderable' | 'wait-too-long' | 'over-limit';

/** What the policy needs to decide one cart line. */
export interface BackorderPolicyInput {
  /** The endpoint's answer for the SKU. */
  availability: Availability;
  /** Units the shopper wants in the line: a whole number ≥ 0 (see `wholeUnits`). */
  quantity: number;
  /** `quantity` at or below this is `low-stock` (used when the answer names no status). */
  lowStockThreshold: number;
  /** A backorder expected later than this many days from today is refused. */
  maxBackorderDays: number;
  /** Backordered units expected within this many days are charged with the order. */
  chargeNowDays: number;
  /** Today, in the shopper's calendar. */
  today: CalendarDate;
  /** The choice the shop prefers; used when offered, else the policy's default. */
  preferredChoice?: BackorderChoice;
}

/** The policy's answer for one cart line. */
export interface BackorderDecision {
  /** The item's status, named or derived. */
  status: AvailabilityStatus;
  /** Units the shopper wants (normalised). */
  quantity: number;
  /** Units that can ship now. */
  shipNow: number;
  /** Units that cannot ship now (`quantity - shipNow`). */
  missing: number;
  /** The choices to offer; empty when there is nothing to decide. */
  choices: BackorderChoice[];
  /** The preselected choice; undefined when there is nothing to decide. */
  defaultChoice: BackorderChoice | undefined;
  /** When the missing units are expected; never before today (a past date means "any day now"). */
  expectedDate: CalendarDate | undefined;
  /** Days until `expectedDate` (0 = any day now); undefined when no date is known. */
  daysUntilExpected: number | undefined;
  /** Why no backorder is offered; undefined when it is (or nothing is missing). */
  refusal: BackorderRefusal | undefined;
  /** Units that may still be ordered beyond the stock (`backorderLimit`), when known. */
  backorderLimit: number | undefined;
  /** Missing units beyond `backorderLimit`: no choice can keep them, `split` and `together` remove them. */
  overLimit: number;
  /**
   * Whether backordered units are charged with the order: the expected date is
   * known and within `chargeNowDays`. An unknown date is charged at shipment.
   */
  chargeBackorderNow: boolean;
}

/** What one choice means for the line. */
export interface BackorderOutcome {
  /** Units that ship right away. */
  shipNow: number;
  /** Units that wait for the restock. */
  backordered: number;
  /** Units dropped from the line. */
  removed: number;
  /** Whether every unit left in the line is charged with the order. */
  chargeNow: boolean;
}

/** Units that can ship now. A stocked status without a `quantity` is trusted to cover any order. */
function unitsInStock(item: Availability, status: AvailabilityStatus): number {
  if (status === 'out-of-stock' || status === 'preorder') return 0;
  if (item.quantity === undefined) {
    return status === 'in-stock' || status === 'low-stock' ? Number.POSITIVE_INFINITY : 0;
  }
  return wholeUnits(item.quantity);
}

/**
 * Whether units beyond the stock may be ordered: `backorderable` when the
 * endpoint says so; without it, a `backorder` or `preorder` status implies yes.
 */
function acceptsBackorders(item: Availability, status: AvailabilityStatus): boolean {
  if (status === 'discontinued') return false;
  return item.backorderable ?? (status === 'backorder' || status === 'preorder');
}

/**
 * Decides a cart line: how many units ship now, which choices are offered
 * for the rest, the default, the expected date, whether backorder is refused
 * and why, and whether backordered units are charged now.
 *
 * Rules, in order (the first refusal that applies is the reason given):
 * 1. Nothing missing (quantity 0, or all in stock): no choices.
 * 2. `discontinued` → refused; not backorderable → refused;
 *    expected further away than `maxBackorderDays` → `wait-too-long`
 *    (exactly at the limit is still offered);
 *    `backorderLimit` 0 → `over-limit`.
 *    A refused line offers only `cancel`, preselected.
 * 3. Otherwise `split` (only when some units ship now), `together`, `cancel`;
 *    the default is `split`, or `together` when nothing ships now, unless the
 *    preferred choice is offered. Missing units beyond `backorderLimit`
 *    (`overLimit`) cannot be ordered: `split` and `together` backorder up to
 *    the limit and remove the rest.
 * An unknown date (no `restockDate`, no `leadTimeDays`) is offered, and
 * charged at shipment since nobody can say when that is.
 *
 * ```ts
 * decideBackorder({ availability, quantity: 3, lowStockThreshold: 5,
 *   maxBackorderDays: 21, chargeNowDays: 7, today: '2026-11-26' });
 * ```
 */
export function decideBackorder(input: BackorderPolicyInput): BackorderDecision {
  const item = input.availability;
  const status = statusOf(item, input.lowStockThreshold);
  const quantity = wholeUnits(input.quantity);
  const shipNow = Math.min(quantity, unitsInStock(item, status));
  const missing = quantity - shipNow;

  const rawDate = expectedDateOf(item, input.today);
  const daysAway = rawDate === undefined ? undefined : daysBetween(input.today, rawDate);
  const daysUntilExpected = daysAway === undefined ? undefined : Math.max(0, daysAway);
  const expectedDate = rawDate !== undefined && daysAway! < 0 ? input.today : rawDate;
  const backorderLimit =
    item.backorderLimit === undefined ? undefined : wholeUnits(item.backorderLimit);
  const overLimit = backorderLimit === undefined ? 0 : Math.max(0, missing - backorderLimit);
  const chargeBackorderNow =
    daysUntilExpected !== undefined && daysUntilExpected <= input.chargeNowDays;

  const base = {
    status,
    quantity,
    shipNow,
    missing,
    expectedDate,
    daysUntilExpected,
    backorderLimit,
    overLimit,
    chargeBackorderNow,
  };
  if (missing === 0) {
    return { ...base, choices: [], defaultChoice: undefined, refusal: undefined };
  }

  const refusal = refusalOf(
    item,
    status,
    daysUntilExpected,
    input.maxBackorderDays,
    backorderLimit,
  );
  if (refusal) {
    return { ...base, choices: ['cancel'], defaultChoice: 'cancel', refusal };
  }
  const choices: BackorderChoice[] =
    shipNow > 0 ? ['split', 'together', 'cancel'] : ['together', 'cancel'];
  const preferred = input.preferredChoice;
  const defaultChoice = preferred && choices.includes(preferred) ? preferred : choices[0]!;
  return { ...base, choices, defaultChoice, refusal: undefined };
}

function refusalOf(
  item: Availability,
  status: AvailabilityStatus,
  daysUntilExpected: number | undefined,
  maxBackorderDays: number,
  backorderLimit: number | undefined,
): BackorderRefusal | undefined {
  if (status === 'discontinued') return 'discontinued';
  if (!acceptsBackorders(item, status)) return 'not-backorderable';
  if (daysUntilExpected !== undefined && daysUntilExpected > maxBackorderDays)
    return 'wait-too-long';
  if (backorderLimit === 0) return 'over-limit';
  return undefined;
}

/**
 * What a choice means for the line: `split` ships the stock now and
 * backorders the rest; `together` ships nothing now and backorders every unit
 * that can be ordered; `cancel` ships the stock and drops the rest. Units over
 * `backorderLimit` are removed by `split` and `together` too. `chargeNow` is
 * true when every unit left in the line is charged with the order (always for
 * `cancel`). Without anything to decide (`choice` undefined) everything ships now.
 */
export function outcomeOf(
  decision: BackorderDecision,
  choice: BackorderChoice | undefined,
): BackorderOutcome {
  const { shipNow, missing, quantity, overLimit, chargeBackorderNow: chargeNow } = decision;
  if (missing === 0 || choice === undefined) {
    return { shipNow, backordered: 0, removed: 0, chargeNow: true };
  }
  switch (choice) {
    case 'split':
      return { shipNow, backordered: missing - overLimit, removed: overLimit, chargeNow };
    case 'together':
      return { shipNow: 0, backordered: quantity - overLimit, removed: overLimit, chargeNow };
    case 'cancel':
      return { shipNow, backordered: 0, removed: missing, chargeNow: true };
  }
}

/** Whether `value` names a choice. */
export function isBackorderChoice(value: unknown): value is BackorderChoice {
  return typeof value === 'string' && (backorderChoices as readonly string[]).includes(value);
}

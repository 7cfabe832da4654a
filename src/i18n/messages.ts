/**
 * A text, with `{name}` placeholders; or plural forms chosen by the `count`
 * parameter through `Intl.PluralRules` (`other` is required).
 */
export type MessageText = string | PluralText;

/** Plural forms of a text, by `Intl.PluralRules` category. */
export interface PluralText {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/**
 * Every text the elements show. A shop overrides any of them, one by one,
 * with `configure({ messages: { inStock: 'Available' } })` or the `messages`
 * property of a provider or element.
 */
export interface Messages {
  /** While the first answer is on its way. */
  statusLoading: MessageText;
  statusInStock: MessageText;
  /** `{count}`: units left. */
  statusLowStock: MessageText;
  statusBackorder: MessageText;
  /** `{date}`: the expected date. */
  statusBackorderExpected: MessageText;
  /** Expected date today or already past. */
  statusBackorderAnyDay: MessageText;
  statusPreorder: MessageText;
  /** `{date}`: the release date. */
  statusPreorderShips: MessageText;
  statusOutOfStock: MessageText;
  /** `{date}`: when it is expected back. */
  statusOutOfStockExpected: MessageText;
  statusDiscontinued: MessageText;
  /** The endpoint did not mention this SKU. */
  statusUnknown: MessageText;
  /** The endpoint could not be read: neutral, never a false "in stock". */
  statusError: MessageText;
  /** Appended when the shopper wants more than can ship now. `{count}` can ship, `{wanted}` wanted. */
  statusShortfall: MessageText;
}

/** The English texts, the default for every locale we do not have. */
export const en: Messages = {
  statusLoading: 'Checking stock…',
  statusInStock: 'In stock',
  statusLowStock: 'Only {count} left',
  statusBackorder: 'On backorder',
  statusBackorderExpected: 'On backorder — expected {date}',
  statusBackorderAnyDay: 'On backorder — expected any day now',
  statusPreorder: 'Pre-order',
  statusPreorderShips: 'Pre-order — ships {date}',
  statusOutOfStock: 'Out of stock',
  statusOutOfStockExpected: 'Out of stock — expected back {date}',
  statusDiscontinued: 'No longer available',
  statusUnknown: 'Availability unknown',
  statusError: 'Stock information is unavailable right now',
  statusShortfall: {
    one: 'only {count} of the {wanted} you want can ship now',
    other: 'only {count} of the {wanted} you want can ship now',
  },
};

/** Catalogues by language tag; the closest one to the locale is used. */
export const catalogues: Record<string, Messages> = { en };

/** The catalogue closest to `locale`: exact tag, then its language, then English. */
export function catalogueFor(locale: string): Messages {
  const exact = catalogues[locale];
  if (exact) return exact;
  const language = locale.split('-')[0]!.toLowerCase();
  return catalogues[language] ?? en;
}

import { lazyModule, type LazyModule } from '../data/lazy-module.js';

/**
 * A text, with `{name}` placeholders; or plural forms chosen by the `count`
 * parameter: an exact number first (`'=2'`), then the `Intl.PluralRules`
 * category of the language (`other` is required).
 */
export type MessageText = string | PluralText;

/**
 * Plural forms of a text, by `Intl.PluralRules` category, plus exact-number
 * forms as in ICU MessageFormat: `{ '=2': 'Ship both together', other: 'Ship
 * all {count} together' }`. English has no `two` category, so "both" needs `'=2'`.
 */
export interface PluralText {
  /** The form for exactly this count; wins over the category. */
  [exact: `=${number}`]: string | undefined;
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/**
 * Every text the elements show. A shop overrides any of them, one by one,
 * with `configure({ messages: { statusInStock: 'Available' } })` or the
 * `messages` property of a provider or element.
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

  // <notify-me-form>
  /** Heading of the back-in-stock form. */
  notifyTitle: MessageText;
  notifyEmailLabel: MessageText;
  /** The alert-consent box (`require-consent`): one e-mail about this item, nothing more. */
  notifyConsentLabel: MessageText;
  /** The separate, optional marketing box (`marketing-consent`). */
  notifyMarketingLabel: MessageText;
  /** The quantity field (`ask-quantity`). */
  notifyQuantityLabel: MessageText;
  notifySubmit: MessageText;
  /** While the sign-up is on its way. */
  notifySending: MessageText;
  notifyEmailMissing: MessageText;
  notifyEmailInvalid: MessageText;
  notifyConsentMissing: MessageText;
  notifyQuantityInvalid: MessageText;
  /** 2xx. `{email}`: the address. */
  notifySuccess: MessageText;
  /** 409. `{email}`: the address. */
  notifyAlreadySubscribed: MessageText;
  /** 400/422 with the server's reason. `{message}`: that reason, plain text. */
  notifyInvalidReason: MessageText;
  /** 400/422 without a reason. */
  notifyInvalid: MessageText;
  /** 429. */
  notifyTooManyAttempts: MessageText;
  /** Other 4xx: retrying will not help. */
  notifyFailed: MessageText;
  /** Timeout or no connection: kept on the device and sent later. `{email}`: the address. */
  notifyQueued: MessageText;
  /** 5xx: kept on the device and sent again later. `{email}`: the address. */
  notifyQueuedServerError: MessageText;
  /** 5xx, timeout or no connection, and the device could not keep it (storage off or full). */
  notifyNotSaved: MessageText;
  /** A returning shopper. `{email}`: the (masked) address on the list. */
  notifyOnList: MessageText;
  /** Button that shows the form again for another address. */
  notifyAnother: MessageText;
  /** No `notify-endpoint` configured. */
  notifyUnavailable: MessageText;
  /** The page took the sign-up over (`notify-submit` cancelled). */
  notifyHandedOff: MessageText;
  /** Label of the hidden bot trap; people never see it. */
  notifyHoneypotLabel: MessageText;

  // <backorder-option>. `{count}` picks the plural form; `{when}` is one of the `backorderWhen…` texts.
  /** Legend when some units ship now. `{count}` missing, `{quantity}` wanted. */
  backorderLegend: MessageText;
  /** Legend when nothing ships now. `{count}` wanted. */
  backorderLegendNone: MessageText;
  /** `{date}`: the expected date ("around Dec 14"). */
  backorderWhenDate: MessageText;
  /** Expected today or already past. */
  backorderWhenSoon: MessageText;
  /** No expected date known. */
  backorderWhenUnknown: MessageText;
  /** `split`: `{now}` ship now, `{count}` later, `{when}`. */
  backorderSplit: MessageText;
  /** `together`: `{count}` that wait (all that can be ordered), `{when}`. */
  backorderTogether: MessageText;
  /** `split` or `together` over `backorderLimit`: `{choice}` the option's text, `{count}` removed. */
  backorderLimitedRest: MessageText;
  /** `cancel` when some units ship now: `{count}` dropped. */
  backorderCancel: MessageText;
  /** `cancel` when nothing ships now: `{count}` dropped (the whole line). */
  backorderCancelAll: MessageText;
  /** Charge note: everything charged with the order. `{count}` units left in the line. */
  backorderChargeNow: MessageText;
  /** Charge note for `split` charged later: `{count}` backordered. */
  backorderChargeSplitLater: MessageText;
  /** Charge note for `together` charged later: `{count}` that wait. */
  backorderChargeTogetherLater: MessageText;
  /** Charge note for `cancel`: `{count}` that ship now. */
  backorderChargeCancel: MessageText;
  /** Why no backorder: the item is discontinued. */
  backorderRefusedDiscontinued: MessageText;
  /** Why no backorder: the shop takes no orders beyond its stock. */
  backorderRefusedNotBackorderable: MessageText;
  /** Why no backorder: `{date}` is too far away. */
  backorderRefusedWaitTooLong: MessageText;
  /** Over `backorderLimit`: at most `{count}` more can be ordered (the rest is removed). */
  backorderRefusedOverLimit: MessageText;
  /** The link to the back-in-stock sign-up (`notify-href`). */
  backorderNotifyLink: MessageText;
  /** Validation message when `required` and nothing is chosen. */
  backorderRequired: MessageText;
  /** Shown instead of the choices when stock cannot be read; never blocks the checkout. */
  backorderError: MessageText;

  // Dates
  /**
   * An expected date with its relative phrasing, used for dates 1–45 days
   * away: `{date}` the calendar date ("Dec 14"), `{relative}` from
   * `Intl.RelativeTimeFormat` ("in 2 weeks"). Override with `'{date}'` to
   * show the calendar date alone.
   */
  expectedDateRelative: MessageText;

  // <stock-status>: the shop's purchase button (`controls`) and the merchant's note
  /** The purchase button's label while the item is on backorder. */
  statusButtonBackorder: MessageText;
  /** The purchase button's label for a pre-order. */
  statusButtonPreorder: MessageText;
  /** Shows the whole merchant's note when it is cut short. */
  statusMessageMore: MessageText;
  /** Cuts the merchant's note short again. */
  statusMessageLess: MessageText;

  // <backorder-summary>. It also reuses texts of <backorder-option>: `backorderWhen…` to
  // title a later delivery, `backorderChargeNow` and `backorderChargeSplitLater` (units
  // charged later) to say when the shopper pays; and `backorderRequired` and
  // `statusUnknown` for units awaiting a choice and lines not known yet.
  /** Heading of the delivery plan. */
  summaryTitle: MessageText;
  /** The delivery of everything in stock. */
  summaryNow: MessageText;
  /** Heading of the units dropped from the order. */
  summaryRemoved: MessageText;
}

/**
 * The languages besides English, each in its own module: a page loads one
 * when an element first needs it (the script-tag builds load it from a file
 * beside them, `backorder-elements.sv.js`).
 */
const languages: Record<string, LazyModule<Messages>> = {
  sv: lazyModule('the Swedish texts', () => import('./catalogues/sv.js').then((m) => m.sv)),
  de: lazyModule('the German texts', () => import('./catalogues/de.js').then((m) => m.de)),
};

/** A locale tag the browser accepts, canonical (`sv-se` → `sv-SE`), or undefined. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The language that serves `locale`: exact tag, then its language; undefined for English. */
function languageOf(locale: string): LazyModule<Messages> | undefined {
  for (const tag of [locale, locale.toLowerCase(), locale.split('-')[0]!.toLowerCase()]) {
    if (Object.hasOwn(languages, tag)) return languages[tag];
  }
  return undefined;
}

/**
 * The catalogue closest to `locale`, exact tag then its language, once it has
 * loaded; undefined for English, while that language is loading (see
 * `loadCatalogue`) and when it could not load: then the element's English
 * texts are shown.
 */
export function catalogueFor(locale: string): Messages | undefined {
  return languageOf(locale)?.value;
}

/**
 * Starts loading the catalogue for `locale` when it is not there yet, and
 * returns a promise that resolves (never rejects) once it has loaded or
 * failed; undefined when there is nothing to wait for.
 */
export function loadCatalogue(locale: string): Promise<unknown> | undefined {
  const language = languageOf(locale);
  return language && !language.settled ? language.load() : undefined;
}

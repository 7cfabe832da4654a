import { de } from './catalogues/de.js';
import { en } from './catalogues/en.js';
import { sv } from './catalogues/sv.js';

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
  /** 5xx, timeout, network error: kept on the device and sent later. `{email}`: the address. */
  notifyQueued: MessageText;
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
  /** `together`: `{count}` wanted, `{when}`. */
  backorderTogether: MessageText;
  /** `cancel` when some units ship now: `{count}` dropped. */
  backorderCancel: MessageText;
  /** `cancel` when nothing ships now: `{count}` dropped (the whole line). */
  backorderCancelAll: MessageText;
  /** Charge note: everything charged with the order. `{count}` wanted. */
  backorderChargeNow: MessageText;
  /** Charge note for `split` charged later: `{count}` backordered. */
  backorderChargeSplitLater: MessageText;
  /** Charge note for `together` charged later: `{count}` wanted. */
  backorderChargeTogetherLater: MessageText;
  /** Charge note for `cancel`: `{count}` that ship now. */
  backorderChargeCancel: MessageText;
  /** Why no backorder: the item is discontinued. */
  backorderRefusedDiscontinued: MessageText;
  /** Why no backorder: the shop takes no orders beyond its stock. */
  backorderRefusedNotBackorderable: MessageText;
  /** Why no backorder: `{date}` is too far away. */
  backorderRefusedWaitTooLong: MessageText;
  /** Why no backorder: at most `{count}` more can be ordered. */
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

export { de, en, sv };

/** Catalogues by language tag; the closest one to the locale is used. */
export const catalogues: Record<string, Messages> = { en, sv, de };

/** The catalogue closest to `locale`: exact tag, then its language, then English. */
export function catalogueFor(locale: string): Messages {
  const own = (tag: string) => (Object.hasOwn(catalogues, tag) ? catalogues[tag] : undefined);
  return own(locale) ?? own(locale.toLowerCase()) ?? own(locale.split('-')[0]!.toLowerCase()) ?? en;
}

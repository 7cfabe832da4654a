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
  notifyTitle: 'Get an e-mail when it is back in stock',
  notifyEmailLabel: 'E-mail address',
  notifyConsentLabel: 'E-mail me once when this item is back in stock',
  notifyMarketingLabel: 'Also send me news and offers (optional)',
  notifyQuantityLabel: 'How many do you want?',
  notifySubmit: 'Notify me',
  notifySending: 'Signing you up…',
  notifyEmailMissing: 'Enter your e-mail address.',
  notifyEmailInvalid: 'Enter an e-mail address like name@example.com.',
  notifyConsentMissing: 'Tick the box so we may e-mail you when it is back.',
  notifyQuantityInvalid: 'Enter a whole number, 1 or more.',
  notifySuccess: 'Thank you! We will e-mail {email} when this item is back in stock.',
  notifyAlreadySubscribed: 'You are already on the list: we will e-mail {email} when it is back.',
  notifyInvalidReason: 'We could not sign you up: {message}',
  notifyInvalid: 'We could not sign you up. Check your e-mail address and try again.',
  notifyTooManyAttempts: 'Too many attempts. Please try again in a few minutes.',
  notifyFailed: 'We could not sign you up. Please try again later.',
  notifyQueued:
    'We could not reach our server, so your sign-up for {email} is saved on this device and will be sent as soon as the connection is back.',
  notifyOnList: 'You are on the list for this item ({email}).',
  notifyAnother: 'Sign up another address',
  notifyUnavailable: 'E-mail alerts for this item are not available right now.',
  notifyHandedOff: 'Thank you, your request has been received.',
  notifyHoneypotLabel: 'Leave this field empty',
  backorderLegend: {
    one: '{count} of your {quantity} isn’t in stock yet',
    other: '{count} of your {quantity} aren’t in stock yet',
  },
  backorderLegendNone: {
    one: 'This item isn’t in stock yet',
    other: 'None of your {count} are in stock yet',
  },
  backorderWhenDate: 'around {date}',
  backorderWhenSoon: 'any day now',
  backorderWhenUnknown: 'when back in stock',
  backorderSplit: 'Ship {now} now, {count} {when}',
  backorderTogether: {
    one: 'Ship it {when}',
    other: 'Ship all {count} together {when}',
  },
  backorderCancel: {
    one: 'Remove the {count} that isn’t in stock',
    other: 'Remove the {count} that aren’t in stock',
  },
  backorderCancelAll: {
    one: 'Remove it from my order',
    other: 'Remove all {count} from my order',
  },
  backorderChargeNow: {
    one: 'You’ll be charged for it now.',
    other: 'You’ll be charged for all {count} now.',
  },
  backorderChargeSplitLater: {
    one: 'The {count} on backorder is charged when it ships.',
    other: 'The {count} on backorder are charged when they ship.',
  },
  backorderChargeTogetherLater: {
    one: 'You’ll be charged when it ships.',
    other: 'You’ll be charged for all {count} when they ship.',
  },
  backorderChargeCancel: {
    one: 'You’ll be charged only for the {count} that ships now.',
    other: 'You’ll be charged only for the {count} that ship now.',
  },
  backorderRefusedDiscontinued: 'This item is no longer made, so no more can be ordered.',
  backorderRefusedNotBackorderable: 'More can’t be ordered until it’s back in stock.',
  backorderRefusedWaitTooLong: 'It isn’t expected back until around {date}, too long to hold your order.',
  backorderRefusedOverLimit: {
    one: 'Only {count} more can be ordered before the restock.',
    other: 'Only {count} more can be ordered before the restock.',
  },
  backorderNotifyLink: 'E-mail me when it’s back in stock',
  backorderRequired: 'Choose what happens to the items that aren’t in stock.',
  backorderError: 'Delivery dates for this item can’t be checked right now.',
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

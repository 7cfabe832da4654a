import type { Messages } from '../messages.js';

// The English texts, the default for every locale we do not have, in parts:
// each element takes the parts it shows, so a page that imports one element
// ships only its texts. `en` is all of them.

/** Texts more than one element shows. */
export const sharedTexts = {
  statusUnknown: 'Availability unknown',
  expectedDateRelative: '{date} ({relative})',
} satisfies Partial<Messages>;

/** `<stock-status>`, its purchase button and its More/Less button. */
export const stockStatusTexts = {
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
  statusError: 'Stock information is unavailable right now',
  statusShortfall: {
    one: 'only {count} of the {wanted} you want can ship now',
    other: 'only {count} of the {wanted} you want can ship now',
  },
  statusButtonBackorder: 'Backorder',
  statusButtonPreorder: 'Pre-order',
  statusMessageMore: 'More',
  statusMessageLess: 'Less',
} satisfies Partial<Messages>;

/** `<notify-me-form>`. */
export const notifyMeFormTexts = {
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
  notifyQueuedServerError:
    'Our server had a problem, so your sign-up for {email} is saved on this device and will be sent again on your next visit.',
  notifyNotSaved:
    'We could not sign you up just now, and this device could not save your sign-up for later. Please try again in a few minutes.',
  notifyOnList: 'You are on the list for this item ({email}).',
  notifyAnother: 'Sign up another address',
  notifyUnavailable: 'E-mail alerts for this item are not available right now.',
  notifyHandedOff: 'Thank you, your request has been received.',
  notifyHoneypotLabel: 'Leave this field empty',
} satisfies Partial<Messages>;

/** `<backorder-option>`; `<backorder-summary>` reuses some of them. */
export const backorderOptionTexts = {
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
    '=2': 'Ship both together {when}',
    other: 'Ship all {count} together {when}',
  },
  backorderLimitedRest: {
    one: '{choice}; the other one can’t be ordered and is removed',
    other: '{choice}; the other {count} can’t be ordered and are removed',
  },
  backorderCancel: {
    one: 'Remove the {count} that isn’t in stock',
    other: 'Remove the {count} that aren’t in stock',
  },
  backorderCancelAll: {
    one: 'Remove it from my order',
    '=2': 'Remove both from my order',
    other: 'Remove all {count} from my order',
  },
  backorderChargeNow: {
    one: 'You’ll be charged for it now.',
    '=2': 'You’ll be charged for both now.',
    other: 'You’ll be charged for all {count} now.',
  },
  backorderChargeSplitLater: {
    one: 'The {count} on backorder is charged when it ships.',
    other: 'The {count} on backorder are charged when they ship.',
  },
  backorderChargeTogetherLater: {
    one: 'You’ll be charged when it ships.',
    '=2': 'You’ll be charged for both when they ship.',
    other: 'You’ll be charged for all {count} when they ship.',
  },
  backorderChargeCancel: {
    one: 'You’ll be charged only for the {count} that ships now.',
    other: 'You’ll be charged only for the {count} that ship now.',
  },
  backorderRefusedDiscontinued: 'This item is no longer made, so no more can be ordered.',
  backorderRefusedNotBackorderable: 'More can’t be ordered until it’s back in stock.',
  backorderRefusedWaitTooLong:
    'It isn’t expected back until around {date}, too long to hold your order.',
  backorderRefusedOverLimit: {
    one: 'Only {count} more can be ordered before the restock.',
    other: 'Only {count} more can be ordered before the restock.',
  },
  backorderNotifyLink: 'E-mail me when it’s back in stock',
  backorderRequired: 'Choose what happens to the items that aren’t in stock.',
  backorderError: 'Delivery dates for this item can’t be checked right now.',
} satisfies Partial<Messages>;

/** `<backorder-summary>`. */
export const backorderSummaryTexts = {
  summaryTitle: 'Your deliveries',
  summaryNow: 'Ships now',
  summaryRemoved: 'Removed',
} satisfies Partial<Messages>;

/**
 * Every English text. Pure: a bundle that imports only some parts leaves the
 * rest out.
 */
export const en: Messages = /* @__PURE__ */ Object.assign(
  {},
  sharedTexts,
  stockStatusTexts,
  notifyMeFormTexts,
  backorderOptionTexts,
  backorderSummaryTexts,
);

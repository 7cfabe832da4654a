import { isPlausibleEmail } from '../../data/notify-rules.js';
import { unitsWanted } from '../../data/quantity.js';
import type { Messages } from '../../i18n/messages.js';

/** The fields that can be wrong, in the order the form shows them. */
export type SignupField = 'email' | 'consent' | 'quantity';

/** What is wrong with each field, as the id of the message that says so. */
export type SignupErrors = Partial<Record<SignupField, keyof Messages>>;

/** What the shopper filled in; a field the form does not show is undefined. */
export interface SignupFields {
  /** The address, trimmed. */
  email: string;
  /** Whether the alert-consent box is ticked. */
  consent?: boolean;
  /** The quantity field's text. */
  quantity?: string;
}

/**
 * Checks a sign-up before it is sent: an address that looks deliverable, the
 * consent box ticked, a quantity that is a whole number of 1 or more. The
 * errors are in the order of the fields, so the first one is the field to
 * focus; none means the sign-up can go.
 */
export function validateSignup({ email, consent, quantity }: SignupFields): SignupErrors {
  const errors: SignupErrors = {};
  if (!email) errors.email = 'notifyEmailMissing';
  else if (!isPlausibleEmail(email)) errors.email = 'notifyEmailInvalid';
  if (consent === false) errors.consent = 'notifyConsentMissing';
  // Typed, a quantity must already be whole units wanted: "2.5" or "0" is refused, not rounded.
  if (quantity !== undefined && unitsWanted(Number(quantity)) !== Number(quantity))
    errors.quantity = 'notifyQuantityInvalid';
  return errors;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/format.js';
import type { SignupErrors, SignupField, SignupFields } from './validate-signup.js';

/** The optional parts of the form it shows. */
export interface SignupAsks {
  /** The alert-consent box (`require-consent`). */
  consent: boolean;
  /** The quantity field (`ask-quantity`). */
  quantity: boolean;
  /** The marketing box (`marketing-consent`). */
  marketing: boolean;
}

/** What the form shows, and where it goes when sent. */
export interface SignupFormView {
  t: Translate;
  asks: SignupAsks;
  errors: SignupErrors;
  /** The endpoint refused the address: the field is marked, and the result (`#message`) says why. */
  addressRefused: boolean;
  /** The quantity field's starting value. */
  quantity: number;
  sending: boolean;
  onSubmit: (event: SubmitEvent) => void;
}

/** The ARIA a field's control carries: whether it is invalid, and the id of what says why. */
interface FieldAria {
  invalid: 'true' | 'false';
  describedBy: string | typeof nothing;
}

/**
 * One field: its label, its control and its error text. The error text is
 * `<id>-error`, and the control names it in `aria-describedby`; without an
 * error, `describedBy` may name another text that says what is wrong. A
 * checkbox sits inside its label.
 */
function field(
  id: SignupField,
  label: string,
  error: string | undefined,
  control: (aria: FieldAria) => TemplateResult,
  describedBy?: string,
  checkbox = false,
): TemplateResult {
  const describer = error ? `${id}-error` : describedBy;
  const input = control({
    invalid: describer ? 'true' : 'false',
    describedBy: describer ?? nothing,
  });
  return html`<div class="field">
    ${
      checkbox
        ? html`<label part="label" class="check">${input}<span>${label}</span></label>`
        : html`<label part="label" for=${id}>${label}</label>${input}`
    }
    ${error ? html`<p part="error" class="error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

/**
 * The sign-up form: the address (and how many, when asked), the consent and
 * marketing boxes when asked, a honeypot for bots, the slotted fine print and
 * the submit button.
 */
export function signupForm(view: SignupFormView): TemplateResult {
  const { t, asks, errors } = view;
  const sending = view.sending ? 'true' : 'false';
  const error = (id: SignupField) => (errors[id] ? t(errors[id]) : undefined);
  const emailField = field(
    'email',
    t('notifyEmailLabel'),
    error('email'),
    (aria) =>
      html`<input
        part="input"
        id="email"
        name="email"
        type="email"
        autocomplete="email"
        inputmode="email"
        spellcheck="false"
        aria-invalid=${aria.invalid}
        aria-describedby=${aria.describedBy}
      />`,
    view.addressRefused ? 'message' : undefined,
  );
  const quantityField =
    asks.quantity &&
    field(
      'quantity',
      t('notifyQuantityLabel'),
      error('quantity'),
      (aria) =>
        html`<input
          part="input"
          id="quantity"
          name="quantity"
          type="number"
          inputmode="numeric"
          min="1"
          step="1"
          .value=${String(view.quantity)}
          aria-invalid=${aria.invalid}
          aria-describedby=${aria.describedBy}
        />`,
    );
  const consentBox =
    asks.consent &&
    field(
      'consent',
      t('notifyConsentLabel'),
      error('consent'),
      (aria) =>
        html`<input
          part="checkbox"
          id="consent"
          name="consent"
          type="checkbox"
          aria-invalid=${aria.invalid}
          aria-describedby=${aria.describedBy}
        />`,
      undefined,
      true,
    );
  return html`
    <form
      part="form"
      novalidate
      aria-labelledby="title"
      aria-busy=${sending}
      @submit=${view.onSubmit}
    >
      <p part="title" class="title" id="title">${t('notifyTitle')}</p>
      <div class="row">${emailField} ${quantityField || nothing}</div>
      ${consentBox || nothing}
      ${
        asks.marketing
          ? html`<label part="label" class="check">
              <input part="checkbox" id="marketing" name="marketingConsent" type="checkbox" />
              <span>${t('notifyMarketingLabel')}</span>
            </label>`
          : nothing
      }
      <div class="trap" aria-hidden="true">
        <label for="trap">${t('notifyHoneypotLabel')}</label>
        <input id="trap" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <slot></slot>
      <button part="button" type="submit" aria-disabled=${sending}>${t('notifySubmit')}</button>
    </form>
  `;
}

/** What the shopper filled in, read from the rendered form; a field not asked for is undefined. */
export function readSignupForm(
  root: ParentNode,
  asks: SignupAsks,
): SignupFields & { marketingConsent?: boolean; bot: boolean } {
  const input = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`);
  return {
    email: (input('email')?.value ?? '').trim(),
    consent: asks.consent ? input('consent')?.checked === true : undefined,
    quantity: asks.quantity ? (input('quantity')?.value ?? '') : undefined,
    marketingConsent: asks.marketing ? input('marketing')?.checked === true : undefined,
    // Only a bot fills in the honeypot, a field people never see nor reach with the keyboard.
    bot: Boolean(input('trap')?.value),
  };
}

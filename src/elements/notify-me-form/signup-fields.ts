import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/format.js';
import type { SignupErrors, SignupField } from './validate-signup.js';

/** The optional parts of the form it shows. */
export interface SignupAsks {
  /** The alert-consent box (`require-consent`). */
  consent: boolean;
  /** The quantity field (`ask-quantity`). */
  quantity: boolean;
  /** The marketing box (`marketing-consent`). */
  marketing: boolean;
}

/** Each field's control (see `signupField`) and label. */
const FIELDS = {
  email: ['email', 'notifyEmailLabel'],
  quantity: ['number', 'notifyQuantityLabel'],
  consent: ['checkbox', 'notifyConsentLabel'],
} as const;

/**
 * One field of the sign-up form: its label, its control and its error text,
 * if `errors` has one. The control is an address field (`email`), a whole
 * number of at least 1 starting at `value` (`quantity`), or a box inside its
 * label (`consent`). The error text is `<id>-error`, which the control names
 * in `aria-describedby`; without an error, `describedBy` may name another
 * text that says what is wrong (the result, when the server refused the
 * address).
 */
export function signupField(
  t: Translate,
  id: SignupField,
  errors: SignupErrors,
  describedBy?: string,
  value = '',
): TemplateResult {
  const [kind, label] = FIELDS[id];
  const error = errors[id];
  const describer = error ? `${id}-error` : describedBy;
  const invalid = describer ? 'true' : 'false';
  const email = kind === 'email';
  const control =
    kind === 'checkbox'
      ? html`<input
          part="checkbox"
          id=${id}
          name=${id}
          type="checkbox"
          aria-invalid=${invalid}
          aria-describedby=${describer ?? nothing}
        />`
      : html`<input
          part="input"
          id=${id}
          name=${id}
          type=${kind}
          autocomplete=${email ? 'email' : nothing}
          inputmode=${email ? 'email' : 'numeric'}
          spellcheck=${email ? 'false' : nothing}
          min=${email ? nothing : '1'}
          step=${email ? nothing : '1'}
          .value=${value}
          aria-invalid=${invalid}
          aria-describedby=${describer ?? nothing}
        />`;
  return html`<div class="field">
    ${
      kind === 'checkbox'
        ? html`<label part="label" class="check">${control}<span>${t(label)}</span></label>`
        : html`<label part="label" for=${id}>${t(label)}</label>${control}`
    }
    ${error ? html`<p part="error" class="error" id="${id}-error">${t(error)}</p>` : nothing}
  </div>`;
}

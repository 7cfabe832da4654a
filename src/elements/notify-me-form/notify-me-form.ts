import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { NotifyController } from '../../controllers/notify-controller.js';
import {
  getNotifyClient,
  type NotifyOutcome,
  type NotifySignup,
  type OutboxReport,
} from '../../data/notify-client.js';
import { offersNotify } from '../../data/notify-rules.js';
import { unitsWanted } from '../../data/quantity.js';
import type { Translate } from '../../i18n/format.js';
import { notifyMeFormTexts } from '../../i18n/catalogues/en.js';
import { withStylesAndTexts } from '../shared/backorder-element.js';
import { SkuElement } from '../shared/sku-element.js';
import { defineElement } from '../shared/define-element.js';
import { describeKnown, describeOutcome, type ResultText, type Tone } from './describe-outcome.js';
import { notifyMeFormStyles } from './notify-me-form.styles.js';
import { signupField, type SignupAsks } from './signup-fields.js';
import { validateSignup, type SignupErrors } from './validate-signup.js';

/** Where the form is: being filled in, sending, or showing a result with "sign up another address". */
type Phase = 'form' | 'sending' | 'done';

/**
 * A back-in-stock sign-up: the shopper leaves an e-mail address and hears
 * when the SKU is back. Shows itself when the SKU is `out-of-stock` or on a
 * backorder further away than `max-backorder-days` (never `discontinued`),
 * or always with `always`. Sign-ups that cannot be delivered are kept on the
 * device and sent again; a returning shopper sees they are on the list.
 * Sign-ups go to our JSON contract, or with `notify-target="klaviyo"` to
 * Klaviyo's back-in-stock API; `sku-from` follows a variant picker.
 *
 * ```html
 * <notify-me-form sku="TEE-RED-M" endpoint="/api/availability"
 *   notify-endpoint="/api/notify" require-consent></notify-me-form>
 * <notify-me-form sku-from="#variant" always notify-target="klaviyo"
 *   klaviyo-company-id="AbC123"></notify-me-form>
 * ```
 *
 * @tagname notify-me-form
 *
 * @slot - Fine print under the fields, e.g. a link to the privacy policy.
 *
 * @csspart base - The wrapper around everything.
 * @csspart form - The `<form>`.
 * @csspart title - The form's heading text.
 * @csspart label - Each field's label.
 * @csspart input - The e-mail and quantity fields.
 * @csspart checkbox - The consent and marketing boxes.
 * @csspart button - The submit button and the "sign up another address" button.
 * @csspart error - A field's error text.
 * @csspart message - The result text, a polite live region.
 *
 * @fires stock-change - The state or the answer for the SKU changed. `detail: { sku, state, availability }`.
 * @fires notify-submit - Before sending; cancelable: `preventDefault()` keeps the form from sending. `detail: { sku, email, consent }`.
 * @fires notify-success - The shopper is on the list (2xx, or 409 with `alreadySubscribed: true`). `detail: { sku, email, alreadySubscribed }`.
 * @fires notify-error - The sign-up did not go through; `queued` when it was kept to send later. `detail: { sku, email, status, queued }`.
 */
export class NotifyMeForm extends withStylesAndTexts(
  SkuElement,
  notifyMeFormStyles,
  notifyMeFormTexts,
) {
  static override get properties(): PropertyDeclarations {
    return {
      always: { type: Boolean },
      requireConsent: { attribute: 'require-consent', type: Boolean },
      marketingConsent: { attribute: 'marketing-consent', type: Boolean },
      askQuantity: { attribute: 'ask-quantity', type: Boolean },
      quantity: { type: Number },
      phase: { state: true, attribute: false },
      result: { state: true, attribute: false },
      tone: { state: true, attribute: false },
      errors: { state: true, attribute: false },
      addressRefused: { state: true, attribute: false },
    };
  }

  /** Registers the element as `tag`; does nothing if that tag is already defined. */
  static define(tag = 'notify-me-form'): void {
    defineElement(tag, this);
  }

  readonly #notify = new NotifyController(this, (report) => this.#onOutboxReport(report));

  /** Show the form whatever the availability (no availability endpoint needed). */
  always = false;

  /** Show an alert-consent box, unticked; the form cannot be sent without it. */
  requireConsent = false;

  /** Show a separate, optional marketing box, sent as `marketingConsent`. */
  marketingConsent = false;

  /** Show a field for how many units the shopper wants. */
  askQuantity = false;

  /** Units wanted: a whole number, at least 1 (default 1). Sent as is, or the quantity field's starting value. */
  quantity = 1;

  private phase: Phase = 'form';
  /** The result of the last sign-up (or what the device knows of one), shown in the live region. */
  private result: ResultText | undefined;
  private tone: Tone = 'info';
  private errors: SignupErrors = {};
  /** The endpoint refused the address (400/422): the result text describes the field. */
  private addressRefused = false;

  /** Whether the form is offered for the SKU's availability (or `always`). */
  #offered = false;
  /** Whether sign-ups can go nowhere (no endpoint, no Klaviyo id): the form says so instead. */
  #unavailable = false;
  /** The SKU the current view was set up for. */
  #viewSku: string | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const config = this.config;
    const sku = this.sku.trim();
    this.#offered = sku !== '' && (this.always || offersNotify(this.availability.entry, config));
    if (sku !== this.#viewSku) this.#setUpView(sku);
    // Only a form on show says (once, in the console) why sign-ups cannot go anywhere.
    this.#unavailable =
      this.#offered && this.phase === 'form' && this.#notify.route(config).missing !== undefined;
  }

  /** With `always` and no availability endpoint there is nothing to watch, nor to warn about. */
  protected override get watchedSku(): string | undefined {
    return this.always && !this.config.endpoint ? undefined : this.sku;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.announceStockChange();
  }

  /**
   * The optional parts the form shows. Klaviyo's subscription has no place
   * for a quantity or a marketing consent: the form does not ask for them.
   */
  get #asks(): SignupAsks {
    const extras = this.config.notifyTarget !== 'klaviyo';
    return {
      consent: this.requireConsent,
      quantity: this.askQuantity && extras,
      marketing: this.marketingConsent && extras,
    };
  }

  /** A new SKU: a returning shopper sees they are on the list, or that a sign-up is waiting. */
  #setUpView(sku: string): void {
    this.#viewSku = sku;
    this.#showForm();
    const client = getNotifyClient();
    const known = sku
      ? describeKnown(client.subscribedFor(sku), client.pendingFor(sku))
      : undefined;
    if (known) this.#present('done', 'info', known);
  }

  /** The empty form, without errors or a result. */
  #showForm(): void {
    this.errors = {};
    this.addressRefused = false;
    this.#present('form', 'info');
  }

  #present(phase: Phase, tone: Tone, result?: ResultText): void {
    this.phase = phase;
    this.tone = tone;
    this.result = result;
  }

  /**
   * The outbox settled a waiting sign-up (after `online` or on load). One for
   * this SKU is shown, unless this form is sending: then its own answer is.
   */
  #onOutboxReport({ entry, outcome }: OutboxReport): void {
    if (entry.body.sku !== this.#viewSku || this.phase === 'sending') this.requestUpdate();
    else this.#showOutcome(entry.body.sku, entry.body.email, outcome);
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // One sign-up at a time: a second submit while sending does nothing.
    if (this.phase !== 'form') return;
    const sku = this.sku.trim();
    const asks = this.#asks;
    const field = (id: string) => this.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
    const email = (field('email')?.value ?? '').trim();
    const quantity = asks.quantity ? (field('quantity')?.value ?? '') : undefined;
    if (field('trap')?.value) {
      // Only a bot fills in the honeypot: pretend all is well, send nothing, tell nobody.
      this.#present('done', 'success', ['notifySuccess', { email }]);
      return this.#focusAfterResult();
    }

    const consent = asks.consent ? field('consent')?.checked === true : undefined;
    this.errors = validateSignup({ email, consent, quantity });
    this.addressRefused = false;
    const firstInvalid = Object.keys(this.errors)[0];
    if (firstInvalid) {
      this.#present('form', 'info');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${firstInvalid}`)?.focus();
      return;
    }

    // The consent box, when there is one, is ticked by now.
    if (!this.emit('notify-submit', { sku, email, consent: true }, true)) {
      // The page's own code takes the sign-up: nothing is sent or remembered here.
      this.#present('done', 'success', ['notifyHandedOff']);
      return this.#focusAfterResult();
    }

    const config = this.config;
    const route = this.#notify.route(config);
    if (route.missing) return;
    const signup: NotifySignup = {
      sku,
      email,
      consent: true,
      locale: this.resolvedLocale,
      quantity: unitsWanted(quantity === undefined ? this.quantity : Number(quantity)),
    };
    if (asks.marketing) signup.marketingConsent = field('marketing')?.checked === true;

    this.#present('sending', 'info', ['notifySending']);
    const outcome = await getNotifyClient().send(route.endpoint, signup, {
      timeout: config.timeout,
      target: route.target,
    });
    this.#showOutcome(sku, email, outcome);
  }

  /** Shows what became of a sign-up (when it is for the SKU on show) and fires the matching event. */
  #showOutcome(sku: string, email: string, outcome: NotifyOutcome): void {
    const current = sku === this.#viewSku;
    const described = describeOutcome(sku, email, outcome);
    if (current) {
      this.#present(described.view, described.tone, described.result);
      // A refused address (400/422) is marked, and the result says why.
      this.addressRefused = outcome.kind === 'invalid';
    }
    if (described.event === 'notify-success') this.emit(described.event, described.detail);
    else this.emit(described.event, described.detail);
    if (current) void this.#focusAfterResult();
  }

  /** Keeps keyboard focus in the element when the form it was in goes away. */
  async #focusAfterResult(): Promise<void> {
    const hadFocus = this.shadowRoot?.activeElement != null;
    await this.updateComplete;
    if (!hadFocus) return;
    const target =
      this.phase === 'done' ? '.another' : this.addressRefused ? '#email' : 'button[type=submit]';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** "Sign up another address": the empty form again, the address field focused. */
  async #signUpAnother(): Promise<void> {
    this.#showForm();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#email')?.focus();
  }

  #renderForm(t: Translate) {
    const { errors } = this;
    const asks = this.#asks;
    const sending = this.phase === 'sending' ? 'true' : 'false';
    const quantity = String(unitsWanted(this.quantity));
    return html`
      <form
        part="form"
        novalidate
        aria-labelledby="title"
        aria-busy=${sending}
        @submit=${this.#onSubmit}
      >
        <p part="title" class="title" id="title">${t('notifyTitle')}</p>
        <div class="row">
          ${signupField(t, 'email', errors, this.addressRefused ? 'message' : undefined)}
          ${asks.quantity ? signupField(t, 'quantity', errors, undefined, quantity) : nothing}
        </div>
        ${asks.consent ? signupField(t, 'consent', errors) : nothing}
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

  override render() {
    if (!this.#offered) return nothing;
    const t = this.texts;
    const done = this.phase === 'done';
    return html`
      <div part="base" class="base">
        ${
          this.#unavailable
            ? html`<p class="unavailable">${t('notifyUnavailable')}</p>`
            : done
              ? nothing
              : this.#renderForm(t)
        }
        <p part="message" class="message" id="message" role="status" data-tone=${this.tone}>
          ${this.result ? t(...this.result) : ''}
        </p>
        ${
          done
            ? html`<button
                part="button"
                class="another secondary"
                type="button"
                @click=${this.#signUpAnother}
              >
                ${t('notifyAnother')}
              </button>`
            : nothing
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'notify-me-form': NotifyMeForm;
  }
}

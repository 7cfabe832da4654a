import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { AvailabilityController } from '../../controllers/availability-controller.js';
import { SkuFromController } from '../../controllers/sku-from-controller.js';
import {
  getNotifyClient,
  type NotifyOutcome,
  type NotifySignup,
  type OutboxReport,
} from '../../data/notify-client.js';
import { isPlausibleEmail, maskEmail, offersNotify } from '../../data/notify-rules.js';
import { signupRoute } from '../../data/notify-targets.js';
import { unitsWanted } from '../../data/quantity.js';
import { warnOnce } from '../../data/report.js';
import { stateOf } from '../../data/stock-state.js';
import type { NotifyErrorDetail, NotifySubmitDetail, NotifySuccessDetail } from '../../events.js';
import type { Translate } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import { notifyMeFormTexts } from '../../i18n/catalogues/en.js';
import { BackorderElement, baseStyles } from '../shared/backorder-element.js';
import { defineElement } from '../shared/define-element.js';
import { notifyMeFormStyles } from './notify-me-form.styles.js';

/** Where the form is: being filled in, sending, or showing a result with "sign up another address". */
type Phase = 'form' | 'sending' | 'done';
type Tone = 'info' | 'success' | 'error';
/** A text to show, kept as its message id and parameters: translated when rendered, so it follows the language. */
type Text = readonly [id: keyof Messages, params?: Record<string, string | number>];
interface FieldErrors {
  email?: keyof Messages;
  consent?: keyof Messages;
  quantity?: keyof Messages;
}

/**
 * Why a sign-up waits on the device: our server answered with a failure (a
 * 5xx, or a 429 on a retry), or it could not be reached (no answer, 408).
 */
function queuedText(email: string, status: number): Text {
  const answered = status > 0 && status !== 408;
  return [answered ? 'notifyQueuedServerError' : 'notifyQueued', { email }];
}

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
 * @cssproperty --bo-font - Font of the text (default: inherited).
 * @cssproperty --bo-line-height - Line height (default: 1.4).
 * @cssproperty --bo-text-color - Text colour (default: inherited).
 * @cssproperty --bo-muted-color - Secondary text (default: #57606a).
 * @cssproperty --bo-spacing - Space between the parts (default: 0.5em).
 * @cssproperty --bo-surface-color - Background of the fields (default: Canvas).
 * @cssproperty --bo-border-color - Border of the fields (default: #8c959f).
 * @cssproperty --bo-radius - Corner radius of fields and buttons (default: 6px).
 * @cssproperty --bo-accent-color - The submit button and the boxes (default: #0969da).
 * @cssproperty --bo-accent-text-color - Text on the submit button (default: #ffffff).
 * @cssproperty --bo-focus-color - The focus ring (default: the accent colour).
 * @cssproperty --bo-focus-width - Width of the focus ring (default: 2px).
 * @cssproperty --bo-color-error - Error texts and invalid fields (default: #cf222e).
 * @cssproperty --bo-color-success - The confirmation text (default: #1a7f37).
 *
 * @fires stock-change - The state or the answer for the SKU changed. `detail: { sku, state, availability }`.
 * @fires notify-submit - Before sending; cancelable: `preventDefault()` keeps the form from sending. `detail: { sku, email, consent }`.
 * @fires notify-success - The shopper is on the list (2xx, or 409 with `alreadySubscribed: true`). `detail: { sku, email, alreadySubscribed }`.
 * @fires notify-error - The sign-up did not go through; `queued` when it was kept to send later. `detail: { sku, email, status, queued }`.
 */
export class NotifyMeForm extends BackorderElement {
  static override get styles() {
    return [baseStyles, notifyMeFormStyles];
  }
  static override get englishTexts() {
    return notifyMeFormTexts;
  }

  static override get properties(): PropertyDeclarations {
    return {
      sku: {},
      skuFrom: { attribute: 'sku-from' },
      always: { type: Boolean },
      requireConsent: { attribute: 'require-consent', type: Boolean },
      marketingConsent: { attribute: 'marketing-consent', type: Boolean },
      askQuantity: { attribute: 'ask-quantity', type: Boolean },
      quantity: { type: Number },
      phase: { state: true, attribute: false },
      status: { state: true, attribute: false },
      tone: { state: true, attribute: false },
      errors: { state: true, attribute: false },
      serverRefused: { state: true, attribute: false },
    };
  }

  /** Registers the element as `tag`; does nothing if that tag is already defined. */
  static define(tag = 'notify-me-form'): void {
    defineElement(tag, this);
  }

  readonly #availability = new AvailabilityController(this);
  readonly #skuFromController = new SkuFromController(this);

  /** The SKU to sign up for. */
  sku = '';

  /** CSS selector of a variant picker (`<select>` or radio group) whose value is the SKU. */
  skuFrom?: string;

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
  private status: Text | undefined;
  private tone: Tone = 'info';
  private errors: FieldErrors = {};
  /** The endpoint refused the address (400/422): the result text describes the field. */
  private serverRefused = false;

  #shown = false;
  /** The SKU the current view was set up for. */
  #viewSku: string | undefined;
  #stopListening: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const client = getNotifyClient();
    this.#stopListening = client.subscribe((report) => this.#onClientChange(report));
    // Sign-ups left over from an earlier visit go out once per page, with their own keys.
    void client.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#skuFromController.sync();
    const config = this.config;
    const sku = this.sku.trim();
    // With `always` and no availability endpoint there is nothing to watch, and nothing to warn about.
    this.#availability.watch(this.always && !config.endpoint ? undefined : sku, config);
    const entry = this.#availability.entry;
    this.state = sku && config.endpoint ? stateOf(entry, config.lowStockThreshold) : 'unknown';
    this.#shown =
      sku !== '' &&
      (this.always ||
        offersNotify(entry, {
          lowStockThreshold: config.lowStockThreshold,
          maxBackorderDays: config.maxBackorderDays,
        }));
    if (sku !== this.#viewSku) this.#setUpView(sku);
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#availability.hasEndpoint) {
      this.announceStockChange(this.sku.trim(), this.#availability.entry);
    }
  }

  /**
   * Klaviyo's subscription has no place for a quantity or a marketing
   * consent: the form does not ask for what it cannot send.
   */
  get #asksQuantity(): boolean {
    return this.askQuantity && this.config.notifyTarget !== 'klaviyo';
  }

  get #asksMarketingConsent(): boolean {
    return this.marketingConsent && this.config.notifyTarget !== 'klaviyo';
  }

  /** A new SKU: a returning shopper sees they are on the list, or that a sign-up is waiting. */
  #setUpView(sku: string): void {
    this.#viewSku = sku;
    this.errors = {};
    this.serverRefused = false;
    const client = getNotifyClient();
    const record = sku ? client.subscribedFor(sku) : undefined;
    const pending = sku ? client.pendingFor(sku) : undefined;
    if (record) {
      this.#show('done', 'info', ['notifyOnList', { email: record.email }]);
    } else if (pending) {
      this.#show(
        'done',
        'info',
        queuedText(maskEmail(pending.body.email), pending.lastStatus ?? 0),
      );
    } else {
      this.#show('form', 'info');
    }
  }

  #show(phase: Phase, tone: Tone, status?: Text): void {
    this.phase = phase;
    this.status = status;
    this.tone = tone;
  }

  /**
   * The outbox settled a waiting sign-up for this SKU (after `online` or on
   * load). While this form sends, its own answer is the one shown.
   */
  #onClientChange(report: OutboxReport | undefined): void {
    if (!report || report.entry.body.sku !== this.#viewSku || this.phase === 'sending') {
      this.requestUpdate();
      return;
    }
    this.#showOutcome(report.entry.body.sku, report.entry.body.email, report.outcome);
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // One sign-up at a time: a second submit while sending does nothing.
    if (this.phase !== 'form') return;
    const root = this.renderRoot;
    const field = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`);
    const sku = this.sku.trim();
    const email = (field('email')?.value ?? '').trim();

    if (field('trap')?.value) {
      // A bot filled the hidden field: pretend all is well, send nothing, tell nobody.
      this.#show('done', 'success', ['notifySuccess', { email }]);
      await this.#focusAfterResult();
      return;
    }

    const errors: FieldErrors = {};
    if (!email) errors.email = 'notifyEmailMissing';
    else if (!isPlausibleEmail(email)) errors.email = 'notifyEmailInvalid';
    const consentBox = field('consent');
    if (this.requireConsent && !consentBox?.checked) errors.consent = 'notifyConsentMissing';
    let quantity = this.quantity;
    if (this.#asksQuantity) {
      quantity = Number(field('quantity')?.value);
      if (!Number.isInteger(quantity) || quantity < 1) errors.quantity = 'notifyQuantityInvalid';
    }
    this.errors = errors;
    this.serverRefused = false;
    const firstInvalid = (['email', 'consent', 'quantity'] as const).find((id) => errors[id]);
    if (firstInvalid) {
      this.#show('form', 'info');
      await this.updateComplete;
      field(firstInvalid)?.focus();
      return;
    }

    const consent = this.requireConsent ? consentBox!.checked : true;
    const submit: NotifySubmitDetail = { sku, email, consent };
    if (!this.emit('notify-submit', submit, true)) {
      // The page's own code takes the sign-up: nothing is sent or remembered here.
      this.#show('done', 'success', ['notifyHandedOff']);
      await this.#focusAfterResult();
      return;
    }

    const route = signupRoute(this.config);
    if (route.missing) return;
    const signup: NotifySignup = {
      sku,
      email,
      consent,
      locale: this.resolvedLocale,
      quantity: unitsWanted(quantity),
    };
    if (this.#asksMarketingConsent) signup.marketingConsent = field('marketing')?.checked === true;

    this.#show('sending', 'info', ['notifySending']);
    const outcome = await getNotifyClient().send(route.endpoint, signup, {
      timeout: this.config.timeout,
      target: route.target,
    });
    this.#showOutcome(sku, email, outcome);
  }

  /** Shows what became of a sign-up and fires the matching event. */
  #showOutcome(sku: string, email: string, outcome: NotifyOutcome): void {
    const current = sku === this.#viewSku;
    const error = (text: Text, queued = false) => {
      if (current) this.#show(queued ? 'done' : 'form', queued ? 'info' : 'error', text);
      const detail: NotifyErrorDetail = { sku, email, status: outcome.status, queued };
      this.emit('notify-error', detail);
    };
    switch (outcome.kind) {
      case 'subscribed': {
        const { alreadySubscribed } = outcome;
        if (current) {
          this.#show('done', 'success', [
            alreadySubscribed ? 'notifyAlreadySubscribed' : 'notifySuccess',
            { email },
          ]);
        }
        const detail: NotifySuccessDetail = { sku, email, alreadySubscribed };
        this.emit('notify-success', detail);
        break;
      }
      case 'invalid':
        this.serverRefused = current;
        error(
          outcome.message
            ? ['notifyInvalidReason', { message: outcome.message }]
            : ['notifyInvalid'],
        );
        break;
      case 'too-many-attempts':
        error(['notifyTooManyAttempts']);
        break;
      case 'rejected':
        error(['notifyFailed']);
        break;
      case 'queued':
        error(queuedText(email, outcome.status), true);
        break;
      case 'unsaved':
        error(['notifyNotSaved']);
        break;
    }
    if (current) void this.#focusAfterResult();
  }

  /** Keeps keyboard focus in the element when the form it was in goes away. */
  async #focusAfterResult(): Promise<void> {
    const hadFocus = this.shadowRoot?.activeElement != null;
    await this.updateComplete;
    if (!hadFocus) return;
    const target =
      this.phase === 'done'
        ? this.renderRoot.querySelector<HTMLElement>('.another')
        : this.renderRoot.querySelector<HTMLElement>(
            this.serverRefused ? '#email' : 'button[type=submit]',
          );
    target?.focus();
  }

  async #onAnother(): Promise<void> {
    this.errors = {};
    this.serverRefused = false;
    this.#show('form', 'info');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#email')?.focus();
  }

  /** A field's error text, `<field>-error`, which the field names in `aria-describedby`. */
  #error(t: Translate, field: keyof FieldErrors) {
    const text = this.errors[field];
    return text ? html`<p part="error" class="error" id="${field}-error">${t(text)}</p>` : nothing;
  }

  #renderForm(t: Translate) {
    const { errors } = this;
    const sending = this.phase === 'sending';
    const emailInvalid = Boolean(errors.email) || this.serverRefused;
    const emailDescribedBy = errors.email
      ? 'email-error'
      : this.serverRefused
        ? 'message'
        : undefined;
    return html`
      <form
        part="form"
        novalidate
        aria-labelledby="title"
        aria-busy=${sending ? 'true' : 'false'}
        @submit=${this.#onSubmit}
      >
        <p part="title" class="title" id="title">${t('notifyTitle')}</p>
        <div class="row">
          <div class="field">
            <label part="label" for="email">${t('notifyEmailLabel')}</label>
            <input
              part="input"
              id="email"
              name="email"
              type="email"
              autocomplete="email"
              inputmode="email"
              spellcheck="false"
              aria-invalid=${emailInvalid ? 'true' : 'false'}
              aria-describedby=${emailDescribedBy ?? nothing}
            />
            ${this.#error(t, 'email')}
          </div>
          ${
            this.#asksQuantity
              ? html`<div class="field">
                  <label part="label" for="quantity">${t('notifyQuantityLabel')}</label>
                  <input
                    part="input"
                    id="quantity"
                    name="quantity"
                    type="number"
                    inputmode="numeric"
                    min="1"
                    step="1"
                    .value=${String(unitsWanted(this.quantity))}
                    aria-invalid=${errors.quantity ? 'true' : 'false'}
                    aria-describedby=${errors.quantity ? 'quantity-error' : nothing}
                  />
                  ${this.#error(t, 'quantity')}
                </div>`
              : nothing
          }
        </div>
        ${
          this.requireConsent
            ? html`<div class="field">
                <label part="label" class="check">
                  <input
                    part="checkbox"
                    id="consent"
                    name="consent"
                    type="checkbox"
                    aria-invalid=${errors.consent ? 'true' : 'false'}
                    aria-describedby=${errors.consent ? 'consent-error' : nothing}
                  />
                  <span>${t('notifyConsentLabel')}</span>
                </label>
                ${this.#error(t, 'consent')}
              </div>`
            : nothing
        }
        ${
          this.#asksMarketingConsent
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
        <button part="button" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${t('notifySubmit')}
        </button>
      </form>
    `;
  }

  override render() {
    if (!this.#shown) return nothing;
    const t = this.textsFor();
    const { missing } = signupRoute(this.config);
    const unavailable = missing !== undefined && this.phase === 'form';
    if (unavailable)
      warnOnce(
        missing === 'endpoint'
          ? 'no notify endpoint: set `notify-endpoint` (element, <stock-provider> or configure())'
          : 'notify-target="klaviyo" needs `klaviyo-company-id`, your public API key',
      );
    return html`
      <div part="base" class="base">
        ${
          unavailable
            ? html`<p class="unavailable">${t('notifyUnavailable')}</p>`
            : this.phase === 'done'
              ? nothing
              : this.#renderForm(t)
        }
        <p part="message" class="message" id="message" role="status" data-tone=${this.tone}>
          ${this.status ? t(...this.status) : ''}
        </p>
        ${
          this.phase === 'done'
            ? html`<button
                part="button"
                class="another secondary"
                type="button"
                @click=${this.#onAnother}
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

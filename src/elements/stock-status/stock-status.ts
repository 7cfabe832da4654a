import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { today } from '../../data/calendar-date.js';
import { lazyModule } from '../../data/lazy-module.js';
import { unitsWanted } from '../../data/quantity.js';
import { sharedTexts, stockStatusTexts } from '../../i18n/catalogues/en.js';
import { withStylesAndTexts } from '../shared/backorder-element.js';
import { SkuElement } from '../shared/sku-element.js';
import { defineElement } from '../shared/define-element.js';
import type { BackorderConfig } from '../../config/config.js';
import { describeStock, reservedTexts, type StockDescription } from './describe-stock.js';
import { syncMicrodata } from './microdata.js';
import { fitSoon, unwatchNote, watchNote, type NoteFit } from './note-fit.js';
import type { PurchaseButtonController } from './purchase-button.js';
import { stockStatusStyles } from './stock-status.styles.js';

const englishTexts = { ...sharedTexts, ...stockStatusTexts };

/**
 * The purchase button's code, in its own module: loaded the first time an
 * element has `controls`, so a listing never downloads it.
 */
const purchaseButton = /* @__PURE__ */ lazyModule(
  'the code for controls',
  () => import('./purchase-button.js'),
);

/** The hidden slot for the purchase button's description. */
const MIRROR_SLOT = 'button-description';

/** `reservedTexts()` by locale, quantity, threshold and text overrides. */
const reservedCache = new Map<string, string[]>();

/**
 * Shows a SKU's availability in words: "In stock", "Only 3 left",
 * "On backorder — expected Dec 14", and the merchant's note. It is as tall
 * from the start as its longest text needs at its width, so the answer
 * arriving moves nothing below it; a long note is cut short, with a "More"
 * button. With `controls`, the page's purchase button follows the state.
 *
 * ```html
 * <stock-status sku="TEE-RED-M" endpoint="/api/availability" controls="add-to-cart"></stock-status>
 * <button id="add-to-cart">Add to cart</button>
 * ```
 *
 * @tagname stock-status
 *
 * @csspart base - The wrapper, a polite live region.
 * @csspart indicator - The coloured dot before the text.
 * @csspart label - The availability text.
 * @csspart message - The merchant's note, when there is one (cut short to the reserved lines).
 * @csspart more - The button that shows the whole note, when it is cut short.
 *
 * @cssproperty --bo-reserved-lines - Lines kept from the start: the text's own (as many as its longest text needs), and the rest for the merchant's note, which is cut short to them (default 2: one line of note; 1: none, for listings without notes).
 * @cssproperty --bo-color-in-stock - Dot colour for `in-stock` (default: #1a7f37).
 * @cssproperty --bo-color-low-stock - Dot colour for `low-stock` (default: #9a6700).
 * @cssproperty --bo-color-backorder - Dot colour for `backorder` and `preorder` (default: #0969da).
 * @cssproperty --bo-color-out-of-stock - Dot colour for `out-of-stock` and `discontinued` (default: #cf222e).
 * @cssproperty --bo-color-neutral - Dot colour for `loading`, `unknown` and `error` (default: #8c959f).
 *
 * @fires stock-change - The state or the answer for the SKU changed. `detail: { sku, state, availability }`.
 */
export class StockStatus extends withStylesAndTexts(SkuElement, stockStatusStyles, englishTexts) {
  static override get properties(): PropertyDeclarations {
    return {
      quantity: { type: Number },
      microdata: { type: Boolean },
      controls: {},
      messageOpen: { state: true, attribute: false },
    };
  }

  /** Registers the element as `tag`; does nothing if that tag is already defined. */
  static define(tag = 'stock-status'): void {
    defineElement(tag, this);
  }

  /** Units the shopper wants: a whole number, at least 1 (default 1); when more than can ship now, the text says so. */
  quantity = 1;

  /**
   * Inside an `itemscope itemtype="https://schema.org/Offer"` element, keep a
   * light-DOM `<link itemprop="availability">` in step with the state, for
   * search engines.
   */
  microdata = false;

  /**
   * The id of the page's own purchase button (`<button id>` in the same
   * document or shadow root). It follows the state: disabled for
   * `out-of-stock` and `discontinued`, relabelled "Backorder" / "Pre-order"
   * for `backorder` and `preorder`, the shop's own label and `disabled`
   * otherwise; untouched while loading, on `error` and `unknown`. Its code
   * loads the first time an element has `controls`; until then, and if it
   * cannot load, the button stays the shop's own.
   */
  controls?: string;

  /** Once `controls` is set and its code has loaded. */
  #purchaseButton: PurchaseButtonController | undefined;

  /** What is shown, worked out once per update. */
  #description: StockDescription | undefined;
  /** The longest texts this element may show, laid out unseen to reserve their height. */
  #reserved: string[] = [];
  /** Whether the shopper opened the whole merchant's note. */
  private messageOpen = false;
  /**
   * Whether an answer has been shown: the dot fades into later changes of
   * state, not into the first (a listing of hundreds would animate them all).
   */
  #answerShown = false;
  /** The merchant's note on show, watched for a change of size. */
  #watchedNote: HTMLElement | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sku')) this.messageOpen = false;
    this.#description = this.lookedUp ? this.#describe(this.config) : undefined;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.microdata || changed.has('microdata'))
      syncMicrodata(this, this.microdata ? this.state : undefined);
    this.#syncPurchaseButton();
    this.#fitNote();
    this.announceStockChange();
    this.#answerShown ||= this.state !== 'loading';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved by the page (disconnected, then connected elsewhere): the purchase
    // button and the note, let go of on leaving, are taken up again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watchNote(undefined);
  }

  /** Makes the purchase button follow the state; the first `controls` starts loading its code. */
  #syncPurchaseButton(): void {
    if (this.controls && !purchaseButton.settled)
      void purchaseButton.load().then(() => this.requestUpdate());
    const code = purchaseButton.value;
    if (this.controls && code)
      this.#purchaseButton ??= new code.PurchaseButtonController(this, MIRROR_SLOT);
    this.#purchaseButton?.sync(
      this.#description && this.state,
      this.texts,
      this.#description?.text,
    );
  }

  /**
   * Shows "More" when the merchant's note is cut short: in the next frame,
   * measured with every other element's note, and after every resize.
   */
  #fitNote(): void {
    const message = this.renderRoot.querySelector<HTMLElement>('.message') ?? undefined;
    if (message !== this.#watchedNote) this.#watchNote(message);
    else if (message) fitSoon(this.#measureNote);
  }

  #watchNote(message: HTMLElement | undefined): void {
    if (this.#watchedNote) unwatchNote(this.#watchedNote);
    this.#watchedNote = message;
    if (message) watchNote(message, this.#measureNote);
  }

  /** Whether "More" should show (the note is cut short, or open); reads the layout only. */
  readonly #measureNote: NoteFit = () => {
    const message = this.#watchedNote;
    const more = this.renderRoot.querySelector<HTMLElement>('.more');
    if (!message?.isConnected || !more) return undefined;
    const hidden = !this.messageOpen && message.scrollHeight - message.clientHeight < 1;
    return hidden === more.hidden ? undefined : () => (more.hidden = hidden);
  };

  #describe(config: BackorderConfig): StockDescription {
    const wanted = unitsWanted(this.quantity);
    const options = {
      lowStockThreshold: config.lowStockThreshold,
      wanted,
      locale: this.resolvedLocale,
      t: this.texts,
      today: today(),
    };
    // The same for every element with these settings: worked out once (a listing has hundreds).
    // Keyed on whether the language has arrived: until then the texts are English.
    const key = JSON.stringify([
      options.locale,
      this.textsLoading,
      wanted,
      config.lowStockThreshold,
      config.messages,
    ]);
    if (reservedCache.size > 64) reservedCache.clear();
    this.#reserved =
      reservedCache.get(key) ?? reservedCache.set(key, reservedTexts(options)).get(key)!;
    return describeStock(this.availability.entry, options);
  }

  #toggleMessage(): void {
    this.messageOpen = !this.messageOpen;
  }

  override render() {
    if (!this.#description) return nothing;
    const { text, message } = this.#description;
    const t = this.texts;
    return html`
      <div part="base" class="base ${this.#answerShown ? 'fade' : ''}" role="status">
        <span class="line">
          <span part="indicator" class="indicator" aria-hidden="true"></span>
          <span class="texts">
            ${this.#reserved.map((text) => html`<span class="sizer" aria-hidden="true">${text}</span>`)}
            <span part="label" class="label">${text}</span>
          </span>
        </span>
        <span class="note">
          ${
            message
              ? html`<span
                    part="message"
                    class="message ${this.messageOpen ? 'open' : ''}"
                    id="message"
                    >${message}</span
                  ><button
                    part="more"
                    class="more"
                    type="button"
                    hidden
                    aria-controls="message"
                    aria-expanded=${this.messageOpen ? 'true' : 'false'}
                    @click=${this.#toggleMessage}
                  >
                    ${t(this.messageOpen ? 'statusMessageLess' : 'statusMessageMore')}
                  </button>`
              : nothing
          }
        </span>
      </div>
      ${this.controls ? html`<slot name=${MIRROR_SLOT} hidden></slot>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stock-status': StockStatus;
  }
}

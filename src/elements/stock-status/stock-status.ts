import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { AvailabilityController } from '../../controllers/availability-controller.js';
import { today } from '../../data/calendar-date.js';
import { BackorderElement, baseStyles } from '../shared/backorder-element.js';
import { defineElement } from '../shared/define-element.js';
import type { BackorderConfig } from '../../config/config.js';
import { SkuFromController } from '../../controllers/sku-from-controller.js';
import { describeStock, type StockDescription } from './describe-stock.js';
import { syncMicrodata } from './microdata.js';
import { stockStatusStyles } from './stock-status.styles.js';

/**
 * Shows a SKU's availability in words: "In stock", "Only 3 left",
 * "On backorder — expected Dec 14", and the merchant's note.
 *
 * ```html
 * <stock-status sku="TEE-RED-M" endpoint="/api/availability"></stock-status>
 * ```
 *
 * @tagname stock-status
 *
 * @csspart base - The wrapper, a polite live region.
 * @csspart indicator - The coloured dot before the text.
 * @csspart label - The availability text.
 * @csspart message - The merchant's note, when there is one.
 *
 * @cssproperty --bo-font - Font of the text (default: inherited).
 * @cssproperty --bo-line-height - Line height (default: 1.4).
 * @cssproperty --bo-text-color - Text colour (default: inherited).
 * @cssproperty --bo-muted-color - Secondary text (default: #57606a).
 * @cssproperty --bo-spacing - Gap between the dot and the text (default: 0.5em).
 * @cssproperty --bo-reserved-lines - Lines of height kept from the start, so the answer does not move the page (default 2; 1 for compact listings).
 * @cssproperty --bo-color-in-stock - Dot colour for `in-stock` (default: #1a7f37).
 * @cssproperty --bo-color-low-stock - Dot colour for `low-stock` (default: #9a6700).
 * @cssproperty --bo-color-backorder - Dot colour for `backorder` and `preorder` (default: #0969da).
 * @cssproperty --bo-color-out-of-stock - Dot colour for `out-of-stock` and `discontinued` (default: #cf222e).
 * @cssproperty --bo-color-neutral - Dot colour for `loading`, `unknown` and `error` (default: #8c959f).
 *
 * @fires stock-change - The state or the answer for the SKU changed. `detail: { sku, state, availability }`.
 */
export class StockStatus extends BackorderElement {
  static override styles = [baseStyles, stockStatusStyles];

  /** Registers the element as `tag`; does nothing if that tag is already defined. */
  static define(tag = 'stock-status'): void {
    defineElement(tag, this);
  }

  private readonly availability = new AvailabilityController(this);

  /** The SKU to show. Changing it (a variant picker) shows the new SKU. */
  @property() sku = '';

  /** Units the shopper wants (default 1); when more than can ship now, the text says so. */
  @property({ type: Number }) quantity = 1;

  /** CSS selector of a variant picker (`<select>` or radio group) whose value is the SKU. */
  @property({ attribute: 'sku-from' }) skuFrom?: string;

  /**
   * Inside an `itemscope itemtype="https://schema.org/Offer"` element, keep a
   * light-DOM `<link itemprop="availability">` in step with the state, for
   * search engines.
   */
  @property({ type: Boolean }) microdata = false;

  private readonly skuFromController = new SkuFromController(this);

  /** What is shown, worked out once per update. */
  private description: StockDescription | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.skuFromController.sync();
    const config = this.config;
    this.availability.watch(this.sku, config);
    this.description = this.visible ? this.describe(config) : undefined;
    this.state = this.description?.state ?? 'unknown';
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.microdata || changed.has('microdata'))
      syncMicrodata(this, this.microdata ? this.state : undefined);
    if (this.visible) this.announceStockChange(this.sku.trim(), this.availability.entry);
  }

  /** Whether there is something to show: a SKU and an endpoint. */
  private get visible(): boolean {
    return this.sku.trim() !== '' && this.availability.hasEndpoint;
  }

  private describe(config: BackorderConfig): StockDescription {
    const wanted =
      Number.isFinite(this.quantity) && this.quantity > 0 ? Math.floor(this.quantity) : 1;
    return describeStock(this.availability.entry, {
      lowStockThreshold: config.lowStockThreshold,
      wanted,
      locale: this.resolvedLocale,
      t: this.textsFor(config),
      today: today(),
    });
  }

  override render() {
    if (!this.description) return nothing;
    const { text, message } = this.description;
    return html`
      <div part="base" class="base" role="status">
        <span class="line">
          <span part="indicator" class="indicator" aria-hidden="true"></span>
          <span part="label" class="label">${text}</span>
        </span>
        ${message ? html`<span part="message" class="message">${message}</span>` : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stock-status': StockStatus;
  }
}

import type { PropertyDeclarations, PropertyValues } from 'lit';
import { AvailabilityController } from '../../controllers/availability-controller.js';
import { SkuFromController } from '../../controllers/sku-from-controller.js';
import { stateOf } from '../../data/stock-state.js';
import type { StockChangeDetail } from '../../events.js';
import { BackorderElement } from './backorder-element.js';

/**
 * What the elements about one SKU share (`<stock-status>`,
 * `<backorder-option>`, `<notify-me-form>`): the `sku`, which `sku-from` can
 * take from a variant picker on the page, and the watch on its availability.
 */
export class SkuElement extends BackorderElement {
  static override get properties(): PropertyDeclarations {
    return {
      sku: {},
      skuFrom: { attribute: 'sku-from' },
    };
  }

  /** The SKU: shown, offered for backorder or signed up for. Changing it (a variant picker) follows the new one. */
  sku = '';

  /** CSS selector of a variant picker (`<select>` or radio group) whose value is the SKU. */
  skuFrom?: string;

  /** The SKU's availability on the shared client. */
  protected readonly availability = new AvailabilityController(this);

  readonly #skuFrom = new SkuFromController(this);
  /** The last `stock-change` fired, so an unchanged answer fires nothing. */
  #lastStockChange = '';

  /**
   * Takes the SKU from the picker (with `sku-from`), watches its availability
   * and reflects the state: `unknown` without a SKU or an endpoint. The
   * element's own `willUpdate` runs after, with all three current.
   */
  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#skuFrom.sync();
    const config = this.config;
    this.availability.watch(this.watchedSku, config);
    this.state = this.lookedUp
      ? stateOf(this.availability.entry, config.lowStockThreshold)
      : 'unknown';
  }

  /** The SKU whose availability is watched: the element's own, unless it needs none. */
  protected get watchedSku(): string | undefined {
    return this.sku;
  }

  /** Whether the SKU's availability is looked up: there is a SKU and an endpoint. */
  protected get lookedUp(): boolean {
    return this.sku.trim() !== '' && this.availability.hasEndpoint;
  }

  /**
   * Fires `stock-change` when the state or the answer for the SKU differs
   * from the last one fired; never while loading, nor without a SKU or an
   * endpoint to look it up.
   */
  protected announceStockChange(): void {
    const sku = this.sku.trim();
    if (!sku || !this.availability.hasEndpoint || this.state === 'loading') return;
    const { entry } = this.availability;
    const availability = entry.kind === 'found' ? entry.availability : undefined;
    const detail: StockChangeDetail = { sku, state: this.state, availability };
    const fingerprint = JSON.stringify(detail);
    if (fingerprint === this.#lastStockChange) return;
    this.#lastStockChange = fingerprint;
    this.emit('stock-change', detail);
  }
}

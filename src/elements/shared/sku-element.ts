import type { PropertyDeclarations, PropertyValues } from 'lit';
import { AvailabilityController } from '../../controllers/availability-controller.js';
import { SkuFromController } from '../../controllers/sku-from-controller.js';
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

  /** The SKU's availability on the shared client: each element says what to `watch()` in `willUpdate`. */
  protected readonly availability = new AvailabilityController(this);

  readonly #skuFrom = new SkuFromController(this);

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The picker's value first: the element's own willUpdate works with it.
    this.#skuFrom.sync();
  }

  /** Whether the SKU's availability is looked up: there is a SKU and an endpoint. */
  protected get lookedUp(): boolean {
    return this.sku.trim() !== '' && this.availability.hasEndpoint;
  }
}

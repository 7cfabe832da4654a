import { isRecord } from '../json.js';
import { AnswerShapeError, type ParsedAnswer } from '../parse-availability.js';
import type { Availability } from '../types.js';
import type { AvailabilitySource } from './source.js';

/**
 * One Store API product in our model. Not `is_purchasable` means it cannot be
 * bought at all ("No longer available"); on backorder (`is_on_backorder` or
 * the `available-on-backorder` class) is a backorder; not `is_in_stock` is out
 * of stock; `low_stock_remaining` (set only when the shop counts it as low) is
 * low stock with that quantity; otherwise in stock.
 */
export function wooProductToAvailability(
  sku: string,
  product: Record<string, unknown>,
): Availability | string {
  const {
    is_in_stock: inStock,
    is_on_backorder: onBackorder,
    is_purchasable: purchasable,
  } = product;
  const lowStock = product.low_stock_remaining;
  const availabilityClass = isRecord(product.stock_availability)
    ? product.stock_availability.class
    : undefined;
  if (typeof inStock !== 'boolean') return `${sku}: is_in_stock: expected a boolean`;
  if (purchasable === false) return { sku, status: 'discontinued' };
  if (onBackorder === true || availabilityClass === 'available-on-backorder') {
    return { sku, status: 'backorder', quantity: 0, backorderable: true };
  }
  if (!inStock || availabilityClass === 'out-of-stock')
    return { sku, status: 'out-of-stock', quantity: 0 };
  if (typeof lowStock === 'number' && Number.isFinite(lowStock) && lowStock > 0) {
    return { sku, status: 'low-stock', quantity: Math.floor(lowStock) };
  }
  return { sku, status: 'in-stock' };
}

/**
 * WooCommerce's Store API: one `GET {products}?include=ID,ID&per_page=N` per
 * batch; the SKUs are product ids.
 */
export const woocommerceSource: AvailabilitySource = {
  name: 'woocommerce',
  // The Store API answers at most 100 products a page.
  batchLimit: () => 100,
  request(endpoint, skus) {
    const separator = endpoint.includes('?') ? '&' : '?';
    const ids = skus.map(encodeURIComponent).join(',');
    return {
      url: `${endpoint}${separator}include=${ids}&per_page=${skus.length}`,
      headers: { Accept: 'application/json' },
    };
  },
  read(json): ParsedAnswer {
    if (!Array.isArray(json)) throw new AnswerShapeError('expected an array of Store API products');
    const answer: ParsedAnswer = { items: [], dropped: [] };
    for (const product of json) {
      if (
        !isRecord(product) ||
        (typeof product.id !== 'number' && typeof product.id !== 'string')
      ) {
        answer.dropped.push('a product without an id');
        continue;
      }
      const item = wooProductToAvailability(String(product.id), product);
      if (typeof item === 'string') answer.dropped.push(item);
      else answer.items.push(item);
    }
    return answer;
  },
};

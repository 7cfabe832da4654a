import { jsonSource } from './json-source.js';
import { shopifySource } from './shopify-source.js';
import type { AvailabilitySource, SourceOptions } from './source.js';
import { woocommerceSource } from './woocommerce-source.js';

/** The `source` names we know. */
export type SourceName = 'json' | 'shopify' | 'woocommerce';

/** The source for a `source` name; our JSON contract for anything unknown. */
export function sourceFor(
  name: string | undefined,
  options: SourceOptions = {},
): AvailabilitySource {
  switch (name) {
    case 'shopify':
      return shopifySource(options);
    case 'woocommerce':
      return woocommerceSource;
    default:
      return jsonSource;
  }
}

export type { AvailabilitySource, SourceOptions, SourceRequest } from './source.js';
export { SourceRejection } from './source.js';
export { jsonSource, shopifySource, woocommerceSource };

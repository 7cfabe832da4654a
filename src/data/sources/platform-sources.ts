import { lazyModule, type LazyModule } from '../lazy-module.js';
import type { AvailabilitySource, SourceOptions } from './source.js';

/** Makes a platform's source from its settings. */
export type SourceMaker = (options: SourceOptions) => AvailabilitySource;

/**
 * The platform adapters, each in its own module: a page loads one when an
 * element first names it in `source`, so a page on our JSON contract never
 * downloads them (the script-tag builds load one from a file beside them,
 * `backorder-elements.shopify.js`).
 */
const adapters: Record<string, LazyModule<SourceMaker>> = {
  shopify: lazyModule('the Shopify source', () =>
    import('./shopify-source.js').then((m) => m.shopifySource),
  ),
  woocommerce: lazyModule('the WooCommerce source', () =>
    import('./woocommerce-source.js').then((m) => () => m.woocommerceSource),
  ),
};

/** The adapter module for a `source` name; undefined for `json` (our contract, always there) and unknown names. */
export function platformSource(name: string | undefined): LazyModule<SourceMaker> | undefined {
  return name && Object.hasOwn(adapters, name) ? adapters[name] : undefined;
}

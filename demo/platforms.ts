// The same product page on three availability sources: our JSON endpoint, a
// mocked Shopify Storefront API and a mocked WooCommerce Store API. The
// <stock-status> follows the variant picker with sku-from, no glue code.
import { worker } from '../mocks/browser.js';
import {
  platformHandlers,
  SHOPIFY_ENDPOINT,
  SHOPIFY_TOKEN,
  shopifyVariants,
  WOO_ENDPOINT,
  wooProducts,
} from '../mocks/platform-handlers.js';

let platformRequests = 0;
worker.use(...platformHandlers({ onRequest: () => platformRequests++ }));
await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
await import('../src/define.js');

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const provider = $<HTMLElement>('#provider');
const variant = $<HTMLSelectElement>('#variant');
const platform = $<HTMLSelectElement>('#platform');

const labels: Record<string, string> = {
  'TEE-BLUE-S': 'Blue / S',
  'TEE-BLUE-M': 'Blue / M',
  'TEE-BLUE-L': 'Blue / L',
  'TEE-RED-M': 'Red / M',
};

/** Per platform: the provider's attributes, and the picker's values (what that platform calls a SKU). */
const platforms: Record<string, { attributes: Record<string, string>; ids: (sku: string) => string; note: string }> = {
  json: {
    attributes: { source: 'json', endpoint: '/api/availability' },
    ids: (sku) => sku,
    note: 'source="json" · endpoint="/api/availability" · SKUs are your own',
  },
  shopify: {
    attributes: { source: 'shopify', endpoint: SHOPIFY_ENDPOINT, 'storefront-token': SHOPIFY_TOKEN },
    ids: (sku) => shopifyVariants[sku]!.id,
    note: 'source="shopify" · Storefront API · SKUs are variant ids',
  },
  woocommerce: {
    attributes: { source: 'woocommerce', endpoint: WOO_ENDPOINT },
    ids: (sku) => String(wooProducts[sku]!.id),
    note: 'source="woocommerce" · Store API · SKUs are product ids',
  },
};

function show(name: string): void {
  const chosen = platforms[name] ?? platforms.json!;
  for (const attribute of ['source', 'endpoint', 'storefront-token']) provider.removeAttribute(attribute);
  for (const [attribute, value] of Object.entries(chosen.attributes)) provider.setAttribute(attribute, value);
  const selected = variant.selectedIndex;
  variant.replaceChildren(
    ...Object.entries(labels).map(([sku, label]) => new Option(label, chosen.ids(sku))),
  );
  variant.selectedIndex = Math.max(0, selected);
  variant.dispatchEvent(new Event('change', { bubbles: true }));
  $('#platform-note').textContent = chosen.note;
}

const initial = new URLSearchParams(location.search).get('platform') ?? 'json';
platform.value = initial in platforms ? initial : 'json';
platform.addEventListener('change', () => show(platform.value));
show(platform.value);

setInterval(() => {
  $('#platform-requests').textContent = String(platformRequests);
  $('#microdata').textContent =
    document.querySelector('link[itemprop="availability"]')?.getAttribute('href') ?? '–';
}, 300);

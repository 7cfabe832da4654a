// The same product page on three availability sources: our JSON endpoint, a
// mocked Shopify Storefront API and a mocked WooCommerce Store API; sign-ups
// go to our notify endpoint or to a mocked Klaviyo. <stock-status> and
// <notify-me-form> follow the variant picker with sku-from, no glue code.
import { notifyLog, worker } from '../mocks/browser.js';
import {
  KLAVIYO_COMPANY_ID,
  platformHandlers,
  SHOPIFY_ENDPOINT,
  SHOPIFY_TOKEN,
  shopifyVariants,
  WOO_ENDPOINT,
  wooProducts,
} from '../mocks/platform-handlers.js';
import { setUpDemoControls } from './demo-controls.js';

let platformRequests = 0;
let klaviyoSignups = 0;
worker.use(
  ...platformHandlers({
    onRequest: () => platformRequests++,
    onKlaviyoSignup: () => klaviyoSignups++,
  }),
);
await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
setUpDemoControls();
await import('../src/define.js');

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const provider = $<HTMLElement>('#provider');
const variant = $<HTMLSelectElement>('#variant');
const platform = $<HTMLSelectElement>('#platform');
const notifyTarget = $<HTMLSelectElement>('#notify-target');

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
  showTarget(notifyTarget.value);
}

/** Klaviyo names a Shopify variant by its number in the Shopify catalog; other catalogs are custom here. */
const klaviyoPrefix = (name: string) => (name === 'shopify' ? '$shopify:::$default:::' : '$custom:::$default:::');

/** Where sign-ups go: only provider attributes change. */
function showTarget(name: string): void {
  for (const attribute of ['notify-endpoint', 'notify-target', 'klaviyo-company-id', 'klaviyo-variant-prefix']) {
    provider.removeAttribute(attribute);
  }
  if (name === 'klaviyo') {
    provider.setAttribute('notify-target', 'klaviyo');
    provider.setAttribute('klaviyo-company-id', KLAVIYO_COMPANY_ID);
    provider.setAttribute('klaviyo-variant-prefix', klaviyoPrefix(platform.value));
    $('#notify-note').textContent =
      `notify-target="klaviyo" · klaviyo-company-id="${KLAVIYO_COMPANY_ID}" · POST a.klaviyo.com/client/back-in-stock-subscriptions`;
  } else {
    provider.setAttribute('notify-endpoint', '/api/notify');
    $('#notify-note').textContent = 'notify-endpoint="/api/notify" · our JSON contract';
  }
}

const notifyForm = $<HTMLElement>('#notify');
for (const type of ['notify-success', 'notify-error'] as const) {
  notifyForm.addEventListener(type, (event) => {
    $('#last-notify-event').textContent = `${type} ${JSON.stringify(event.detail)}`;
  });
}

const params = new URLSearchParams(location.search);
notifyTarget.value = params.get('notify-target') === 'klaviyo' ? 'klaviyo' : 'json';
notifyTarget.addEventListener('change', () => showTarget(notifyTarget.value));
const initial = params.get('platform') ?? 'json';
platform.value = initial in platforms ? initial : 'json';
platform.addEventListener('change', () => show(platform.value));
show(platform.value);

setInterval(() => {
  $('#platform-requests').textContent = String(platformRequests);
  $('#signups-json').textContent = String(notifyLog.length);
  $('#signups-klaviyo').textContent = String(klaviyoSignups);
  $('#microdata').textContent =
    document.querySelector('link[itemprop="availability"]')?.getAttribute('href') ?? '–';
}, 300);

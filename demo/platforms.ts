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
import { catalogueText, moneyParts, t, type TextKey } from './demo-texts.js';

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

const $ = <T extends Element>(selector: string, root: ParentNode = document) =>
  root.querySelector<T>(selector)!;
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
const platforms: Record<
  string,
  { attributes: Record<string, string>; ids: (sku: string) => string; code: string; note: TextKey }
> = {
  json: {
    attributes: { source: 'json', endpoint: '/api/availability' },
    ids: (sku) => sku,
    code: 'source="json" · endpoint="/api/availability"',
    note: 'platforms.noteJson',
  },
  shopify: {
    attributes: {
      source: 'shopify',
      endpoint: SHOPIFY_ENDPOINT,
      'storefront-token': SHOPIFY_TOKEN,
    },
    ids: (sku) => shopifyVariants[sku]!.id,
    code: 'source="shopify" · Storefront API',
    note: 'platforms.noteShopify',
  },
  woocommerce: {
    attributes: { source: 'woocommerce', endpoint: WOO_ENDPOINT },
    ids: (sku) => String(wooProducts[sku]!.id),
    code: 'source="woocommerce" · Store API',
    note: 'platforms.noteWoo',
  },
};

function show(name: string): void {
  const chosen = platforms[name] ?? platforms.json!;
  for (const attribute of ['source', 'endpoint', 'storefront-token'])
    provider.removeAttribute(attribute);
  for (const [attribute, value] of Object.entries(chosen.attributes))
    provider.setAttribute(attribute, value);
  const selected = variant.selectedIndex;
  variant.replaceChildren(
    ...Object.entries(labels).map(
      ([sku, label]) => new Option(catalogueText(label), chosen.ids(sku)),
    ),
  );
  variant.selectedIndex = Math.max(0, selected);
  variant.dispatchEvent(new Event('change', { bubbles: true }));
  $('#platform-note').textContent = `${chosen.code} · ${t(chosen.note)}`;
  showTarget(notifyTarget.value);
}

/** Klaviyo names a Shopify variant by its number in the Shopify catalog; other catalogs are custom here. */
const klaviyoPrefix = (name: string) =>
  name === 'shopify' ? '$shopify:::$default:::' : '$custom:::$default:::';

/** Where sign-ups go: only provider attributes change. */
function showTarget(name: string): void {
  for (const attribute of [
    'notify-endpoint',
    'notify-target',
    'klaviyo-company-id',
    'klaviyo-variant-prefix',
  ]) {
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
    $('#notify-note').textContent =
      `notify-endpoint="/api/notify" · ${t('platforms.noteNotifyJson')}`;
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

/** The price in the current language's format; the microdata keeps its `content` attributes. */
function renderPrice(): void {
  const price = $('.price');
  const currency = $('[itemprop="priceCurrency"]', price);
  const amount = $('[itemprop="price"]', price);
  currency.textContent = '';
  amount.textContent = '';
  const nodes: Node[] = [];
  for (const part of moneyParts(59)) {
    if (part.type === 'currency') {
      currency.textContent = part.value;
      nodes.push(currency);
    } else if (part.type === 'literal' && !amount.textContent) {
      nodes.push(document.createTextNode(part.value));
    } else if (part.type === 'literal' && /^\s+$/.test(part.value)) {
      nodes.push(document.createTextNode(part.value));
    } else {
      if (!nodes.includes(amount)) nodes.push(amount);
      amount.textContent += part.value;
    }
  }
  price.replaceChildren(...nodes);
}
renderPrice();

// A new language: the variant labels, the notes and the price again.
document.addEventListener('demo-locale-change', () => {
  show(platform.value);
  renderPrice();
});

setInterval(() => {
  $('#platform-requests').textContent = String(platformRequests);
  $('#signups-json').textContent = String(notifyLog.length);
  $('#signups-klaviyo').textContent = String(klaviyoSignups);
  $('#microdata').textContent =
    document.querySelector('link[itemprop="availability"]')?.getAttribute('href') ?? '–';
}, 300);

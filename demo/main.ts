// Demo product page and listing. MSW starts before the elements are imported,
// so their first requests are already caught by the mock endpoint.
import { featuredProduct, listingProducts } from '../mocks/catalogue.js';
import { scenarios } from '../mocks/handlers.js';
import { setScenario, worker, requestLog, setNotifyScenario, notifyLog } from '../mocks/browser.js';
import { notifyScenarios } from '../mocks/notify-handlers.js';
import { addToCart, lineName } from './cart.js';
import { setUpDemoControls, setUpScenarioSwitcher } from './demo-controls.js';
import { catalogueText, formatMoney, t } from './demo-texts.js';
import { localizeAvailability, localizeNotify } from './localized-mocks.js';

await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
const $ = <T extends Element>(selector: string, root: ParentNode = document) =>
  root.querySelector<T>(selector)!;

// Before the elements load: a saved sign-up goes out as soon as <notify-me-form> connects.
// The notify scenario switcher reloads the page, so "Notify endpoint down" → sign up →
// "Sign-ups accepted" shows the saved sign-up going out on the next load, once, with
// the same Idempotency-Key.
const notifyScenario = setUpScenarioSwitcher(
  $<HTMLSelectElement>('#notify-scenario'),
  'notify',
  notifyScenarios,
  setNotifyScenario,
);
// Scenario switcher: changes what the mock endpoint answers, then reloads the page.
const scenario = setUpScenarioSwitcher(
  $<HTMLSelectElement>('#scenario'),
  'scenario',
  scenarios,
  setScenario,
);
// The merchants' notes and the notify endpoint's refusal in the demo's language.
localizeAvailability(() => scenario);
localizeNotify(() => notifyScenario);
setUpDemoControls();
await import('../src/define.js');

// Product page: the variant picker drives <stock-status sku>. ?sku=TEE-BLUE-L&quantity=5
// opens the page on a variant and a quantity (the screenshots use it).
const status = $<HTMLElement & { sku: string; quantity: number }>('#product-status');
const variantSelect = $<HTMLSelectElement>('#variant');
const quantityInput = $<HTMLInputElement>('#quantity');
const params = new URLSearchParams(location.search);
for (const variant of featuredProduct.variants)
  variantSelect.append(
    new Option(catalogueText(variant.label), variant.sku, false, variant.sku === params.get('sku')),
  );
quantityInput.value = params.get('quantity') ?? quantityInput.value;
const wanted = () => Math.max(1, Math.min(99, Math.floor(Number(quantityInput.value)) || 1));
const showVariant = () => {
  status.sku = variantSelect.value;
  document.dispatchEvent(new CustomEvent('demo-variant-change', { detail: variantSelect.value }));
};
variantSelect.addEventListener('change', showVariant);
showVariant();
status.quantity = wanted();
quantityInput.addEventListener('input', () => (status.quantity = wanted()));

// "Add to cart": <stock-status controls> keeps the button in step with the stock; the
// click puts the variant in the demo cart, which the checkout shows.
$('#add-to-cart').addEventListener('click', () => {
  const count = wanted();
  const inCart = addToCart(variantSelect.value, count);
  $('#cart-added').textContent = t('product.added', {
    count,
    name: lineName(variantSelect.value),
    total: inCart,
  });
  $<HTMLAnchorElement>('#cart-link').hidden = false;
});
status.addEventListener('stock-change', (event) => {
  $('#last-event').textContent = JSON.stringify({
    sku: event.detail.sku,
    state: event.detail.state,
  });
});

// Listing: 48 products, one availability request for all of them.
const grid = $<HTMLUListElement>('#grid');
const products = listingProducts(48);
for (const product of products) {
  const item = document.createElement('li');
  item.className = 'card';
  const swatch = document.createElement('div');
  swatch.className = 'card-image';
  swatch.style.setProperty('--swatch', product.colour);
  const name = document.createElement('h3');
  name.className = 'card-name';
  const price = document.createElement('p');
  price.className = 'card-price';
  const stock = document.createElement('stock-status');
  stock.setAttribute('sku', product.variants[0]!.sku);
  item.append(swatch, name, price, stock);
  grid.append(item);
}

// Show the request count, as the network panel would.
const countLine = $('#request-count');
const renderCount = () => {
  const total = requestLog.length;
  const skus = requestLog.reduce((sum, skus) => sum + skus.length, 0);
  countLine.textContent = t(total === 1 ? 'listing.requestsOne' : 'listing.requestsOther', {
    count: total,
    skus,
  });
};
setInterval(renderCount, 500);

/** The texts this page builds, in the current language: variant labels, prices, the listing's names. */
function renderTexts(): void {
  for (const [index, option] of [...variantSelect.options].entries()) {
    option.textContent = catalogueText(featuredProduct.variants[index]!.label);
  }
  $('.price').textContent = formatMoney(featuredProduct.price);
  for (const [index, card] of [...grid.children].entries()) {
    const product = products[index]!;
    $('.card-name', card).textContent = catalogueText(product.name);
    $('.card-price', card).textContent = formatMoney(product.price);
  }
  renderCount();
}
document.addEventListener('demo-locale-change', renderTexts);
renderTexts();

// The tee takes the colour of the chosen variant.
const teeColours: Record<string, string> = {
  BLUE: '#4a6fa5',
  RED: '#b5523b',
  GREEN: '#5b8a5a',
  ORANGE: '#d98c5f',
};
const paintTee = () => {
  const colour = variantSelect.value.split('-')[1] ?? 'BLUE';
  $<HTMLElement>('.tee').style.setProperty('--tee', teeColours[colour] ?? '#4a6fa5');
};
variantSelect.addEventListener('change', paintTee);
paintTee();

// Back-in-stock form: follows the variant picker.
const notifyForm = $<HTMLElement & { sku: string }>('#product-notify');
notifyForm.sku = variantSelect.value;
document.addEventListener('demo-variant-change', (event) => {
  notifyForm.sku = (event as CustomEvent<string>).detail;
});
for (const type of ['notify-submit', 'notify-success', 'notify-error'] as const) {
  notifyForm.addEventListener(type, (event) => {
    $('#last-notify-event').textContent = `${type} ${JSON.stringify(event.detail)}`;
  });
}
setInterval(() => ($('#notify-count').textContent = String(notifyLog.length)), 500);

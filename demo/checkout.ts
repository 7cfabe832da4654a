// Demo checkout: a real <form> with the lines of the demo cart (what "Add to
// cart" put there, else a sample cart), and <backorder-summary> for the delivery
// plan. MSW starts before the elements are imported, so their first requests
// are already caught.
import { productOf, type CartLine } from '../mocks/catalogue.js';
import { scenarios } from '../mocks/handlers.js';
import { setScenario, worker } from '../mocks/browser.js';
import type { BackorderOption } from '../src/elements/backorder-option/backorder-option.js';
import { lineName, readCart, saveCart } from './cart.js';
import { setUpDemoControls, setUpScenarioSwitcher } from './demo-controls.js';
import { catalogueText, formatMoney, t } from './demo-texts.js';
import { localizeAvailability } from './localized-mocks.js';

await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
const $ = <T extends Element>(selector: string, root: ParentNode = document) =>
  root.querySelector<T>(selector)!;

// Scenario switcher: changes what the mock endpoint answers, then reloads the page.
const scenario = setUpScenarioSwitcher(
  $<HTMLSelectElement>('#scenario'),
  'scenario',
  scenarios,
  setScenario,
);
// The merchants' notes in the demo's language.
localizeAvailability(() => scenario);
setUpDemoControls();
await import('../src/define.js');

const cart = readCart();
const form = $<HTMLFormElement>('#checkout-form');
const list = $<HTMLUListElement>('#cart-lines');
const template = $<HTMLTemplateElement>('#line-template');
/** Per line: its option, its price, and a function putting its texts in the current language. */
const lines: { option: BackorderOption; price: number; line: CartLine; texts: () => void }[] = [];

function renderLine(line: CartLine): void {
  const found = productOf(line.sku);
  if (!found) return;
  const { product, variant } = found;
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  const id = line.sku.toLowerCase();
  $<HTMLElement>('.line-image', item).style.setProperty('--swatch', product.colour);
  const name = $<HTMLHeadingElement>('.line-name', item);
  name.id = `${id}-name`;

  const stepper = $<HTMLElement>('.stepper', item);
  stepper.setAttribute('aria-labelledby', `${id}-qty-label`);
  const label = document.createElement('span');
  label.id = `${id}-qty-label`;
  label.className = 'visually-hidden';
  stepper.prepend(label);
  const input = $<HTMLInputElement>('.step-input', item);
  input.name = `quantity[${line.sku}]`;
  input.setAttribute('aria-labelledby', `${id}-qty-label`);
  const down = $<HTMLButtonElement>('.step-down', item);
  const up = $<HTMLButtonElement>('.step-up', item);

  const status = $<HTMLElement & { quantity: number }>('.line-status', item);
  status.setAttribute('sku', line.sku);
  const option = $<BackorderOption>('.line-backorder', item);
  option.setAttribute('sku', line.sku);
  option.setAttribute('name', `backorder[${line.sku}]`);

  const texts = () => {
    const localName = catalogueText(product.name);
    name.textContent = localName;
    $('.line-variant', item).textContent = catalogueText(variant);
    $('.line-price', item).textContent = formatMoney(product.price);
    label.textContent = t('checkout.quantityOf', { name: localName });
    down.setAttribute('aria-label', t('checkout.oneFewer', { name: localName }));
    up.setAttribute('aria-label', t('checkout.oneMore', { name: localName }));
    // The line's name in <backorder-summary>.
    option.label = lineName(line.sku);
  };
  texts();
  lines.push({ option, price: product.price, line, texts });

  // A sign-up form for when the shopper drops units the shop cannot promise.
  const notify = document.createElement('notify-me-form');
  notify.setAttribute('slot', 'notify');
  notify.setAttribute('sku', line.sku);
  notify.setAttribute('always', '');
  option.append(notify);

  const setQuantity = (value: number) => {
    const quantity = Math.max(0, Math.min(99, Math.floor(value) || 0));
    input.value = String(quantity);
    status.quantity = Math.max(1, quantity);
    option.quantity = quantity;
    down.disabled = quantity === 0;
    line.quantity = quantity;
    saveCart(cart);
    void option.updateComplete.then(renderTotals);
  };
  down.addEventListener('click', () => setQuantity(Number(input.value) - 1));
  up.addEventListener('click', () => setQuantity(Number(input.value) + 1));
  input.addEventListener('change', () => setQuantity(Number(input.value)));

  list.append(item);
  input.value = String(line.quantity);
  status.quantity = Math.max(1, line.quantity);
  option.quantity = line.quantity;
  down.disabled = line.quantity === 0;
}

/** Subtotal: what the order keeps of each line under its choice (removed units are not sold). */
function renderTotals(): void {
  let subtotal = 0;
  for (const { option, price, line } of lines) {
    const outcome = option.outcome;
    subtotal += price * (outcome ? outcome.shipNow + outcome.backordered : line.quantity);
  }
  $('#subtotal').textContent = formatMoney(subtotal);
  $('#total').textContent = formatMoney(subtotal);
}

for (const line of cart) renderLine(line);
form.addEventListener('backorder-change', renderTotals);
form.addEventListener('stock-change', renderTotals);
renderTotals();

// Print what the form would send instead of sending it.
let submitted: string[] | undefined;
const renderSubmitted = () => {
  $('#form-data').textContent = !submitted
    ? t('checkout.pressPlaceOrder')
    : submitted.join('\n') || t('checkout.nothing');
};
form.addEventListener('submit', (event) => {
  event.preventDefault();
  submitted = [...new FormData(form)].map(([key, value]) => `${key} = ${String(value)}`);
  renderSubmitted();
});
renderSubmitted();

// A new language: the lines, the totals and the printout again.
document.addEventListener('demo-locale-change', () => {
  for (const { texts } of lines) texts();
  renderTotals();
  renderSubmitted();
});

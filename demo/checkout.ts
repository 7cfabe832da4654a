// Demo checkout: a real <form> with three cart lines. MSW starts before the
// elements are imported, so their first requests are already caught.
import { checkoutLines, type CheckoutLine } from '../mocks/catalogue.js';
import { scenarios } from '../mocks/handlers.js';
import { setScenario, worker } from '../mocks/browser.js';
import type { BackorderChangeDetail } from '../src/events.js';
import { setUpDemoControls, setUpScenarioSwitcher } from './demo-controls.js';
import { catalogueText, formatDay, formatMoney, t } from './demo-texts.js';
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

type QuantityElement = HTMLElement & { quantity: number };

/** Each line's quantity and its latest backorder-change, for the summary. */
const quantities = new Map<string, number>();
const choices = new Map<string, BackorderChangeDetail>();
const options = new Map<string, QuantityElement>();

const form = $<HTMLFormElement>('#checkout-form');
const list = $<HTMLUListElement>('#cart-lines');
const template = $<HTMLTemplateElement>('#line-template');
/** Per line: puts its texts in the current language. */
const lineTexts: (() => void)[] = [];

function renderLine(line: CheckoutLine): void {
  const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  const id = line.sku.toLowerCase();
  $<HTMLElement>('.line-image', item).style.setProperty('--swatch', line.colour);
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
  input.value = String(line.quantity);
  input.setAttribute('aria-labelledby', `${id}-qty-label`);
  const down = $<HTMLButtonElement>('.step-down', item);
  const up = $<HTMLButtonElement>('.step-up', item);
  const renderTexts = () => {
    const localName = catalogueText(line.name);
    name.textContent = localName;
    $('.line-variant', item).textContent = catalogueText(line.variant);
    $('.line-price', item).textContent = formatMoney(line.price);
    label.textContent = t('checkout.quantityOf', { name: localName });
    down.setAttribute('aria-label', t('checkout.oneFewer', { name: localName }));
    up.setAttribute('aria-label', t('checkout.oneMore', { name: localName }));
  };
  lineTexts.push(renderTexts);
  renderTexts();

  const status = $<QuantityElement>('.line-status', item);
  status.setAttribute('sku', line.sku);
  const option = $<QuantityElement>('.line-backorder', item);
  option.setAttribute('sku', line.sku);
  option.setAttribute('name', `backorder[${line.sku}]`);
  options.set(line.sku, option);

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
    quantities.set(line.sku, quantity);
    renderSummary();
  };
  down.addEventListener('click', () => setQuantity(Number(input.value) - 1));
  up.addEventListener('click', () => setQuantity(Number(input.value) + 1));
  input.addEventListener('change', () => setQuantity(Number(input.value)));
  option.addEventListener('backorder-change', (event) => {
    choices.set(line.sku, event.detail);
    renderSummary();
  });
  option.addEventListener('stock-change', renderSummary);

  list.append(item);
  setQuantity(line.quantity);
}

/** Subtotal and the deliveries, as the shop would show them from the choices. */
function renderSummary(): void {
  let subtotal = 0;
  const now: string[] = [];
  const later = new Map<string, string[]>();
  const dropped: string[] = [];
  const unconfirmed: string[] = [];
  for (const line of checkoutLines) {
    const name = catalogueText(line.name);
    const quantity = quantities.get(line.sku) ?? line.quantity;
    const state = options.get(line.sku)?.getAttribute('state');
    if (quantity > 0 && (state === 'error' || state === 'unknown' || state === 'loading')) {
      subtotal += quantity * line.price;
      unconfirmed.push(`${quantity} × ${name}`);
      continue;
    }
    const detail = choices.get(line.sku);
    const choice = detail?.choice ? detail : undefined;
    const shipNow = choice ? choice.shipNow : quantity;
    const backordered = choice ? choice.backordered : 0;
    const droppedUnits = quantity - shipNow - backordered;
    subtotal += (shipNow + backordered) * line.price;
    if (shipNow > 0) now.push(`${shipNow} × ${name}`);
    if (backordered > 0) {
      const when = choice?.expectedDate
        ? t('checkout.around', { date: formatDay(choice.expectedDate) })
        : t('checkout.whenBack');
      later.set(when, [...(later.get(when) ?? []), `${backordered} × ${name}`]);
    }
    if (droppedUnits > 0) dropped.push(`${droppedUnits} × ${name}`);
  }
  $('#subtotal').textContent = formatMoney(subtotal);
  $('#total').textContent = formatMoney(subtotal);
  const deliveries = $<HTMLUListElement>('#deliveries');
  const rows: [string, string[]][] = [
    [t('checkout.shipsToday'), now],
    ...later,
    [t('checkout.removed'), dropped],
    [t('checkout.toBeConfirmed'), unconfirmed],
  ];
  deliveries.replaceChildren(
    ...rows
      .filter(([, items]) => items.length > 0)
      .map(([title, items]) => {
        const row = document.createElement('li');
        const heading = document.createElement('strong');
        heading.textContent = title;
        const body = document.createElement('span');
        body.textContent = items.join(', ');
        row.append(heading, body);
        return row;
      }),
  );
}

for (const line of checkoutLines) renderLine(line);

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

// A new language: the lines, the summary and the printout again.
document.addEventListener('demo-locale-change', () => {
  for (const render of lineTexts) render();
  renderSummary();
  renderSubmitted();
});

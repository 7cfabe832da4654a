import { expect, fixtureSync, html } from '@open-wc/testing';
import { BackorderOption } from '../../src/elements/backorder-option/backorder-option.js';
import { BackorderSummary } from '../../src/elements/backorder-summary/backorder-summary.js';
import { StockProvider } from '../../src/elements/stock-provider/stock-provider.js';
import { formatCalendarDate } from '../../src/i18n/format.js';
import type { CatalogueItem } from '../../mocks/catalogue.js';
import { inDays, serveItems, until, useMockEndpoint } from '../helpers/mock-endpoint.js';
import { loadCatalogue } from '../../src/i18n/messages.js';

BackorderOption.define();
BackorderSummary.define();
StockProvider.define();

const ENDPOINT = '/api/availability';
const ITEMS: CatalogueItem[] = [
  { sku: 'SOCKS', quantity: 40 },
  // 1 in stock, more in 5 days: split, together or cancel.
  { sku: 'TEE', quantity: 1, backorderable: true, backorderLimit: 40, restockDate: inDays(5) },
  // Nothing now, back in 12 days.
  { sku: 'SHELL', quantity: 0, backorderable: true, restockDate: inDays(12) },
  // Backorderable with no date at all.
  { sku: 'CAP', quantity: 0, backorderable: true },
];

interface Line {
  sku: string;
  quantity: number;
  label?: string;
}

/** A checkout form with `lines` and a summary inside it; resolves once every line has its answer. */
async function checkout(lines: Line[], { locale = 'en', summary = 'inside' } = {}) {
  serveItems(ITEMS);
  const page = fixtureSync<HTMLElement>(html`
    <stock-provider endpoint=${ENDPOINT} locale=${locale}>
      <form id="order">
        ${lines.map(
          (line) =>
            html`<backorder-option
              sku=${line.sku}
              quantity=${line.quantity}
              name=${`bo-${line.sku}`}
              label=${line.label ?? ''}
            ></backorder-option>`,
        )}
        ${summary === 'inside' ? html`<backorder-summary></backorder-summary>` : ''}
      </form>
      ${summary === 'outside' ? html`<backorder-summary form="order"></backorder-summary>` : ''}
    </stock-provider>
  `);
  for (const line of page.querySelectorAll('backorder-option')) {
    if (!line.label) line.removeAttribute('label');
  }
  const options = [...page.querySelectorAll('backorder-option')];
  const el = page.querySelector('backorder-summary')!;
  await settled(el, options);
  return { page, el, options, form: page.querySelector('form')! };
}

async function settled(el: BackorderSummary, options: BackorderOption[]) {
  await until(() => options.every((option) => option.state !== 'loading'), 3000, 'answers');
  await Promise.all(options.map((option) => option.updateComplete));
  await el.updateComplete;
}

/** What the summary shows, group by group: "Ships now: 2 × Socks, 1 × Tee". */
function groups(el: BackorderSummary, part = 'delivery') {
  return [...el.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].map((group) => {
    const title = group.querySelector('.when')!.textContent!.trim();
    const items = [...group.querySelectorAll('li')].map((item) => item.textContent!.trim());
    return `${title}: ${items.join(', ')}`;
  });
}
const charge = (el: BackorderSummary) =>
  el.shadowRoot!.querySelector('[part="charge"]')?.textContent?.trim();
const announced = (el: BackorderSummary) =>
  el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const around = (days: number, relative: string) =>
  `Around ${formatCalendarDate(inDays(days), 'en')} (${relative})`;

async function choose(el: BackorderSummary, option: BackorderOption, choice: string) {
  option.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${choice}"]`)!.click();
  await option.updateComplete;
  await el.updateComplete;
}

describe('<backorder-summary>', () => {
  useMockEndpoint();

  it('shows the plan of a split line in two deliveries, and passes axe', async () => {
    const { el } = await checkout([
      { sku: 'SOCKS', quantity: 2, label: 'Trail Socks' },
      { sku: 'TEE', quantity: 3, label: 'Merino Tee, Blue / L' },
    ]);
    expect(groups(el)).to.deep.equal([
      'Ships now: 2 × Trail Socks, 1 × Merino Tee, Blue / L',
      `${around(5, 'in 5 days')}: 2 × Merino Tee, Blue / L`,
    ]);
    expect(groups(el, 'removed')).to.deep.equal([]);
    expect(charge(el)).to.equal('You’ll be charged for all 5 now.');
    expect(el.state).to.equal('backorder');
    // Nothing is announced for the page as it loads.
    expect(announced(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('renders nothing while every unit ships now', async () => {
    const { el } = await checkout([
      { sku: 'SOCKS', quantity: 2 },
      { sku: 'TEE', quantity: 1 },
    ]);
    expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(el.state).to.equal('in-stock');
    await expect(el).to.be.accessible();
  });

  it('shows one delivery and the removed units when the shopper cancels the missing ones, and says so', async () => {
    const { el, options } = await checkout([
      { sku: 'SOCKS', quantity: 2, label: 'Trail Socks' },
      { sku: 'TEE', quantity: 3, label: 'Merino Tee' },
    ]);
    await choose(el, options[1]!, 'cancel');
    expect(groups(el)).to.deep.equal(['Ships now: 2 × Trail Socks, 1 × Merino Tee']);
    expect(groups(el, 'removed')).to.deep.equal(['Removed: 2 × Merino Tee']);
    expect(charge(el)).to.equal('You’ll be charged for all 3 now.');
    expect(announced(el)).to.equal(
      'Ships now: 2 × Trail Socks, 1 × Merino Tee. Removed: 2 × Merino Tee.',
    );
    await expect(el).to.be.accessible();

    await choose(el, options[1]!, 'together');
    expect(groups(el)).to.deep.equal([
      'Ships now: 2 × Trail Socks',
      `${around(5, 'in 5 days')}: 3 × Merino Tee`,
    ]);
    expect(announced(el)).to.equal(
      `Ships now: 2 × Trail Socks. ${around(5, 'in 5 days')}: 3 × Merino Tee.`,
    );
  });

  it('follows quantities, labels, SKUs and lines coming and going', async () => {
    const { el, options, form } = await checkout([
      { sku: 'SOCKS', quantity: 2 },
      { sku: 'TEE', quantity: 3 },
    ]);
    const [socks, tee] = options as [BackorderOption, BackorderOption];
    expect(groups(el)[0]).to.equal('Ships now: 2 × SOCKS, 1 × TEE');

    // A line all in stock fires no backorder-change: the summary follows it anyway.
    socks.quantity = 5;
    socks.label = 'Trail Socks';
    await until(() => groups(el)[0] === 'Ships now: 5 × Trail Socks, 1 × TEE', 2000, 'quantity');

    // A new line, with no date.
    const cap = document.createElement('backorder-option');
    cap.sku = 'CAP';
    cap.quantity = 2;
    cap.label = 'Wool Cap';
    form.append(cap);
    await until(() => groups(el).length === 3, 3000, 'the new line');
    expect(groups(el)[2]).to.equal('When back in stock: 2 × Wool Cap');
    // The tee is due within charge-now-days, the cap has no date.
    expect(charge(el)).to.equal('The 2 on backorder are charged when they ship.');

    cap.remove();
    tee.sku = 'SHELL';
    await until(() => groups(el)[1]?.includes('SHELL') ?? false, 3000, 'the new SKU');
    expect(groups(el)).to.deep.equal([
      'Ships now: 5 × Trail Socks',
      `${around(12, 'in 12 days')}: 3 × SHELL`,
    ]);

    // Everything in stock again: the plan goes, and the shopper hears so.
    tee.quantity = 0;
    await until(() => el.shadowRoot!.querySelector('[part="base"]') === null, 2000, 'no plan');
    expect(announced(el)).to.equal('Ships now: 5 × Trail Socks.');
  });

  it('reads the lines of form="ID" from outside the form', async () => {
    const { el } = await checkout(
      [
        { sku: 'SOCKS', quantity: 1 },
        { sku: 'SHELL', quantity: 1, label: 'Rain Shell' },
      ],
      { summary: 'outside' },
    );
    expect(el.form?.id).to.equal('order');
    expect(groups(el)).to.deep.equal([
      'Ships now: 1 × SOCKS',
      `${around(12, 'in 12 days')}: 1 × Rain Shell`,
    ]);
  });

  it('speaks Swedish and German, and takes the shop’s own words', async () => {
    const { el } = await checkout(
      [
        { sku: 'SOCKS', quantity: 2, label: 'Sockor' },
        { sku: 'TEE', quantity: 3, label: 'Tröja' },
      ],
      { locale: 'sv' },
    );
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Dina leveranser');
    const svDate = formatCalendarDate(inDays(5), 'sv');
    expect(groups(el)).to.deep.equal([
      'Skickas nu: 2 × Sockor, 1 × Tröja',
      `Kring ${svDate} (om 5 dagar): 2 × Tröja`,
    ]);
    expect(charge(el)).to.equal('Du debiteras för alla 5 nu.');
    el.locale = 'de';
    // German loads on first use; the element shows it once it has arrived.
    await el.updateComplete;
    await loadCatalogue('de');
    await el.updateComplete;
    expect(groups(el)[0]).to.equal('Versand sofort: 2 × Sockor, 1 × Tröja');
    el.messages = { summaryNow: 'Heute unterwegs' };
    await el.updateComplete;
    expect(groups(el)[0]).to.equal('Heute unterwegs: 2 × Sockor, 1 × Tröja');
    // A new language is not news.
    expect(announced(el)).to.equal('');
  });
});

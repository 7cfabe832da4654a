import { loadCatalogue } from '../../src/i18n/messages.js';
import { elementUpdated, expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import type { CatalogueItem } from '../../mocks/catalogue.js';
import { inDays, serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';

StockStatus.define();

const ENDPOINT = '/api/availability';
const BROKEN = '/api/space-broken';
const LONG_NOTE =
  'New batch arriving from our mill in Biella, dyed by hand and checked twice, so it takes a little longer than usual';

/** Every kind of answer, with the quantity the shopper wants. */
const answers: (CatalogueItem & { wants?: number })[] = [
  { sku: 'IN', quantity: 40 },
  { sku: 'LOW', quantity: 3 },
  { sku: 'BO-13', quantity: 0, backorderable: true, restockDate: inDays(13) },
  { sku: 'BO-18', status: 'backorder', quantity: 0, restockDate: inDays(18) },
  { sku: 'BO-40', quantity: 0, backorderable: true, restockDate: inDays(40) },
  { sku: 'BO-200', quantity: 0, backorderable: true, restockDate: inDays(200) },
  { sku: 'BO-400', quantity: 0, backorderable: true, restockDate: inDays(400) },
  { sku: 'BO-PAST', quantity: 0, backorderable: true, restockDate: inDays(-2) },
  { sku: 'BO-NODATE', quantity: 0, backorderable: true },
  { sku: 'PRE', status: 'preorder', restockDate: inDays(30) },
  { sku: 'OUT-13', quantity: 0, restockDate: inDays(13) },
  { sku: 'OUT-60', status: 'out-of-stock', restockDate: inDays(60) },
  { sku: 'OUT', status: 'out-of-stock' },
  { sku: 'GONE', status: 'discontinued' },
  { sku: 'NOTE', quantity: 2, message: 'Last few from this season’s run' },
  { sku: 'LONG-NOTE', quantity: 0, backorderable: true, leadTimeDays: 9, message: LONG_NOTE },
  // Blue / L on the demo's product page, quantity 5: one ships now.
  {
    sku: 'SHORT',
    status: 'backorder',
    quantity: 1,
    backorderable: true,
    restockDate: inDays(5),
    message: 'New batch arriving from our mill',
    wants: 5,
  },
  { sku: 'SHORT-IN', quantity: 20, wants: 25 },
  { sku: 'SHORT-99', quantity: 12, backorderable: true, restockDate: inDays(16), wants: 99 },
];

/** Widths of the element, every 8 px: listing cards on a 320 px phone up to a desktop column. */
const WIDTHS = Array.from({ length: 80 }, (_, index) => 120 + index * 8);

describe('<stock-status> keeps its height', () => {
  useMockEndpoint();

  for (const locale of ['en', 'sv', 'de']) {
    it(`in ${locale}: every answer arriving moves nothing below it, from 120 px to 752 px wide`, async () => {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const bySku = new Map(answers.map((item) => [item.sku, item]));
      worker.use(
        http.get(ENDPOINT, async ({ request }) => {
          await released;
          const skus = new URL(request.url).searchParams.get('skus')!.split(',');
          return HttpResponse.json({ items: skus.map((sku) => bySku.get(sku)).filter(Boolean) });
        }),
        http.get(BROKEN, async () => {
          await released;
          return HttpResponse.json({}, { status: 500 });
        }),
      );
      const cases = [...answers, { sku: 'MISSING' }, { sku: 'ERROR' }];
      const page = fixtureSync<HTMLElement>(
        `<div lang="${locale}">${WIDTHS.map(
          (width) =>
            `<div style="width:${width}px">${cases
              .map(
                (item) =>
                  `<stock-status sku="${item.sku}" endpoint="${item.sku === 'ERROR' ? BROKEN : ENDPOINT}" quantity="${(item as { wants?: number }).wants ?? 1}"></stock-status>`,
              )
              .join('')}</div>`,
        ).join('')}</div>`,
      );
      const elements = [...page.querySelectorAll('stock-status')];
      await Promise.all(elements.map((el) => el.updateComplete));
      // Swedish and German load on first use; the space is reserved for their texts once here.
      await loadCatalogue(locale);
      await new Promise((resolve) => setTimeout(resolve));
      await Promise.all(elements.map((el) => el.updateComplete));
      expect(elements.every((el) => el.state === 'loading')).to.equal(true);
      const before = elements.map((el) => el.getBoundingClientRect().height);

      release();
      await until(() => elements.every((el) => el.state !== 'loading'), 5000, 'every answer');
      await Promise.all(elements.map((el) => el.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(resolve));

      const moved = elements
        .map((el, index) => ({
          el,
          width: el.parentElement!.style.width,
          from: before[index]!,
          to: el.getBoundingClientRect().height,
        }))
        .filter(({ from, to }) => Math.abs(from - to) > 0.5)
        .map(
          ({ el, width, from, to }) =>
            `${el.sku} at ${width}: ${from} → ${to} px, "${el.shadowRoot!.querySelector('[part="label"]')!.textContent}"`,
        );
      expect(moved).to.deep.equal([]);
      expect(elements.find((el) => el.sku === 'ERROR')!.state).to.equal('error');
    });
  }

  it('cuts a long merchant note to one line, with a "More" button that shows it all', async () => {
    serveItems([{ sku: 'A', quantity: 2, message: LONG_NOTE }]);
    const holder = await fixture<HTMLElement>(
      html`<div style="width: 320px" lang="en">
        <stock-status endpoint=${ENDPOINT} sku="A"></stock-status>
      </div>`,
    );
    const el = holder.querySelector('stock-status')!;
    await until(() => el.state === 'low-stock');
    await elementUpdated(el);
    const message = el.shadowRoot!.querySelector<HTMLElement>('[part="message"]')!;
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    const lineHeight = parseFloat(getComputedStyle(message).lineHeight);
    expect(message.getBoundingClientRect().height).to.be.closeTo(lineHeight, 1);
    // Screen readers get the whole note; the button is for the eyes.
    expect(message.textContent).to.equal(LONG_NOTE);
    await until(() => !more.hidden, 2000, 'the "More" button');
    expect(more.textContent!.trim()).to.equal('More');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.getAttribute('aria-controls')).to.equal(message.id);
    await expect(el).to.be.accessible();

    const height = el.getBoundingClientRect().height;
    more.click();
    await elementUpdated(el);
    expect(message.getBoundingClientRect().height).to.be.greaterThan(2 * lineHeight);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(height);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(more.textContent!.trim()).to.equal('Less');
    await expect(el).to.be.accessible();

    more.click();
    await elementUpdated(el);
    expect(el.getBoundingClientRect().height).to.equal(height);
  });

  it('shows no "More" for a note that fits, and finds one when the element narrows', async () => {
    serveItems([{ sku: 'A', quantity: 2, message: 'Last few from this season’s run' }]);
    const holder = await fixture<HTMLElement>(
      html`<div style="width: 600px" lang="en">
        <stock-status endpoint=${ENDPOINT} sku="A"></stock-status>
      </div>`,
    );
    const el = holder.querySelector('stock-status')!;
    await until(() => el.state === 'low-stock');
    await elementUpdated(el);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(more.hidden).to.equal(true);
    holder.style.width = '120px';
    await until(() => !more.hidden, 2000, 'the "More" button after a resize');
  });

  it('hides "More" when the next answer brings a note that fits', async () => {
    serveItems([
      { sku: 'A', quantity: 2, message: LONG_NOTE },
      { sku: 'B', quantity: 2, message: 'Last few' },
    ]);
    const holder = await fixture<HTMLElement>(
      html`<div style="width: 320px" lang="en">
        <stock-status endpoint=${ENDPOINT} sku="A"></stock-status>
      </div>`,
    );
    const el = holder.querySelector('stock-status')!;
    const more = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]');
    await until(() => more()?.hidden === false, 2000, 'the "More" button');
    el.sku = 'B';
    await until(() => el.shadowRoot!.textContent!.includes('Last few'), 2000, 'the short note');
    await until(() => more()?.hidden === true, 2000, 'no "More" for a note that fits');
  });

  it('still finds "More" after being moved to a narrower place', async () => {
    serveItems([{ sku: 'A', quantity: 2, message: 'Last few from this season’s run' }]);
    const holder = await fixture<HTMLElement>(
      html`<div lang="en">
        <div style="width: 600px"><stock-status endpoint=${ENDPOINT} sku="A"></stock-status></div>
        <div style="width: 120px"></div>
      </div>`,
    );
    const el = holder.querySelector('stock-status')!;
    await until(() => el.state === 'low-stock');
    await elementUpdated(el);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(more.hidden).to.equal(true);
    // A framework moving the element: disconnected, then connected elsewhere.
    holder.lastElementChild!.append(el);
    await until(() => !more.hidden, 2000, 'the "More" button in the narrow place');
  });

  it('keeps more lines for the note with --bo-reserved-lines, and none with 1', async () => {
    serveItems([{ sku: 'A', quantity: 20, message: LONG_NOTE }]);
    const holder = await fixture<HTMLElement>(
      html`<div style="width: 320px" lang="en">
        <stock-status endpoint=${ENDPOINT} sku="A" style="--bo-reserved-lines: 3"></stock-status>
        <stock-status endpoint=${ENDPOINT} sku="NONE" style="--bo-reserved-lines: 1"></stock-status>
      </div>`,
    );
    const [three, one] = [...holder.querySelectorAll('stock-status')] as StockStatus[];
    await until(() => three!.state === 'in-stock' && one!.state === 'unknown');
    await elementUpdated(three!);
    const message = three!.shadowRoot!.querySelector<HTMLElement>('[part="message"]')!;
    const lineHeight = parseFloat(getComputedStyle(message).lineHeight);
    expect(message.getBoundingClientRect().height).to.be.closeTo(2 * lineHeight, 1);
    expect(one!.shadowRoot!.querySelector('.note')!.getBoundingClientRect().height).to.equal(0);
  });
});

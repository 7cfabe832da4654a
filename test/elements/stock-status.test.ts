import { elementUpdated, expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { configure } from '../../src/config/config.js';
import { StockProvider } from '../../src/elements/stock-provider/stock-provider.js';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import type { StockChangeEvent } from '../../src/events.js';
import type { CatalogueItem } from '../../mocks/catalogue.js';
import { inDays, serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';

StockStatus.define();
StockProvider.define();

const ENDPOINT = '/api/availability';

async function statusFor(item: CatalogueItem | undefined, attributes = '') {
  serveItems(item ? [item] : []);
  const holder = fixtureSync<HTMLDivElement>(
    `<div><stock-status endpoint="${ENDPOINT}" sku="${item?.sku ?? 'NOPE'}" ${attributes}></stock-status></div>`,
  );
  const el = holder.querySelector('stock-status')!;
  await until(() => el.state !== 'loading', 3000, 'an answer');
  await elementUpdated(el);
  return el;
}

const label = (el: StockStatus) =>
  el.shadowRoot!.querySelector('[part="label"]')?.textContent?.trim();
const date = (iso: string) =>
  new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

describe('<stock-status>', () => {
  useMockEndpoint();
  before(() => document.documentElement.setAttribute('lang', 'en'));

  describe('every state, in words, accessible', () => {
    const soon = inDays(18);
    const cases: [string, CatalogueItem, string, string][] = [
      ['in-stock', { sku: 'A', quantity: 20 }, 'in-stock', 'In stock'],
      ['low-stock', { sku: 'A', quantity: 3 }, 'low-stock', 'Only 3 left'],
      [
        'backorder',
        { sku: 'A', status: 'backorder', quantity: 0, restockDate: soon },
        'backorder',
        `On backorder — expected ${date(soon)} (in 3 weeks)`,
      ],
      [
        'backorder without a date',
        { sku: 'A', quantity: 0, backorderable: true },
        'backorder',
        'On backorder',
      ],
      [
        'backorder due in the past',
        { sku: 'A', quantity: 0, backorderable: true, restockDate: inDays(-3) },
        'backorder',
        'On backorder — expected any day now',
      ],
      [
        'backorder by lead time',
        { sku: 'A', quantity: 0, backorderable: true, leadTimeDays: 18 },
        'backorder',
        `On backorder — expected ${date(soon)} (in 3 weeks)`,
      ],
      [
        'preorder',
        { sku: 'A', status: 'PreOrder', restockDate: soon },
        'preorder',
        `Pre-order — ships ${date(soon)} (in 3 weeks)`,
      ],
      ['out-of-stock', { sku: 'A', status: 'out_of_stock' }, 'out-of-stock', 'Out of stock'],
      [
        'out-of-stock with a restock date',
        { sku: 'A', quantity: 0, restockDate: soon },
        'out-of-stock',
        `Out of stock — expected back ${date(soon)} (in 3 weeks)`,
      ],
      ['discontinued', { sku: 'A', status: 'Discontinued' }, 'discontinued', 'No longer available'],
    ];
    for (const [what, item, state, text] of cases) {
      it(`shows "${text}" for ${what}`, async () => {
        const el = await statusFor(item);
        expect(el.getAttribute('state')).to.equal(state);
        expect(label(el)).to.equal(text);
        await expect(el).to.be.accessible();
      });
    }

    it('is unknown when the endpoint does not mention the SKU', async () => {
      const el = await statusFor(undefined);
      expect(el.getAttribute('state')).to.equal('unknown');
      expect(label(el)).to.equal('Availability unknown');
      await expect(el).to.be.accessible();
    });

    it('shows a neutral text, never "in stock", when the endpoint fails', async () => {
      worker.use(http.get(ENDPOINT, () => HttpResponse.json({}, { status: 500 })));
      const el = await fixture<StockStatus>(
        html`<stock-status endpoint=${ENDPOINT} sku="A"></stock-status>`,
      );
      await until(() => el.state === 'error');
      await elementUpdated(el);
      expect(label(el)).to.equal('Stock information is unavailable right now');
      await expect(el).to.be.accessible();
    });

    it('says "Checking stock…" while loading, in a live region, and is accessible', async () => {
      worker.use(
        http.get(ENDPOINT, async () => {
          await delay('infinite');
          return HttpResponse.json([]);
        }),
      );
      const el = await fixture<StockStatus>(
        html`<stock-status endpoint=${ENDPOINT} sku="A"></stock-status>`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      expect(label(el)).to.equal('Checking stock…');
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  it('shows the merchant\u2019s message as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">New batch <b>soon</b>';
    const el = await statusFor({ sku: 'A', quantity: 2, message: hostile });
    const message = el.shadowRoot!.querySelector('[part="message"]')!;
    expect(message.textContent).to.equal(hostile);
    expect(message.children).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  describe('quantity', () => {
    it('says when the shopper wants more than can ship now', async () => {
      const el = await statusFor({ sku: 'A', quantity: 3 }, 'quantity="5"');
      expect(label(el)).to.equal('Only 3 left · only 3 of the 5 you want can ship now');
    });
    it('says nothing extra when there is enough', async () => {
      const el = await statusFor({ sku: 'A', quantity: 3 }, 'quantity="3"');
      expect(label(el)).to.equal('Only 3 left');
    });
    it('updates when quantity changes', async () => {
      const el = await statusFor({ sku: 'A', quantity: 20 });
      el.quantity = 25;
      await elementUpdated(el);
      expect(label(el)).to.equal('In stock · only 20 of the 25 you want can ship now');
    });
  });

  it('follows a variant picker: changing sku shows the new SKU', async () => {
    serveItems([
      { sku: 'TEE-S', quantity: 20 },
      { sku: 'TEE-M', status: 'out-of-stock' },
    ]);
    const el = await fixture<StockStatus>(
      html`<stock-status endpoint=${ENDPOINT} sku="TEE-S"></stock-status>`,
    );
    await until(() => el.state === 'in-stock');
    el.sku = 'TEE-M';
    await until(() => el.state === 'out-of-stock');
    await elementUpdated(el);
    expect(label(el)).to.equal('Out of stock');
  });

  it('colours the dot at once for the first answer, and fades it into later changes', async () => {
    serveItems([
      { sku: 'TEE-S', quantity: 20 },
      { sku: 'TEE-M', status: 'out-of-stock' },
    ]);
    const el = await fixture<StockStatus>(
      html`<stock-status endpoint=${ENDPOINT} sku="TEE-S"></stock-status>`,
    );
    const fading = () => {
      const dot = el.shadowRoot!.querySelector('[part="indicator"]')!;
      return getComputedStyle(dot).transitionDuration !== '0s';
    };
    expect(fading(), 'while loading').to.equal(false);
    await until(() => el.state === 'in-stock');
    await elementUpdated(el);
    // A listing of hundreds would otherwise animate every dot at once.
    expect(fading(), 'first answer').to.equal(false);
    el.sku = 'TEE-M';
    await until(() => el.state === 'out-of-stock');
    await elementUpdated(el);
    expect(fading(), 'a later change').to.equal(true);
  });

  it('fires stock-change with the SKU, the state and the answer', async () => {
    serveItems([{ sku: 'A', quantity: 2, message: 'hi' }]);
    const events: StockChangeEvent[] = [];
    document.addEventListener('stock-change', (event) => events.push(event as StockChangeEvent), {
      once: true,
    });
    const el = await fixture<StockStatus>(
      html`<stock-status endpoint=${ENDPOINT} sku="A"></stock-status>`,
    );
    await until(() => events.length > 0);
    expect(events[0]!.target).to.equal(el);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(events[0]!.detail).to.deep.equal({
      sku: 'A',
      state: 'low-stock',
      availability: { sku: 'A', quantity: 2, message: 'hi' },
    });
  });

  it('reserves a line while loading, so the page does not jump when the answer arrives', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get(ENDPOINT, async () => {
        await released;
        return HttpResponse.json([{ sku: 'A', quantity: 20 }]);
      }),
    );
    const el = await fixture<StockStatus>(
      html`<stock-status endpoint=${ENDPOINT} sku="A"></stock-status>`,
    );
    const loadingHeight = el.getBoundingClientRect().height;
    expect(loadingHeight).to.be.greaterThan(0);
    release();
    await until(() => el.state === 'in-stock');
    await elementUpdated(el);
    expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
  });

  it('shows nothing and warns when there is no endpoint anywhere', async () => {
    const el = await fixture<StockStatus>(html`<stock-status sku="A"></stock-status>`);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('');
    expect(el.getAttribute('state')).to.equal('unknown');
  });

  describe('a listing', () => {
    it('makes at most 2 requests for 120 elements over 60 SKUs', async () => {
      const skus = Array.from(
        { length: 60 },
        (_, index) => `SKU-${String(index).padStart(2, '0')}`,
      );
      const log = serveItems(skus.map((sku, index) => ({ sku, quantity: index })));
      const holder = await fixture<HTMLElement>(
        html`<stock-provider endpoint=${ENDPOINT}></stock-provider>`,
      );
      for (const sku of [...skus, ...skus]) {
        const el = document.createElement('stock-status');
        el.sku = sku;
        holder.append(el);
      }
      const all = [...holder.querySelectorAll('stock-status')];
      await until(() => all.every((el) => el.state !== 'loading'), 5000, 'every answer');
      expect(log.requests.length).to.be.at.most(2);
      expect(log.requests.flatMap((request) => request.skus).sort()).to.deep.equal(skus);
      expect(all[1]!.state).to.equal('low-stock');
      expect(all[60 + 59]!.state).to.equal('in-stock');
    });

    it('downloads no code for controls (the page’s purchase button)', async () => {
      serveItems([
        { sku: 'A', quantity: 4 },
        { sku: 'B', status: 'out-of-stock' },
      ]);
      const holder = await fixture<HTMLElement>(html`
        <stock-provider endpoint=${ENDPOINT}>
          <stock-status sku="A"></stock-status>
          <stock-status sku="B"></stock-status>
        </stock-provider>
      `);
      const all = [...holder.querySelectorAll('stock-status')];
      await until(() => all.every((el) => el.state !== 'loading'), 3000, 'every answer');
      const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(loaded.filter((name) => name.includes('stock-status'))).not.to.be.empty;
      expect(loaded.filter((name) => name.includes('purchase-button'))).to.deep.equal([]);
    });

    const failures: [string, () => Response | Promise<Response>][] = [
      ['HTTP 500', () => HttpResponse.json({}, { status: 500 })],
      ['HTTP 404', () => HttpResponse.json({}, { status: 404 })],
      ['a network error', () => HttpResponse.error()],
      [
        'HTML with 200',
        () =>
          new HttpResponse('<!doctype html><p>Maintenance</p>', {
            headers: { 'Content-Type': 'text/html' },
          }),
      ],
      ['JSON of the wrong shape', () => HttpResponse.json({ stock: 'lots' })],
      [
        'a timeout',
        async () => {
          await delay('infinite');
          return HttpResponse.json([]);
        },
      ],
    ];
    for (const [what, respond] of failures) {
      it(`ends in state="error" on ${what}, with no error thrown into the page`, async () => {
        worker.use(http.get(ENDPOINT, respond));
        const thrown: unknown[] = [];
        const onError = (event: ErrorEvent) => thrown.push(event.error);
        const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onRejection);
        try {
          const holder = await fixture<HTMLElement>(html`
            <stock-provider endpoint=${ENDPOINT} timeout="0.2">
              <stock-status sku="A"></stock-status>
              <stock-status sku="B"></stock-status>
            </stock-provider>
          `);
          const all = [...holder.querySelectorAll('stock-status')];
          await until(() => all.every((el) => el.state === 'error'), 3000, 'error states');
          expect(thrown).to.deep.equal([]);
        } finally {
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onRejection);
        }
      });
    }
  });

  describe('configuration precedence', () => {
    const seenPaths: string[] = [];
    beforeEach(() => {
      seenPaths.length = 0;
      worker.use(
        http.get('/:which/availability', ({ request }) => {
          seenPaths.push(new URL(request.url).pathname);
          return HttpResponse.json([{ sku: 'A', quantity: 4 }]);
        }),
      );
    });

    it('uses the element\u2019s attribute over the provider and configure()', async () => {
      configure({ endpoint: '/page/availability' });
      const holder = await fixture<HTMLElement>(html`
        <stock-provider endpoint="/provider/availability">
          <stock-status sku="A" endpoint="/element/availability"></stock-status>
        </stock-provider>
      `);
      const el = holder.querySelector('stock-status')!;
      await until(() => el.state !== 'loading');
      expect(seenPaths).to.deep.equal(['/element/availability']);
    });

    it('uses the nearest provider over configure()', async () => {
      configure({ endpoint: '/page/availability', lowStockThreshold: 2 });
      const holder = await fixture<HTMLElement>(html`
        <stock-provider endpoint="/outer/availability" low-stock-threshold="10">
          <stock-provider endpoint="/provider/availability">
            <stock-status sku="A"></stock-status>
          </stock-provider>
        </stock-provider>
      `);
      const el = holder.querySelector('stock-status')!;
      await until(() => el.state !== 'loading');
      expect(seenPaths).to.deep.equal(['/provider/availability']);
      // The threshold comes from the outer provider (10), not configure() (2): 4 is low stock.
      expect(el.state).to.equal('low-stock');
    });

    it('falls back to configure() and then the built-in defaults', async () => {
      configure({ endpoint: '/page/availability' });
      const el = await fixture<StockStatus>(html`<stock-status sku="A"></stock-status>`);
      await until(() => el.state !== 'loading');
      expect(seenPaths).to.deep.equal(['/page/availability']);
      // Built-in threshold 5: quantity 4 is low stock.
      expect(el.state).to.equal('low-stock');
    });

    it('updates elements already on the page when configure() changes', async () => {
      configure({ endpoint: '/page/availability', lowStockThreshold: 2 });
      const el = await fixture<StockStatus>(html`<stock-status sku="A"></stock-status>`);
      await until(() => el.state === 'in-stock');
      configure({ lowStockThreshold: 4 });
      await until(() => el.state === 'low-stock');
    });

    it('updates when the provider\u2019s attribute changes', async () => {
      const provider = await fixture<StockProvider>(html`
        <stock-provider endpoint="/provider/availability" low-stock-threshold="2">
          <stock-status sku="A"></stock-status>
        </stock-provider>
      `);
      const el = provider.querySelector('stock-status')!;
      await until(() => el.state === 'in-stock');
      provider.setAttribute('low-stock-threshold', '8');
      await until(() => el.state === 'low-stock');
    });

    it('ignores a nonsensical attribute and uses the next level', async () => {
      const holder = await fixture<HTMLElement>(html`
        <stock-provider endpoint="/provider/availability" low-stock-threshold="2">
          <stock-status sku="A" low-stock-threshold="-4"></stock-status>
        </stock-provider>
      `);
      const el = holder.querySelector('stock-status')!;
      await until(() => el.state !== 'loading');
      expect(el.state).to.equal('in-stock');
    });

    it('takes the locale from the closest lang when none is configured', async () => {
      serveItems([{ sku: 'A', quantity: 0, backorderable: true, restockDate: '2026-12-14' }]);
      const holder = fixtureSync<HTMLElement>(html`
        <div lang="de-DE"><stock-status endpoint=${ENDPOINT} sku="A"></stock-status></div>
      `);
      const el = holder.querySelector('stock-status')!;
      expect(el.resolvedLocale).to.equal('de-DE');
      el.locale = 'en-GB';
      expect(el.resolvedLocale).to.equal('en-GB');
    });
  });

  describe('registration', () => {
    it('does nothing when the tag is already defined: no second definition, no warning', () => {
      const calls: string[] = [];
      const { define } = customElements;
      const { warn } = console;
      customElements.define = (name, ...rest) => {
        calls.push(`define ${name}`);
        define.call(customElements, name, ...rest);
      };
      console.warn = (message: string) => calls.push(`warn ${message}`);
      try {
        StockStatus.define();
      } finally {
        customElements.define = define;
        console.warn = warn;
      }
      expect(calls).to.deep.equal([]);
      expect(customElements.get('stock-status')).to.equal(StockStatus);
    });

    it('can be defined under another tag name too', async () => {
      StockStatus.define('acme-stock');
      serveItems([{ sku: 'A', quantity: 30 }]);
      const el = await fixture<StockStatus>(
        html`<acme-stock endpoint=${ENDPOINT} sku="A"></acme-stock>`,
      );
      expect(el).to.be.instanceOf(StockStatus);
      await until(() => el.state === 'in-stock');
    });
  });
});

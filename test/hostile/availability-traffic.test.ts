import { expect, fixtureSync } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { getAvailabilityClient } from '../../src/data/shared-clients.js';
import { BackorderOption } from '../../src/elements/backorder-option/backorder-option.js';
import { StockProvider } from '../../src/elements/stock-provider/stock-provider.js';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import { until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { itChecked, settle, watchPageErrors, type PageErrors } from '../helpers/page-errors.js';

StockProvider.define();
StockStatus.define();
BackorderOption.define();

const ENDPOINT = '/api/availability';

/**
 * The shared client the elements below will use (same endpoint and settings
 * as theirs), made first with a short back-off so a storm fits in a test.
 */
function sharedClientWithRetryDelay(retryDelay: number) {
  return getAvailabilityClient({
    endpoint: ENDPOINT,
    batchSize: 50,
    cacheTtl: 60,
    timeout: 8,
    refreshInterval: 0,
    retryDelay,
  });
}

/** Serves the endpoint with `respond`, logging each request's SKUs and arrival time. */
function serve(respond: (skus: string[], index: number) => Response | Promise<Response>) {
  const requests: { at: number; skus: string[] }[] = [];
  worker.use(
    http.get(ENDPOINT, ({ request }) => {
      const skus = (new URL(request.url).searchParams.get('skus') ?? '').split(',');
      requests.push({ at: performance.now(), skus });
      return respond(skus, requests.length - 1);
    }),
  );
  return requests;
}

const inStock = (skus: string[]) =>
  HttpResponse.json({ items: skus.map((sku) => ({ sku, quantity: 40 })) });

/** Records every `state` each element ever had (a MutationObserver on the attribute). */
function recordStates(root: Node) {
  const seen = new Map<Element, string[]>();
  const observer = new MutationObserver((records) => {
    for (const { target } of records) {
      const el = target as Element;
      const states = seen.get(el) ?? [];
      states.push(el.getAttribute('state') ?? '');
      seen.set(el, states);
    }
  });
  observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['state'] });
  return {
    everIn: (state: string) => [...seen.values()].filter((states) => states.includes(state)).length,
    stop: () => observer.disconnect(),
  };
}

/** Adds `count` `<stock-status>` to `root`, `perStep` at a time every `stepMs`. */
async function addOverTime(
  root: HTMLElement,
  skuOf: (index: number) => string,
  count: number,
  perStep: number,
  stepMs: number,
): Promise<StockStatus[]> {
  const added: StockStatus[] = [];
  while (added.length < count) {
    for (let step = 0; step < perStep && added.length < count; step++) {
      const el = document.createElement('stock-status');
      el.setAttribute('sku', skuOf(added.length));
      root.append(el);
      added.push(el);
    }
    await delay(stepMs);
  }
  return added;
}

const label = (el: StockStatus) =>
  el.shadowRoot!.querySelector('[part="label"]')?.textContent?.trim();

describe('hostile: availability traffic', () => {
  useMockEndpoint();
  let pageErrors: PageErrors;
  const itSafely = itChecked(() =>
    expect(pageErrors.caught, 'errors thrown into the page').to.deep.equal([]),
  );
  beforeEach(() => (pageErrors = watchPageErrors()));
  afterEach(() => pageErrors.stop());

  const provider = () =>
    fixtureSync<HTMLElement>(
      `<stock-provider endpoint="${ENDPOINT}" locale="en"></stock-provider>`,
    );

  describe('failure storms: 200 elements for one SKU, added over a second', () => {
    itSafely('404: at most 2 requests, and every element shows error', async () => {
      const requests = serve(() => HttpResponse.json({ error: 'no such SKU' }, { status: 404 }));
      const elements = await addOverTime(provider(), () => 'A', 200, 10, 50);
      await until(() => elements.every((el) => el.state === 'error'), 3000, 'error everywhere');
      expect(requests.length).to.be.at.most(2);
    });

    itSafely('500: one back-off schedule for the SKU, then it stays quiet', async () => {
      sharedClientWithRetryDelay(25); // retries after 25, 50, 100, 200 ms, then stops
      const requests = serve(() => HttpResponse.json({ error: 'internal' }, { status: 500 }));
      const elements = await addOverTime(provider(), () => 'A', 200, 10, 50);
      await settle(500);
      expect(elements.every((el) => el.state === 'error')).to.equal(true);
      expect(requests.length, 'the first request and four retries').to.be.at.most(5);
    });

    itSafely(
      '429 Retry-After: nothing is sent while it runs, then every element recovers',
      async () => {
        sharedClientWithRetryDelay(25);
        let firstAt: number | undefined;
        const requests = serve((skus) => {
          firstAt ??= performance.now();
          return performance.now() - firstAt < 1000
            ? HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '1' } })
            : inStock(skus);
        });
        const root = provider();
        const recorder = recordStates(root);
        const elements = await addOverTime(root, (index) => (index % 10 ? 'A' : 'B'), 200, 10, 30);
        await until(() => elements.every((el) => el.state === 'in-stock'), 4000, 'recovery');
        recorder.stop();
        const during = requests.filter(({ at }) => at > firstAt! && at < firstAt! + 1000);
        expect(during, 'requests while Retry-After ran').to.deep.equal([]);
        expect(requests.length).to.be.at.most(3);
        expect(elements.every((el) => label(el) === 'In stock')).to.equal(true);
      },
    );

    itSafely('500 then recovery: every element showing the SKU updates', async () => {
      sharedClientWithRetryDelay(100);
      const requests = serve((skus, index) =>
        index < 2 ? HttpResponse.json({}, { status: 500 }) : inStock(skus),
      );
      const elements = await addOverTime(provider(), () => 'A', 100, 10, 20);
      await until(() => elements.every((el) => el.state === 'in-stock'), 3000, 'recovery');
      expect(requests).to.have.length(3);
    });
  });

  itSafely(
    'infinite scroll against a slow endpoint: requests follow SKUs, not frames; no error',
    async () => {
      const requests = serve(async (skus) => {
        await delay(300);
        return inStock(skus);
      });
      const root = provider();
      root.setAttribute('timeout', '1');
      const recorder = recordStates(root);
      const elements: StockStatus[] = [];
      for (let index = 0; index < 120; index++) {
        const el = document.createElement('stock-status');
        el.setAttribute('sku', `SCROLL-${index}`);
        root.append(el);
        elements.push(el);
        await new Promise(requestAnimationFrame);
      }
      const lastAdded = performance.now();
      await until(() => elements.every((el) => el.state === 'in-stock'), 4000, 'every answer');
      recorder.stop();
      expect(performance.now() - lastAdded, 'settled after the last one').to.be.below(2000);
      expect(recorder.everIn('error')).to.equal(0);
      expect(requests.length).to.be.at.most(30);
    },
  );

  itSafely(
    'a variant picker changed 100 times 5 ms apart shows the last SKU promptly, never error',
    async () => {
      // Answers take 0–600 ms, in an order of their own.
      const requests = serve(async (skus) => {
        await delay((Number(skus[0]!.slice(2)) * 7919) % 600);
        return inStock(skus);
      });
      const root = provider();
      const recorder = recordStates(root);
      const el = document.createElement('stock-status');
      el.setAttribute('sku', 'V-0');
      root.append(el);
      for (let index = 1; index < 100; index++) {
        await delay(5);
        el.setAttribute('sku', `V-${index}`);
      }
      const lastChange = performance.now();
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      await until(() => el.state !== 'loading', 1500, 'the last SKU\u2019s answer');
      expect(performance.now() - lastChange).to.be.below(1500);
      recorder.stop();
      expect(el.state).to.equal('in-stock');
      expect(recorder.everIn('error')).to.equal(0);
      // SKUs nobody watches any more are not asked for.
      expect(requests.length).to.be.at.most(20);
      expect(requests.at(-1)!.skus).to.deep.equal(['V-99']);
    },
  );

  describe('values no calendar holds', () => {
    itSafely(
      'leadTimeDays 1e9: the field is dropped with one warning; nothing stuck, neighbours fine',
      async () => {
        serve(() =>
          HttpResponse.json({
            items: [
              {
                sku: 'FAR',
                status: 'backorder',
                quantity: 0,
                backorderable: true,
                leadTimeDays: 1e9,
              },
              {
                sku: 'NEAR',
                status: 'backorder',
                quantity: 0,
                backorderable: true,
                leadTimeDays: 3,
              },
            ],
          }),
        );
        const warn = console.warn;
        const warnings: string[] = [];
        console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
        try {
          const root = fixtureSync<HTMLElement>(`
            <stock-provider endpoint="${ENDPOINT}" locale="en">
              <stock-status sku="FAR"></stock-status>
              <stock-status sku="NEAR"></stock-status>
              <form>
                <backorder-option sku="FAR" quantity="2" name="far" required default-choice="none"></backorder-option>
                <backorder-option sku="NEAR" quantity="2" name="near"></backorder-option>
              </form>
            </stock-provider>`);
          const [far, near] = root.querySelectorAll('stock-status');
          const [farLine, nearLine] = root.querySelectorAll('backorder-option');
          const all = [far!, near!, farLine!, nearLine!];
          await until(() => all.every((el) => el.state !== 'loading'), 3000, 'answers');
          await Promise.all(all.map((el) => el.updateComplete));
          expect(far!.state).to.equal('backorder');
          expect(label(far!)).to.equal('On backorder');
          expect(label(near!)).to.match(/^On backorder — expected /);
          // The required line offers its choices, and the form waits for one.
          expect(farLine!.choices).to.deep.equal(['together', 'cancel']);
          expect(farLine!.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(2);
          expect(root.querySelector('form')!.checkValidity()).to.equal(false);
          expect(nearLine!.choices).to.deep.equal(['together', 'cancel']);
          expect(warnings).to.have.length(1);
          expect(warnings[0]).to.contain('FAR: leadTimeDays');
        } finally {
          console.warn = warn;
        }
      },
    );

    itSafely('a SKU with a lone surrogate fails alone; its batch neighbours load', async () => {
      const requests = serve(inStock);
      const root = provider();
      const elements = ['GOOD-1', 'BAD-\uD800', 'GOOD-2'].map((sku) => {
        const el = document.createElement('stock-status');
        el.sku = sku;
        root.append(el);
        return el;
      });
      await until(() => elements.every((el) => el.state !== 'loading'), 3000, 'answers');
      expect(elements.map((el) => el.state)).to.deep.equal(['in-stock', 'error', 'in-stock']);
      expect(requests.map(({ skus }) => skus)).to.deep.equal([['GOOD-1', 'GOOD-2']]);
    });
  });

  describe('moving between endpoints', () => {
    itSafely(
      'an element moved to another provider shows loading until its endpoint answers',
      async () => {
        worker.use(
          http.get('/one/availability', () => HttpResponse.json([{ sku: 'A', quantity: 40 }])),
          http.get('/two/availability', async () => {
            await delay(300);
            return HttpResponse.json([{ sku: 'A', status: 'out-of-stock' }]);
          }),
        );
        const root = fixtureSync<HTMLElement>(`<div>
        <stock-provider id="one" endpoint="/one/availability"><stock-status sku="A"></stock-status></stock-provider>
        <stock-provider id="two" endpoint="/two/availability"></stock-provider>
      </div>`);
        const el = root.querySelector('stock-status')!;
        await until(() => el.state === 'in-stock');
        root.querySelector('#two')!.append(el);
        await el.updateComplete;
        expect(el.state, 'not the old endpoint\u2019s answer').to.equal('loading');
        await until(() => el.state === 'out-of-stock', 3000, 'the new endpoint');
      },
    );

    itSafely('a new timeout for the same endpoint keeps showing the answer', async () => {
      serve(inStock);
      const root = provider();
      const el = document.createElement('stock-status');
      el.setAttribute('sku', 'A');
      root.append(el);
      await until(() => el.state === 'in-stock');
      const recorder = recordStates(root);
      root.setAttribute('timeout', '5');
      await settle(100);
      recorder.stop();
      expect(recorder.everIn('loading')).to.equal(0);
      expect(el.state).to.equal('in-stock');
    });
  });
});

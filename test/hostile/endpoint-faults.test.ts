import { expect, fixtureSync } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { CatalogueItem } from '../../mocks/catalogue.js';
import { getAvailabilityClient } from '../../src/data/shared-clients.js';
import { BackorderOption } from '../../src/elements/backorder-option/backorder-option.js';
import { NotifyMeForm } from '../../src/elements/notify-me-form/notify-me-form.js';
import { StockProvider } from '../../src/elements/stock-provider/stock-provider.js';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import { inDays, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { itChecked, watchPageErrors, type PageErrors } from '../helpers/page-errors.js';

StockProvider.define();
StockStatus.define();
NotifyMeForm.define();
BackorderOption.define();

const ENDPOINT = '/api/availability';
/** A port nothing listens on: with MSW bypassing it, `fetch` really fails. */
const CLOSED_PORT = 'http://127.0.0.1:9/api';

/** 1 ships now, 2 of the 3 wanted in 5 days: the checkout line has a choice to make. */
const NEAR: CatalogueItem = {
  sku: 'A',
  status: 'backorder',
  quantity: 1,
  backorderable: true,
  restockDate: inDays(5),
};

/** A product page and a checkout line for one SKU, under one provider. */
interface Page {
  status: StockStatus;
  option: BackorderOption;
  notify: NotifyMeForm;
  form: HTMLFormElement;
}

function page(sku: string, endpoint = ENDPOINT, timeout = 8): Page {
  const root = fixtureSync<HTMLElement>(`
    <div>
      <stock-provider endpoint="${endpoint}" timeout="${timeout}" locale="en" notify-endpoint="/api/notify">
        <stock-status sku="${sku}"></stock-status>
        <form>
          <input name="email" value="ada@example.com">
          <input name="quantity" value="3">
          <backorder-option sku="${sku}" quantity="3" name="backorder" required default-choice="none"></backorder-option>
          <button>Place order</button>
        </form>
        <notify-me-form sku="${sku}" always></notify-me-form>
      </stock-provider>
    </div>
  `);
  return {
    status: root.querySelector('stock-status')!,
    option: root.querySelector('backorder-option')!,
    notify: root.querySelector('notify-me-form')!,
    form: root.querySelector('form')!,
  };
}

const elementsOf = ({ status, option, notify }: Page) => [status, option, notify];

async function answered(view: Page, timeout = 3000): Promise<void> {
  await until(
    () => elementsOf(view).every((el) => el.state !== 'loading'),
    timeout,
    'every element to leave loading',
  );
  await Promise.all(elementsOf(view).map((el) => el.updateComplete));
}

const statusText = (el: StockStatus) =>
  el.shadowRoot!.querySelector('[part="label"]')?.textContent?.trim();
const radios = (el: BackorderOption) => el.shadowRoot!.querySelectorAll('input[type="radio"]');

/**
 * The checkout must go through whatever the availability endpoint did: the
 * form is valid, `requestSubmit()` fires `submit`, and the other fields are in it.
 */
function expectCheckoutSubmits(form: HTMLFormElement): FormData {
  let submitted: FormData | undefined;
  form.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      submitted = new FormData(form);
    },
    { once: true },
  );
  expect(form.checkValidity(), 'the checkout form is valid').to.equal(true);
  form.requestSubmit();
  expect(submitted, 'a submit event fired').to.not.equal(undefined);
  expect(submitted!.get('email')).to.equal('ada@example.com');
  expect(submitted!.get('quantity')).to.equal('3');
  return submitted!;
}

/** The documented failure state: every element says `error`, neutrally, and blocks nothing. */
async function expectErrorState(view: Page): Promise<void> {
  await answered(view);
  const { status, option, notify, form } = view;
  expect(status.state).to.equal('error');
  expect(statusText(status)).to.equal('Stock information is unavailable right now');
  expect(statusText(status)).to.not.match(/in stock/i);
  expect(option.state).to.equal('error');
  expect(option.shadowRoot!.querySelector('[part="note"]')?.textContent?.trim()).to.equal(
    'Delivery dates for this item can’t be checked right now.',
  );
  expect(radios(option)).to.have.length(0);
  expect(option.value).to.equal('');
  expect(notify.state).to.equal('error');
  expect(notify.shadowRoot!.querySelector('form'), 'the `always` form is still there').to.exist;
  const data = expectCheckoutSubmits(form);
  expect(data.has('backorder'), 'nothing submitted for the line').to.equal(false);
}

describe('hostile: availability endpoint faults', () => {
  useMockEndpoint();
  let pageErrors: PageErrors;
  const itSafely = itChecked(() =>
    expect(pageErrors.caught, 'errors thrown into the page').to.deep.equal([]),
  );
  beforeEach(() => {
    localStorage.clear();
    pageErrors = watchPageErrors();
  });
  afterEach(() => {
    pageErrors.stop();
    localStorage.clear();
  });

  const statusFaults: [string, () => Response][] = [
    ['500', () => HttpResponse.json({ error: 'internal' }, { status: 500 })],
    ['404', () => HttpResponse.json({ error: 'not found' }, { status: 404 })],
    [
      '429',
      () =>
        HttpResponse.json({ error: 'slow down' }, { status: 429, headers: { 'Retry-After': '1' } }),
    ],
    [
      'HTML with 200',
      () =>
        new HttpResponse('<!doctype html><html><body><h1>Maintenance</h1></body></html>', {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
        }),
    ],
    [
      'JSON of the wrong shape (an object without items)',
      () => HttpResponse.json({ data: [NEAR] }),
    ],
    ['JSON of the wrong shape (items is not a list)', () => HttpResponse.json({ items: 'A' })],
    ['JSON of the wrong shape (a bare string)', () => HttpResponse.json('in stock')],
    ['an empty 200 body', () => new HttpResponse('', { status: 200 })],
  ];
  for (const [fault, answer] of statusFaults) {
    itSafely(`ends in "error" with no error thrown and a working checkout: ${fault}`, async () => {
      worker.use(http.get(ENDPOINT, answer));
      await expectErrorState(page('A'));
    });
  }

  itSafely('ends in "error" when the answer never comes (timeout="0.3")', async () => {
    worker.use(
      http.get(ENDPOINT, async () => {
        await delay('infinite');
        return HttpResponse.json([NEAR]);
      }),
    );
    const view = page('A', ENDPOINT, 0.3);
    expect(view.status.state).to.equal('loading');
    await expectErrorState(view);
  });

  itSafely('ends in "error" when the endpoint is a closed port (fetch rejects)', async () => {
    await expectErrorState(page('A', CLOSED_PORT));
  });

  itSafely('ends in "error" when the network drops (MSW network error)', async () => {
    worker.use(http.get(ENDPOINT, () => HttpResponse.error()));
    await expectErrorState(page('A'));
  });

  itSafely(
    'shows loading, then the right state, for an answer 1.5 s late (timeout 8)',
    async () => {
      worker.use(
        http.get(ENDPOINT, async () => {
          await delay(1500);
          return HttpResponse.json({ items: [NEAR] });
        }),
      );
      const view = page('A');
      await delay(700);
      for (const el of elementsOf(view)) expect(el.state, el.localName).to.equal('loading');
      expect(statusText(view.status)).to.equal('Checking stock…');
      expect(radios(view.option)).to.have.length(0);
      // While loading, the line blocks nothing either.
      expectCheckoutSubmits(view.form);

      await answered(view, 4000);
      expect(view.status.state).to.equal('backorder');
      expect(statusText(view.status)).to.match(/^On backorder — expected /);
      expect(view.option.state).to.equal('backorder');
      expect(view.option.choices).to.deep.equal(['split', 'together', 'cancel']);
      expect(view.notify.state).to.equal('backorder');
      // `default-choice="none"` with `required`: now the shopper must choose, as documented.
      expect(view.form.checkValidity()).to.equal(false);
      view.option.value = 'split';
      await view.option.updateComplete;
      expect(expectCheckoutSubmits(view.form).get('backorder')).to.equal('split');
    },
  );

  itSafely(
    'shows "unknown" for SKUs missing from a partial answer, and the rest as answered',
    async () => {
      const requested: string[] = [];
      worker.use(
        http.get(ENDPOINT, ({ request }) => {
          requested.push(new URL(request.url).search);
          return HttpResponse.json({ items: [NEAR] });
        }),
      );
      const found = page('A');
      const missing = page('B');
      await answered(found);
      await answered(missing);
      expect(requested, 'one request for both SKUs').to.deep.equal(['?skus=A,B']);

      expect(found.status.state).to.equal('backorder');
      expect(found.option.choices).to.have.length(3);

      expect(missing.status.state).to.equal('unknown');
      expect(statusText(missing.status)).to.equal('Availability unknown');
      expect(missing.option.state).to.equal('unknown');
      expect(missing.option.shadowRoot!.children, 'the line renders nothing').to.have.length(0);
      expect(missing.notify.state).to.equal('unknown');
      expect(missing.notify.shadowRoot!.querySelector('form')).to.exist;
      expect(expectCheckoutSubmits(missing.form).has('backorder')).to.equal(false);
    },
  );

  itSafely("survives a page's own availability listener that throws", async () => {
    worker.use(http.get(ENDPOINT, () => HttpResponse.json({ items: [NEAR] })));
    const consoleError = console.error;
    const logged: unknown[][] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      // The same settings as the provider's, so this is the client the elements share.
      const client = getAvailabilityClient({
        endpoint: ENDPOINT,
        source: undefined,
        batchSize: 50,
        cacheTtl: 60,
        timeout: 8,
        refreshInterval: 0,
      });
      const stop = client.subscribe('A', () => {
        throw new Error('broken shop script');
      });
      const view = page('A');
      await answered(view);
      stop();
      expect(view.status.state).to.equal('backorder');
      expect(view.option.choices).to.have.length(3);
      expect(client.activity().requestsSent, 'the elements share that client').to.equal(1);
      expect(logged.some((args) => String(args[0]).includes('listener failed'))).to.equal(true);
    } finally {
      console.error = consoleError;
    }
  });
});

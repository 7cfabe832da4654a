import { expect, fixtureSync } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { resetSharedNotifyClient } from '../../src/data/notify-client.js';
import { BackorderOption } from '../../src/elements/backorder-option/backorder-option.js';
import { NotifyMeForm } from '../../src/elements/notify-me-form/notify-me-form.js';
import { StockProvider } from '../../src/elements/stock-provider/stock-provider.js';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import { inDays, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { NotifyFormHarness } from '../helpers/notify-form-harness.js';
import {
  queryDeep,
  settle,
  itChecked,
  watchPageErrors,
  type PageErrors,
} from '../helpers/page-errors.js';

StockProvider.define();
StockStatus.define();
NotifyMeForm.define();
BackorderOption.define();

const ENDPOINT = '/api/availability';
const NOTIFY = '/api/notify';

type Pwned = { __pwned?: string[] };
const pwned = () => (window as unknown as Pwned).__pwned ?? [];

/** Markup that creates an element and runs script the moment it is parsed as HTML. */
const attack = (field: string) =>
  `<img src="/no-such-image-${field}.png" onerror="(window.__pwned=window.__pwned||[]).push('${field}')">` +
  `<script>(window.__pwned=window.__pwned||[]).push('${field}-script')</script>` +
  `<b id="bold-${field}">bold</b><iframe srcdoc="x"></iframe>`;
/** Tags that may appear only if data was parsed as HTML. */
const INJECTED = 'img, script, b, iframe';

/** Answers the availability endpoint; SKUs are read from the raw query (split on literal commas). */
function serveRaw(items: (skus: string[]) => unknown[]): URL[] {
  const urls: URL[] = [];
  worker.use(
    http.get(ENDPOINT, ({ request }) => {
      const url = new URL(request.url);
      urls.push(url);
      const skus = url.search
        .replace(/^\?skus=/, '')
        .split(',')
        .map(decodeURIComponent);
      return HttpResponse.json({ items: items(skus) });
    }),
  );
  return urls;
}

/** Records `[backorder-elements]` console warnings (not Lit's own dev-mode ones). */
function recordWarnings(): { warnings: string[]; restore: () => void } {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('[backorder-elements]')) warnings.push(text);
    else original.apply(console, args);
  };
  return { warnings, restore: () => (console.warn = original) };
}

/** One element of each kind for `sku`, set by property so the SKU itself can be hostile. */
function elementsFor(sku: string, container: HTMLElement) {
  const status = document.createElement('stock-status');
  const option = document.createElement('backorder-option');
  const notify = document.createElement('notify-me-form');
  for (const el of [status, option, notify]) {
    el.sku = sku;
    el.setAttribute('endpoint', ENDPOINT);
    el.setAttribute('locale', 'en');
  }
  option.quantity = 3;
  option.name = 'line';
  notify.always = true;
  notify.setAttribute('notify-endpoint', NOTIFY);
  container.append(status, option, notify);
  return { status, option, notify, all: [status, option, notify] as const };
}

async function answeredAll(elements: readonly (StockStatus | BackorderOption | NotifyMeForm)[]) {
  await until(() => elements.every((el) => el.state !== 'loading'), 3000, 'answers');
  await Promise.all(elements.map((el) => el.updateComplete));
}

const label = (el: StockStatus) =>
  el.shadowRoot!.querySelector('[part="label"]')?.textContent?.trim();

describe('hostile: data from the endpoints', () => {
  useMockEndpoint();
  let pageErrors: PageErrors;
  const itSafely = itChecked(() =>
    expect(pageErrors.caught, 'errors thrown into the page').to.deep.equal([]),
  );
  beforeEach(() => {
    localStorage.clear();
    resetSharedNotifyClient();
    delete (window as unknown as Pwned).__pwned;
    pageErrors = watchPageErrors();
  });
  afterEach(() => {
    pageErrors.stop();
    resetSharedNotifyClient();
    localStorage.clear();
  });

  describe('markup and script in every string field stay text', () => {
    itSafely('in sku and message: shown as text, no element created, no script run', async () => {
      const sku = attack('sku');
      const message = attack('message');
      const urls = serveRaw((skus) =>
        skus.map((asked) => ({
          sku: asked,
          status: 'backorder',
          quantity: 1,
          backorderable: true,
          restockDate: inDays(5),
          message,
        })),
      );
      const root = fixtureSync<HTMLDivElement>('<div></div>');
      const { status, option, notify, all } = elementsFor(sku, root);
      await answeredAll(all);
      await settle(150); // time for an injected image to fail and run its handler

      expect(urls, 'one request').to.have.length(1);
      expect(decodeURIComponent(urls[0]!.search.replace(/^\?skus=/, ''))).to.equal(sku);
      expect(status.state).to.equal('backorder');
      const shown = status.shadowRoot!.querySelector('[part="message"]')!;
      expect(shown.textContent).to.equal(message);
      expect(option.choices).to.deep.equal(['split', 'together', 'cancel']);
      expect(notify.state).to.equal('backorder');
      expect(queryDeep(root, INJECTED)).to.deep.equal([]);
      expect(pwned()).to.deep.equal([]);
    });

    const dropped: [string, Record<string, unknown>][] = [
      ['status', { status: attack('status') }],
      ['restockDate', { quantity: 0, backorderable: true, restockDate: attack('date') }],
    ];
    for (const [field, hostile] of dropped) {
      itSafely(
        `in ${field}: the item is dropped with one warning, the SKU is unknown, nothing runs`,
        async () => {
          serveRaw(() => [{ sku: 'A', ...hostile }]);
          const { warnings, restore } = recordWarnings();
          try {
            const root = fixtureSync<HTMLDivElement>('<div></div>');
            const { status, option, notify, all } = elementsFor('A', root);
            await answeredAll(all);
            await settle(150);
            expect(status.state).to.equal('unknown');
            expect(label(status)).to.equal('Availability unknown');
            expect(option.state).to.equal('unknown');
            expect(notify.state).to.equal('unknown');
            expect(warnings).to.have.length(1);
            expect(warnings[0]).to.contain(`A: ${field}`);
            expect(queryDeep(root, INJECTED)).to.deep.equal([]);
            expect(pwned()).to.deep.equal([]);
          } finally {
            restore();
          }
        },
      );
    }

    itSafely(
      'in the notify server\u2019s message (422): shown as text, no element created',
      async () => {
        const message = attack('notify');
        worker.use(http.post(NOTIFY, () => HttpResponse.json({ message }, { status: 422 })));
        const notify = fixtureSync<NotifyMeForm>(
          `<notify-me-form sku="A" always notify-endpoint="${NOTIFY}" locale="en"></notify-me-form>`,
        );
        const form = new NotifyFormHarness(notify);
        await form.fill('ada@example.com');
        form.requestSubmit();
        await form.resultIncludes('could not sign you up');
        await settle(150);
        expect(form.result()).to.equal(`We could not sign you up: ${message}`);
        expect(queryDeep(notify, INJECTED)).to.deep.equal([]);
        expect(pwned()).to.deep.equal([]);
      },
    );
  });

  itSafely(
    'cuts a 10,000-character message short, and wraps it in a narrow container when opened',
    async () => {
      const word = 'x'.repeat(10_000);
      const spaced = 'lorem ipsum '.repeat(834);
      serveRaw(() => [
        { sku: 'WORD', quantity: 20, message: word },
        { sku: 'SPACED', quantity: 20, message: spaced },
      ]);
      const root = fixtureSync<HTMLDivElement>(`
      <div style="width: 240px">
        <stock-status endpoint="${ENDPOINT}" sku="WORD" locale="en"></stock-status>
        <stock-status endpoint="${ENDPOINT}" sku="SPACED" locale="en"></stock-status>
      </div>`);
      const elements = [...root.querySelectorAll('stock-status')];
      await answeredAll(elements);
      for (const el of elements) {
        const message = el.shadowRoot!.querySelector<HTMLElement>('[part="message"]')!;
        expect(message.textContent!.length, 'cut short').to.be.at.most(240);
        expect(message.textContent).to.match(/…$/);
        expect(el.getBoundingClientRect().width, `${el.sku} width`).to.be.at.most(240);
        expect(message.getBoundingClientRect().width).to.be.at.most(240);
        expect(message.scrollWidth, `${el.sku} overflows`).to.be.at.most(240);
        const lineHeight = parseFloat(getComputedStyle(message).lineHeight);
        expect(message.getBoundingClientRect().height, 'cut to one line').to.be.closeTo(
          lineHeight,
          1,
        );
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!.click();
        await el.updateComplete;
        expect(message.scrollWidth, `${el.sku} overflows when opened`).to.be.at.most(240);
        expect(message.getBoundingClientRect().height, 'wrapped on a few lines').to.be.within(
          3 * lineHeight,
          12 * lineHeight,
        );
      }
      expect(root.scrollWidth).to.be.at.most(240);
    },
  );

  itSafely('encodes odd SKU characters one by one, joined with literal commas', async () => {
    const skus = ['a b', 'x,y', 'ü/1?&#', '👕🔥', '100%', '+plus', '__proto__', 'constructor'];
    const urls = serveRaw((asked) => asked.map((sku) => ({ sku, quantity: 20 })));
    const root = fixtureSync<HTMLDivElement>('<div></div>');
    const elements = skus.map((sku) => {
      const el = document.createElement('stock-status');
      el.setAttribute('endpoint', ENDPOINT);
      el.sku = sku;
      root.append(el);
      return el;
    });
    await answeredAll(elements);
    expect(urls).to.have.length(1);
    const expected = [...skus].sort().map(encodeURIComponent).join(',');
    expect(urls[0]!.search).to.equal(`?skus=${expected}`);
    expect(urls[0]!.search.slice('?skus='.length)).to.not.match(
      /[ #&?ü👕]/u,
      'no raw special characters',
    );
    // Each SKU came back as itself, so every element found its answer.
    for (const el of elements) expect(el.state, el.sku).to.equal('in-stock');
  });

  describe('items that break the types', () => {
    const broken: [string, Record<string, unknown>, string][] = [
      ['a number as a string', { quantity: '3' }, 'quantity'],
      ['a negative quantity', { quantity: -2 }, 'quantity'],
      [
        'a negative backorder limit',
        { quantity: 0, backorderable: true, backorderLimit: -1 },
        'backorderLimit',
      ],
      ['a boolean as a string', { quantity: 0, backorderable: 'true' }, 'backorderable'],
      ['an impossible date', { quantity: 0, restockDate: '2026-02-30' }, 'restockDate'],
      ['a date that is not ISO 8601', { quantity: 0, restockDate: '14/12/2026' }, 'restockDate'],
      ['a date that is words', { quantity: 0, restockDate: 'tomorrow' }, 'restockDate'],
      [
        'NaN-like lead time',
        { quantity: 0, backorderable: true, leadTimeDays: 'soon' },
        'leadTimeDays',
      ],
    ];
    for (const [what, fields, field] of broken) {
      itSafely(`drops ${what} with one console warning and shows the SKU as unknown`, async () => {
        serveRaw(() => [
          { sku: 'BAD', ...fields },
          { sku: 'GOOD', quantity: 20 },
        ]);
        const { warnings, restore } = recordWarnings();
        try {
          const root = fixtureSync<HTMLDivElement>('<div></div>');
          const bad = elementsFor('BAD', root);
          const good = document.createElement('stock-status');
          good.setAttribute('endpoint', ENDPOINT);
          good.sku = 'GOOD';
          root.append(good);
          await answeredAll([...bad.all, good]);
          expect(bad.status.state).to.equal('unknown');
          expect(bad.option.state).to.equal('unknown');
          expect(bad.option.value).to.equal('');
          expect(bad.notify.state).to.equal('unknown');
          expect(good.state, 'the rest of the answer is used').to.equal('in-stock');
          await delay(50);
          expect(warnings, 'one warning').to.have.length(1);
          expect(warnings[0]).to.contain(`BAD: ${field}`);
        } finally {
          restore();
        }
      });
    }

    itSafely('warns once per answer, naming every dropped item', async () => {
      serveRaw(() => [
        { sku: 'S', quantity: '3' },
        { sku: 'N', quantity: -1 },
        { sku: 'D', restockDate: '2026-13-01' },
        { sku: 'OK', quantity: 2 },
      ]);
      const { warnings, restore } = recordWarnings();
      try {
        const root = fixtureSync<HTMLDivElement>('<div></div>');
        const elements = ['S', 'N', 'D', 'OK'].map((sku) => {
          const el = document.createElement('stock-status');
          el.setAttribute('endpoint', ENDPOINT);
          el.sku = sku;
          root.append(el);
          return el;
        });
        await answeredAll(elements);
        expect(elements.map((el) => el.state)).to.deep.equal([
          'unknown',
          'unknown',
          'unknown',
          'low-stock',
        ]);
        expect(warnings).to.have.length(1);
        for (const sku of ['S', 'N', 'D']) expect(warnings[0]).to.contain(`${sku}: `);
        expect(warnings[0]).to.contain('3 availability item(s)');
      } finally {
        restore();
      }
    });
  });
});

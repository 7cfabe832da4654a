import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import type { CatalogueItem } from '../../mocks/catalogue.js';
import { resetSharedNotifyClient } from '../../src/data/notify-client.js';
import { BackorderOption } from '../../src/elements/backorder-option/backorder-option.js';
import { NotifyMeForm } from '../../src/elements/notify-me-form/notify-me-form.js';
import { StockProvider } from '../../src/elements/stock-provider/stock-provider.js';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import { inDays, serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
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
// A second copy of the elements under the names a store might need.
StockStatus.define('acme-stock');
NotifyMeForm.define('acme-notify');
BackorderOption.define('acme-backorder');

declare global {
  interface HTMLElementTagNameMap {
    'acme-stock': StockStatus;
    'acme-notify': NotifyMeForm;
    'acme-backorder': BackorderOption;
  }
}

const ENDPOINT = '/api/availability';
const SLOW_ENDPOINT = '/api/availability-slow';
const BROKEN_ENDPOINT = '/api/availability-broken';
const NOTIFY = '/api/notify';

/** The strict policy of a careful shop: nothing inline, nothing from elsewhere, Trusted Types on. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const ITEMS: CatalogueItem[] = [
  { sku: 'IN', quantity: 40 },
  { sku: 'LOW', quantity: 3, message: 'Last few' },
  { sku: 'NEAR', status: 'backorder', quantity: 1, backorderable: true, restockDate: inDays(5) },
  { sku: 'FAR', quantity: 1, backorderable: true, restockDate: inDays(60) },
  { sku: 'LATE', status: 'backorder', quantity: 0, backorderable: true, restockDate: inDays(60) },
  { sku: 'PRE', status: 'preorder', restockDate: inDays(30) },
  { sku: 'OUT', status: 'out-of-stock' },
  { sku: 'GONE', status: 'discontinued' },
];

const violations: SecurityPolicyViolationEvent[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(event), true);

/** Serves the notify endpoint: 422 with markup for `bad@…`, 503 for `later@…`, else 201. */
function serveNotify(): unknown[] {
  const posts: unknown[] = [];
  worker.use(
    http.post(NOTIFY, async ({ request }) => {
      const body = (await request.json()) as { email: string };
      posts.push(body);
      if (body.email.startsWith('bad@')) {
        return HttpResponse.json(
          { message: '<img src=x onerror=alert(1)> bounced' },
          { status: 422 },
        );
      }
      if (body.email.startsWith('later@')) return HttpResponse.json({}, { status: 503 });
      return HttpResponse.json({}, { status: 201 });
    }),
  );
  return posts;
}

/** The form's harness: fill in, submit, read the result. */
const harness = (form: NotifyMeForm) => new NotifyFormHarness(form);

/** Clicks the middle of `element` with the real mouse: it must be on screen and on top. */
async function clickCentre(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
  });
}

function expectBox(element: Element | null | undefined, what: string): void {
  expect(element, what).to.exist;
  const box = element!.getBoundingClientRect();
  expect(box.width, `${what} width`).to.be.greaterThan(0);
  expect(box.height, `${what} height`).to.be.greaterThan(0);
  expect(getComputedStyle(element!).display, `${what} display`).to.not.equal('none');
  expect(getComputedStyle(element!).visibility, `${what} visibility`).to.equal('visible');
}

describe('hostile: host pages that fight back', () => {
  useMockEndpoint();
  let pageErrors: PageErrors;
  const itSafely = itChecked(() => {
    expect(pageErrors.caught, 'errors thrown into the page').to.deep.equal([]);
    expect(
      violations.map((event) => `${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`),
      'CSP violations',
    ).to.deep.equal([]);
  });

  before(() => {
    // After MSW's worker is registered (registering a worker is a Trusted Types sink too).
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = STRICT_CSP;
    document.head.append(meta);
  });
  beforeEach(() => {
    localStorage.clear();
    resetSharedNotifyClient();
    violations.length = 0;
    pageErrors = watchPageErrors();
  });
  afterEach(async () => {
    await resetMouse();
    pageErrors.stop();
    resetSharedNotifyClient();
    localStorage.clear();
  });

  describe('strict CSP with Trusted Types', () => {
    itSafely('control: the detector sees an HTML string assigned to innerHTML', async () => {
      const div = document.createElement('div');
      let threw = false;
      try {
        // eslint-disable-next-line no-restricted-syntax -- the violation this test must see
        div.innerHTML = '<b>not trusted</b>';
      } catch {
        threw = true;
      }
      await until(() => violations.length > 0, 1000, 'a violation');
      expect(threw, 'Trusted Types are enforced').to.equal(true);
      expect(div.children).to.have.length(0);
      expect(violations[0]!.effectiveDirective).to.equal('require-trusted-types-for');
      violations.length = 0;
    });

    itSafely('control: the detector sees an inline <style> element', async () => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
      try {
        await until(() => violations.length > 0, 1000, 'a violation');
        expect(violations[0]!.effectiveDirective).to.equal('style-src-elem');
      } finally {
        style.remove();
        violations.length = 0;
      }
    });

    itSafely('renders every element in every state with zero violations', async () => {
      serveItems(ITEMS);
      worker.use(
        http.get(SLOW_ENDPOINT, async () => {
          await delay('infinite');
          return HttpResponse.json([]);
        }),
        http.get(BROKEN_ENDPOINT, () => HttpResponse.json({}, { status: 500 })),
      );
      const posts = serveNotify();
      // A returning shopper for SKU 'GONE'.
      localStorage.setItem(
        'backorder-elements:notify-subscribed',
        JSON.stringify({ GONE: { email: 'a***@example.com', at: new Date().toISOString() } }),
      );
      const root = fixtureSync(html`
        <div>
          <stock-provider endpoint=${SLOW_ENDPOINT} locale="en" notify-endpoint=${NOTIFY}>
            <stock-status sku="IN"></stock-status>
            <backorder-option sku="NEAR" quantity="3" name="slow"></backorder-option>
            <notify-me-form sku="OUT"></notify-me-form>
          </stock-provider>
          <stock-provider endpoint=${BROKEN_ENDPOINT} locale="en" notify-endpoint=${NOTIFY}>
            <stock-status sku="IN"></stock-status>
            <backorder-option sku="NEAR" quantity="3" name="broken"></backorder-option>
            <notify-me-form sku="OUT" always></notify-me-form>
          </stock-provider>
          <stock-provider endpoint=${ENDPOINT} locale="en" notify-endpoint=${NOTIFY}>
            ${ITEMS.map((item) => html`<stock-status sku=${item.sku} quantity="2"></stock-status>`)}
            <stock-status sku="NOT-THERE"></stock-status>
            <div itemscope itemtype="https://schema.org/Offer">
              <stock-status sku="NEAR" microdata></stock-status>
            </div>
            <form>
              <backorder-option sku="NEAR" quantity="3" name="near"></backorder-option>
              <backorder-option
                sku="FAR"
                quantity="3"
                name="far"
                notify-href="#notify"
              ></backorder-option>
              <backorder-option sku="GONE" quantity="1" name="gone"></backorder-option>
              <backorder-option sku="OUT" quantity="2" name="out">
                <notify-me-form
                  slot="notify"
                  sku="OUT"
                  always
                  require-consent
                  marketing-consent
                  ask-quantity
                ></notify-me-form>
              </backorder-option>
            </form>
            <notify-me-form class="idle" sku="OUT"></notify-me-form>
            <notify-me-form class="invalid" sku="FAR" always></notify-me-form>
            <notify-me-form class="error" sku="FAR" always></notify-me-form>
            <notify-me-form class="success" sku="PRE" always></notify-me-form>
            <notify-me-form class="queued" sku="LOW" always></notify-me-form>
            <notify-me-form class="returning" sku="GONE" always></notify-me-form>
          </stock-provider>
          <!-- No notify endpoint anywhere: the form says sign-up is unavailable (and warns once). -->
          <notify-me-form sku="OUT" always></notify-me-form>
        </div>
      `);
      const all = queryDeep(root, 'stock-status, backorder-option, notify-me-form') as (
        StockStatus | BackorderOption | NotifyMeForm
      )[];
      const answered = all.filter((el) => !el.closest(`[endpoint="${SLOW_ENDPOINT}"]`));
      await until(() => answered.every((el) => el.state !== 'loading'), 3000, 'answers');
      await Promise.all(all.map((el) => el.updateComplete));

      const slow = root.querySelector<StockStatus>(`[endpoint="${SLOW_ENDPOINT}"] stock-status`)!;
      expect(slow.state).to.equal('loading');
      expect(
        root.querySelector(`[endpoint="${BROKEN_ENDPOINT}"] stock-status`)!.getAttribute('state'),
      ).to.equal('error');
      const near = root.querySelector<BackorderOption>('backorder-option[name="near"]')!;
      expect(near.choices).to.have.length(3);
      expect(root.querySelector('link[itemprop="availability"]'), 'microdata link').to.exist;

      // The shopper picks another choice and works through every notify outcome.
      near.shadowRoot!.querySelector<HTMLInputElement>('input[value="together"]')!.click();
      const byClass = (name: string) => root.querySelector<NotifyMeForm>(`notify-me-form.${name}`)!;
      harness(byClass('invalid')).requestSubmit(); // empty address
      await harness(byClass('error')).fill('bad@example.com');
      await harness(byClass('success')).fill('ada@example.com');
      await harness(byClass('queued')).fill('later@example.com');
      for (const name of ['error', 'success', 'queued']) {
        harness(byClass(name)).requestSubmit();
      }
      await until(() => posts.length === 3, 3000, 'three POSTs');
      await harness(byClass('error')).resultIncludes('bounced');
      await harness(byClass('success')).resultIncludes('We will e-mail');
      await harness(byClass('queued')).resultIncludes('saved on this device');
      expect(harness(byClass('returning')).result()).to.contain('You are on the list');
      await settle(100);
      // The assertion that matters follows in itSafely: no violation at all.
    });
  });

  describe('aggressive host CSS', () => {
    const hostile = new CSSStyleSheet();
    hostile.replaceSync(`
      button, input, select, textarea, label, legend, fieldset, form, p, a { display: none !important; }
      input[type="radio"], input[type="email"] { appearance: none !important; width: 0 !important; height: 0 !important; }
      [role="status"], [part], [hidden] { display: none !important; }
      * { font-size: 2px !important; color: transparent !important; margin: 0 !important;
          padding: 0 !important; border: 0 !important; box-shadow: none !important; }
      *, *::before, *::after { box-sizing: content-box !important; }
    `);
    // A constructed sheet: the strict CSP above blocks a <style> element, not the cascade.
    before(() => (document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostile]));
    after(
      () =>
        (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== hostile)),
    );

    itSafely('leaves the status text with a box', async () => {
      serveItems(ITEMS);
      const el = fixtureSync<StockStatus>(
        html`<stock-status endpoint=${ENDPOINT} sku="LOW" locale="en"></stock-status>`,
      );
      await until(() => el.state === 'low-stock');
      await el.updateComplete;
      expectBox(el, 'the host');
      expectBox(el.shadowRoot!.querySelector('[part="label"]'), 'the label');
      expectBox(el.shadowRoot!.querySelector('[part="message"]'), 'the message');
      expectBox(el.shadowRoot!.querySelector('[role="status"]'), 'the live region');
    });

    itSafely(
      'keeps the notify form usable: type with the keyboard, click the real button',
      async () => {
        const posts = serveNotify();
        const el = fixtureSync<NotifyMeForm>(
          html`<notify-me-form
            sku="OUT"
            always
            notify-endpoint=${NOTIFY}
            locale="en"
          ></notify-me-form>`,
        );
        await el.updateComplete;
        const root = el.shadowRoot!;
        expectBox(root.querySelector('form'), 'the form');
        expectBox(root.querySelector('#email'), 'the e-mail field');
        expectBox(root.querySelector('label[for="email"]'), 'its label');
        const button = root.querySelector('button[type="submit"]')!;
        expectBox(button, 'the submit button');
        expect(
          root.querySelector('.trap')!.getBoundingClientRect().right,
          'the honeypot stays off-screen',
        ).to.be.at.most(0);

        await clickCentre(root.querySelector('#email')!);
        expect(root.activeElement?.id, 'a click focuses the field').to.equal('email');
        await sendKeys({ type: 'ada@example.com' });
        await clickCentre(button);
        await harness(el).resultIncludes('We will e-mail ada@example.com');
        expect(posts).to.have.length(1);
        expectBox(root.querySelector('[role="status"]'), 'the result');
        expectBox(root.querySelector('button.another'), '"sign up another address"');
      },
    );

    itSafely(
      'keeps the backorder choice usable: a radio can be clicked with the real mouse',
      async () => {
        serveItems(ITEMS);
        // Not in a <form>: this host CSS hides every form of its own, ours included.
        const el = fixtureSync<BackorderOption>(
          html`<backorder-option
            endpoint=${ENDPOINT}
            sku="NEAR"
            quantity="3"
            name="line"
            locale="en"
          ></backorder-option>`,
        );
        await until(() => el.state === 'backorder');
        await el.updateComplete;
        const root = el.shadowRoot!;
        expectBox(root.querySelector('fieldset'), 'the fieldset');
        expectBox(root.querySelector('legend'), 'the legend');
        expectBox(root.querySelector('[part="note"]'), 'the charge note');
        const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
        expect(radios).to.have.length(3);
        radios.forEach((radio, index) => expectBox(radio, `radio ${index + 1}`));

        let changed = 0;
        el.addEventListener('change', () => changed++);
        await clickCentre(radios.find((radio) => radio.value === 'together')!);
        expect(el.value).to.equal('together');
        expect(changed).to.equal(1);
        expect(radios.find((radio) => radio.checked)?.value).to.equal('together');
      },
    );
  });

  describe('two copies of the elements under different tag names', () => {
    itSafely('registers distinct classes that both work, with one shared request', async () => {
      expect(customElements.get('acme-stock')).to.not.equal(customElements.get('stock-status'));
      const log = serveItems(ITEMS);
      const posts = serveNotify();
      const root = fixtureSync(html`
        <div>
          <stock-status endpoint=${ENDPOINT} sku="IN" locale="en"></stock-status>
          <acme-stock endpoint=${ENDPOINT} sku="LOW" locale="en"></acme-stock>
          <notify-me-form
            endpoint=${ENDPOINT}
            sku="OUT"
            notify-endpoint=${NOTIFY}
            locale="en"
          ></notify-me-form>
          <acme-notify
            endpoint=${ENDPOINT}
            sku="LATE"
            notify-endpoint=${NOTIFY}
            locale="en"
          ></acme-notify>
          <form>
            <backorder-option
              endpoint=${ENDPOINT}
              sku="NEAR"
              quantity="3"
              name="a"
            ></backorder-option>
            <acme-backorder endpoint=${ENDPOINT} sku="NEAR" quantity="2" name="b"></acme-backorder>
          </form>
        </div>
      `);
      const ours = root.querySelector('stock-status')!;
      const theirs = root.querySelector('acme-stock')!;
      const notify = root.querySelector('acme-notify')!;
      const options = [
        root.querySelector('backorder-option')!,
        root.querySelector('acme-backorder')!,
      ];
      const elements = [ours, theirs, root.querySelector('notify-me-form')!, notify, ...options];
      await until(() => elements.every((el) => el.state !== 'loading'), 3000, 'answers');
      await Promise.all(elements.map((el) => el.updateComplete));

      expect(theirs).to.be.instanceOf(StockStatus);
      expect(ours.state).to.equal('in-stock');
      expect(theirs.state).to.equal('low-stock');
      expect(theirs.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim()).to.equal(
        'Only 3 left',
      );
      expect(log.requests, 'one request for every tag').to.have.length(1);
      expect(log.requests[0]!.skus).to.deep.equal(['IN', 'LATE', 'LOW', 'NEAR', 'OUT']);

      // The renamed notify form shows itself for a wait too long to offer, and sends.
      expect(notify.shadowRoot!.querySelector('form'), 'acme-notify shows its form').to.exist;
      await harness(notify).fill('ada@example.com');
      harness(notify).requestSubmit();
      await harness(notify).resultIncludes('We will e-mail');
      expect(posts).to.have.length(1);

      // Both form controls take part in the same form.
      const data = new FormData(root.querySelector('form')!);
      expect(data.get('a')).to.equal('split');
      expect(data.get('b')).to.equal('split');
    });
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { configure } from '../../src/config/config.js';
import { getNotifyClient, resetSharedNotifyClient } from '../../src/data/notify-client.js';
import { NotifyMeForm } from '../../src/elements/notify-me-form/notify-me-form.js';
import { StockProvider } from '../../src/elements/stock-provider/stock-provider.js';
import type { NotifyErrorEvent, NotifySuccessEvent } from '../../src/events.js';
import { inDays, serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { NotifyFormHarness } from '../helpers/notify-form-harness.js';
import { storedOutbox } from '../helpers/outbox.js';

NotifyMeForm.define();
StockProvider.define();

const NOTIFY = '/api/notify';

interface Received {
  key: string | null;
  body: Record<string, unknown>;
}

/** Answers every notify POST with `status` (changeable) and records what came in. */
function serveNotify(status: () => number, body: () => object = () => ({})): Received[] {
  const received: Received[] = [];
  worker.use(
    http.post(NOTIFY, async ({ request }) => {
      received.push({
        key: request.headers.get('Idempotency-Key'),
        body: (await request.json()) as Record<string, unknown>,
      });
      return HttpResponse.json(body(), { status: status() });
    }),
  );
  return received;
}

/** A form that is shown whatever the stock, with the notify endpoint set. */
function alwaysForm(attributes = ''): Promise<NotifyMeForm> {
  const on = (name: string) => attributes.split(' ').includes(name);
  // A Lit element as the fixture root: open-wc then waits for its update, not for a frame.
  return fixture<NotifyMeForm>(html`
    <notify-me-form
      sku="TEE-RED-M"
      notify-endpoint=${NOTIFY}
      locale="en"
      always
      ?require-consent=${on('require-consent')}
      ?marketing-consent=${on('marketing-consent')}
      ?ask-quantity=${on('ask-quantity')}
    ></notify-me-form>
  `);
}

/** The form's harness: fill in, tick, submit, read the result. */
const harness = (el: NotifyMeForm) => new NotifyFormHarness(el);

describe('<notify-me-form>', () => {
  useMockEndpoint();
  beforeEach(() => {
    localStorage.clear();
    resetSharedNotifyClient();
  });
  afterEach(() => {
    resetSharedNotifyClient();
    localStorage.clear();
  });

  it('passes axe when idle, with errors and after success', async () => {
    serveNotify(() => 201);
    const el = await alwaysForm('require-consent marketing-consent ask-quantity');
    const form = harness(el);
    await expect(el).to.be.accessible();

    await form.submit();
    expect(form.invalid('email')).to.equal(true);
    await expect(el).to.be.accessible();

    await form.fill('ada@example.com');
    form.tick('consent');
    await form.submit();
    await form.resultIncludes('We will e-mail');
    await expect(el).to.be.accessible();
  });

  it('is a real form: labelled e-mail field with autocomplete, a honeypot out of reach', async () => {
    const form = harness(await alwaysForm());
    expect(form.form!.noValidate).to.equal(true);
    const email = form.field('email');
    expect(email.type).to.equal('email');
    expect(email.autocomplete).to.equal('email');
    expect(email.labels?.[0]?.textContent).to.contain('E-mail address');
    const trap = form.field('trap');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(form.part('#consent')).to.equal(null);
    expect(form.part('#marketing')).to.equal(null);
    expect(form.part('#quantity')).to.equal(null);
    expect(form.part('[role="status"]')).to.not.equal(null);
  });

  it('sends nothing for an empty or invalid address and ties the error to the field', async () => {
    const received = serveNotify(() => 201);
    const el = await alwaysForm();
    const form = harness(el);
    await form.submit();
    const email = form.field('email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const errorId = email.getAttribute('aria-describedby')!;
    expect(form.part(`#${errorId}`)!.textContent).to.contain('Enter your e-mail address');

    await form.fill('ada@example');
    await form.submit();
    expect(form.part(`#${email.getAttribute('aria-describedby')}`)!.textContent).to.contain(
      'name@example.com',
    );
    expect(el.shadowRoot!.activeElement).to.equal(email);
    await delay(100);
    expect(received).to.have.length(0);
  });

  it('trims the address, sends consent true without a box, and fires notify-success', async () => {
    const received = serveNotify(() => 201);
    const el = await alwaysForm();
    const form = harness(el);
    let submitted: unknown;
    el.addEventListener('notify-submit', (event) => (submitted = event.detail));
    await form.fill('  ada@example.com  ');
    const success = oneEvent(el, 'notify-success') as Promise<NotifySuccessEvent>;
    await form.submit();
    const event = await success;
    expect(event.detail).to.deep.equal({
      sku: 'TEE-RED-M',
      email: 'ada@example.com',
      alreadySubscribed: false,
    });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(submitted).to.deep.equal({ sku: 'TEE-RED-M', email: 'ada@example.com', consent: true });
    expect(received).to.have.length(1);
    expect(received[0]!.body).to.deep.equal({
      sku: 'TEE-RED-M',
      email: 'ada@example.com',
      consent: true,
      locale: 'en',
      quantity: 1,
    });
    await el.updateComplete;
    expect(form.result()).to.equal(
      'Thank you! We will e-mail ada@example.com when this item is back in stock.',
    );
    expect(form.form).to.equal(null);
  });

  it('says "already on the list" for a 409, as a success', async () => {
    serveNotify(() => 409);
    const el = await alwaysForm();
    const form = harness(el);
    await form.fill('ada@example.com');
    const success = oneEvent(el, 'notify-success') as Promise<NotifySuccessEvent>;
    await form.submit();
    expect((await success).detail.alreadySubscribed).to.equal(true);
    await el.updateComplete;
    expect(form.result()).to.contain('already on the list');
  });

  it("shows the server's message for a 422 as plain text and fires notify-error", async () => {
    serveNotify(
      () => 422,
      () => ({ message: '<img src=x onerror=alert(1)> is not deliverable' }),
    );
    const el = await alwaysForm();
    const form = harness(el);
    await form.fill('ada@example.com');
    const error = oneEvent(el, 'notify-error') as Promise<NotifyErrorEvent>;
    await form.submit();
    expect((await error).detail).to.deep.equal({
      sku: 'TEE-RED-M',
      email: 'ada@example.com',
      status: 422,
      queued: false,
    });
    await el.updateComplete;
    expect(form.result()).to.equal(
      'We could not sign you up: <img src=x onerror=alert(1)> is not deliverable',
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    // The form stays, with what was typed, and the address is marked.
    expect(form.field('email').value).to.equal('ada@example.com');
    expect(form.field('email').getAttribute('aria-invalid')).to.equal('true');
    expect(form.field('email').getAttribute('aria-describedby')).to.equal('message');
  });

  it('says "too many attempts" for a 429, not queued', async () => {
    serveNotify(() => 429);
    const el = await alwaysForm();
    const form = harness(el);
    await form.fill('ada@example.com');
    const error = oneEvent(el, 'notify-error') as Promise<NotifyErrorEvent>;
    await form.submit();
    expect((await error).detail).to.include({ status: 429, queued: false });
    await el.updateComplete;
    expect(form.result()).to.contain('Too many attempts');
    expect(storedOutbox()).to.deep.equal([]);
  });

  it('says a waiting sign-up sent again and met by a 429 is still kept, and queued', async () => {
    let status = 503;
    serveNotify(() => status);
    const el = await alwaysForm();
    const form = harness(el);
    await form.signUp('ada@example.com');
    await form.answered();
    expect(storedOutbox()).to.have.length(1);
    // The shopper sends the same address again while it waits; the endpoint says "later".
    status = 429;
    form.part<HTMLButtonElement>('.another')!.click();
    await form.fill('ada@example.com');
    const error = oneEvent(el, 'notify-error') as Promise<NotifyErrorEvent>;
    await form.submit();
    expect((await error).detail).to.deep.equal({
      sku: 'TEE-RED-M',
      email: 'ada@example.com',
      status: 429,
      queued: true,
    });
    await el.updateComplete;
    expect(storedOutbox()).to.have.length(1);
    expect(form.result()).to.equal(
      'Our server had a problem, so your sign-up for ada@example.com is saved on this device and will be sent again on your next visit.',
    );
    expect(form.form, 'the form gives way to the result').to.equal(null);
  });

  it('keeps the sign-up on the device for a 503 and says so', async () => {
    serveNotify(() => 503);
    const el = await alwaysForm();
    const form = harness(el);
    await form.fill('ada@example.com');
    const error = oneEvent(el, 'notify-error') as Promise<NotifyErrorEvent>;
    await form.submit();
    expect((await error).detail).to.deep.equal({
      sku: 'TEE-RED-M',
      email: 'ada@example.com',
      status: 503,
      queued: true,
    });
    await el.updateComplete;
    expect(form.result()).to.equal(
      'Our server had a problem, so your sign-up for ada@example.com is saved on this device and will be sent again on your next visit.',
    );
    expect(storedOutbox()).to.have.length(1);
  });

  it('reports status 0 for a network error, queues it and says the server could not be reached', async () => {
    worker.use(http.post(NOTIFY, () => HttpResponse.error()));
    const el = await alwaysForm();
    const form = harness(el);
    await form.fill('ada@example.com');
    const error = oneEvent(el, 'notify-error') as Promise<NotifyErrorEvent>;
    await form.submit();
    expect((await error).detail).to.include({ status: 0, queued: true });
    await el.updateComplete;
    expect(form.result()).to.equal(
      'We could not reach our server, so your sign-up for ada@example.com is saved on this device and will be sent as soon as the connection is back.',
    );
  });

  it('drops a bot post silently: pretends success, sends nothing, fires nothing', async () => {
    const received = serveNotify(() => 201);
    const el = await alwaysForm();
    const form = harness(el);
    const fired: string[] = [];
    for (const name of ['notify-submit', 'notify-success', 'notify-error']) {
      el.addEventListener(name, () => fired.push(name));
    }
    await form.fill('bot@example.com');
    form.field('trap').value = 'https://spam.example';
    await form.submit();
    expect(form.result()).to.contain('We will e-mail bot@example.com');
    await delay(100);
    expect(received).to.have.length(0);
    expect(fired).to.deep.equal([]);
  });

  it('posts once when submitted twice quickly, and is busy meanwhile', async () => {
    worker.use(
      http.post(NOTIFY, async () => {
        await delay(150);
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    const received: unknown[] = [];
    worker.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') received.push(request.url);
    });
    const el = await alwaysForm();
    const form = harness(el);
    await form.fill('ada@example.com');
    const formElement = form.form!;
    form.requestSubmit();
    form.requestSubmit();
    await el.updateComplete;
    expect(formElement.getAttribute('aria-busy')).to.equal('true');
    expect(form.submitButton.getAttribute('aria-disabled')).to.equal('true');
    form.field('email').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    formElement.requestSubmit();
    await form.resultIncludes('We will e-mail');
    await delay(100);
    worker.events.removeAllListeners();
    expect(received).to.have.length(1);
  });

  it('cannot be sent without the consent box; sends its state when ticked', async () => {
    const received = serveNotify(() => 201);
    const el = await alwaysForm('require-consent');
    const form = harness(el);
    const consent = form.field('consent');
    expect(consent.checked).to.equal(false);
    await form.fill('ada@example.com');
    await form.submit();
    expect(consent.getAttribute('aria-invalid')).to.equal('true');
    expect(form.part(`#${consent.getAttribute('aria-describedby')}`)!.textContent).to.contain(
      'Tick the box',
    );
    expect(el.shadowRoot!.activeElement).to.equal(consent);
    await delay(100);
    expect(received).to.have.length(0);

    form.tick('consent');
    await form.submit();
    await form.resultIncludes('We will e-mail');
    expect(received).to.have.length(1);
    expect(received[0]!.body.consent).to.equal(true);
    expect(received[0]!.body).to.not.have.property('marketingConsent');
  });

  it('sends the marketing box separately, never implied, and the quantity asked for', async () => {
    const received = serveNotify(() => 201);
    const form = harness(await alwaysForm('require-consent marketing-consent ask-quantity'));
    expect(form.field('marketing').checked).to.equal(false);
    await form.fill('ada@example.com');
    form.tick('consent');
    await form.fill('3', 'quantity');
    await form.submit();
    await form.resultIncludes('We will e-mail');
    expect(received).to.have.length(1);
    expect(received[0]!.body).to.include({ consent: true, marketingConsent: false, quantity: 3 });
  });

  it('refuses a quantity that is not a whole number of 1 or more', async () => {
    const received = serveNotify(() => 201);
    const form = harness(await alwaysForm('ask-quantity'));
    await form.fill('ada@example.com');
    await form.fill('0', 'quantity');
    await form.submit();
    expect(form.field('quantity').getAttribute('aria-invalid')).to.equal('true');
    await delay(50);
    expect(received).to.have.length(0);
  });

  it('sends nothing when the page cancels notify-submit, and says thank you', async () => {
    const received = serveNotify(() => 201);
    const el = await alwaysForm();
    const form = harness(el);
    el.addEventListener('notify-submit', (event) => event.preventDefault());
    await form.fill('ada@example.com');
    await form.submit();
    expect(form.result()).to.equal('Thank you, your request has been received.');
    await delay(100);
    expect(received).to.have.length(0);
    expect(getNotifyClient().subscribedFor('TEE-RED-M')).to.equal(undefined);
  });

  it('says sign-up is unavailable when there is no notify endpoint', async () => {
    const el = await fixture<NotifyMeForm>(
      html`<notify-me-form sku="A" always locale="en"></notify-me-form>`,
    );
    expect(harness(el).form).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain(
      'E-mail alerts for this item are not available right now.',
    );
    await expect(el).to.be.accessible();
  });

  it('takes the notify endpoint from configure() and a provider', async () => {
    configure({ notifyEndpoint: NOTIFY });
    const fromPage = await fixture<NotifyMeForm>(
      html`<notify-me-form sku="A" always></notify-me-form>`,
    );
    expect(harness(fromPage).form).to.not.equal(null);
    const provider = await fixture<StockProvider>(
      html`<stock-provider notify-endpoint="/elsewhere"
        ><notify-me-form sku="A" always></notify-me-form
      ></stock-provider>`,
    );
    const inside = provider.querySelector('notify-me-form')!;
    await inside.updateComplete;
    expect(inside.config.notifyEndpoint).to.equal('/elsewhere');
  });

  describe('shows itself', () => {
    const items = [
      { sku: 'OUT', status: 'out-of-stock', quantity: 0 },
      { sku: 'GONE', status: 'discontinued', quantity: 0 },
      {
        sku: 'FAR',
        status: 'backorder',
        quantity: 0,
        backorderable: true,
        restockDate: inDays(40),
      },
      {
        sku: 'NEAR',
        status: 'backorder',
        quantity: 0,
        backorderable: true,
        restockDate: inDays(5),
      },
      { sku: 'IN', quantity: 50 },
    ];
    async function formFor(sku: string, always = false): Promise<NotifyMeForm> {
      serveItems(items);
      const el = await fixture<NotifyMeForm>(html`
        <notify-me-form
          sku=${sku}
          endpoint="/api/availability"
          notify-endpoint=${NOTIFY}
          ?always=${always}
        ></notify-me-form>
      `);
      await until(() => el.state !== 'loading', 3000, 'an answer');
      await el.updateComplete;
      return el;
    }
    const visible = (el: NotifyMeForm) => harness(el).form !== null;

    it('for an out-of-stock SKU, reflecting the state and firing stock-change', async () => {
      serveItems(items);
      const change = oneEvent(document, 'stock-change');
      const el = await fixture<NotifyMeForm>(html`
        <notify-me-form
          sku="OUT"
          endpoint="/api/availability"
          notify-endpoint=${NOTIFY}
        ></notify-me-form>
      `);
      expect((await change).detail).to.include({ sku: 'OUT', state: 'out-of-stock' });
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('out-of-stock');
      expect(visible(el)).to.equal(true);
    });

    it('never for a discontinued SKU', async () => {
      const el = await formFor('GONE');
      expect(el.getAttribute('state')).to.equal('discontinued');
      expect(el.shadowRoot!.childElementCount).to.equal(0);
    });

    it('for a backorder further away than max-backorder-days', async () => {
      expect(visible(await formFor('FAR'))).to.equal(true);
    });

    it('not for a near backorder, nor in stock', async () => {
      expect(visible(await formFor('NEAR'))).to.equal(false);
      expect(visible(await formFor('IN'))).to.equal(false);
    });

    it('for a near backorder when max-backorder-days is lower', async () => {
      serveItems(items);
      const el = await fixture<NotifyMeForm>(
        html`<notify-me-form
          sku="NEAR"
          endpoint="/api/availability"
          notify-endpoint=${NOTIFY}
          max-backorder-days="2"
        ></notify-me-form>`,
      );
      await until(() => el.state !== 'loading');
      await el.updateComplete;
      expect(visible(el)).to.equal(true);
    });

    it('always with `always`, even in stock', async () => {
      expect(visible(await formFor('IN', true))).to.equal(true);
    });

    it('follows a changed SKU (variant picker)', async () => {
      const el = await formFor('IN');
      el.sku = 'OUT';
      await until(() => el.state === 'out-of-stock');
      await el.updateComplete;
      expect(visible(el)).to.equal(true);
    });
  });

  it('shows a returning shopper they are on the list, with a way to add another address', async () => {
    serveNotify(() => 201);
    const first = await alwaysForm();
    await harness(first).fill('ada@example.com');
    await harness(first).submit();
    await harness(first).resultIncludes('We will e-mail');
    first.remove();

    resetSharedNotifyClient(); // a later visit
    const again = await alwaysForm();
    expect(harness(again).result()).to.equal(
      'You are on the list for this item (a***@example.com).',
    );
    expect(harness(again).form).to.equal(null);
    await expect(again).to.be.accessible();
    harness(again).part<HTMLButtonElement>('.another')!.click();
    await again.updateComplete;
    expect(harness(again).form).to.not.equal(null);
    expect(again.shadowRoot!.activeElement).to.equal(harness(again).field('email'));
  });

  it('delivers a sign-up made while the endpoint is down after recovery and reload: same key, exactly once', async () => {
    let status = 503;
    const received = serveNotify(() => status);
    const el = await alwaysForm();
    await harness(el).fill('ada@example.com');
    await harness(el).submit();
    await harness(el).resultIncludes('saved on this device');
    expect(received).to.have.length(1);
    el.remove();

    // The endpoint recovers; the shopper comes back: a new page, a new client.
    status = 201;
    resetSharedNotifyClient();
    const success = oneEvent(document, 'notify-success') as Promise<NotifySuccessEvent>;
    const reloaded = await alwaysForm();
    expect(harness(reloaded).result()).to.contain('saved on this device');
    const event = await success;
    expect(event.detail).to.deep.equal({
      sku: 'TEE-RED-M',
      email: 'ada@example.com',
      alreadySubscribed: false,
    });
    await reloaded.updateComplete;
    expect(harness(reloaded).result()).to.contain('We will e-mail ada@example.com');

    // A second element and an `online` event on the same page send nothing more.
    await alwaysForm();
    window.dispatchEvent(new Event('online'));
    await delay(200);
    expect(received).to.have.length(2);
    expect(received[1]!.key).to.equal(received[0]!.key);
    expect(received[1]!.body).to.deep.equal(received[0]!.body);
    expect(storedOutbox()).to.deep.equal([]);
  });

  it('re-sends on `online` while the page stays open', async () => {
    let status = 503;
    const received = serveNotify(() => status);
    const el = await alwaysForm();
    await harness(el).fill('ada@example.com');
    await harness(el).submit();
    await harness(el).resultIncludes('saved on this device');
    expect(received).to.have.length(1);
    status = 201;
    window.dispatchEvent(new Event('online'));
    await harness(el).resultIncludes('We will e-mail');
    expect(received).to.have.length(2);
    expect(received[1]!.key).to.equal(received[0]!.key);
  });

  it('tells the shopper when a saved sign-up is refused on re-send', async () => {
    let status = 503;
    const received = serveNotify(
      () => status,
      () => ({ message: 'Unknown product' }),
    );
    const el = await alwaysForm();
    await harness(el).fill('ada@example.com');
    await harness(el).submit();
    await harness(el).resultIncludes('saved on this device');
    el.remove();

    status = 422;
    resetSharedNotifyClient();
    const error = oneEvent(document, 'notify-error') as Promise<NotifyErrorEvent>;
    const reloaded = await alwaysForm();
    expect((await error).detail).to.include({ status: 422, queued: false });
    await reloaded.updateComplete;
    expect(harness(reloaded).result()).to.contain('Unknown product');
    expect(harness(reloaded).form).to.not.equal(null);
    expect(storedOutbox()).to.deep.equal([]);
    expect(received).to.have.length(2);
    expect(received[1]!.key).to.equal(received[0]!.key);
  });

  it('keeps working when localStorage throws', async () => {
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'getItem')!;
    Object.defineProperty(Storage.prototype, 'getItem', {
      configurable: true,
      value: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      serveNotify(() => 201);
      const el = await alwaysForm();
      await harness(el).fill('ada@example.com');
      await harness(el).submit();
      await harness(el).resultIncludes('We will e-mail');
    } finally {
      Object.defineProperty(Storage.prototype, 'getItem', original);
    }
  });
});

import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { configure } from '../../src/config/config.js';
import { resetSharedNotifyClient } from '../../src/data/notify-client.js';
import { KLAVIYO_NOTIFY_ENDPOINT, KLAVIYO_REVISION } from '../../src/data/notify-targets.js';
import { NotifyMeForm } from '../../src/elements/notify-me-form/notify-me-form.js';
import { StockProvider } from '../../src/elements/stock-provider/stock-provider.js';
import type { NotifyErrorEvent, NotifySuccessEvent } from '../../src/events.js';
import {
  KLAVIYO_COMPANY_ID,
  platformHandlers,
  type KlaviyoSignup,
} from '../../mocks/platform-handlers.js';
import { serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { NotifyFormHarness } from '../helpers/notify-form-harness.js';
import { storedOutbox } from '../helpers/outbox.js';

NotifyMeForm.define();
StockProvider.define();

interface Received {
  url: URL;
  headers: Headers;
  body: unknown;
}

/** Answers every Klaviyo POST with `status` (changeable) and records what came in. */
function serveKlaviyo(status: () => number, answer: () => object | null = () => null): Received[] {
  const received: Received[] = [];
  worker.use(
    http.post(KLAVIYO_NOTIFY_ENDPOINT, async ({ request }) => {
      received.push({
        url: new URL(request.url),
        headers: request.headers,
        body: await request.json(),
      });
      const body = answer();
      return body === null
        ? new HttpResponse(null, { status: status() })
        : HttpResponse.json(body, {
            status: status(),
            headers: { 'Content-Type': 'application/vnd.api+json' },
          });
    }),
  );
  return received;
}

/** The mocked Klaviyo account (validating company id, headers and body); logs what it accepted. */
function serveKlaviyoMock(): KlaviyoSignup[] {
  const accepted: KlaviyoSignup[] = [];
  worker.use(...platformHandlers({ onKlaviyoSignup: (signup) => accepted.push(signup) }));
  return accepted;
}

/** A form on the Klaviyo target, shown whatever the stock. */
function klaviyoForm(
  attributes: { companyId?: string; prefix?: string; sku?: string; extra?: string } = {},
): NotifyMeForm {
  const { companyId = KLAVIYO_COMPANY_ID, prefix, sku = 'TEE-RED-M', extra = '' } = attributes;
  const page = fixtureSync<HTMLElement>(html`
    <div>
      <notify-me-form
        sku=${sku}
        locale="en"
        always
        notify-target="klaviyo"
        klaviyo-company-id=${companyId}
        klaviyo-variant-prefix=${prefix ?? (undefined as unknown as string)}
        ?ask-quantity=${extra.includes('ask-quantity')}
        ?marketing-consent=${extra.includes('marketing-consent')}
      ></notify-me-form>
    </div>
  `);
  const el = page.querySelector('notify-me-form')!;
  if (prefix === undefined) el.removeAttribute('klaviyo-variant-prefix');
  return el;
}

/** The form's harness: fill in, submit, read the result. */
const harness = (el: NotifyMeForm) => new NotifyFormHarness(el);
const signUp = (el: NotifyMeForm, email?: string) => harness(el).signUp(email);

const expectedBody = (variantId: string, email = 'ada@example.com') => ({
  data: {
    type: 'back-in-stock-subscription',
    attributes: {
      channels: ['EMAIL'],
      profile: { data: { type: 'profile', attributes: { email } } },
    },
    relationships: { variant: { data: { type: 'catalog-variant', id: variantId } } },
  },
});

describe('<notify-me-form notify-target="klaviyo">', () => {
  useMockEndpoint();
  beforeEach(() => {
    localStorage.clear();
    resetSharedNotifyClient();
  });
  afterEach(() => {
    resetSharedNotifyClient();
    localStorage.clear();
  });

  it("posts Klaviyo's JSON:API body to the client endpoint with company_id and a revision", async () => {
    const received = serveKlaviyo(() => 202);
    const el = klaviyoForm();
    await signUp(el, '  ada@example.com ');
    await until(() => received.length === 1, 3000, 'a Klaviyo request');
    const [request] = received;
    expect(`${request!.url.origin}${request!.url.pathname}`).to.equal(
      'https://a.klaviyo.com/client/back-in-stock-subscriptions',
    );
    expect([...request!.url.searchParams]).to.deep.equal([['company_id', KLAVIYO_COMPANY_ID]]);
    expect(request!.headers.get('revision')).to.equal(KLAVIYO_REVISION);
    expect(request!.headers.get('revision')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(request!.headers.get('Content-Type')).to.equal('application/vnd.api+json');
    expect(request!.headers.get('Accept')).to.equal('application/vnd.api+json');
    // Klaviyo documents no idempotency header; the outbox keeps its key locally.
    expect(request!.headers.get('Idempotency-Key')).to.equal(null);
    expect(request!.body).to.deep.equal(expectedBody('$custom:::$default:::TEE-RED-M'));
  });

  it('builds the variant id from klaviyo-variant-prefix, and from a Shopify variant gid its number', async () => {
    const received = serveKlaviyo(() => 202);
    const custom = klaviyoForm({ prefix: '$custom:::fall-catalog:::' });
    await signUp(custom);
    await until(() => received.length === 1);
    expect(received[0]!.body).to.deep.equal(expectedBody('$custom:::fall-catalog:::TEE-RED-M'));

    const shopify = klaviyoForm({
      prefix: '$shopify:::$default:::',
      sku: 'gid://shopify/ProductVariant/44100004',
    });
    await signUp(shopify, 'bob@example.com');
    await until(() => received.length === 2);
    expect(received[1]!.body).to.deep.equal(
      expectedBody('$shopify:::$default:::44100004', 'bob@example.com'),
    );

    // An empty prefix is allowed: the catalog id is the bare SKU.
    const bare = klaviyoForm({ prefix: '', sku: 'SKU-9' });
    await signUp(bare, 'cy@example.com');
    await until(() => received.length === 3);
    expect(received[2]!.body).to.deep.equal(expectedBody('SKU-9', 'cy@example.com'));
  });

  it("takes Klaviyo's settings from a provider and uses notify-endpoint when set (a proxy)", async () => {
    const received: string[] = [];
    worker.use(
      http.post('/klaviyo-proxy', ({ request }) => {
        received.push(request.url);
        return new HttpResponse(null, { status: 202 });
      }),
    );
    const provider = fixtureSync<StockProvider>(html`
      <stock-provider
        notify-target="klaviyo"
        klaviyo-company-id="Abc123"
        notify-endpoint="/klaviyo-proxy"
      >
        <notify-me-form sku="A" always locale="en"></notify-me-form>
      </stock-provider>
    `);
    const el = provider.querySelector('notify-me-form')!;
    await signUp(el);
    await until(() => received.length === 1);
    expect(new URL(received[0]!).pathname).to.equal('/klaviyo-proxy');
    expect(new URL(received[0]!).searchParams.get('company_id')).to.equal('Abc123');
  });

  it('shows success for a 202 from the mocked Klaviyo account and fires notify-success', async () => {
    const accepted = serveKlaviyoMock();
    const el = klaviyoForm();
    const success = oneEvent(el, 'notify-success') as Promise<NotifySuccessEvent>;
    await signUp(el);
    expect((await success).detail).to.deep.equal({
      sku: 'TEE-RED-M',
      email: 'ada@example.com',
      alreadySubscribed: false,
    });
    await el.updateComplete;
    expect(harness(el).result()).to.equal(
      'Thank you! We will e-mail ada@example.com when this item is back in stock.',
    );
    expect(accepted.map(({ email, variantId }) => ({ email, variantId }))).to.deep.equal([
      { email: 'ada@example.com', variantId: '$custom:::$default:::TEE-RED-M' },
    ]);
    expect(storedOutbox()).to.deep.equal([]);
  });

  it("shows Klaviyo's errors[].detail for a 400 as plain text, keeping the form", async () => {
    serveKlaviyo(
      () => 400,
      () => ({
        errors: [
          {
            id: 'e1',
            status: 400,
            code: 'invalid',
            title: 'Invalid input.',
            detail: '<b>Variant</b> $custom:::$default:::TEE-RED-M does not exist',
            source: { pointer: '/data/relationships/variant/data/id' },
          },
        ],
      }),
    );
    const el = klaviyoForm();
    const error = oneEvent(el, 'notify-error') as Promise<NotifyErrorEvent>;
    await signUp(el);
    expect((await error).detail).to.deep.equal({
      sku: 'TEE-RED-M',
      email: 'ada@example.com',
      status: 400,
      queued: false,
    });
    await el.updateComplete;
    expect(harness(el).result()).to.equal(
      'We could not sign you up: <b>Variant</b> $custom:::$default:::TEE-RED-M does not exist',
    );
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(harness(el).field('email').value).to.equal('ada@example.com');
    expect(storedOutbox()).to.deep.equal([]);
  });

  it('shows the mocked account refusing an unknown company id', async () => {
    serveKlaviyoMock();
    const el = klaviyoForm({ companyId: 'WrongKey' });
    await signUp(el);
    await until(() => harness(el).result().startsWith('We could not sign you up'));
    expect(harness(el).result()).to.equal(
      'We could not sign you up: "WrongKey" is not a valid company id.',
    );
  });

  it('queues a sign-up Klaviyo answers with a 5xx and re-sends it to Klaviyo after a reload', async () => {
    let status = 503;
    const received = serveKlaviyo(() => status);
    const el = klaviyoForm();
    const error = oneEvent(el, 'notify-error') as Promise<NotifyErrorEvent>;
    await signUp(el);
    expect((await error).detail).to.include({ status: 503, queued: true });
    await el.updateComplete;
    expect(harness(el).result()).to.contain('saved on this device');
    const [entry] = storedOutbox();
    expect(entry!.endpoint).to.equal(KLAVIYO_NOTIFY_ENDPOINT);
    expect(entry!.target).to.deep.equal({
      name: 'klaviyo',
      companyId: KLAVIYO_COMPANY_ID,
      variantPrefix: '$custom:::$default:::',
    });
    el.remove();

    // Klaviyo recovers; the shopper comes back on a page whose own form has no Klaviyo settings at all.
    status = 202;
    resetSharedNotifyClient();
    const success = oneEvent(document, 'notify-success') as Promise<NotifySuccessEvent>;
    const reloaded = fixtureSync<HTMLElement>(html`
      <div>
        <notify-me-form
          sku="TEE-RED-M"
          locale="en"
          always
          notify-endpoint="/api/notify"
        ></notify-me-form>
      </div>
    `).querySelector('notify-me-form')!;
    expect((await success).detail).to.include({ sku: 'TEE-RED-M', alreadySubscribed: false });
    await reloaded.updateComplete;
    expect(harness(reloaded).result()).to.contain('We will e-mail ada@example.com');
    expect(received).to.have.length(2);
    expect(received[1]!.url.href).to.equal(received[0]!.url.href);
    expect(received[1]!.headers.get('revision')).to.equal(KLAVIYO_REVISION);
    expect(received[1]!.body).to.deep.equal(expectedBody('$custom:::$default:::TEE-RED-M'));
    expect(storedOutbox()).to.deep.equal([]);
  });

  it('says sign-up is unavailable without klaviyo-company-id, sends nothing and warns once', async () => {
    const received = serveKlaviyo(() => 202);
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const page = fixtureSync<HTMLElement>(html`
        <div>
          <notify-me-form sku="A" always locale="en" notify-target="klaviyo"></notify-me-form>
          <notify-me-form sku="B" always locale="en" notify-target="klaviyo"></notify-me-form>
        </div>
      `);
      const forms = [...page.querySelectorAll('notify-me-form')];
      await Promise.all(forms.map((form) => form.updateComplete));
      for (const form of forms) {
        expect(harness(form).form).to.equal(null);
        expect(form.shadowRoot!.textContent).to.contain(
          'E-mail alerts for this item are not available right now.',
        );
      }
      await expect(forms[0]!).to.be.accessible();
    } finally {
      console.warn = original;
    }
    const klaviyoWarnings = warnings.filter((args) =>
      String(args[0]).includes('klaviyo-company-id'),
    );
    expect(klaviyoWarnings).to.have.length(1);
    await delay(50);
    expect(received).to.have.length(0);
  });

  it('takes the company id from configure()', async () => {
    const received = serveKlaviyo(() => 202);
    configure({ notifyTarget: 'klaviyo', klaviyoCompanyId: 'FromPage' });
    const el = fixtureSync<HTMLElement>(
      html`<div><notify-me-form sku="A" always locale="en"></notify-me-form></div>`,
    ).querySelector('notify-me-form')!;
    await signUp(el);
    await until(() => received.length === 1);
    expect(received[0]!.url.searchParams.get('company_id')).to.equal('FromPage');
  });

  it('does not ask for a quantity or marketing consent it cannot send to Klaviyo', async () => {
    const el = klaviyoForm({ extra: 'ask-quantity marketing-consent' });
    await el.updateComplete;
    expect(harness(el).form).to.not.equal(null);
    expect(harness(el).part('#quantity')).to.equal(null);
    expect(harness(el).part('#marketing')).to.equal(null);
  });
});

describe('<notify-me-form sku-from>', () => {
  useMockEndpoint();
  beforeEach(() => {
    localStorage.clear();
    resetSharedNotifyClient();
  });
  afterEach(() => {
    resetSharedNotifyClient();
    localStorage.clear();
  });

  it('follows a <select> variant picker without glue code, and signs up for the picked SKU', async () => {
    serveItems([
      { sku: 'S', quantity: 20 },
      { sku: 'M', status: 'out-of-stock', quantity: 0 },
    ]);
    const received: unknown[] = [];
    worker.use(
      http.post('/api/notify', async ({ request }) => {
        received.push(await request.json());
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    const page = fixtureSync<HTMLElement>(html`
      <div>
        <select id="variant">
          <option value="S">S</option>
          <option value="M">M</option>
        </select>
        <notify-me-form
          sku-from="#variant"
          endpoint="/api/availability"
          notify-endpoint="/api/notify"
          locale="en"
        ></notify-me-form>
      </div>
    `);
    const el = page.querySelector('notify-me-form')!;
    await until(() => el.state === 'in-stock', 3000, 'the in-stock variant');
    await el.updateComplete;
    expect(el.sku).to.equal('S');
    expect(harness(el).form).to.equal(null);

    const select = page.querySelector('select')!;
    select.value = 'M';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => el.state === 'out-of-stock', 3000, 'the sold-out variant');
    await el.updateComplete;
    expect(el.sku).to.equal('M');
    expect(harness(el).form).to.not.equal(null);

    await signUp(el);
    await until(() => received.length === 1);
    expect(received[0]).to.include({ sku: 'M', email: 'ada@example.com' });
  });

  it('follows a radio group with `always`', async () => {
    const page = fixtureSync<HTMLElement>(html`
      <div>
        <fieldset class="sizes">
          <label><input type="radio" name="size" value="TEE-S" checked />S</label>
          <label><input type="radio" name="size" value="TEE-M" />M</label>
        </fieldset>
        <notify-me-form
          sku-from=".sizes"
          always
          notify-endpoint="/api/notify"
          locale="en"
        ></notify-me-form>
      </div>
    `);
    const el = page.querySelector('notify-me-form')!;
    await until(() => el.sku === 'TEE-S');
    page.querySelector<HTMLInputElement>('input[value="TEE-M"]')!.click();
    await until(() => el.sku === 'TEE-M');
  });
});

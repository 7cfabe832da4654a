import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { NotifyClient, OUTBOX_KEY, type OutboxEntry } from '../../src/data/notify-client.js';
import {
  jsonTarget,
  KLAVIYO_NOTIFY_ENDPOINT,
  KLAVIYO_REVISION,
  klaviyoVariantId,
  notifyTargetFor,
  signupRoute,
  type SignupRoute,
  type SignupSettings,
} from '../../src/data/notify-targets.js';
import { klaviyoTarget } from '../../src/data/klaviyo-target.js';
import { useMockEndpoint, worker } from '../helpers/mock-endpoint.js';

const body = {
  sku: 'TEE-RED-M',
  email: 'ada@example.com',
  consent: true,
  locale: 'sv-SE',
  quantity: 2,
};

describe('notify targets', () => {
  describe('signupRoute: where sign-ups go', () => {
    const json: SignupSettings = {
      notifyTarget: 'json',
      notifyEndpoint: undefined,
      klaviyoCompanyId: undefined,
      klaviyoVariantPrefix: '$custom:::$default:::',
    };
    const klaviyo: SignupSettings = { ...json, notifyTarget: 'klaviyo' };
    const cases: [string, SignupSettings, SignupRoute][] = [
      ['our contract without an endpoint', json, { missing: 'endpoint' }],
      [
        'our contract at notify-endpoint',
        { ...json, notifyEndpoint: '/api/notify' },
        { endpoint: '/api/notify', target: { name: 'json' } },
      ],
      [
        'our contract, with a Klaviyo id that means nothing to it',
        { ...json, notifyEndpoint: '/api/notify', klaviyoCompanyId: 'AbC123' },
        { endpoint: '/api/notify', target: { name: 'json' } },
      ],
      ['Klaviyo without a company id', klaviyo, { missing: 'klaviyo-company-id' }],
      [
        'Klaviyo at its own endpoint, the id trimmed',
        { ...klaviyo, klaviyoCompanyId: ' AbC123 ' },
        {
          endpoint: KLAVIYO_NOTIFY_ENDPOINT,
          target: { name: 'klaviyo', companyId: 'AbC123', variantPrefix: '$custom:::$default:::' },
        },
      ],
      [
        'Klaviyo through a proxy at notify-endpoint, another prefix',
        {
          ...klaviyo,
          notifyEndpoint: '/proxy/klaviyo',
          klaviyoCompanyId: 'AbC123',
          klaviyoVariantPrefix: '',
        },
        {
          endpoint: '/proxy/klaviyo',
          target: { name: 'klaviyo', companyId: 'AbC123', variantPrefix: '' },
        },
      ],
    ];
    for (const [what, settings, route] of cases) {
      it(what, () => {
        expect(signupRoute(settings)).to.deep.equal(route);
      });
    }
  });

  describe('json (our contract)', () => {
    it('posts the sign-up as JSON with the Idempotency-Key', () => {
      expect(jsonTarget.request('https://shop.example/api/notify', body, 'key-1')).to.deep.equal({
        url: 'https://shop.example/api/notify',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Idempotency-Key': 'key-1',
        },
        body: JSON.stringify(body),
      });
    });

    it("reads a refusal's message, trimmed and cut at 500 characters", () => {
      expect(jsonTarget.errorMessage('{"message":"  No such SKU "}')).to.equal('No such SKU');
      expect(jsonTarget.errorMessage(JSON.stringify({ message: 'x'.repeat(600) }))).to.have.length(
        500,
      );
      expect(jsonTarget.errorMessage('{"errors":[{"detail":"d"}]}')).to.equal(undefined);
      expect(jsonTarget.errorMessage('<html>')).to.equal(undefined);
      expect(jsonTarget.errorMessage('null')).to.equal(undefined);
    });
  });

  describe('klaviyo', () => {
    const target = klaviyoTarget('Abc 123', '$custom:::$default:::');

    it('adds company_id to the endpoint, sends the revision and a JSON:API body, no idempotency header', () => {
      const request = target.request(KLAVIYO_NOTIFY_ENDPOINT, body, 'key-1');
      expect(request.url).to.equal(
        'https://a.klaviyo.com/client/back-in-stock-subscriptions?company_id=Abc+123',
      );
      expect(request.headers).to.deep.equal({
        'Content-Type': 'application/vnd.api+json',
        Accept: 'application/vnd.api+json',
        revision: KLAVIYO_REVISION,
      });
      expect(JSON.parse(request.body)).to.deep.equal({
        data: {
          type: 'back-in-stock-subscription',
          attributes: {
            channels: ['EMAIL'],
            profile: { data: { type: 'profile', attributes: { email: 'ada@example.com' } } },
          },
          relationships: {
            variant: { data: { type: 'catalog-variant', id: '$custom:::$default:::TEE-RED-M' } },
          },
        },
      });
    });

    it('keeps a query the endpoint already has and replaces a stale company_id', () => {
      const url = new URL(
        target.request('https://proxy.example/k?company_id=old&x=1', body, 'k').url,
      );
      expect(url.searchParams.getAll('company_id')).to.deep.equal(['Abc 123']);
      expect(url.searchParams.get('x')).to.equal('1');
    });

    it('builds catalog-variant ids: prefix + SKU; a Shopify variant gid gives its number', () => {
      expect(klaviyoVariantId('TEE-RED-M')).to.equal('$custom:::$default:::TEE-RED-M');
      expect(klaviyoVariantId('TEE-RED-M', '$custom:::fall:::')).to.equal(
        '$custom:::fall:::TEE-RED-M',
      );
      expect(
        klaviyoVariantId('gid://shopify/ProductVariant/4410', '$shopify:::$default:::'),
      ).to.equal('$shopify:::$default:::4410');
      expect(klaviyoVariantId('gid://shopify/Product/4410', '')).to.equal(
        'gid://shopify/Product/4410',
      );
    });

    it('reads the first errors[].detail (or title) of a JSON:API error, as text', () => {
      const errors = (...items: (object | null)[]) => JSON.stringify({ errors: items });
      expect(
        target.errorMessage(errors({ title: 'Invalid input.', detail: 'Variant does not exist' })),
      ).to.equal('Variant does not exist');
      expect(target.errorMessage(errors({ title: 'Invalid input.', detail: ' ' }))).to.equal(
        'Invalid input.',
      );
      expect(target.errorMessage(errors(null, { detail: 'second' }))).to.equal('second');
      expect(target.errorMessage(errors())).to.equal(undefined);
      expect(target.errorMessage('{"message":"ours"}')).to.equal(undefined);
      expect(target.errorMessage('')).to.equal(undefined);
    });
  });

  it('picks the target from stored settings; our contract for none or anything unknown', async () => {
    expect(await notifyTargetFor(undefined)).to.equal(jsonTarget);
    expect(await notifyTargetFor({ name: 'json' })).to.equal(jsonTarget);
    expect(await notifyTargetFor({ name: 'mailchimp' } as never)).to.equal(jsonTarget);
    expect(await notifyTargetFor({ name: 'klaviyo' } as never)).to.equal(jsonTarget);
    const klaviyo = await notifyTargetFor({ name: 'klaviyo', companyId: 'X', variantPrefix: '' });
    expect(klaviyo?.name).to.equal('klaviyo');
  });
});

describe('NotifyClient with targets', () => {
  useMockEndpoint();
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('sends an outbox entry from before targets existed to our contract', async () => {
    const received: { key: string | null; type: string | null }[] = [];
    worker.use(
      http.post('/api/notify', ({ request }) => {
        received.push({
          key: request.headers.get('Idempotency-Key'),
          type: request.headers.get('Content-Type'),
        });
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    const entry: OutboxEntry = {
      key: 'old-key',
      endpoint: new URL('/api/notify', location.href).href,
      body,
      timeout: 8,
      createdAt: new Date().toISOString(),
      attempts: 1,
    };
    localStorage.setItem(OUTBOX_KEY, JSON.stringify([entry]));
    const reports = await new NotifyClient().flushOutbox();
    expect(reports.map((report) => report.outcome.kind)).to.deep.equal(['subscribed']);
    expect(received).to.deep.equal([{ key: 'old-key', type: 'application/json' }]);
  });

  it('keeps the target with a queued sign-up and re-uses it when sending again', async () => {
    let status = 500;
    const urls: string[] = [];
    worker.use(
      http.post(KLAVIYO_NOTIFY_ENDPOINT, ({ request }) => {
        urls.push(request.url);
        return new HttpResponse(null, { status });
      }),
    );
    const client = new NotifyClient({ createKey: () => 'k1' });
    const target = {
      name: 'klaviyo',
      companyId: 'Abc',
      variantPrefix: '$custom:::$default:::',
    } as const;
    const outcome = await client.send(KLAVIYO_NOTIFY_ENDPOINT, { ...body }, { target });
    expect(outcome).to.deep.equal({ kind: 'queued', status: 500 });
    expect(client.outbox()[0]!.target).to.deep.equal(target);

    status = 202;
    const reports = await new NotifyClient().flushOutbox();
    expect(reports.map((report) => report.outcome)).to.deep.equal([
      { kind: 'subscribed', status: 202, alreadySubscribed: false },
    ]);
    expect(urls).to.deep.equal([
      `${KLAVIYO_NOTIFY_ENDPOINT}?company_id=Abc`,
      `${KLAVIYO_NOTIFY_ENDPOINT}?company_id=Abc`,
    ]);
  });

  it('maps a Klaviyo 403 to rejected with its detail, and a 429 to too-many-attempts', async () => {
    let answer = 403;
    worker.use(
      http.post(KLAVIYO_NOTIFY_ENDPOINT, () =>
        HttpResponse.json(
          {
            errors: [
              { id: '1', code: 'permission_denied', title: 'Forbidden', detail: 'Wrong key' },
            ],
          },
          { status: answer },
        ),
      ),
    );
    const client = new NotifyClient();
    const target = { name: 'klaviyo', companyId: 'Abc', variantPrefix: '' } as const;
    expect(await client.send(KLAVIYO_NOTIFY_ENDPOINT, { ...body }, { target })).to.deep.equal({
      kind: 'rejected',
      status: 403,
      message: 'Wrong key',
    });
    answer = 429;
    expect(await client.send(KLAVIYO_NOTIFY_ENDPOINT, { ...body }, { target })).to.deep.equal({
      kind: 'too-many-attempts',
      status: 429,
    });
    expect(client.outbox()).to.deep.equal([]);
  });
});

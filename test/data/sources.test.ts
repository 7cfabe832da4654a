import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { AvailabilityClient } from '../../src/data/availability-client.js';
import {
  shopifySource,
  shopifyVariantToAvailability,
} from '../../src/data/sources/shopify-source.js';
import {
  woocommerceSource,
  wooProductToAvailability,
} from '../../src/data/sources/woocommerce-source.js';
import { statusOf } from '../../src/data/stock-state.js';
import type { AvailabilityEntry } from '../../src/data/types.js';
import {
  platformHandlers,
  SHOPIFY_ENDPOINT,
  SHOPIFY_TOKEN,
  WOO_ENDPOINT,
} from '../../mocks/platform-handlers.js';
import { useMockEndpoint, worker } from '../helpers/mock-endpoint.js';

const stateOfEntry = (entry: AvailabilityEntry | undefined) =>
  entry?.kind === 'found' ? statusOf(entry.availability, 5) : entry?.kind;

describe('availability sources', () => {
  useMockEndpoint();
  const clients: AvailabilityClient[] = [];
  afterEach(() => clients.splice(0).forEach((client) => client.dispose()));

  describe('shopify', () => {
    const requests: { ids: string[]; request: Request }[] = [];
    let noInventoryScope = false;
    beforeEach(() => {
      requests.length = 0;
      noInventoryScope = false;
      worker.use(
        ...platformHandlers({
          shopifyNoInventoryScope: () => noInventoryScope,
          onRequest: (_platform, ids, request) => requests.push({ ids, request }),
        }),
      );
    });
    const client = (token = SHOPIFY_TOKEN) => {
      const made = new AvailabilityClient({
        endpoint: SHOPIFY_ENDPOINT,
        source: shopifySource({ storefrontToken: token }),
        maxRetries: 0,
      });
      clients.push(made);
      return made;
    };

    it('asks for a whole batch in one nodes(ids:) query with the Storefront token', async () => {
      const answer = await client().request([
        '44100001',
        'gid://shopify/ProductVariant/44100002',
        '44100003',
        '44100004',
      ]);
      expect(requests).to.have.length(1);
      // Numeric ids become gids; the batch is sorted by SKU, as for every source.
      expect(requests[0]!.ids).to.deep.equal([
        'gid://shopify/ProductVariant/44100001',
        'gid://shopify/ProductVariant/44100003',
        'gid://shopify/ProductVariant/44100004',
        'gid://shopify/ProductVariant/44100002',
      ]);
      expect(requests[0]!.request.method).to.equal('POST');
      expect(requests[0]!.request.headers.get('X-Shopify-Storefront-Access-Token')).to.equal(
        SHOPIFY_TOKEN,
      );
      expect([...answer.values()].map(stateOfEntry)).to.deep.equal([
        'in-stock',
        'low-stock',
        'backorder',
        'out-of-stock',
      ]);
    });

    it('fails a SKU that cannot be sent alone; its neighbours load', async () => {
      const answer = await client().request(['44100001', 'BAD\uD800']);
      expect(requests).to.have.length(1);
      expect(requests[0]!.ids).to.deep.equal(['gid://shopify/ProductVariant/44100001']);
      expect([...answer.values()].map(stateOfEntry)).to.deep.equal(['in-stock', 'error']);
    });

    it('reports a variant the shop does not know (a null node) as unknown', async () => {
      const answer = await client().request(['999']);
      expect(answer.get('999')).to.deep.equal({ kind: 'unknown' });
    });

    it('uses partial data when the token may not read quantityAvailable', async () => {
      noInventoryScope = true;
      const answer = await client().request(['44100002', '44100003']);
      expect(stateOfEntry(answer.get('44100002'))).to.equal('in-stock');
      expect(stateOfEntry(answer.get('44100003'))).to.equal('backorder');
    });

    it('ends in a clean error on a wrong token (HTTP 401), without retrying', async () => {
      const answer = await client('wrong').request(['44100001']);
      const entry = answer.get('44100001')!;
      expect(entry.kind === 'error' && entry.error).to.include({
        kind: 'http',
        status: 401,
        willRetry: false,
      });
    });

    it('ends in a clean error on GraphQL errors with HTTP 200, without retrying', async () => {
      let calls = 0;
      worker.use(
        http.post(SHOPIFY_ENDPOINT, () => {
          calls++;
          return HttpResponse.json({
            errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED' } }],
          });
        }),
      );
      const made = new AvailabilityClient({
        endpoint: SHOPIFY_ENDPOINT,
        source: shopifySource({}),
        retryDelay: 5,
      });
      clients.push(made);
      const entry = (await made.request(['1'])).get('1')!;
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(calls).to.equal(1);
      expect(entry.kind === 'error' && entry.error.kind).to.equal('rejected');
      expect(entry.kind === 'error' && entry.error.message).to.contain('Throttled');
    });

    describe('maps every documented combination', () => {
      const cases: [string, Record<string, unknown>, string][] = [
        [
          'not for sale',
          { availableForSale: false, currentlyNotInStock: false, quantityAvailable: 0 },
          'out-of-stock',
        ],
        [
          'not for sale, quantity hidden',
          { availableForSale: false, currentlyNotInStock: false, quantityAvailable: null },
          'out-of-stock',
        ],
        [
          'for sale while not in stock (oversold)',
          { availableForSale: true, currentlyNotInStock: true, quantityAvailable: -4 },
          'backorder',
        ],
        [
          'for sale while not in stock, quantity hidden',
          { availableForSale: true, currentlyNotInStock: true, quantityAvailable: null },
          'backorder',
        ],
        [
          'in stock, plenty',
          { availableForSale: true, currentlyNotInStock: false, quantityAvailable: 40 },
          'in-stock',
        ],
        [
          'in stock, a few',
          { availableForSale: true, currentlyNotInStock: false, quantityAvailable: 2 },
          'low-stock',
        ],
        [
          'in stock, quantity hidden',
          { availableForSale: true, currentlyNotInStock: false, quantityAvailable: null },
          'in-stock',
        ],
        [
          'inventory not tracked',
          { availableForSale: true, currentlyNotInStock: false, quantityAvailable: 0 },
          'in-stock',
        ],
      ];
      for (const [what, node, expected] of cases) {
        it(`${what} → ${expected}`, () => {
          const item = shopifyVariantToAvailability('1', node);
          expect(typeof item === 'string' ? item : statusOf(item, 5)).to.equal(expected);
        });
      }
      it('drops a node without availableForSale', () => {
        expect(shopifyVariantToAvailability('1', { id: 'x' })).to.be.a('string');
      });
    });
  });

  describe('woocommerce', () => {
    const requests: { ids: string[]; request: Request }[] = [];
    beforeEach(() => {
      requests.length = 0;
      worker.use(
        ...platformHandlers({
          onRequest: (_platform, ids, request) => requests.push({ ids, request }),
        }),
      );
    });
    const client = () => {
      const made = new AvailabilityClient({
        endpoint: WOO_ENDPOINT,
        source: woocommerceSource,
        maxRetries: 0,
      });
      clients.push(made);
      return made;
    };

    it('asks for a whole batch in one GET ?include=…&per_page=N', async () => {
      const answer = await client().request(['503', '501', '504', '502']);
      expect(requests).to.have.length(1);
      const url = new URL(requests[0]!.request.url);
      expect(url.searchParams.get('include')).to.equal('501,502,503,504');
      expect(url.searchParams.get('per_page')).to.equal('4');
      expect(
        Object.fromEntries([...answer].map(([sku, entry]) => [sku, stateOfEntry(entry)])),
      ).to.deep.equal({
        '501': 'in-stock',
        '502': 'low-stock',
        '503': 'backorder',
        '504': 'out-of-stock',
      });
    });

    it('splits batches at the Store API\u2019s 100 products a page', async () => {
      const ids = Array.from({ length: 150 }, (_, index) => String(1000 + index));
      const made = new AvailabilityClient({
        endpoint: WOO_ENDPOINT,
        source: woocommerceSource,
        batchSize: 500,
      });
      clients.push(made);
      await made.request(ids);
      expect(requests.map((request) => request.ids.length)).to.deep.equal([100, 50]);
    });

    it('fails a SKU that cannot be sent alone; its neighbours load', async () => {
      const answer = await client().request(['501', 'BAD\uD800']);
      expect(requests).to.have.length(1);
      expect([...answer.values()].map(stateOfEntry)).to.deep.equal(['in-stock', 'error']);
    });

    it('reports a product missing from the answer as unknown', async () => {
      const answer = await client().request(['404404']);
      expect(answer.get('404404')).to.deep.equal({ kind: 'unknown' });
    });

    it('ends in a clean error on a Store API {code, message} error', async () => {
      const answer = await client().request(['not-a-number']);
      const entry = answer.get('not-a-number')!;
      expect(entry.kind === 'error' && entry.error).to.include({
        kind: 'http',
        status: 400,
        willRetry: false,
      });
    });

    it('ends in a clean error when the answer is not a product list', async () => {
      worker.use(
        http.get(WOO_ENDPOINT, () =>
          HttpResponse.json({ code: 'woocommerce_rest_cannot_view', message: 'Sorry' }),
        ),
      );
      const entry = (await client().request(['501'])).get('501')!;
      expect(entry.kind === 'error' && entry.error.kind).to.equal('bad-shape');
    });

    describe('maps every documented combination', () => {
      const base = {
        is_purchasable: true,
        is_in_stock: true,
        is_on_backorder: false,
        low_stock_remaining: null,
        stock_availability: { text: '', class: 'in-stock' },
      };
      const cases: [string, Record<string, unknown>, string][] = [
        ['in stock', {}, 'in-stock'],
        ['low stock remaining', { low_stock_remaining: 2 }, 'low-stock'],
        [
          'on backorder',
          {
            is_on_backorder: true,
            stock_availability: { text: '', class: 'available-on-backorder' },
          },
          'backorder',
        ],
        [
          'backorder class only',
          { stock_availability: { text: '', class: 'available-on-backorder' } },
          'backorder',
        ],
        [
          'out of stock',
          { is_in_stock: false, stock_availability: { text: '', class: 'out-of-stock' } },
          'out-of-stock',
        ],
        [
          'out-of-stock class only',
          { stock_availability: { text: '', class: 'out-of-stock' } },
          'out-of-stock',
        ],
        ['not purchasable', { is_purchasable: false }, 'discontinued'],
      ];
      for (const [what, fields, expected] of cases) {
        it(`${what} → ${expected}`, () => {
          const item = wooProductToAvailability('1', { ...base, ...fields });
          expect(typeof item === 'string' ? item : statusOf(item, 5)).to.equal(expected);
        });
      }
    });
  });

  describe('a source loaded as a file of its own', () => {
    // The script-tag builds load the platform adapters beside them, each with
    // its own copy of the error classes: the client knows them by name.
    const throwing = (name: string) =>
      new AvailabilityClient({
        endpoint: '/api/availability',
        maxRetries: 0,
        source: {
          name: 'elsewhere',
          batchLimit: () => 50,
          request: (endpoint) => ({ url: endpoint }),
          read() {
            throw Object.assign(new Error('Throttled'), { name });
          },
        },
      });

    for (const [name, kind] of [
      ['SourceRejection', 'rejected'],
      ['AnswerShapeError', 'bad-shape'],
    ]) {
      it(`reads a thrown ${name} as ${kind}`, async () => {
        worker.use(http.get('/api/availability', () => HttpResponse.json({})));
        const made = throwing(name!);
        clients.push(made);
        const entry = (await made.request(['1'])).get('1')!;
        expect(entry.kind === 'error' && entry.error.kind).to.equal(kind);
        expect(entry.kind === 'error' && entry.error.message).to.contain('Throttled');
      });
    }
  });
});

import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { AvailabilityClient, type VisibilitySource } from '../../src/data/availability-client.js';
import type { AvailabilityEntry } from '../../src/data/types.js';
import { serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';

const ENDPOINT = '/api/availability';

function kinds(entries: Map<string, AvailabilityEntry>): Record<string, string> {
  return Object.fromEntries([...entries].map(([sku, entry]) => [sku, entry.kind]));
}

/** A worker answer that counts its requests. */
function answerWith(respond: () => Response | Promise<Response>, path = ENDPOINT) {
  const seen: string[] = [];
  worker.use(
    http.get(path, async ({ request }) => {
      seen.push(request.url);
      return respond();
    }),
  );
  return seen;
}

describe('AvailabilityClient', () => {
  useMockEndpoint();
  const clients: AvailabilityClient[] = [];
  const makeClient = (
    options: Partial<ConstructorParameters<typeof AvailabilityClient>[0]> = {},
  ) => {
    const client = new AvailabilityClient({ endpoint: ENDPOINT, retryDelay: 20, ...options });
    clients.push(client);
    return client;
  };
  afterEach(() => clients.splice(0).forEach((client) => client.dispose()));

  describe('batching', () => {
    it('asks for SKUs requested in the same task in one sorted GET ?skus=', async () => {
      const log = serveItems([
        { sku: 'B', quantity: 1 },
        { sku: 'A', quantity: 9 },
        { sku: 'C', quantity: 0 },
      ]);
      const client = makeClient();
      const answers = await Promise.all([client.request(['C', 'A']), client.request(['B'])]);
      expect(log.requests).to.have.length(1);
      expect(log.requests[0]!.url.search).to.equal('?skus=A,B,C');
      expect(kinds(answers[0])).to.deep.equal({ C: 'found', A: 'found' });
    });

    it('encodes each SKU on its own and joins them with literal commas', async () => {
      const seen = answerWith(() => HttpResponse.json({ items: [] }));
      await makeClient().request(['a b', 'x,y', 'ü/1']);
      expect(seen).to.have.length(1);
      expect(new URL(seen[0]!).search).to.equal(
        `?skus=${['a b', 'x,y', 'ü/1'].sort().map(encodeURIComponent).join(',')}`,
      );
    });

    it('sends Accept: application/json', async () => {
      let accept: string | null = null;
      worker.use(
        http.get(ENDPOINT, ({ request }) => {
          accept = request.headers.get('accept');
          return HttpResponse.json([]);
        }),
      );
      await makeClient().request(['A']);
      expect(accept).to.equal('application/json');
    });

    it('splits a batch by batch-size', async () => {
      const skus = Array.from({ length: 7 }, (_, index) => `S${index}`);
      const log = serveItems(skus.map((sku) => ({ sku, quantity: 1 })));
      await makeClient({ batchSize: 3 }).request(skus);
      expect(log.requests.map((request) => request.skus.length)).to.deep.equal([3, 3, 1]);
    });

    it('while the page is parsed, waits for the parser to finish before sending', async () => {
      const log = serveItems([
        { sku: 'A', quantity: 1 },
        { sku: 'B', quantity: 1 },
      ]);
      let parsed: (() => void) | undefined;
      const client = makeClient({
        parsing: { isParsing: () => true, onParsed: (listener) => ((parsed = listener), () => {}) },
      });
      const first = client.request(['B']);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const second = client.request(['A']);
      expect(log.requests).to.have.length(0);
      parsed!();
      await Promise.all([first, second]);
      expect(log.requests.map((request) => request.url.search)).to.deep.equal(['?skus=A,B']);
    });

    it('while the page is parsed, sends full batches at once, in the order asked', async () => {
      const skus = ['E', 'D', 'C', 'B', 'A'];
      const log = serveItems(skus.map((sku) => ({ sku, quantity: 1 })));
      let parsed: (() => void) | undefined;
      const client = makeClient({
        batchSize: 2,
        parsing: { isParsing: () => true, onParsed: (listener) => ((parsed = listener), () => {}) },
      });
      const answers = skus.map((sku) => client.request([sku]));
      await until(() => log.requests.length === 2, 1000, 'two full batches');
      expect(log.requests.map((request) => request.url.search)).to.deep.equal([
        '?skus=D,E',
        '?skus=B,C',
      ]);
      parsed!();
      await Promise.all(answers);
      expect(log.requests.map((request) => request.url.search)).to.deep.equal([
        '?skus=D,E',
        '?skus=B,C',
        '?skus=A',
      ]);
    });

    it('adds skus= with & when the endpoint already has a query', async () => {
      const seen = answerWith(() => HttpResponse.json([]));
      await makeClient({ endpoint: `${ENDPOINT}?store=eu` }).request(['A']);
      expect(new URL(seen[0]!).search).to.equal('?store=eu&skus=A');
    });
  });

  describe('de-duplication and cache', () => {
    it('never asks twice for a SKU whose request is in flight', async () => {
      const log = serveItems([{ sku: 'A', quantity: 3 }]);
      const client = makeClient();
      const first = client.request(['A']);
      await new Promise((resolve) => setTimeout(resolve, 0));
      const second = client.request(['A']);
      await Promise.all([first, second]);
      expect(log.requests).to.have.length(1);
    });

    it('answers from the cache while fresh, and asks again after cache-ttl', async () => {
      const log = serveItems([{ sku: 'A', quantity: 3 }]);
      let now = 1_000_000;
      const client = makeClient({ cacheTtl: 60, now: () => now });
      await client.request(['A']);
      now += 59_000;
      await client.request(['A']);
      expect(log.requests).to.have.length(1);
      now += 2_000;
      await client.request(['A']);
      expect(log.requests).to.have.length(2);
    });

    it('reports a SKU missing from the answer as unknown, and caches that too', async () => {
      const log = serveItems([{ sku: 'A', quantity: 3 }]);
      const client = makeClient();
      const answer = await client.request(['A', 'GHOST']);
      expect(kinds(answer)).to.deep.equal({ A: 'found', GHOST: 'unknown' });
      await client.request(['GHOST']);
      expect(log.requests).to.have.length(1);
    });
  });

  describe('per-SKU URL templates', () => {
    it('sends one GET per SKU to the {sku} URL, encoded', async () => {
      const log = serveItems([
        { sku: 'A/1', quantity: 3 },
        { sku: 'B', quantity: 0 },
      ]);
      const answer = await makeClient({ endpoint: `${ENDPOINT}/{sku}` }).request(['B', 'A/1']);
      expect(log.requests.map((request) => request.url.pathname).sort()).to.deep.equal([
        `${ENDPOINT}/A%2F1`,
        `${ENDPOINT}/B`,
      ]);
      expect(kinds(answer)).to.deep.equal({ B: 'found', 'A/1': 'found' });
    });

    it('accepts {items: [...]} from a per-SKU URL', async () => {
      answerWith(
        () => HttpResponse.json({ items: [{ sku: 'A', quantity: 2 }] }),
        `${ENDPOINT}/:sku`,
      );
      const answer = await makeClient({ endpoint: `${ENDPOINT}/{sku}` }).request(['A']);
      expect(answer.get('A')).to.deep.equal({
        kind: 'found',
        availability: { sku: 'A', quantity: 2 },
      });
    });
  });

  describe('failures', () => {
    it('gives up after `timeout` seconds with a timeout error', async () => {
      answerWith(async () => {
        await delay('infinite');
        return HttpResponse.json([]);
      });
      const answer = await makeClient({ timeout: 0.05, maxRetries: 0 }).request(['A']);
      const entry = answer.get('A')!;
      expect(entry.kind).to.equal('error');
      expect(entry.kind === 'error' && entry.error.kind).to.equal('timeout');
    });

    it('retries a 5xx with back-off and tells subscribers when it recovers', async () => {
      let calls = 0;
      const seen = answerWith(() =>
        ++calls < 3
          ? HttpResponse.json({}, { status: 503 })
          : HttpResponse.json({ items: [{ sku: 'A', quantity: 9 }] }),
      );
      const client = makeClient({ retryDelay: 10 });
      const heard: string[] = [];
      client.subscribe('A', (entry) => heard.push(entry.kind));
      await until(() => heard.includes('found'), 2000, 'recovery');
      expect(seen).to.have.length(3);
      expect(heard).to.deep.equal(['error', 'found']);
    });

    it('does not retry a 4xx', async () => {
      const seen = answerWith(() => HttpResponse.json({}, { status: 404 }));
      const client = makeClient({ retryDelay: 5 });
      let last: AvailabilityEntry | undefined;
      client.subscribe('A', (entry) => (last = entry));
      await until(() => last !== undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(seen).to.have.length(1);
      expect(last).to.deep.include({ kind: 'error' });
      expect(last!.kind === 'error' && last!.error).to.include({
        kind: 'http',
        status: 404,
        willRetry: false,
      });
    });

    it('stops retrying after maxRetries', async () => {
      const seen = answerWith(() => HttpResponse.json({}, { status: 500 }));
      const client = makeClient({ retryDelay: 5, maxRetries: 2 });
      client.subscribe('A', () => {});
      await until(() => seen.length === 3, 2000, 'three attempts');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(seen).to.have.length(3);
      expect(client.activity().timers).to.equal(0);
    });

    it('does not retry for SKUs nobody watches any more', async () => {
      const seen = answerWith(() => HttpResponse.json({}, { status: 500 }));
      const client = makeClient({ retryDelay: 30 });
      const stop = client.subscribe('A', () => stop());
      await until(() => seen.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(seen).to.have.length(1);
    });

    const badAnswers: [string, () => Response, string][] = [
      ['a network error', () => HttpResponse.error(), 'network'],
      [
        'HTML with 200',
        () => new HttpResponse('<html>oops</html>', { headers: { 'Content-Type': 'text/html' } }),
        'not-json',
      ],
      ['JSON of the wrong shape', () => HttpResponse.json({ data: [] }), 'bad-shape'],
      ['a JSON string', () => HttpResponse.json('in stock'), 'bad-shape'],
      ['a 500', () => HttpResponse.json({}, { status: 500 }), 'http'],
    ];
    for (const [what, respond, kind] of badAnswers) {
      it(`turns ${what} into an error entry of kind "${kind}" without throwing`, async () => {
        answerWith(respond);
        const answer = await makeClient({ maxRetries: 0 }).request(['A', 'B']);
        for (const entry of answer.values()) {
          expect(entry.kind).to.equal('error');
          expect(entry.kind === 'error' && entry.error.kind).to.equal(kind);
        }
      });
    }
  });

  describe('subscribers', () => {
    it('hears each change once, and nothing when a refresh brings the same answer', async () => {
      let quantity = 5;
      answerWith(() => HttpResponse.json([{ sku: 'A', quantity }]));
      let now = 0;
      const client = makeClient({ cacheTtl: 1, now: () => now });
      const heard: number[] = [];
      client.subscribe('A', (entry) => {
        if (entry.kind === 'found') heard.push(entry.availability.quantity!);
      });
      await until(() => heard.length === 1);
      now += 5000;
      await client.request(['A']);
      quantity = 2;
      now += 5000;
      await client.request(['A']);
      expect(heard).to.deep.equal([5, 2]);
    });

    it('lets go of listeners and timers when they unsubscribe', async () => {
      serveItems([{ sku: 'A', quantity: 5 }]);
      const client = makeClient({ refreshInterval: 10 });
      const stops = Array.from({ length: 50 }, () => client.subscribe('A', () => {}));
      expect(client.activity().subscribers).to.equal(50);
      stops.forEach((stop) => stop());
      await client.request(['A']);
      expect(client.activity()).to.include({ subscribers: 0, timers: 0, inFlight: 0 });
    });

    it('keeps notifying the others when one listener throws', async () => {
      serveItems([{ sku: 'A', quantity: 5 }]);
      const client = makeClient();
      const originalError = console.error;
      console.error = () => {};
      try {
        let heard = false;
        client.subscribe('A', () => {
          throw new Error('broken listener');
        });
        client.subscribe('A', () => (heard = true));
        await until(() => heard);
        expect(heard).to.equal(true);
      } finally {
        console.error = originalError;
      }
    });
  });

  describe('refresh-interval', () => {
    function fakeVisibility(visible: boolean) {
      let listener: (() => void) | undefined;
      const source: VisibilitySource & { set(next: boolean): void } = {
        isVisible: () => visible,
        onChange: (next) => {
          listener = next;
          return () => (listener = undefined);
        },
        set(next) {
          visible = next;
          listener?.();
        },
      };
      return source;
    }

    it('re-checks watched SKUs only while the page is visible', async () => {
      const log = serveItems([{ sku: 'A', quantity: 5 }]);
      const visibility = fakeVisibility(true);
      const client = makeClient({ refreshInterval: 0.05, visibility });
      client.subscribe('A', () => {});
      await until(() => log.requests.length >= 3, 2000, 'polling');
      visibility.set(false);
      await new Promise((resolve) => setTimeout(resolve, 60));
      const whileHidden = log.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(log.requests.length).to.equal(whileHidden);
      visibility.set(true);
      await until(() => log.requests.length > whileHidden, 2000, 'refresh on return');
    });

    it('does not poll with refresh-interval 0', async () => {
      const log = serveItems([{ sku: 'A', quantity: 5 }]);
      const client = makeClient({ refreshInterval: 0 });
      client.subscribe('A', () => {});
      await until(() => log.requests.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(log.requests).to.have.length(1);
      expect(client.activity().timers).to.equal(0);
    });
  });
});

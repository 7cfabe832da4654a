import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import {
  AvailabilityClient,
  type RestoreSource,
  type VisibilitySource,
} from '../../src/data/availability-client.js';
import { ANSWER_HOLD } from '../../src/data/request-scheduler.js';
import { jsonSource } from '../../src/data/sources/json-source.js';
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

/** One call of a `fetch` the test answers by hand. */
interface ManualCall {
  url: URL;
  signal: AbortSignal;
  /** SKUs of a `?skus=` request. */
  skus: string[];
  /** Answers 200 with one in-stock item per SKU asked for. */
  answer(): void;
  respond(response: Response): void;
}

/** A `fetch` that waits until the test answers each call (or the client aborts it). */
function manualFetch() {
  const calls: ManualCall[] = [];
  let open = 0;
  let mostOpen = 0;
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(String(input), location.href);
      const skus = (url.searchParams.get('skus') ?? '').split(',').filter(Boolean);
      mostOpen = Math.max(mostOpen, ++open);
      const done = () => open--;
      const respond = (response: Response) => (done(), resolve(response));
      init?.signal?.addEventListener('abort', () => {
        done();
        reject(new DOMException('aborted', 'AbortError'));
      });
      calls.push({
        url,
        signal: init!.signal!,
        skus,
        respond,
        answer: () => respond(Response.json({ items: skus.map((sku) => ({ sku, quantity: 9 })) })),
      });
    })) as typeof globalThis.fetch;
  return {
    fetch,
    calls,
    get open() {
      return open;
    },
    get mostOpen() {
      return mostOpen;
    },
  };
}

const nextTask = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

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

  describe('traffic over time', () => {
    it('never has more than 4 requests in flight; the others wait their turn', async () => {
      const fake = manualFetch();
      const client = makeClient({ fetch: fake.fetch, batchSize: 1 });
      const skus = 'ABCDEFGHIJ'.split('');
      const answers = client.request(skus);
      for (let index = 0; index < skus.length; index++) {
        await until(() => fake.calls.length > index, 1000, `request ${index + 1}`);
        await nextTask(5);
        expect(fake.open).to.be.at.most(4);
        fake.calls[index]!.answer();
      }
      expect(Object.values(kinds(await answers))).to.deep.equal(skus.map(() => 'found'));
      expect(fake.mostOpen).to.equal(4);
    });

    it('starts the timeout when a request is sent, not while it waits for a slot', async () => {
      // Like Chromium over HTTP/1.1: six connections per host, the rest queue in the browser.
      let connections = 0;
      const queue: (() => void)[] = [];
      const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (connections >= 6) await new Promise<void>((go) => queue.push(go));
        connections++;
        try {
          if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
          await nextTask(40);
          if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
          const sku = new URL(String(input), location.href).searchParams.get('skus')!;
          return Response.json([{ sku, quantity: 9 }]);
        } finally {
          connections--;
          queue.shift()?.();
        }
      }) as typeof globalThis.fetch;
      // Eight waves of 40 ms behind six connections: the last would wait 320 ms.
      const skus = Array.from({ length: 48 }, (_, index) => `S${index}`);
      const answers = await makeClient({ fetch, batchSize: 1, timeout: 0.2 }).request(skus);
      expect(Object.values(kinds(answers))).to.deep.equal(skus.map(() => 'found'));
    });

    it('sends SKUs that arrive while a request is in flight together, next', async () => {
      const fake = manualFetch();
      const client = makeClient({ fetch: fake.fetch });
      client.subscribe('A', () => {});
      await until(() => fake.calls.length === 1);
      for (const sku of ['D', 'B', 'C']) {
        client.subscribe(sku, () => {});
        await nextTask(5);
      }
      await nextTask(50);
      expect(fake.calls).to.have.length(1);
      fake.calls[0]!.answer();
      await until(() => fake.calls.length === 2);
      expect(fake.calls[1]!.skus).to.deep.equal(['B', 'C', 'D']);
    });

    it('sends a full batch as soon as a slot is free; a partial one waits', async () => {
      const fake = manualFetch();
      const client = makeClient({ fetch: fake.fetch, batchSize: 3 });
      client.subscribe('A', () => {});
      await until(() => fake.calls.length === 1);
      for (const sku of ['D', 'C', 'B', 'E']) {
        client.subscribe(sku, () => {});
        await nextTask(5);
      }
      await until(() => fake.calls.length === 2);
      expect(fake.calls[1]!.skus).to.deep.equal(['B', 'C', 'D']);
      await nextTask(50);
      expect(fake.calls).to.have.length(2);
      fake.calls[0]!.answer();
      fake.calls[1]!.answer();
      await until(() => fake.calls.length === 3);
      expect(fake.calls[2]!.skus).to.deep.equal(['E']);
    });

    it('keeps the sorted URLs of a batch made in one task while it waits for a slot', async () => {
      const fake = manualFetch();
      const answers = makeClient({ fetch: fake.fetch, batchSize: 2 }).request(
        'JIHGFEDCBAK'.split(''),
      );
      for (let index = 0; index < 6; index++) {
        await until(() => fake.calls.length > index, 1000, `request ${index + 1}`);
        fake.calls[index]!.answer();
      }
      await answers;
      expect(fake.calls.map((call) => call.skus.join(''))).to.deep.equal([
        'AB',
        'CD',
        'EF',
        'GH',
        'IJ',
        'K',
      ]);
    });

    it('hands over the answers of requests out together, together: one render for them all', async () => {
      const fake = manualFetch();
      const client = makeClient({ fetch: fake.fetch, batchSize: 1 });
      const heard: string[] = [];
      for (const sku of ['A', 'B', 'C'])
        client.subscribe(sku, (entry) => entry.kind === 'found' && heard.push(sku));
      await until(() => fake.calls.length === 3);
      fake.calls[0]!.answer();
      await nextTask(5);
      fake.calls[1]!.answer();
      await nextTask(5);
      expect(heard, 'A and B wait for C').to.deep.equal([]);
      fake.calls[2]!.answer();
      await until(() => heard.length === 3);
    });

    it(`hands an answer over at most ${ANSWER_HOLD} ms late, while another request hangs`, async () => {
      const fake = manualFetch();
      const client = makeClient({ fetch: fake.fetch, batchSize: 1 });
      const heard: string[] = [];
      for (const sku of ['A', 'B'])
        client.subscribe(sku, (entry) => entry.kind === 'found' && heard.push(sku));
      await until(() => fake.calls.length === 2);
      const answeredAt = performance.now();
      fake.calls[0]!.answer();
      await until(() => heard.length === 1, 1000, 'A while B hangs');
      expect(performance.now() - answeredAt).to.be.at.least(ANSWER_HOLD - 2);
    });

    it('hands a lone answer over at once', async () => {
      const fake = manualFetch();
      const client = makeClient({ fetch: fake.fetch });
      const heard: string[] = [];
      client.subscribe('A', (entry) => entry.kind === 'found' && heard.push('A'));
      await until(() => fake.calls.length === 1);
      fake.calls[0]!.answer();
      await nextTask(10);
      expect(heard).to.deep.equal(['A']);
    });

    it('asks a fast endpoint in proportion to SKUs, not to frames', async () => {
      const log = serveItems(Array.from({ length: 60 }, (_, index) => ({ sku: `F${index}` })));
      const client = makeClient();
      const heard = new Set<string>();
      for (let index = 0; index < 60; index++) {
        client.subscribe(`F${index}`, (_entry, sku) => heard.add(sku));
        await nextTask(10);
      }
      await until(() => heard.size === 60, 3000, 'every answer');
      expect(log.requests.length).to.be.at.most(8);
    });
  });

  describe('no stale work', () => {
    it('does not send a queued SKU nobody watches any more', async () => {
      const fake = manualFetch();
      const client = makeClient({ fetch: fake.fetch });
      const stop = client.subscribe('A', () => {});
      stop();
      client.subscribe('B', () => {});
      await until(() => fake.calls.length === 1);
      await nextTask(30);
      expect(fake.calls.map((call) => call.skus)).to.deep.equal([['B']]);
    });

    it('aborts a request nobody waits for, and frees its slot', async () => {
      const fake = manualFetch();
      const client = makeClient({ fetch: fake.fetch });
      const stop = client.subscribe('A', () => {});
      await until(() => fake.calls.length === 1);
      stop();
      await nextTask();
      expect(fake.calls[0]!.signal.aborted, 'aborted').to.equal(true);
      expect(client.activity().inFlight).to.equal(0);
      let heard: AvailabilityEntry | undefined;
      client.subscribe('B', (entry) => (heard = entry));
      await until(() => fake.calls.length === 2);
      fake.calls[1]!.answer();
      await until(() => heard?.kind === 'found');
      expect(client.peek('A').kind, 'nothing settled for A').to.equal('loading');
    });

    it('keeps a request whose SKU is watched again in the same task (an element moved)', async () => {
      const fake = manualFetch();
      const client = makeClient({ fetch: fake.fetch });
      const stop = client.subscribe('A', () => {});
      await until(() => fake.calls.length === 1);
      stop();
      let heard: AvailabilityEntry | undefined;
      client.subscribe('A', (entry) => (heard = entry));
      await nextTask();
      expect(fake.calls[0]!.signal.aborted).to.equal(false);
      fake.calls[0]!.answer();
      await until(() => heard?.kind === 'found');
      expect(fake.calls).to.have.length(1);
    });

    it('keeps a request a request() caller still waits for', async () => {
      const fake = manualFetch();
      const client = makeClient({ fetch: fake.fetch });
      const answer = client.request(['A']);
      client.subscribe('A', () => {})();
      await until(() => fake.calls.length === 1);
      await nextTask();
      expect(fake.calls[0]!.signal.aborted).to.equal(false);
      fake.calls[0]!.answer();
      expect((await answer).get('A')!.kind).to.equal('found');
    });
  });

  describe('remembered failures', () => {
    it('remembers a 4xx for cache-ttl: later elements get it without asking', async () => {
      const seen = answerWith(() => HttpResponse.json({}, { status: 404 }));
      const client = makeClient();
      let first: AvailabilityEntry | undefined;
      client.subscribe('A', (entry) => (first = entry));
      await until(() => first !== undefined);
      let second: AvailabilityEntry | undefined;
      client.subscribe('A', (entry) => (second = entry));
      const answer = await client.request(['A']);
      await nextTask(50);
      expect(seen).to.have.length(1);
      expect(answer.get('A')).to.deep.equal(first);
      expect(second, 'nothing new to hear').to.equal(undefined);
      expect(client.peek('A')).to.deep.equal(first);
    });

    it('after a 5xx, new subscribers get the error and wait for the one scheduled retry', async () => {
      let calls = 0;
      const seen = answerWith(() =>
        ++calls === 1
          ? HttpResponse.json({}, { status: 500 })
          : HttpResponse.json([{ sku: 'A', quantity: 9 }]),
      );
      const client = makeClient({ retryDelay: 300 });
      const heard: string[][] = [];
      const watch = () => {
        const mine: string[] = [];
        heard.push(mine);
        client.subscribe('A', (entry) => mine.push(entry.kind));
      };
      watch();
      await until(() => heard[0]!.length === 1);
      for (let index = 0; index < 5; index++) {
        watch();
        expect(client.peek('A').kind).to.equal('error');
        await nextTask(20);
      }
      expect(seen, 'no request before the retry').to.have.length(1);
      await until(() => heard.every((mine) => mine.includes('found')), 2000, 'recovery');
      expect(seen).to.have.length(2);
      expect(heard[0]).to.deep.equal(['error', 'found']);
    });

    it('pauses the whole endpoint for Retry-After, then asks again with the SKUs that waited', async () => {
      const seen: { at: number; skus: string[] }[] = [];
      worker.use(
        http.get(ENDPOINT, ({ request }) => {
          const skus = new URL(request.url).searchParams.get('skus')!.split(',');
          seen.push({ at: performance.now(), skus });
          return seen.length === 1
            ? HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '1' } })
            : HttpResponse.json(skus.map((sku) => ({ sku, quantity: 9 })));
        }),
      );
      const client = makeClient({ retryDelay: 20 });
      const heard = new Map<string, string>();
      client.subscribe('A', (entry, sku) => heard.set(sku, entry.kind));
      await until(() => heard.get('A') === 'error');
      client.subscribe('B', (entry, sku) => heard.set(sku, entry.kind));
      await until(() => heard.get('A') === 'found' && heard.get('B') === 'found', 3000);
      expect(seen.map((request) => request.skus)).to.deep.equal([['A'], ['A', 'B']]);
      expect(seen[1]!.at - seen[0]!.at).to.be.at.least(990);
    });

    it('retries a 408 and a 429 without Retry-After with the usual back-off', async () => {
      for (const status of [408, 429]) {
        let calls = 0;
        answerWith(() =>
          ++calls === 1
            ? HttpResponse.json({}, { status })
            : HttpResponse.json([{ sku: 'A', quantity: 9 }]),
        );
        const client = makeClient({ retryDelay: 10 });
        let last: AvailabilityEntry | undefined;
        client.subscribe('A', (entry) => (last = entry));
        await until(() => last?.kind === 'found', 2000, `recovery after ${status}`);
        expect(calls).to.equal(2);
      }
    });
  });

  describe('lifecycle', () => {
    it('re-checks stale watched SKUs when the page comes back from the back/forward cache', async () => {
      const log = serveItems([
        { sku: 'OLD', quantity: 1 },
        { sku: 'NEW', quantity: 1 },
      ]);
      let restored: (() => void) | undefined;
      const restore: RestoreSource = {
        onRestore: (listener) => ((restored = listener), () => (restored = undefined)),
      };
      let now = 0;
      const client = makeClient({ cacheTtl: 60, now: () => now, restore });
      client.subscribe('OLD', () => {});
      await until(() => client.peek('OLD').kind === 'found');
      now = 50_000;
      client.subscribe('NEW', () => {});
      await until(() => client.peek('NEW').kind === 'found');
      now = 70_000;
      restored!();
      await until(() => log.requests.length === 3);
      expect(log.requests.map((request) => request.skus)).to.deep.equal([
        ['OLD'],
        ['NEW'],
        ['OLD'],
      ]);
    });

    it('stays at 1000 answers after 10,000 SKUs, forgetting the least recently used, never a watched one', async () => {
      const fetch = (async (input: RequestInfo | URL) => {
        const url = new URL(String(input), location.href);
        const skus = url.searchParams.get('skus')!.split(',');
        return Response.json(skus.map((sku) => ({ sku, quantity: 9 })));
      }) as typeof globalThis.fetch;
      const client = makeClient({ fetch });
      client.subscribe('WATCHED', () => {});
      await until(() => client.peek('WATCHED').kind === 'found');
      await client.request(Array.from({ length: 10_000 }, (_, index) => `S${index}`));
      expect(client.activity().cached).to.be.at.most(1000);
      expect(client.peek('WATCHED').kind).to.equal('found');
      expect(client.peek('S0').kind, 'the oldest is forgotten').to.equal('loading');
      expect(client.peek('S9999').kind).to.equal('found');
    });
  });

  describe('settings out of range', () => {
    it('clamps a timeout longer than a timer holds instead of aborting at once', async () => {
      serveItems([{ sku: 'A', quantity: 1 }]);
      const answer = await makeClient({ timeout: 2_200_000, maxRetries: 0 }).request(['A']);
      expect(answer.get('A')!.kind).to.equal('found');
    });

    it('uses the defaults for a batch size, cache-ttl or timeout that is not a number', async () => {
      const log = serveItems([
        { sku: 'A', quantity: 1 },
        { sku: 'B', quantity: 1 },
      ]);
      const client = makeClient({ batchSize: NaN, cacheTtl: NaN, timeout: NaN, maxRetries: 0 });
      expect(kinds(await client.request(['A', 'B']))).to.deep.equal({ A: 'found', B: 'found' });
      await client.request(['A']);
      expect(log.requests.map((request) => request.skus)).to.deep.equal([['A', 'B']]);
    });
  });

  describe('one SKU never spoils its neighbours', () => {
    const LONE = 'BAD\uD800';

    it('fails a SKU that cannot be encoded alone, without retrying it', async () => {
      const seen = answerWith(() =>
        HttpResponse.json([
          { sku: 'A', quantity: 1 },
          { sku: 'B', quantity: 1 },
        ]),
      );
      const client = makeClient({ retryDelay: 5 });
      const answer = await client.request(['A', LONE, 'B']);
      expect(kinds(answer)).to.deep.equal({ A: 'found', [LONE]: 'error', B: 'found' });
      const entry = answer.get(LONE)!;
      expect(entry.kind === 'error' && entry.error).to.include({
        kind: 'invalid-sku',
        willRetry: false,
      });
      await client.request([LONE]);
      await nextTask(50);
      expect(seen.map((url) => new URL(url).search)).to.deep.equal(['?skus=A,B']);
    });

    it('fails a SKU that cannot be encoded alone with a {sku} URL', async () => {
      answerWith(() => HttpResponse.json({ sku: 'A', quantity: 1 }), `${ENDPOINT}/:sku`);
      const client = makeClient({ endpoint: `${ENDPOINT}/{sku}`, source: jsonSource });
      expect(kinds(await client.request([LONE, 'A']))).to.deep.equal({
        [LONE]: 'error',
        A: 'found',
      });
    });

    it('keeps the first item of a SKU listed twice and says so once', async () => {
      answerWith(() =>
        HttpResponse.json([
          { sku: 'A', quantity: 1 },
          { sku: 'A', quantity: 50 },
          { sku: 'B', quantity: 2 },
          { sku: 'B', quantity: 0 },
        ]),
      );
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const answer = await makeClient().request(['A', 'B']);
        const quantity = (sku: string) => {
          const entry = answer.get(sku)!;
          return entry.kind === 'found' ? entry.availability.quantity : undefined;
        };
        expect([quantity('A'), quantity('B')]).to.deep.equal([1, 2]);
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('A: listed more than once');
      expect(warnings[0]).to.contain('B: listed more than once');
    });
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

import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import {
  NotifyClient,
  OUTBOX_KEY,
  SUBSCRIBED_KEY,
  type NotifyClientOptions,
  type NotifySignup,
} from '../../src/data/notify-client.js';
import { until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { MemoryStorage, storedOutbox } from '../helpers/outbox.js';

const ENDPOINT = '/api/notify';
const signup: NotifySignup = {
  sku: 'TEE-RED-M',
  email: '  ada@example.com ',
  consent: true,
  locale: 'sv-SE',
};

interface Received {
  key: string | null;
  contentType: string | null;
  body: Record<string, unknown>;
}

/** Answers every POST with what `answer` returns and records what came in. */
function serveNotify(answer: (count: number) => Response | Promise<Response>): Received[] {
  const received: Received[] = [];
  worker.use(
    http.post(ENDPOINT, async ({ request }) => {
      received.push({
        key: request.headers.get('Idempotency-Key'),
        contentType: request.headers.get('Content-Type'),
        body: (await request.json()) as Record<string, unknown>,
      });
      return answer(received.length);
    }),
  );
  return received;
}

/** An `online` source the test can trigger. */
function fakeOnline() {
  const listeners = new Set<() => void>();
  return {
    onOnline: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    goOnline: () => listeners.forEach((listener) => listener()),
    get count() {
      return listeners.size;
    },
  };
}

/**
 * One tab's view of the origin's `localStorage`, as Chromium gives it to
 * tabs in other processes: reads and writes use the tab's own copy at once,
 * and the other tabs see a write a few milliseconds later.
 */
class TabStorage extends MemoryStorage {
  constructor(private readonly tabs: Set<TabStorage>) {
    super();
    tabs.add(this);
  }
  override setItem(key: string, value: string): void {
    super.setItem(key, value);
    this.spread((tab) => tab.items.set(key, value));
  }
  override removeItem(key: string): void {
    super.removeItem(key);
    this.spread((tab) => tab.items.delete(key));
  }
  private spread(write: (tab: TabStorage) => void): void {
    setTimeout(() => this.tabs.forEach((tab) => tab !== this && write(tab)), 5);
  }
}

let storage: MemoryStorage;

/** A client on this test's storage (options may replace it). */
function newClient(options: NotifyClientOptions = {}): NotifyClient {
  return new NotifyClient({ storage: () => storage, ...options });
}

describe('NotifyClient', () => {
  useMockEndpoint();
  // Each test gets its own storage: `localStorage` is the origin's, kept from one test page to the next.
  beforeEach(() => (storage = new MemoryStorage()));

  it('POSTs JSON with an Idempotency-Key and the trimmed address', async () => {
    const received = serveNotify(() => HttpResponse.json({}, { status: 201 }));
    const outcome = await newClient().send(ENDPOINT, { ...signup, marketingConsent: false });
    expect(outcome).to.deep.equal({ kind: 'subscribed', status: 201, alreadySubscribed: false });
    expect(received).to.have.length(1);
    expect(received[0]!.contentType).to.equal('application/json');
    expect(received[0]!.key).to.match(/^[0-9a-f-]{36}$/);
    expect(received[0]!.body).to.deep.equal({
      sku: 'TEE-RED-M',
      email: 'ada@example.com',
      consent: true,
      locale: 'sv-SE',
      quantity: 1,
      marketingConsent: false,
    });
  });

  it('leaves marketingConsent out when the form did not ask', async () => {
    const received = serveNotify(() => HttpResponse.json({}, { status: 201 }));
    await newClient().send(ENDPOINT, { ...signup, quantity: 3 });
    expect(received[0]!.body).to.not.have.property('marketingConsent');
    expect(received[0]!.body.quantity).to.equal(3);
  });

  it('sends the whole units wanted: a fraction as its whole part, less than 1 as 1', async () => {
    const received = serveNotify(() => HttpResponse.json({}, { status: 201 }));
    const client = newClient();
    await client.send(ENDPOINT, { ...signup, quantity: 2.5 });
    await client.send(ENDPOINT, { ...signup, sku: 'B', quantity: 0 });
    expect(received.map(({ body }) => body.quantity)).to.deep.equal([2, 1]);
  });

  it('remembers a delivered sign-up per SKU with a masked address', async () => {
    serveNotify(() => HttpResponse.json({}, { status: 200 }));
    const client = newClient();
    await client.send(ENDPOINT, signup);
    expect(client.subscribedFor('TEE-RED-M')?.email).to.equal('a***@example.com');
    expect(client.subscribedFor('OTHER')).to.equal(undefined);
    const stored = JSON.parse(storage.getItem(SUBSCRIBED_KEY)!);
    expect(stored['TEE-RED-M'].email).to.equal('a***@example.com');
    expect(storage.getItem(SUBSCRIBED_KEY)).to.not.contain('ada@');
    expect(newClient().subscribedFor('TEE-RED-M')).to.not.equal(undefined);
  });

  it('forgets a record after 180 days', async () => {
    serveNotify(() => HttpResponse.json({}, { status: 201 }));
    let now = Date.now();
    const client = newClient({ now: () => now });
    await client.send(ENDPOINT, signup);
    now += 181 * 86_400_000;
    expect(client.subscribedFor('TEE-RED-M')).to.equal(undefined);
  });

  it('counts a 409 as a success: already subscribed', async () => {
    serveNotify(() => HttpResponse.json({}, { status: 409 }));
    const client = newClient();
    const outcome = await client.send(ENDPOINT, signup);
    expect(outcome).to.deep.equal({ kind: 'subscribed', status: 409, alreadySubscribed: true });
    expect(client.subscribedFor('TEE-RED-M')).to.not.equal(undefined);
    expect(client.outbox()).to.have.length(0);
  });

  for (const status of [400, 422]) {
    it(`maps ${status} to invalid with the server's message as text`, async () => {
      serveNotify(() => HttpResponse.json({ message: '<b>Bad</b> address' }, { status }));
      const client = newClient();
      const outcome = await client.send(ENDPOINT, signup);
      expect(outcome).to.deep.equal({ kind: 'invalid', status, message: '<b>Bad</b> address' });
      expect(client.outbox()).to.have.length(0);
      expect(client.subscribedFor('TEE-RED-M')).to.equal(undefined);
    });
  }

  it('maps a 422 without a JSON message to invalid without a message', async () => {
    serveNotify(() => new HttpResponse('nope', { status: 422 }));
    const outcome = await newClient().send(ENDPOINT, signup);
    expect(outcome).to.deep.equal({ kind: 'invalid', status: 422, message: undefined });
  });

  it('maps 429 to too-many-attempts, not queued', async () => {
    serveNotify(() => HttpResponse.json({}, { status: 429 }));
    const client = newClient();
    expect(await client.send(ENDPOINT, signup)).to.deep.equal({
      kind: 'too-many-attempts',
      status: 429,
    });
    expect(client.outbox()).to.have.length(0);
  });

  it('maps another 4xx to rejected, not queued', async () => {
    serveNotify(() => HttpResponse.json({}, { status: 403 }));
    const client = newClient();
    expect((await client.send(ENDPOINT, signup)).kind).to.equal('rejected');
    expect(client.outbox()).to.have.length(0);
  });

  it('queues a sign-up that meets a 5xx, with its key, in storage', async () => {
    const received = serveNotify(() => HttpResponse.json({}, { status: 503 }));
    const client = newClient();
    expect(await client.send(ENDPOINT, signup)).to.deep.equal({ kind: 'queued', status: 503 });
    // One storage key per sign-up, named by its Idempotency-Key.
    const outbox = [JSON.parse(storage.getItem(`${OUTBOX_KEY}:${received[0]!.key}`)!)];
    expect(storedOutbox(storage)).to.have.length(1);
    expect(outbox[0].key).to.equal(received[0]!.key);
    expect(outbox[0].body.email).to.equal('ada@example.com');
    expect(client.pendingFor('TEE-RED-M')?.key).to.equal(received[0]!.key);
  });

  it('queues on a network error with status 0', async () => {
    worker.use(http.post(ENDPOINT, () => HttpResponse.error()));
    const client = newClient();
    expect(await client.send(ENDPOINT, signup)).to.deep.equal({ kind: 'queued', status: 0 });
    expect(client.outbox()).to.have.length(1);
  });

  it('queues on a timeout (the `timeout` setting, in seconds)', async () => {
    worker.use(
      http.post(ENDPOINT, async () => {
        await delay(1000);
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    const client = newClient();
    const started = performance.now();
    expect(await client.send(ENDPOINT, signup, { timeout: 0.05 })).to.deep.equal({
      kind: 'queued',
      status: 0,
    });
    expect(performance.now() - started).to.be.below(900);
    expect(client.outbox()).to.have.length(1);
  });

  it('re-sends the outbox once after recovery, with the same key, then empties it', async () => {
    let down = true;
    const received = serveNotify(() => HttpResponse.json({}, { status: down ? 503 : 201 }));
    await newClient().send(ENDPOINT, signup);
    down = false;

    // The next page load: a new client, its resume() flushes.
    const online = fakeOnline();
    const reloaded = newClient({ onOnline: online.onOnline });
    const reports = await reloaded.resume();
    expect(reports).to.have.length(1);
    expect(reports[0]!.outcome.kind).to.equal('subscribed');
    expect(received).to.have.length(2);
    expect(received[1]!.key).to.equal(received[0]!.key);
    expect(received[1]!.body).to.deep.equal(received[0]!.body);
    expect(reloaded.outbox()).to.have.length(0);
    expect(storedOutbox(storage)).to.deep.equal([]);
    expect(reloaded.subscribedFor('TEE-RED-M')).to.not.equal(undefined);

    // Nothing left to send: further flushes and `online` send nothing.
    online.goOnline();
    await reloaded.flushOutbox();
    await reloaded.resume();
    expect(received).to.have.length(2);
    reloaded.dispose();
  });

  it('flushes on `online`, and concurrent flushes share one run', async () => {
    let down = true;
    const received = serveNotify(async () => {
      await delay(30);
      return HttpResponse.json({}, { status: down ? 503 : 201 });
    });
    const online = fakeOnline();
    const client = newClient({ onOnline: online.onOnline });
    await client.resume();
    await client.send(ENDPOINT, signup);
    expect(received).to.have.length(1);
    down = false;
    online.goOnline();
    online.goOnline();
    await client.flushOutbox();
    await until(() => client.outbox().length === 0);
    await delay(100);
    expect(received).to.have.length(2);
    expect(received[1]!.key).to.equal(received[0]!.key);
    client.dispose();
    expect(online.count).to.equal(0);
  });

  it('keeps the entry while the endpoint stays down, and reuses its key for a re-submit', async () => {
    const received = serveNotify(() => HttpResponse.json({}, { status: 500 }));
    const client = newClient();
    await client.send(ENDPOINT, signup);
    await client.flushOutbox();
    await client.send(ENDPOINT, signup);
    expect(received.map((r) => r.key)).to.deep.equal([
      received[0]!.key,
      received[0]!.key,
      received[0]!.key,
    ]);
    expect(client.outbox()).to.have.length(1);
    expect(client.outbox()[0]!.attempts).to.equal(3);
  });

  it('gives a different sign-up a different key', async () => {
    const received = serveNotify(() => HttpResponse.json({}, { status: 201 }));
    const client = newClient();
    await client.send(ENDPOINT, signup);
    await client.send(ENDPOINT, { ...signup, email: 'bob@example.com' });
    expect(received[0]!.key).to.not.equal(received[1]!.key);
  });

  it('drops and reports an entry refused with a 4xx on re-send', async () => {
    let status = 503;
    const received = serveNotify(() => HttpResponse.json({ message: 'Unknown SKU' }, { status }));
    await newClient().send(ENDPOINT, signup);
    status = 422;
    const reloaded = newClient();
    const heard: unknown[] = [];
    reloaded.subscribe((report) => heard.push(report));
    const reports = await reloaded.flushOutbox();
    expect(reports).to.have.length(1);
    expect(reports[0]!.outcome).to.deep.equal({
      kind: 'invalid',
      status: 422,
      message: 'Unknown SKU',
    });
    expect(reports[0]!.entry.body.email).to.equal('ada@example.com');
    expect(heard).to.deep.include(reports[0]);
    expect(reloaded.outbox()).to.have.length(0);
    expect(reloaded.subscribedFor('TEE-RED-M')).to.equal(undefined);
    await reloaded.flushOutbox();
    expect(received).to.have.length(2);
  });

  it('keeps an entry that meets a 429 on re-send (it asks to try later)', async () => {
    let status = 503;
    serveNotify(() => HttpResponse.json({}, { status }));
    await newClient().send(ENDPOINT, signup);
    status = 429;
    const reloaded = newClient();
    expect(await reloaded.flushOutbox()).to.have.length(0);
    expect(reloaded.outbox()).to.have.length(1);
  });

  it('says a failed sign-up was not kept when storage throws on every access', async () => {
    const throwing = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    let down = true;
    const received = serveNotify(() => HttpResponse.json({}, { status: down ? 503 : 201 }));
    const client = newClient({ storage: throwing });
    expect(await client.send(ENDPOINT, signup)).to.deep.equal({ kind: 'unsaved', status: 503 });
    expect(client.outbox()).to.deep.equal([]);
    expect(await client.flushOutbox()).to.deep.equal([]);
    expect(received).to.have.length(1);
    // Sent again by the shopper, it goes through; the page remembers it in memory.
    down = false;
    expect((await client.send(ENDPOINT, signup)).kind).to.equal('subscribed');
    expect(client.subscribedFor('TEE-RED-M')?.email).to.equal('a***@example.com');
  });

  it('says a failed sign-up was not kept when storage is full (quota)', async () => {
    const full = new (class extends MemoryStorage {
      override setItem(): void {
        throw new DOMException('full', 'QuotaExceededError');
      }
    })();
    let status = 503;
    serveNotify(() => HttpResponse.json({}, { status }));
    const client = newClient({ storage: () => full });
    expect(await client.send(ENDPOINT, signup)).to.deep.equal({ kind: 'unsaved', status: 503 });
    expect(client.outbox()).to.deep.equal([]);
    status = 201;
    expect((await client.send(ENDPOINT, signup)).kind).to.equal('subscribed');
    expect(client.subscribedFor('TEE-RED-M')).to.not.equal(undefined);
  });

  it('ignores unreadable stored data', async () => {
    storage.setItem(OUTBOX_KEY, '{not json');
    storage.setItem(SUBSCRIBED_KEY, '[1,2]');
    const client = newClient();
    expect(client.outbox()).to.deep.equal([]);
    expect(client.subscribedFor('TEE-RED-M')).to.equal(undefined);
    expect(await client.flushOutbox()).to.deep.equal([]);
    // …and storage is still used afterwards.
    serveNotify(() => HttpResponse.json({}, { status: 201 }));
    await client.send(ENDPOINT, signup);
    expect(JSON.parse(storage.getItem(SUBSCRIBED_KEY)!)).to.have.property('TEE-RED-M');
  });

  it('forget() removes everything it stored', async () => {
    serveNotify(() => HttpResponse.json({}, { status: 201 }));
    const client = newClient();
    await client.send(ENDPOINT, signup);
    serveNotify(() => HttpResponse.json({}, { status: 503 }));
    await client.send(ENDPOINT, { ...signup, sku: 'OTHER' });
    storage.setItem(OUTBOX_KEY, '[]');
    client.forget();
    expect(storage.length).to.equal(0);
  });

  it('treats the same address in another letter case as the same sign-up', async () => {
    let status = 503;
    const received = serveNotify(() => HttpResponse.json({}, { status }));
    const client = newClient();
    await client.send(ENDPOINT, { ...signup, email: 'Ada@Example.COM' });
    status = 201;
    await client.send(ENDPOINT, signup);
    expect(received[1]!.key).to.equal(received[0]!.key);
    // Sent as typed (trimmed); remembered the same whichever way it was typed.
    expect(received.map((r) => r.body.email)).to.deep.equal(['Ada@Example.COM', 'ada@example.com']);
    expect(client.outbox()).to.deep.equal([]);
    await client.send(ENDPOINT, { ...signup, email: 'ADA@example.com' });
    expect(client.subscribedFor('TEE-RED-M')?.email).to.equal('a***@example.com');
  });

  it('moves sign-ups from the single outbox key of earlier versions, and sends them', async () => {
    const old = {
      key: '5b0c7a57-0000-4000-8000-00000000000a',
      endpoint: new URL(ENDPOINT, location.href).href,
      body: { sku: 'OLD', email: 'ada@example.com', consent: true, locale: 'en', quantity: 1 },
      timeout: 8,
      createdAt: new Date().toISOString(),
      attempts: 1,
    };
    storage.setItem(OUTBOX_KEY, JSON.stringify([old]));
    const received = serveNotify(() => HttpResponse.json({}, { status: 503 }));
    const client = newClient();
    expect(client.outbox().map((entry) => entry.key)).to.deep.equal([old.key]);
    expect(storage.getItem(OUTBOX_KEY)).to.equal(null);
    expect(JSON.parse(storage.getItem(`${OUTBOX_KEY}:${old.key}`)!).body.sku).to.equal('OLD');
    await client.flushOutbox();
    expect(received.map((r) => r.key)).to.deep.equal([old.key]);
    expect(client.outbox()).to.have.length(1);
  });

  it('shares one attempt between the flush and a re-submit of the same sign-up', async () => {
    let answers = [503, 201, 503];
    const received = serveNotify(async () => {
      const status = answers.shift()!;
      // The flush's POST is slow and succeeds; a second POST would fail fast.
      if (status === 201) await delay(60);
      return HttpResponse.json({}, { status });
    });
    await newClient().send(ENDPOINT, signup);
    const client = newClient();
    const flushed = client.flushOutbox();
    await until(() => received.length === 2);
    const outcome = await client.send(ENDPOINT, signup);
    await flushed;
    expect(received).to.have.length(2);
    expect(outcome).to.deep.equal({ kind: 'subscribed', status: 201, alreadySubscribed: false });
    expect(client.outbox(), 'delivered, so never back in the outbox').to.deep.equal([]);
    expect(storedOutbox(storage)).to.deep.equal([]);
    answers = [];
  });

  it('never writes back an entry settled elsewhere during its attempt', async () => {
    let status = 503;
    const received = serveNotify(async () => {
      await delay(40);
      return HttpResponse.json({}, { status });
    });
    await newClient().send(ENDPOINT, signup);
    const client = newClient();
    const flushed = client.flushOutbox();
    await until(() => received.length === 2);
    // Another tab (or the shop's own code) clears the outbox while the POST is out.
    newClient().forget();
    await flushed;
    expect(storedOutbox(storage)).to.deep.equal([]);
    status = 201;
  });

  describe('with several tabs open', () => {
    it('keeps both sign-ups of two tabs saving at the same moment', async () => {
      const tabs = new Set<TabStorage>();
      const [one, two] = [new TabStorage(tabs), new TabStorage(tabs)];
      const received = serveNotify(() => HttpResponse.json({}, { status: 503 }));
      await Promise.all([
        newClient({ storage: () => one }).send(ENDPOINT, signup),
        newClient({ storage: () => two }).send(ENDPOINT, { ...signup, email: 'bob@example.com' }),
      ]);
      await delay(20);
      const keys = received.map((r) => r.key).sort();
      for (const tab of [one, two]) {
        expect(
          newClient({ storage: () => tab })
            .outbox()
            .map((entry) => entry.key)
            .sort(),
        ).to.deep.equal(keys);
      }
    });

    it('sends each waiting sign-up from one tab only, once, when both flush at once', async () => {
      let status = 503;
      const received = serveNotify(async () => {
        await delay(30);
        return HttpResponse.json({}, { status });
      });
      const first = newClient();
      await first.send(ENDPOINT, signup);
      await first.send(ENDPOINT, { ...signup, email: 'bob@example.com' });
      status = 201;
      const tabs = [newClient(), newClient()];
      const reports = await Promise.all(tabs.map((tab) => tab.flushOutbox()));
      const delivered = received.slice(2).map((r) => r.key);
      expect(delivered).to.have.length(2);
      expect(new Set(delivered).size).to.equal(2);
      expect(reports.flat()).to.have.length(2);
      expect(storedOutbox(storage)).to.deep.equal([]);
    });

    it('says a re-sent sign-up is on the list when another tab delivered it meanwhile', async () => {
      let answers = [503, 201];
      const received = serveNotify(async () => {
        const status = answers.shift() ?? 503;
        // The other tab's POST is slow and gets through; any later one fails.
        if (status === 201) await delay(60);
        return HttpResponse.json({}, { status });
      });
      await newClient().send(ENDPOINT, signup);
      const otherTab = newClient();
      const flushed = otherTab.flushOutbox();
      await until(() => received.length === 2);
      // This tab still shows the sign-up as waiting; the shopper sends it again.
      const outcome = await newClient().send(ENDPOINT, signup);
      await flushed;
      expect(outcome.kind, 'never "could not save": it was delivered').to.equal('subscribed');
      expect(received, 'not sent a third time').to.have.length(2);
      expect(storedOutbox(storage)).to.deep.equal([]);
      answers = [];
    });

    it('keeps a re-sent sign-up that left the outbox undelivered while it waited its turn', async () => {
      let status = 503;
      const received = serveNotify(async () => {
        await delay(40);
        return HttpResponse.json({}, { status });
      });
      await newClient().send(ENDPOINT, signup);
      const flushed = newClient().flushOutbox();
      await until(() => received.length === 2);
      // The shopper sends it again while another tab's attempt is out...
      const resent = newClient().send(ENDPOINT, signup);
      // ...and the shop's own code clears the outbox meanwhile.
      newClient().forget();
      await flushed;
      const outcome = await resent;
      expect(outcome.kind, 'kept again, as the form will say').to.equal('queued');
      expect(storedOutbox(storage).map((entry) => entry.key)).to.deep.equal([received[2]!.key]);
      status = 201;
    });

    it('still delivers without the Web Locks API', async () => {
      let status = 503;
      const received = serveNotify(() => HttpResponse.json({}, { status }));
      await newClient({ locks: null }).send(ENDPOINT, signup);
      status = 201;
      const client = newClient({ locks: null });
      expect(await client.flushOutbox()).to.have.length(1);
      expect(received.map((r) => r.key)).to.deep.equal([received[0]!.key, received[0]!.key]);
      expect(client.outbox()).to.deep.equal([]);
    });
  });
});

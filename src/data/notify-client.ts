import { isRecord } from './json.js';
import { maskEmail } from './notify-rules.js';
import { afterAttempt, type NotifyOutcome } from './notify-outcome.js';
import {
  isEntry,
  OUTBOX_KEY,
  OUTBOX_PREFIX,
  SafeStore,
  SUBSCRIBED_KEY,
  withLock,
} from './notify-storage.js';
import type {
  LocksLike,
  NotifyClientOptions,
  NotifyListener,
  NotifyRequestBody,
  NotifySignup,
  OutboxEntry,
  OutboxReport,
  SubscriptionRecord,
} from './notify-types.js';
import { absoluteUrl, attemptSignup, randomKey } from './notify-request.js';
import type { NotifyTargetSettings } from './notify-targets.js';
import { unitsWanted } from './quantity.js';
import { windowOnline } from './page-signals.js';
import { pageSingleton } from './page-singleton.js';
import { callListeners } from './report.js';

export { OUTBOX_KEY, SUBSCRIBED_KEY } from './notify-storage.js';
export type * from './notify-types.js';
export type { NotifyOutcome };

/** Days a delivered sign-up is remembered on the device. */
export const SUBSCRIBED_DAYS = 180;

/** Whether two addresses are the same, letter case aside (`Ada@Example.COM` is `ada@example.com`). */
function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Sends back-in-stock sign-ups and makes sure none is lost.
 *
 * `POST`s JSON with an `Idempotency-Key`; a sign-up that meets a 5xx, a
 * timeout or no network waits in an outbox in `localStorage` and is sent
 * again, with the same key, when the device comes back online or the next
 * page loads (`resume()`). Safe with several tabs open: each waiting sign-up
 * has its own storage key, and a tab sends one only while it holds that
 * sign-up's Web Lock. Delivered sign-ups are remembered per SKU (masked
 * address and day) so a returning shopper sees they are on the list.
 * Knows nothing of elements or the DOM; never throws.
 *
 * ```ts
 * const client = getNotifyClient();
 * client.resume(); // once per page: flush the outbox, listen for `online`
 * const outcome = await client.send('/api/notify', { sku, email, consent: true, locale: 'en' });
 * ```
 */
export class NotifyClient {
  readonly #fetchImpl: typeof fetch;
  readonly #store: SafeStore;
  readonly #onOnline: (listener: () => void) => () => void;
  readonly #createKey: () => string;
  readonly #now: () => number;
  readonly #locks: LocksLike | null | undefined;
  readonly #listeners = new Set<NotifyListener>();
  /** Sign-ups this page is sending now, by key: `send()` and the flush share them. */
  readonly #sending = new Map<string, Promise<NotifyOutcome | undefined>>();
  #flushing: Promise<OutboxReport[]> | undefined;
  #stopOnline: (() => void) | undefined;
  #resumed = false;

  constructor(options: NotifyClientOptions = {}) {
    this.#fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#store = new SafeStore(options.storage ?? (() => globalThis.localStorage));
    this.#onOnline = options.onOnline ?? windowOnline;
    this.#createKey = options.createKey ?? randomKey;
    this.#now = options.now ?? Date.now;
    this.#locks = options.locks === undefined ? globalThis.navigator?.locks : options.locks;
  }

  /**
   * Sends one sign-up to `endpoint` and says what became of it. Never
   * rejects. A sign-up for the same endpoint, SKU and address (letter case
   * aside) still in the outbox is the same sign-up: it keeps its
   * `Idempotency-Key`, and while this page is already sending it, the caller
   * gets that attempt's outcome rather than a second `POST`. `target` says
   * how to talk to the endpoint (default: our JSON contract); it is kept with
   * a queued sign-up, so a later attempt goes the same way.
   *
   * ```ts
   * await client.send(KLAVIYO_NOTIFY_ENDPOINT, signup, {
   *   target: { name: 'klaviyo', companyId: 'AbC123', variantPrefix: '$custom:::$default:::' },
   * });
   * ```
   */
  async send(
    endpoint: string,
    signup: NotifySignup,
    options: { timeout?: number; target?: NotifyTargetSettings } = {},
  ): Promise<NotifyOutcome> {
    const body: NotifyRequestBody = {
      sku: signup.sku,
      email: signup.email.trim(),
      consent: signup.consent === true,
      locale: signup.locale,
      quantity: unitsWanted(signup.quantity),
    };
    if (signup.marketingConsent !== undefined)
      body.marketingConsent = signup.marketingConsent === true;
    const url = absoluteUrl(endpoint);
    const waiting = this.outbox().find(
      (entry) =>
        entry.endpoint === url &&
        entry.body.sku === body.sku &&
        sameAddress(entry.body.email, body.email),
    );
    const entry: OutboxEntry = {
      key: waiting?.key ?? this.#createKey(),
      endpoint: url,
      body,
      timeout: options.timeout ?? 8,
      createdAt: waiting?.createdAt ?? new Date(this.#now()).toISOString(),
      attempts: waiting?.attempts ?? 0,
    };
    if (options.target && options.target.name !== 'json') entry.target = { ...options.target };
    const outcome =
      (await this.#sending.get(entry.key)) ??
      (await this.#deliver(entry, waiting ? 'again' : 'new'));
    this.#changed();
    // Only a flush gets no outcome (it leaves a sign-up to another tab); should `send` ever, it claims nothing was kept.
    return outcome ?? { kind: 'unsaved', status: 0 };
  }

  /**
   * Sends every sign-up in the outbox again, one after the other, with its
   * own key. Delivered (2xx, 409) and refused (4xx other than 429) ones are
   * removed and reported; the rest stay. One another tab is sending is left
   * to it. Concurrent calls share one run.
   */
  flushOutbox(): Promise<OutboxReport[]> {
    this.#flushing ??= this.#runFlush().finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }

  /**
   * What a page does once on load: flushes the outbox and from then on
   * flushes it whenever the device comes back online. Later calls do nothing.
   */
  resume(): Promise<OutboxReport[]> {
    if (this.#resumed) return Promise.resolve([]);
    this.#resumed = true;
    this.#stopOnline = this.#onOnline(() => void this.flushOutbox());
    return this.flushOutbox();
  }

  /** Sign-ups waiting to be sent, oldest first. */
  outbox(): OutboxEntry[] {
    this.#moveOldOutbox();
    return this.#store
      .keys(OUTBOX_PREFIX)
      .flatMap((name) => {
        const entry = this.#store.read(name);
        return isEntry(entry) && name === OUTBOX_PREFIX + entry.key ? [entry] : [];
      })
      .sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)));
  }

  /** The waiting sign-up for `sku`, if any. */
  pendingFor(sku: string): OutboxEntry | undefined {
    return this.outbox().find((entry) => entry.body.sku === sku);
  }

  /** What the device remembers of a delivered sign-up for `sku` (forgotten after 180 days). */
  subscribedFor(sku: string): SubscriptionRecord | undefined {
    const record = this.#records()[sku];
    if (!record || typeof record.email !== 'string') return undefined;
    const age = this.#now() - Date.parse(record.at);
    return age < SUBSCRIBED_DAYS * 86_400_000 ? record : undefined;
  }

  /** Removes everything this client stored on the device: the outbox and the records. */
  forget(): void {
    for (const name of [...this.#store.keys(OUTBOX_KEY), SUBSCRIBED_KEY]) {
      this.#store.write(name, undefined);
    }
    this.#changed();
  }

  /** Calls `listener` on every change; returns the unsubscribe. */
  subscribe(listener: NotifyListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops listening for `online` and drops listeners. */
  dispose(): void {
    this.#stopOnline?.();
    this.#stopOnline = undefined;
    this.#listeners.clear();
  }

  async #runFlush(): Promise<OutboxReport[]> {
    const reports: OutboxReport[] = [];
    for (const entry of this.outbox()) {
      if (this.#sending.has(entry.key)) continue;
      const outcome = await this.#deliver(entry, 'flush');
      if (!outcome || outcome.kind === 'queued') continue;
      const report = { entry, outcome };
      reports.push(report);
      this.#changed(report);
    }
    return reports;
  }

  /**
   * One attempt at `entry`, holding its lock, then out of the outbox or (still
   * worth sending) into it. `new`: never saved yet; `again`: the shopper sent
   * a waiting sign-up again (waits for another tab's attempt to end); `flush`:
   * a waiting one, skipped (undefined) when another tab is sending it or has
   * settled it meanwhile.
   */
  #deliver(
    entry: OutboxEntry,
    mode: 'new' | 'again' | 'flush',
  ): Promise<NotifyOutcome | undefined> {
    const { key } = entry;
    const name = OUTBOX_PREFIX + key;
    const run: Promise<NotifyOutcome | undefined> = withLock(
      this.#locks,
      key,
      mode !== 'flush',
      async () => {
        if (mode !== 'new') {
          // Read again under the lock: another tab may have settled it since the list was read.
          const stored = this.#store.read(name);
          if (mode === 'flush') {
            if (!isEntry(stored)) return undefined;
            entry = stored;
          } else if (!isEntry(stored)) {
            // Sent again by the shopper, but no longer waiting: delivered by
            // another tab meanwhile, or dropped undelivered (then a new one).
            if (this.#deliveredSince(entry)) {
              return { kind: 'subscribed' as const, status: 0, alreadySubscribed: false };
            }
            mode = 'new';
          }
        }
        entry.attempts++;
        const outcome = afterAttempt(await attemptSignup(this.#fetchImpl, entry), mode !== 'new');
        if (outcome.kind !== 'queued') {
          this.#settle(entry, outcome);
          return outcome;
        }
        entry.lastStatus = outcome.status;
        // Back in only while still waiting: a sign-up settled meanwhile (another tab, forget()) stays out.
        const kept =
          (mode === 'new' || isEntry(this.#store.read(name))) && this.#store.write(name, entry);
        return !kept && mode !== 'flush'
          ? { kind: 'unsaved' as const, status: outcome.status }
          : outcome;
      },
    ).finally(() => {
      if (this.#sending.get(key) === run) this.#sending.delete(key);
    });
    this.#sending.set(key, run);
    return run;
  }

  /** A final answer: out of the outbox, and remembered when delivered. */
  #settle(entry: OutboxEntry, outcome: NotifyOutcome): void {
    this.#store.write(OUTBOX_PREFIX + entry.key, undefined);
    if (outcome.kind !== 'subscribed') return;
    const records = this.#records();
    records[entry.body.sku] = {
      email: recordedAddress(entry),
      at: new Date(this.#now()).toISOString(),
    };
    // Only a convenience: kept in memory for this page when storage fails.
    this.#store.write(SUBSCRIBED_KEY, records, true);
  }

  /** Whether `entry`'s SKU was delivered to its address since the entry was made (by any tab). */
  #deliveredSince(entry: OutboxEntry): boolean {
    const record = this.#records()[entry.body.sku];
    return record?.email === recordedAddress(entry) && record.at >= entry.createdAt;
  }

  /** Moves the one-array outbox of earlier versions to one key per sign-up. */
  #moveOldOutbox(): void {
    const old = this.#store.read(OUTBOX_KEY);
    if (old === undefined) return;
    let moved = true;
    for (const entry of Array.isArray(old) ? old.filter(isEntry) : []) {
      const name = OUTBOX_PREFIX + entry.key;
      if (!isEntry(this.#store.read(name))) moved = this.#store.write(name, entry) && moved;
    }
    if (moved) this.#store.write(OUTBOX_KEY, undefined);
  }

  /** Records by SKU, in an object without a prototype: a SKU may be named `__proto__`. */
  #records(): Record<string, SubscriptionRecord> {
    const stored = this.#store.read(SUBSCRIBED_KEY);
    const records = Object.create(null) as Record<string, SubscriptionRecord>;
    return isRecord(stored) ? Object.assign(records, stored) : records;
  }

  #changed(report?: OutboxReport): void {
    callListeners(this.#listeners, report);
  }
}

/** The address as a delivery record keeps it: masked, and lower case (the same address typed another way is the same sign-up). */
const recordedAddress = (entry: OutboxEntry): string => maskEmail(entry.body.email.toLowerCase());

// Shared by every copy of the library on the page, like the availability clients.
const shared = pageSingleton('notify-client', () => ({
  client: undefined as NotifyClient | undefined,
}));

/** The page's one notify client, shared by every `<notify-me-form>`. */
export function getNotifyClient(): NotifyClient {
  return (shared.client ??= new NotifyClient());
}

/** Disposes and forgets the shared client, as a page reload would (for tests). */
export function resetSharedNotifyClient(): void {
  shared.client?.dispose();
  shared.client = undefined;
}

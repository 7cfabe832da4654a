import { isRecord, parseJson } from './json.js';
import { maskEmail } from './notify-rules.js';
import { unitsWanted } from './quantity.js';
import { callListeners } from './report.js';
import { notifyTargetFor, type NotifyTargetSettings } from './notify-targets.js';

/**
 * Where sign-ups waiting to be sent are kept: each under its own
 * `localStorage` key, this prefix, a colon and its `Idempotency-Key`, so tabs
 * saving at the same moment never overwrite each other. Earlier versions kept
 * them all in one array under this very key; such an array is moved over on
 * first read.
 */
export const OUTBOX_KEY = 'backorder-elements:notify-outbox';
const OUTBOX_PREFIX = `${OUTBOX_KEY}:`;
/** The Web Lock a tab holds while it sends one sign-up, followed by its key. */
const LOCK_PREFIX = 'backorder-elements:notify:';
/** The `localStorage` key of delivered sign-ups, by SKU. */
export const SUBSCRIBED_KEY = 'backorder-elements:notify-subscribed';
/** Days a delivered sign-up is remembered on the device. */
export const SUBSCRIBED_DAYS = 180;

/** One back-in-stock sign-up, as the shopper made it. */
export interface NotifySignup {
  sku: string;
  /** Trimmed before sending. */
  email: string;
  /** The alert-consent box's state, or `true` when the form shows none. */
  consent: boolean;
  /** BCP 47 tag the shopper reads in. */
  locale: string;
  /** Units wanted: a whole number ≥ 1 (see `unitsWanted`); default 1. */
  quantity?: number;
  /** The separate marketing box's state; sent only when the form shows that box. */
  marketingConsent?: boolean;
}

/** The JSON body of `POST {notify-endpoint}`. */
export interface NotifyRequestBody {
  sku: string;
  email: string;
  consent: boolean;
  locale: string;
  quantity: number;
  marketingConsent?: boolean;
}

/** What became of a sign-up. */
export type NotifyOutcome =
  /** 2xx, or 409 (`alreadySubscribed`): the shopper is on the list. */
  | { kind: 'subscribed'; status: number; alreadySubscribed: boolean }
  /** 400 or 422: the server's `message`, as plain text, when it sent one. */
  | { kind: 'invalid'; status: number; message: string | undefined }
  /** 429: try again later. Not queued. */
  | { kind: 'too-many-attempts'; status: number }
  /** Any other 4xx: retrying will not help. Not queued. */
  | { kind: 'rejected'; status: number; message: string | undefined }
  /** 5xx, 408, timeout or network error (`status` 0): kept in the outbox and sent again later. */
  | { kind: 'queued'; status: number }
  /** As `queued`, but the device could not keep it (storage disabled or full): try again later. */
  | { kind: 'unsaved'; status: number };

/** A sign-up waiting in the outbox. */
export interface OutboxEntry {
  /** The `Idempotency-Key`, the same on every attempt. */
  key: string;
  /** Absolute URL it goes to. */
  endpoint: string;
  /** The target and what it needs (`json` when absent: entries from before targets existed). */
  target?: NotifyTargetSettings;
  body: NotifyRequestBody;
  /** Seconds before an attempt counts as failed. */
  timeout: number;
  /** When the shopper signed up (ISO 8601). */
  createdAt: string;
  /** Attempts so far. */
  attempts: number;
  /** The status of the last failed attempt (0: no answer), so the shopper hears why it waits. */
  lastStatus?: number;
}

/** What the device remembers of a delivered sign-up: a masked address and the day. */
export interface SubscriptionRecord {
  /** `a***@example.com`: enough for the shopper to recognise, not the full address. */
  email: string;
  /** When it was delivered (ISO 8601). */
  at: string;
}

/** A queued sign-up the outbox settled: delivered, or refused for good. */
export interface OutboxReport {
  entry: OutboxEntry;
  outcome: NotifyOutcome;
}

/** The subset of `Storage` the client uses. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The part of the Web Locks API the client uses. */
export type LocksLike = Pick<LockManager, 'request'>;

/** How a notify client talks to the network and the device. */
export interface NotifyClientOptions {
  /** The `fetch` to use. Default: the global one. */
  fetch?: typeof fetch;
  /** Where the outbox and records live; may throw. Default: `localStorage`. */
  storage?: () => StorageLike | null | undefined;
  /** Calls `listener` when the device comes back online; returns the unsubscribe. Default: `window`'s `online`. */
  onOnline?: (listener: () => void) => () => void;
  /** Makes an `Idempotency-Key`. Default: `crypto.randomUUID()`. */
  createKey?: () => string;
  /** The clock, in ms. Default `Date.now`. */
  now?: () => number;
  /** Coordinates tabs, so one sign-up is never sent by two at once. Default: `navigator.locks`; `null`: none. */
  locks?: LocksLike | null;
}

/** Called when the outbox or the records change; with a report when a queued sign-up settled. */
export type NotifyListener = (report?: OutboxReport) => void;

function randomKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID exists only in secure contexts; build a v4 UUID by hand elsewhere.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function windowOnline(listener: () => void): () => void {
  if (typeof globalThis.addEventListener !== 'function') return () => {};
  globalThis.addEventListener('online', listener);
  return () => globalThis.removeEventListener('online', listener);
}

function absolute(endpoint: string): string {
  try {
    return new URL(endpoint, globalThis.location?.href).href;
  } catch {
    return endpoint;
  }
}

/**
 * `localStorage` that never throws. `write` says whether storage took the
 * value: the outbox depends on it, since a sign-up only the page's memory
 * holds is lost with the page. Records may stay in memory for the page instead
 * (`remember`).
 */
class SafeStore {
  readonly #memory = new Map<string, unknown>();

  readonly #storage: () => StorageLike | null | undefined;

  constructor(storage: () => StorageLike | null | undefined) {
    this.#storage = storage;
  }

  #use<T>(action: (storage: StorageLike) => T): T | undefined {
    try {
      const storage = this.#storage();
      return storage ? action(storage) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The stored value; undefined when missing, unreadable (another script, an old version) or out of reach. */
  read(key: string): unknown {
    if (this.#memory.has(key)) return this.#memory.get(key);
    const text = this.#use((storage) => storage.getItem(key));
    return text == null ? undefined : parseJson(text);
  }

  /** Stores `value`, or removes the key when it is undefined; whether storage took it. */
  write(key: string, value: unknown, remember = false): boolean {
    const stored = this.#use((storage) => {
      if (value === undefined) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(value));
      return true;
    });
    if (stored || !remember || value === undefined) this.#memory.delete(key);
    else this.#memory.set(key, value);
    return stored === true;
  }

  /** Every stored key that starts with `prefix`. */
  keys(prefix: string): string[] {
    return (
      this.#use((storage) => {
        const keys: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key?.startsWith(prefix)) keys.push(key);
        }
        return keys;
      }) ?? []
    );
  }
}

/**
 * Runs `task` holding the Web Lock `name`: so two tabs never send one
 * sign-up at the same moment. With `wait` false, gives undefined at once when
 * another tab holds it. Without Web Locks (an insecure context, an old
 * browser) the task just runs; the shared `Idempotency-Key` then lets the
 * endpoint spot a repeat.
 */
function withLock<T>(
  locks: LocksLike | null | undefined,
  name: string,
  wait: boolean,
  task: () => Promise<T>,
): Promise<T | undefined> {
  if (!locks) return task();
  let ran = false;
  return locks
    .request(name, { ifAvailable: !wait }, (lock) => {
      if (!lock) return undefined;
      ran = true;
      return task();
    })
    .catch(() => (ran ? undefined : task()));
}

/** Whether two addresses are the same, letter case aside (`Ada@Example.COM` is `ada@example.com`). */
function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as OutboxEntry;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.key === 'string' &&
    typeof entry.endpoint === 'string' &&
    typeof entry.body?.sku === 'string' &&
    typeof entry.body.email === 'string'
  );
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
    const url = absolute(endpoint);
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
      if (!outcome || outcome.kind === 'queued' || outcome.kind === 'too-many-attempts') continue;
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
      LOCK_PREFIX + key,
      mode !== 'flush',
      async () => {
        if (mode === 'flush') {
          // Read again under the lock: another tab may have delivered it since the list was read.
          const stored = this.#store.read(name);
          if (!isEntry(stored)) return undefined;
          entry = stored;
        }
        const outcome = await this.#attempt(entry);
        const retry =
          outcome.kind === 'queued' || (outcome.kind === 'too-many-attempts' && mode !== 'new');
        if (!retry) {
          this.#settle(entry, outcome);
          return outcome;
        }
        entry.lastStatus = outcome.status;
        // Back in only while still waiting: a sign-up settled meanwhile (another tab, forget()) stays out.
        const kept =
          (mode === 'new' || isEntry(this.#store.read(name))) && this.#store.write(name, entry);
        return outcome.kind === 'queued' && !kept && mode !== 'flush'
          ? { kind: 'unsaved' as const, status: outcome.status }
          : outcome;
      },
    ).finally(() => {
      if (this.#sending.get(key) === run) this.#sending.delete(key);
    });
    this.#sending.set(key, run);
    return run;
  }

  /** One POST, built by the entry's target; maps the answer to an outcome. */
  async #attempt(entry: OutboxEntry): Promise<NotifyOutcome> {
    entry.attempts++;
    const controller = new AbortController();
    const seconds = typeof entry.timeout === 'number' && entry.timeout > 0 ? entry.timeout : 8;
    const timer = setTimeout(() => controller.abort(), seconds * 1000);
    try {
      const target = await notifyTargetFor(entry.target);
      // Its module did not load: keep the sign-up for later, never send it in another shape.
      if (!target) return { kind: 'queued', status: 0 };
      const request = target.request(entry.endpoint, entry.body, entry.key);
      // The refusal's reason (the target cuts it to a sane length); none if the body cannot be read.
      const message = async (response: Response) =>
        target.errorMessage(await response.text().catch(() => ''));
      const response = await this.#fetchImpl(request.url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        signal: controller.signal,
      });
      const { status } = response;
      if (response.ok) return { kind: 'subscribed', status, alreadySubscribed: false };
      if (status === 409) return { kind: 'subscribed', status, alreadySubscribed: true };
      if (status === 400 || status === 422) {
        return { kind: 'invalid', status, message: await message(response) };
      }
      if (status === 429) return { kind: 'too-many-attempts', status };
      if (status >= 400 && status < 500 && status !== 408) {
        return { kind: 'rejected', status, message: await message(response) };
      }
      return { kind: 'queued', status };
    } catch {
      return { kind: 'queued', status: 0 };
    } finally {
      clearTimeout(timer);
    }
  }

  /** A final answer: out of the outbox, and remembered when delivered. */
  #settle(entry: OutboxEntry, outcome: NotifyOutcome): void {
    this.#store.write(OUTBOX_PREFIX + entry.key, undefined);
    if (outcome.kind !== 'subscribed') return;
    const records = this.#records();
    records[entry.body.sku] = {
      // Lower case: the same address typed another way is the same sign-up.
      email: maskEmail(entry.body.email.toLowerCase()),
      at: new Date(this.#now()).toISOString(),
    };
    // Only a convenience: kept in memory for this page when storage fails.
    this.#store.write(SUBSCRIBED_KEY, records, true);
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

let sharedClient: NotifyClient | undefined;

/** The page's one notify client, shared by every `<notify-me-form>`. */
export function getNotifyClient(): NotifyClient {
  return (sharedClient ??= new NotifyClient());
}

/** Disposes and forgets the shared client, as a page reload would (for tests). */
export function resetSharedNotifyClient(): void {
  sharedClient?.dispose();
  sharedClient = undefined;
}

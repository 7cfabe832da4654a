import { maskEmail } from './notify-rules.js';
import { notifyTargetFor, type NotifyTargetSettings } from './notify-targets.js';

/** The `localStorage` key of sign-ups waiting to be sent. */
export const OUTBOX_KEY = 'backorder-elements:notify-outbox';
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
  /** Units wanted; default 1. */
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
  | { kind: 'queued'; status: number };

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
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

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
}

/** Called when the outbox or the records change; with a report when a queued sign-up settled. */
export type NotifyListener = (report?: OutboxReport) => void;

const MESSAGE_LIMIT = 500;

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
 * `localStorage` that never throws: once an access fails (private mode,
 * quota, a SecurityError), it keeps working in memory for this page.
 */
class SafeStore {
  private readonly memory = new Map<string, unknown>();
  private broken = false;

  constructor(private readonly storage: () => StorageLike | null | undefined) {}

  read<T>(key: string, fallback: T): T {
    if (!this.broken) {
      let text: string | null = null;
      try {
        const storage = this.storage();
        if (!storage) throw new Error('no storage');
        text = storage.getItem(key);
      } catch {
        this.broken = true;
      }
      if (!this.broken) {
        try {
          return text === null ? fallback : (JSON.parse(text) as T);
        } catch {
          // Unreadable data (another script, an old version) counts as none and is overwritten.
          return fallback;
        }
      }
    }
    return (this.memory.get(key) as T | undefined) ?? fallback;
  }

  write(key: string, value: unknown, empty: boolean): void {
    this.memory.set(key, value);
    if (this.broken) return;
    try {
      const storage = this.storage();
      if (!storage) throw new Error('no storage');
      if (empty) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(value));
    } catch {
      this.broken = true;
    }
  }
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

async function serverMessage(
  response: Response,
  read: (text: string) => string | undefined,
): Promise<string | undefined> {
  try {
    return read(await response.text())?.slice(0, MESSAGE_LIMIT);
  } catch {
    return undefined;
  }
}

/**
 * Sends back-in-stock sign-ups and makes sure none is lost.
 *
 * `POST`s JSON with an `Idempotency-Key`; a sign-up that meets a 5xx, a
 * timeout or no network waits in an outbox in `localStorage` and is sent
 * again, with the same key, when the device comes back online or the next
 * page loads (`resume()`). Delivered sign-ups are remembered per SKU (masked
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
  private readonly fetchImpl: typeof fetch;
  private readonly store: SafeStore;
  private readonly onOnline: (listener: () => void) => () => void;
  private readonly createKey: () => string;
  private readonly now: () => number;
  private readonly listeners = new Set<NotifyListener>();
  private readonly sending = new Set<string>();
  private flushing: Promise<OutboxReport[]> | undefined;
  private stopOnline: (() => void) | undefined;
  private resumed = false;

  constructor(options: NotifyClientOptions = {}) {
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.store = new SafeStore(options.storage ?? (() => globalThis.localStorage));
    this.onOnline = options.onOnline ?? windowOnline;
    this.createKey = options.createKey ?? randomKey;
    this.now = options.now ?? Date.now;
  }

  /**
   * Sends one sign-up to `endpoint` and says what became of it. Never
   * rejects. A sign-up for the same endpoint, SKU and address still in the
   * outbox is the same sign-up: it keeps its `Idempotency-Key`. `target`
   * says how to talk to the endpoint (default: our JSON contract); it is kept
   * with a queued sign-up, so a later attempt goes the same way.
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
      quantity: Number.isInteger(signup.quantity) && signup.quantity! > 0 ? signup.quantity! : 1,
    };
    if (signup.marketingConsent !== undefined)
      body.marketingConsent = signup.marketingConsent === true;
    const url = absolute(endpoint);
    const waiting = this.outbox().find(
      (entry) =>
        entry.endpoint === url && entry.body.sku === body.sku && entry.body.email === body.email,
    );
    const entry: OutboxEntry = {
      key: waiting?.key ?? this.createKey(),
      endpoint: url,
      body,
      timeout: options.timeout ?? 8,
      createdAt: waiting?.createdAt ?? new Date(this.now()).toISOString(),
      attempts: waiting?.attempts ?? 0,
    };
    if (options.target && options.target.name !== 'json') entry.target = { ...options.target };
    const outcome = await this.attempt(entry);
    // A waiting copy of this sign-up stays waiting when the server only asks for patience.
    if (outcome.kind === 'queued' || (outcome.kind === 'too-many-attempts' && waiting)) {
      this.putInOutbox(entry);
    } else {
      this.settle(entry, outcome);
    }
    this.changed();
    return outcome;
  }

  /**
   * Sends every sign-up in the outbox again, one after the other, with its
   * own key. Delivered (2xx, 409) and refused (4xx other than 429) ones are
   * removed and reported; the rest stay. Concurrent calls share one run.
   */
  flushOutbox(): Promise<OutboxReport[]> {
    this.flushing ??= this.runFlush().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  /**
   * What a page does once on load: flushes the outbox and from then on
   * flushes it whenever the device comes back online. Later calls do nothing.
   */
  resume(): Promise<OutboxReport[]> {
    if (this.resumed) return Promise.resolve([]);
    this.resumed = true;
    this.stopOnline = this.onOnline(() => void this.flushOutbox());
    return this.flushOutbox();
  }

  /** Sign-ups waiting to be sent. */
  outbox(): OutboxEntry[] {
    const stored = this.store.read<unknown>(OUTBOX_KEY, []);
    return Array.isArray(stored) ? stored.filter(isEntry) : [];
  }

  /** The waiting sign-up for `sku`, if any. */
  pendingFor(sku: string): OutboxEntry | undefined {
    return this.outbox().find((entry) => entry.body.sku === sku);
  }

  /** What the device remembers of a delivered sign-up for `sku` (forgotten after 180 days). */
  subscribedFor(sku: string): SubscriptionRecord | undefined {
    const record = this.records()[sku];
    if (!record || typeof record.email !== 'string') return undefined;
    const age = this.now() - Date.parse(record.at);
    return age < SUBSCRIBED_DAYS * 86_400_000 ? record : undefined;
  }

  /** Removes everything this client stored on the device: the outbox and the records. */
  forget(): void {
    this.store.write(OUTBOX_KEY, [], true);
    this.store.write(SUBSCRIBED_KEY, {}, true);
    this.changed();
  }

  /** Calls `listener` on every change; returns the unsubscribe. */
  subscribe(listener: NotifyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops listening for `online` and drops listeners. */
  dispose(): void {
    this.stopOnline?.();
    this.stopOnline = undefined;
    this.listeners.clear();
  }

  private async runFlush(): Promise<OutboxReport[]> {
    const reports: OutboxReport[] = [];
    for (const waiting of this.outbox()) {
      if (this.sending.has(waiting.key)) continue;
      const entry = { ...waiting };
      const outcome = await this.attempt(entry);
      if (outcome.kind === 'queued' || outcome.kind === 'too-many-attempts') {
        this.putInOutbox(entry);
        continue;
      }
      this.settle(entry, outcome);
      const report = { entry, outcome };
      reports.push(report);
      this.changed(report);
    }
    return reports;
  }

  /** One POST, built by the entry's target; maps the answer to an outcome. */
  private async attempt(entry: OutboxEntry): Promise<NotifyOutcome> {
    this.sending.add(entry.key);
    entry.attempts++;
    const controller = new AbortController();
    const seconds = typeof entry.timeout === 'number' && entry.timeout > 0 ? entry.timeout : 8;
    const timer = setTimeout(() => controller.abort(), seconds * 1000);
    try {
      const target = await notifyTargetFor(entry.target);
      // Its module did not load: keep the sign-up for later, never send it in another shape.
      if (!target) return { kind: 'queued', status: 0 };
      const request = target.request(entry.endpoint, entry.body, entry.key);
      const message = (response: Response) =>
        serverMessage(response, (text) => target.errorMessage(text));
      const response = await this.fetchImpl(request.url, {
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
      this.sending.delete(entry.key);
    }
  }

  private putInOutbox(entry: OutboxEntry): void {
    const others = this.outbox().filter((waiting) => waiting.key !== entry.key);
    this.store.write(OUTBOX_KEY, [...others, entry], false);
  }

  /** A final answer: out of the outbox, and remembered when delivered. */
  private settle(entry: OutboxEntry, outcome: NotifyOutcome): void {
    const outbox = this.outbox();
    const rest = outbox.filter((waiting) => waiting.key !== entry.key);
    if (rest.length !== outbox.length) this.store.write(OUTBOX_KEY, rest, rest.length === 0);
    if (outcome.kind !== 'subscribed') return;
    const records = this.records();
    records[entry.body.sku] = {
      email: maskEmail(entry.body.email),
      at: new Date(this.now()).toISOString(),
    };
    this.store.write(SUBSCRIBED_KEY, records, false);
  }

  /** Records by SKU, in an object without a prototype: a SKU may be named `__proto__`. */
  private records(): Record<string, SubscriptionRecord> {
    const stored = this.store.read<unknown>(SUBSCRIBED_KEY, {});
    const records = Object.create(null) as Record<string, SubscriptionRecord>;
    return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? Object.assign(records, stored)
      : records;
  }

  private changed(report?: OutboxReport): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(report);
      } catch (error) {
        console.error('[backorder-elements] notify listener failed', error);
      }
    }
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

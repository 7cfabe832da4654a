import { AnswerShapeError } from './parse-availability.js';
import { jsonSource } from './sources/json-source.js';
import { SourceRejection, type AvailabilitySource } from './sources/source.js';
import type { Availability, AvailabilityEntry, AvailabilityError } from './types.js';

/** How an availability client talks to its endpoint. */
export interface AvailabilityClientOptions {
  /** Availability URL; `{sku}` in it means one request per SKU (JSON source). */
  endpoint: string;
  /** Where availability comes from: our JSON contract (default) or a platform's API. */
  source?: AvailabilitySource;
  /** Most SKUs in one request. Default 50. */
  batchSize?: number;
  /** Seconds an answer stays fresh. Default 60. */
  cacheTtl?: number;
  /** Seconds before a request counts as failed. Default 8. */
  timeout?: number;
  /** Seconds between re-checks of watched SKUs while the page is visible; 0 = never. Default 0. */
  refreshInterval?: number;
  /** Retries after network errors, timeouts, 5xx and unreadable answers. Default 4. */
  maxRetries?: number;
  /** First retry delay in ms, doubled on each further retry (capped at 60 s). Default 2000. */
  retryDelay?: number;
  /** The `fetch` to use (tests inject their own). Default: the global one. */
  fetch?: typeof fetch;
  /** The clock, in ms. Default `Date.now`. */
  now?: () => number;
  /** Page visibility, for polling only while the shopper can see the page. Default: `document`. */
  visibility?: VisibilitySource;
  /** Whether the page is still being parsed. Default: `document.readyState`. */
  parsing?: ParsingSource;
}

/**
 * Tells the client whether the HTML parser is still adding elements. While it
 * is, the parser yields between chunks, so only full batches go out and the
 * rest waits for the end of parsing instead of one task.
 */
export interface ParsingSource {
  isParsing(): boolean;
  /** Calls `listener` once parsing is done; returns a function that stops that. */
  onParsed(listener: () => void): () => void;
}

/** Tells the client whether the page is visible, and when that changes. */
export interface VisibilitySource {
  isVisible(): boolean;
  /** Calls `listener` when visibility changes; returns a function that stops that. */
  onChange(listener: () => void): () => void;
}

/** Called with the SKU's new entry whenever what the client knows about it changes. */
export type AvailabilityListener = (entry: AvailabilityEntry, sku: string) => void;

/** Counts for tests and benchmarks: what the client is holding on to right now. */
export interface AvailabilityClientActivity {
  /** Listeners across all SKUs. */
  subscribers: number;
  /** Pending timers: batch flush, retries, polling. */
  timers: number;
  /** SKUs waiting for an answer. */
  inFlight: number;
  /** Requests sent since the client was made. */
  requestsSent: number;
}

interface CacheRecord {
  entry: AvailabilityEntry;
  /** When the answer arrived (ms), for the TTL. */
  receivedAt: number;
  /** Serialised entry, to tell whether a new answer changed anything. */
  fingerprint: string;
}

interface Waiter {
  promise: Promise<AvailabilityEntry>;
  resolve: (entry: AvailabilityEntry) => void;
}

const LOADING: AvailabilityEntry = Object.freeze({ kind: 'loading' });
const MAX_RETRY_DELAY = 60_000;

const documentVisibility: VisibilitySource = {
  isVisible: () => typeof document === 'undefined' || document.visibilityState !== 'hidden',
  onChange(listener) {
    if (typeof document === 'undefined') return () => {};
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

const documentParsing: ParsingSource = {
  isParsing: () => typeof document !== 'undefined' && document.readyState === 'loading',
  onParsed(listener) {
    if (typeof document === 'undefined') return () => {};
    document.addEventListener('DOMContentLoaded', listener, { once: true });
    return () => document.removeEventListener('DOMContentLoaded', listener);
  },
};

class RequestFailure extends Error {
  constructor(readonly detail: Omit<AvailabilityError, 'willRetry'>) {
    super(detail.message);
  }
}

/**
 * Reads availability for every element on the page through one endpoint.
 *
 * SKUs asked for in the same task go out as one sorted `GET ?skus=` per
 * `batchSize`; a SKU in flight or fresh in the cache is never asked for again;
 * failures are retried with back-off (not 4xx), and subscribers hear about
 * every change. Knows nothing of elements or the DOM.
 *
 * ```ts
 * const client = new AvailabilityClient({ endpoint: '/api/availability' });
 * const stop = client.subscribe('TEE-RED-M', (entry) => console.log(entry));
 * const answers = await client.request(['TEE-RED-M', 'TEE-RED-L']);
 * ```
 */
export class AvailabilityClient {
  readonly endpoint: string;
  private readonly source: AvailabilitySource;
  private readonly batchSize: number;
  private readonly cacheTtlMs: number;
  private readonly timeoutMs: number;
  private readonly refreshIntervalMs: number;
  private readonly maxRetries: number;
  private readonly retryDelay: number;
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;
  private readonly visibility: VisibilitySource;
  private readonly parsing: ParsingSource;
  private stopWaitingForParser: (() => void) | undefined;

  private readonly cache = new Map<string, CacheRecord>();
  private readonly inFlight = new Map<string, Waiter>();
  private readonly queued = new Set<string>();
  private readonly listeners = new Map<string, Set<AvailabilityListener>>();
  private readonly retryAttempts = new Map<string, number>();
  private readonly retryTimers = new Set<ReturnType<typeof setTimeout>>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  private stopWatchingVisibility: (() => void) | undefined;
  private requestsSent = 0;

  constructor(options: AvailabilityClientOptions) {
    this.endpoint = options.endpoint;
    this.source = options.source ?? jsonSource;
    this.batchSize = Math.max(
      1,
      Math.min(Math.floor(options.batchSize ?? 50), this.source.batchLimit(options.endpoint)),
    );
    this.cacheTtlMs = (options.cacheTtl ?? 60) * 1000;
    this.timeoutMs = (options.timeout ?? 8) * 1000;
    this.refreshIntervalMs = (options.refreshInterval ?? 0) * 1000;
    this.maxRetries = options.maxRetries ?? 4;
    this.retryDelay = options.retryDelay ?? 2000;
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = options.now ?? Date.now;
    this.visibility = options.visibility ?? documentVisibility;
    this.parsing = options.parsing ?? documentParsing;
  }

  /** What the client knows about `sku` now; `loading` when it has no answer yet. */
  peek(sku: string): AvailabilityEntry {
    return this.cache.get(sku)?.entry ?? LOADING;
  }

  /**
   * Answers for `skus`, from the cache when fresh, else from the endpoint.
   * Never rejects: failures come back as `error` entries.
   */
  async request(skus: Iterable<string>): Promise<Map<string, AvailabilityEntry>> {
    const unique = [...new Set(skus)];
    const entries = await Promise.all(unique.map((sku) => this.load(sku)));
    return new Map(unique.map((sku, index) => [sku, entries[index]!]));
  }

  /**
   * Watches `sku`: loads it if it is not fresh, then calls `listener` on every
   * change. Returns the function that stops watching.
   */
  subscribe(sku: string, listener: AvailabilityListener): () => void {
    let set = this.listeners.get(sku);
    if (!set) this.listeners.set(sku, (set = new Set()));
    set.add(listener);
    this.updatePolling();
    void this.load(sku);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(sku) === set) this.listeners.delete(sku);
      this.updatePolling();
    };
  }

  /** Forgets every cached answer, so the next request goes to the endpoint. */
  clearCache(): void {
    this.cache.clear();
  }

  /** Stops every timer and drops every listener; the client can still be used afterwards. */
  dispose(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.stopWaitingForParser?.();
    this.stopWaitingForParser = undefined;
    for (const timer of this.retryTimers) clearTimeout(timer);
    this.retryTimers.clear();
    this.listeners.clear();
    this.updatePolling();
  }

  /** Counts of what the client holds right now (for tests and benchmarks). */
  activity(): AvailabilityClientActivity {
    let subscribers = 0;
    for (const set of this.listeners.values()) subscribers += set.size;
    const timers =
      (this.flushTimer === undefined ? 0 : 1) +
      this.retryTimers.size +
      (this.pollTimer === undefined ? 0 : 1);
    return { subscribers, timers, inFlight: this.inFlight.size, requestsSent: this.requestsSent };
  }

  private isFresh(record: CacheRecord): boolean {
    return record.entry.kind !== 'error' && this.now() - record.receivedAt < this.cacheTtlMs;
  }

  private load(sku: string, force = false): Promise<AvailabilityEntry> {
    const waiting = this.inFlight.get(sku);
    if (waiting) return waiting.promise;
    const record = this.cache.get(sku);
    if (!force && record && this.isFresh(record)) return Promise.resolve(record.entry);

    let resolve!: (entry: AvailabilityEntry) => void;
    const promise = new Promise<AvailabilityEntry>((done) => (resolve = done));
    this.inFlight.set(sku, { promise, resolve });
    this.queued.add(sku);
    this.scheduleFlush();
    return promise;
  }

  /**
   * Sends the queue after the current task (a macrotask, so every element
   * created in this task joins). While the page is being parsed, the parser
   * yields between chunks: then full batches go at once and the rest waits
   * for the end of parsing, so the same page always asks the same URLs.
   */
  private scheduleFlush(): void {
    if (this.parsing.isParsing()) {
      if (this.queued.size >= this.batchSize) this.sendFullBatch();
      this.stopWaitingForParser ??= this.parsing.onParsed(() => this.flush());
      return;
    }
    this.flushTimer ??= setTimeout(() => this.flush(), 0);
  }

  /** Sends the first `batchSize` queued SKUs, in the order they were asked for. */
  private sendFullBatch(): void {
    const batch = [...this.queued].slice(0, this.batchSize);
    for (const sku of batch) this.queued.delete(sku);
    void this.fetchBatch(batch.sort());
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.stopWaitingForParser?.();
    this.stopWaitingForParser = undefined;
    if (this.queued.size === 0) return;
    const skus = [...this.queued].sort();
    this.queued.clear();
    for (let start = 0; start < skus.length; start += this.batchSize) {
      void this.fetchBatch(skus.slice(start, start + this.batchSize));
    }
  }

  private async fetchBatch(skus: string[]): Promise<void> {
    this.requestsSent++;
    try {
      const items = await this.fetchItems(skus);
      const found = new Map(items.map((item) => [item.sku, item]));
      for (const sku of skus) {
        this.retryAttempts.delete(sku);
        const availability = found.get(sku);
        this.settle(sku, availability ? { kind: 'found', availability } : { kind: 'unknown' });
      }
    } catch (failure) {
      const detail =
        failure instanceof RequestFailure
          ? failure.detail
          : { kind: 'network' as const, message: String(failure) };
      const retryable =
        detail.kind !== 'rejected' && !(detail.kind === 'http' && detail.status! < 500);
      const attempt = (this.retryAttempts.get(skus[0]!) ?? 0) + 1;
      const willRetry = retryable && attempt <= this.maxRetries;
      for (const sku of skus) {
        this.settle(sku, { kind: 'error', error: { ...detail, willRetry } });
        if (willRetry) this.retryAttempts.set(sku, attempt);
        else this.retryAttempts.delete(sku);
      }
      if (willRetry) this.scheduleRetry(skus, attempt);
    }
  }

  private async fetchItems(skus: string[]): Promise<Availability[]> {
    const request = this.source.request(this.endpoint, skus);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    let text: string;
    try {
      const response = await this.fetchImpl(request.url, {
        method: request.method ?? 'GET',
        headers: request.headers,
        body: request.body,
        signal: controller.signal,
      });
      if (!response.ok) {
        throw new RequestFailure({
          kind: 'http',
          status: response.status,
          message: `availability endpoint answered HTTP ${response.status}`,
        });
      }
      text = await response.text();
    } catch (failure) {
      if (failure instanceof RequestFailure) throw failure;
      throw new RequestFailure(
        controller.signal.aborted
          ? { kind: 'timeout', message: `no answer within ${this.timeoutMs / 1000} s` }
          : { kind: 'network', message: `availability request failed: ${String(failure)}` },
      );
    } finally {
      clearTimeout(timer);
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new RequestFailure({ kind: 'not-json', message: 'availability answer is not JSON' });
    }
    try {
      const answer = this.source.read(json, skus, this.endpoint);
      if (answer.dropped.length > 0) {
        console.warn(
          `[backorder-elements] ignored ${answer.dropped.length} availability item(s) that break the contract's types:\n  ${answer.dropped.join('\n  ')}`,
        );
      }
      return answer.items;
    } catch (failure) {
      if (failure instanceof SourceRejection) {
        throw new RequestFailure({ kind: 'rejected', message: failure.message });
      }
      if (!(failure instanceof AnswerShapeError)) throw failure;
      throw new RequestFailure({
        kind: 'bad-shape',
        message: `availability answer has the wrong shape: ${failure.message}`,
      });
    }
  }

  private settle(sku: string, entry: AvailabilityEntry): void {
    const fingerprint = JSON.stringify(entry);
    const previous = this.cache.get(sku);
    this.cache.set(sku, { entry, receivedAt: this.now(), fingerprint });
    const waiter = this.inFlight.get(sku);
    this.inFlight.delete(sku);
    waiter?.resolve(entry);
    if (previous?.fingerprint === fingerprint) return;
    for (const listener of [...(this.listeners.get(sku) ?? [])]) {
      try {
        listener(entry, sku);
      } catch (error) {
        // One broken listener must not stop the others, nor throw into the page.
        console.error('[backorder-elements] availability listener failed', error);
      }
    }
  }

  private scheduleRetry(skus: string[], attempt: number): void {
    const delay = Math.min(this.retryDelay * 2 ** (attempt - 1), MAX_RETRY_DELAY);
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      // Only SKUs someone still watches are worth another request.
      const watched = skus.filter((sku) => this.listeners.has(sku));
      for (const sku of skus) if (!this.listeners.has(sku)) this.retryAttempts.delete(sku);
      for (const sku of watched) void this.load(sku, true);
    }, delay);
    this.retryTimers.add(timer);
  }

  private updatePolling(): void {
    const shouldPoll = this.refreshIntervalMs > 0 && this.listeners.size > 0;
    if (shouldPoll && this.pollTimer === undefined) {
      this.pollTimer = setInterval(() => this.refreshWatched(), this.refreshIntervalMs);
      this.stopWatchingVisibility = this.visibility.onChange(() => {
        if (this.visibility.isVisible()) this.refreshWatched(true);
      });
    } else if (!shouldPoll && this.pollTimer !== undefined) {
      clearInterval(this.pollTimer);
      this.pollTimer = undefined;
      this.stopWatchingVisibility?.();
      this.stopWatchingVisibility = undefined;
    }
  }

  /** Re-checks watched SKUs while the page is visible; `onlyStale` after the page comes back. */
  private refreshWatched(onlyStale = false): void {
    if (!this.visibility.isVisible()) return;
    for (const sku of this.listeners.keys()) {
      const record = this.cache.get(sku);
      const stale = !record || this.now() - record.receivedAt >= this.refreshIntervalMs;
      if (!onlyStale || stale) void this.load(sku, true);
    }
  }
}

// On globalThis under a registered symbol, so that two copies of the bundle on
// one page (the script loaded twice) still share one client per endpoint.
const REGISTRY_KEY = Symbol.for('backorder-elements.availability-clients');
const sharedClients: Map<string, AvailabilityClient> =
  ((globalThis as Record<symbol, unknown>)[REGISTRY_KEY] as
    Map<string, AvailabilityClient> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[REGISTRY_KEY] = sharedClients;

/**
 * The one client for these options on this page: every element asking with
 * the same endpoint and settings shares its batching and cache.
 */
export function getAvailabilityClient(options: AvailabilityClientOptions): AvailabilityClient {
  const key = JSON.stringify([
    options.source?.name ?? 'json',
    options.source?.key ?? '',
    options.endpoint,
    options.batchSize,
    options.cacheTtl,
    options.timeout,
    options.refreshInterval,
  ]);
  let client = sharedClients.get(key);
  if (!client) sharedClients.set(key, (client = new AvailabilityClient(options)));
  return client;
}

/** Every shared client made so far (for tests and benchmarks). */
export function sharedAvailabilityClients(): AvailabilityClient[] {
  return [...sharedClients.values()];
}

/** Disposes and forgets every shared client (tests use this between cases). */
export function resetSharedAvailabilityClients(): void {
  for (const client of sharedClients.values()) client.dispose();
  sharedClients.clear();
}

import type {
  AvailabilityClientActivity,
  AvailabilityClientOptions,
  AvailabilityListener,
  CacheRecord,
} from './availability-types.js';
import { fetchBatch, RequestFailure, type BatchRequest } from './fetch-batch.js';
import {
  documentParsing,
  documentVisibility,
  windowRestore,
  type ParsingSource,
  type RefreshReason,
  type RestoreSource,
  type VisibilitySource,
} from './page-signals.js';
import { requestScheduler, type Batch, type RequestScheduler } from './request-scheduler.js';
import { callListeners } from './report.js';
import { planRefresh, planRetry, type RetrySettings } from './retry-policy.js';
import { clampSetting } from './settings.js';
import { jsonSource } from './sources/json-source.js';
import { canEncode } from './sources/source.js';
import type { AvailabilityEntry } from './types.js';

export type {
  AvailabilityClientActivity,
  AvailabilityClientOptions,
  AvailabilityListener,
  ParsingSource,
  RestoreSource,
  VisibilitySource,
};

interface Waiter {
  promise: Promise<AvailabilityEntry>;
  resolve: (entry: AvailabilityEntry) => void;
  /** `request()` calls waiting for it: they keep the SKU wanted until it is answered. */
  callers: number;
}

const LOADING: AvailabilityEntry = Object.freeze({ kind: 'loading' });
/** Answers kept at most; the least recently used go first, never a watched or pending SKU. */
const MAX_CACHED = 1000;

/**
 * Reads availability for every element on the page through one endpoint.
 *
 * SKUs asked for close together go out as sorted `GET ?skus=` batches of
 * `batchSize`, at most four requests at a time; a SKU in flight, fresh in the
 * cache or waiting for its retry is never asked for again, and one nobody
 * watches is not asked for at all. Failures follow one back-off schedule per
 * SKU (not 4xx), `Retry-After` pauses the endpoint, and subscribers hear
 * about every change. Knows nothing of elements or the DOM.
 *
 * ```ts
 * const client = new AvailabilityClient({ endpoint: '/api/availability' });
 * const stop = client.subscribe('TEE-RED-M', (entry) => console.log(entry));
 * const answers = await client.request(['TEE-RED-M', 'TEE-RED-L']);
 * ```
 */
export class AvailabilityClient {
  readonly endpoint: string;
  /** How each batch is fetched: source, endpoint, `fetch` and timeout. */
  readonly #requestSettings: BatchRequest;
  readonly #cacheTtlMs: number;
  readonly #refreshIntervalMs: number;
  readonly #retrySettings: RetrySettings;
  readonly #now: () => number;
  readonly #visibility: VisibilitySource;
  readonly #restore: RestoreSource;
  readonly #scheduler: RequestScheduler;

  /** Answers, least recently used first. */
  readonly #cache = new Map<string, CacheRecord>();
  /** SKUs asked for and not answered yet: queued, in a batch waiting for a slot, or in flight. */
  readonly #waiting = new Map<string, Waiter>();
  readonly #listeners = new Map<string, Set<AvailabilityListener>>();
  /** Whether a check for SKUs nobody wants any more is due. */
  #dropDue = false;
  readonly #retryTimers = new Set<ReturnType<typeof setTimeout>>();
  #stopWatchingPage: (() => void) | undefined;
  #pollTimer: ReturnType<typeof setInterval> | undefined;
  #requestsSent = 0;

  constructor(options: AvailabilityClientOptions) {
    this.endpoint = options.endpoint;
    const source = options.source ?? jsonSource;
    // Settings out of range are clamped (or the default used) as in resolveConfig.
    const batchSize = Math.min(
      Math.floor(clampSetting('batchSize', options.batchSize, 50)),
      source.batchLimit(options.endpoint),
    );
    this.#cacheTtlMs = clampSetting('cacheTtl', options.cacheTtl, 60) * 1000;
    this.#refreshIntervalMs = clampSetting('refreshInterval', options.refreshInterval, 0) * 1000;
    this.#retrySettings = {
      maxRetries: options.maxRetries ?? 4,
      retryDelay: options.retryDelay ?? 2000,
      cacheTtl: this.#cacheTtlMs,
    };
    this.#requestSettings = {
      source,
      endpoint: options.endpoint,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      timeoutMs: clampSetting('timeout', options.timeout, 8) * 1000,
    };
    this.#now = options.now ?? Date.now;
    this.#visibility = options.visibility ?? documentVisibility;
    this.#restore = options.restore ?? windowRestore;
    this.#scheduler = requestScheduler({
      batchSize,
      parsing: options.parsing ?? documentParsing,
      send: (batch, release) => this.#send(batch, release),
    });
  }

  /** What the client knows about `sku` now; `loading` when it has no answer yet. */
  peek(sku: string): AvailabilityEntry {
    const record = this.#cache.get(sku);
    if (record) this.#touch(sku, record);
    return record?.entry ?? LOADING;
  }

  /**
   * Answers for `skus`, from the cache when fresh, else from the endpoint.
   * Never rejects: failures come back as `error` entries.
   */
  async request(skus: Iterable<string>): Promise<Map<string, AvailabilityEntry>> {
    const unique = [...new Set(skus)];
    const entries = await Promise.all(unique.map((sku) => this.#load(sku, false, true)));
    return new Map(unique.map((sku, index) => [sku, entries[index]!]));
  }

  /**
   * Watches `sku`: loads it if it is not fresh, then calls `listener` on every
   * change. Returns the function that stops watching.
   */
  subscribe(sku: string, listener: AvailabilityListener): () => void {
    let set = this.#listeners.get(sku);
    if (!set) this.#listeners.set(sku, (set = new Set()));
    set.add(listener);
    this.#watchPage();
    void this.#load(sku);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      set.delete(listener);
      if (set.size === 0 && this.#listeners.get(sku) === set) {
        this.#listeners.delete(sku);
        // Checked after this task's own work, so an element moved in the page keeps its request.
        if (!this.#dropDue) queueMicrotask(() => this.#dropUnwanted());
        this.#dropDue = true;
      }
      this.#watchPage();
    };
  }

  /** Forgets every cached answer, so the next request goes to the endpoint. */
  clearCache(): void {
    this.#cache.clear();
  }

  /**
   * Stops every timer, drops every listener and aborts what nobody waits for
   * any more; the client can still be used afterwards.
   */
  dispose(): void {
    this.#scheduler.stop();
    for (const timer of this.#retryTimers) clearTimeout(timer);
    this.#retryTimers.clear();
    this.#listeners.clear();
    this.#watchPage();
    this.#dropUnwanted();
  }

  /** Counts of what the client holds right now (for tests and benchmarks). */
  activity(): AvailabilityClientActivity {
    let subscribers = 0;
    for (const set of this.#listeners.values()) subscribers += set.size;
    const timers =
      this.#scheduler.timers() + this.#retryTimers.size + Number(this.#pollTimer !== undefined);
    return {
      subscribers,
      timers,
      inFlight: this.#waiting.size,
      requestsSent: this.#requestsSent,
      cached: this.#cache.size,
    };
  }

  #load(sku: string, force = false, caller = false): Promise<AvailabilityEntry> {
    let waiter = this.#waiting.get(sku);
    if (!waiter) {
      const record = this.#cache.get(sku);
      if (!force && record && this.#now() < record.freshUntil) {
        this.#touch(sku, record);
        return Promise.resolve(record.entry);
      }
      let resolve!: (entry: AvailabilityEntry) => void;
      const promise = new Promise<AvailabilityEntry>((done) => (resolve = done));
      this.#waiting.set(sku, (waiter = { promise, resolve, callers: 0 }));
      this.#scheduler.add(sku);
    }
    if (caller) waiter.callers++;
    return waiter.promise;
  }

  /** Marks `sku` as the most recently used answer. */
  #touch(sku: string, record: CacheRecord): void {
    this.#cache.delete(sku);
    this.#cache.set(sku, record);
  }

  /** Forgets the least recently used answers beyond `MAX_CACHED`, never a watched or pending SKU. */
  #evict(): void {
    for (const sku of this.#cache.keys()) {
      if (this.#cache.size <= MAX_CACHED) return;
      if (!this.#listeners.has(sku) && !this.#waiting.has(sku)) this.#cache.delete(sku);
    }
  }

  /** Lets go of queued SKUs nobody wants any more, and aborts requests nobody waits for. */
  #dropUnwanted(): void {
    this.#dropDue = false;
    const wanted = (sku: string) =>
      this.#listeners.has(sku) || Boolean(this.#waiting.get(sku)?.callers);
    for (const sku of this.#scheduler.drop(wanted)) this.#waiting.delete(sku);
  }

  async #send(batch: Batch, release: () => void): Promise<void> {
    // A SKU that cannot be sent fails alone, for good; its neighbours go.
    const message = 'SKU is not valid Unicode: it cannot be sent';
    for (const sku of batch.skus.filter((sku) => !canEncode(sku)))
      this.#settle(sku, {
        kind: 'error',
        error: { kind: 'invalid-sku', message, willRetry: false },
      });
    batch.skus = batch.skus.filter(canEncode);
    if (batch.skus.length === 0) return;
    this.#requestsSent++;
    try {
      // Once the answer is in, the next batch goes: before this one is read and rendered.
      const items = await fetchBatch(batch.skus, batch.controller, this.#requestSettings, release);
      // Handed over with the answers of the other requests out now: one render for them all.
      await this.#scheduler.together();
      if (batch.dropped) return;
      for (const sku of batch.skus) {
        const availability = items.get(sku);
        this.#settle(sku, availability ? { kind: 'found', availability } : { kind: 'unknown' });
      }
    } catch (failure) {
      if (!batch.dropped) this.#fail(batch.skus, failure);
    }
    this.#evict();
  }

  /**
   * Settles a failed batch SKU by SKU, each on its own back-off schedule;
   * SKUs due at the same time are asked again together, through the queue.
   */
  #fail(skus: string[], failure: unknown): void {
    const { retryAfter, ...detail } =
      failure instanceof RequestFailure
        ? failure.detail
        : { kind: 'network' as const, message: String(failure), retryAfter: undefined };
    const now = this.#now();
    const due = new Map<number, string[]>();
    for (const sku of skus) {
      const failures = (this.#cache.get(sku)?.failures ?? 0) + 1;
      const plan = planRetry({ ...detail, retryAfter }, failures, this.#retrySettings, now);
      if (plan.pauseFor > 0) this.#scheduler.pause(plan.pauseFor);
      const willRetry = plan.retryIn !== undefined;
      const entry: AvailabilityEntry = { kind: 'error', error: { ...detail, willRetry } };
      this.#settle(sku, entry, plan.rememberFor, willRetry ? failures : 0);
      if (willRetry) due.set(plan.retryIn!, [...(due.get(plan.retryIn!) ?? []), sku]);
    }
    for (const [delay, retried] of due) {
      const timer = setTimeout(() => {
        this.#retryTimers.delete(timer);
        // Only SKUs someone still watches, and still failing, are worth another request.
        for (const sku of retried) {
          if (this.#listeners.has(sku) && this.#cache.get(sku)?.failures)
            void this.#load(sku, true);
        }
      }, delay);
      this.#retryTimers.add(timer);
    }
  }

  #settle(sku: string, entry: AvailabilityEntry, freshFor = this.#cacheTtlMs, failures = 0): void {
    const fingerprint = JSON.stringify(entry);
    const now = this.#now();
    const previous = this.#cache.get(sku);
    this.#cache.delete(sku);
    this.#cache.set(sku, {
      entry,
      receivedAt: now,
      freshUntil: now + freshFor,
      fingerprint,
      failures,
    });
    const waiter = this.#waiting.get(sku);
    this.#waiting.delete(sku);
    waiter?.resolve(entry);
    if (previous?.fingerprint !== fingerprint)
      callListeners(this.#listeners.get(sku) ?? [], entry, sku);
  }

  /** Watches the page (polling, visibility, back/forward cache) while any SKU is watched. */
  #watchPage(): void {
    const watching = this.#listeners.size > 0;
    if (watching && !this.#stopWatchingPage) {
      const stops = [this.#restore.onRestore(() => this.#refreshWatched('restored'))];
      if (this.#refreshIntervalMs > 0) {
        this.#pollTimer = setInterval(() => this.#refreshWatched('poll'), this.#refreshIntervalMs);
        stops.push(this.#visibility.onChange(() => this.#refreshWatched('shown')));
      }
      this.#stopWatchingPage = () => {
        for (const stop of stops) stop();
        clearInterval(this.#pollTimer);
        this.#pollTimer = undefined;
      };
    } else if (!watching && this.#stopWatchingPage) {
      this.#stopWatchingPage();
      this.#stopWatchingPage = undefined;
    }
  }

  /** Asks again, while the page is visible, for the watched SKUs that `planRefresh` says are due. */
  #refreshWatched(why: RefreshReason): void {
    if (!this.#visibility.isVisible()) return;
    const now = this.#now();
    for (const sku of this.#listeners.keys()) {
      const plan = planRefresh(why, this.#cache.get(sku), now, this.#refreshIntervalMs);
      if (plan) void this.#load(sku, plan === 'force');
    }
  }
}

/** The availability client's types: its options, listeners, activity counts and cached answers. */
import type { ParsingSource, RestoreSource, VisibilitySource } from './page-signals.js';
import type { AvailabilitySource } from './sources/source.js';
import type { AvailabilityEntry } from './types.js';

/** How an availability client talks to its endpoint. */
export interface AvailabilityClientOptions {
  /** Availability URL; `{sku}` in it means one request per SKU (JSON source). */
  endpoint: string;
  /** Where availability comes from: our JSON contract (default) or a platform's API. */
  source?: AvailabilitySource;
  /** Most SKUs in one request, 1–250. Default 50. */
  batchSize?: number;
  /** Seconds an answer stays fresh. Default 60. */
  cacheTtl?: number;
  /** Seconds before a request counts as failed, from when it is sent. Default 8. */
  timeout?: number;
  /** Seconds between re-checks of watched SKUs while the page is visible; 0 = never. Default 0. */
  refreshInterval?: number;
  /** Retries after network errors, timeouts, 5xx, 408, 429 and unreadable answers. Default 4. */
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
  /** When the page comes back from the back/forward cache. Default: `pageshow` on `window`. */
  restore?: RestoreSource;
}

/** Called with the SKU's new entry whenever what the client knows about it changes. */
export type AvailabilityListener = (entry: AvailabilityEntry, sku: string) => void;

/** Counts for tests and benchmarks: what the client is holding on to right now. */
export interface AvailabilityClientActivity {
  /** Listeners across all SKUs. */
  subscribers: number;
  /** Pending timers: batch flush, retries, a `Retry-After` pause, polling. */
  timers: number;
  /** SKUs waiting for an answer (queued, waiting for a slot, or in flight). */
  inFlight: number;
  /** Requests sent since the client was made. */
  requestsSent: number;
  /** SKUs in the cache: at most 1000, plus any that are watched or in flight. */
  cached: number;
}

/** What the availability client keeps of one SKU's answer. */
export interface CacheRecord {
  entry: AvailabilityEntry;
  /** When the answer arrived (ms), for the refresh interval. */
  receivedAt: number;
  /** Until when (ms) the entry stands as the SKU's answer, a failure waiting for its retry too. */
  freshUntil: number;
  /** Serialised entry, to tell whether a new answer changed anything. */
  fingerprint: string;
  /** Failures in a row while a retry is scheduled (the SKU's back-off); else 0. */
  failures: number;
}

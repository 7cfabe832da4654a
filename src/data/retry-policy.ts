/**
 * When the availability client asks for a SKU again by itself: after a
 * failure (`planRetry`), and for an answer someone watches (`planRefresh`).
 */
import type { RefreshReason } from './page-signals.js';
import type { AvailabilityErrorKind } from './types.js';

/**
 * Longest wait the client takes from `Retry-After`, and its longest back-off
 * step (ms). A server that asks for more (or a wrong clock in an HTTP date)
 * must not silence the shop for longer than a minute.
 */
export const MAX_RETRY_WAIT = 60_000;

/** A failed availability request, as the retry policy sees it. */
export interface FailedRequest {
  kind: AvailabilityErrorKind;
  /** HTTP status for `http` failures. */
  status?: number;
  /** The answer's `Retry-After` header, if it had one. */
  retryAfter?: string | null;
}

/** The client's retry settings, in ms where they are times. */
export interface RetrySettings {
  maxRetries: number;
  /** First back-off step; each further one doubles it. */
  retryDelay: number;
  /** How long an answer stays fresh. */
  cacheTtl: number;
}

/** What to do about one SKU after a failed request. */
export interface RetryPlan {
  /** Ms until the client asks again by itself; undefined: it does not. */
  retryIn: number | undefined;
  /** Ms the failure stands as the SKU's answer: new elements take it instead of asking. */
  rememberFor: number;
  /** Ms the whole endpoint gets no request (`Retry-After`); 0 for none. */
  pauseFor: number;
}

/**
 * Whether a failure is worth asking again: network errors, timeouts,
 * unreadable answers, 5xx, 408 and 429. Other 4xx, a platform's own error
 * and a SKU that cannot be sent would only fail the same way.
 */
function isRetried({ kind, status = 0 }: FailedRequest): boolean {
  if (kind === 'http') return status >= 500 || status === 408 || status === 429;
  return kind !== 'rejected' && kind !== 'invalid-sku';
}

/**
 * `Retry-After` in ms: delta-seconds or an HTTP date (relative to `now`),
 * at least 0 and at most {@link MAX_RETRY_WAIT}; undefined when absent or unreadable.
 */
export function retryAfterMs(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const ms = /^\d+$/.test(text)
    ? Number(text) * 1000
    : /[a-z]/i.test(text)
      ? Date.parse(text) - now
      : NaN;
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(ms, 0), MAX_RETRY_WAIT);
}

/**
 * The plan after a SKU's `attempt`-th failure in a row: one back-off
 * schedule per SKU (`retryDelay`, doubled each time, so 2, 4, 8, 16 s by
 * default), stopping after `maxRetries`; no sooner than `Retry-After`. Until
 * the retry the failure is the SKU's answer; once the schedule stops (or for a
 * failure that is not retried) it is remembered for `cacheTtl`.
 */
export function planRetry(
  failure: FailedRequest,
  attempt: number,
  settings: RetrySettings,
  now: number,
): RetryPlan {
  if (!isRetried(failure))
    return { retryIn: undefined, rememberFor: settings.cacheTtl, pauseFor: 0 };
  const pauseFor = retryAfterMs(failure.retryAfter, now) ?? 0;
  if (attempt > settings.maxRetries)
    return { retryIn: undefined, rememberFor: settings.cacheTtl, pauseFor };
  const backOff = Math.min(settings.retryDelay * 2 ** (attempt - 1), MAX_RETRY_WAIT);
  const retryIn = Math.max(backOff, pauseFor);
  return { retryIn, rememberFor: retryIn, pauseFor };
}

/**
 * Whether a watched SKU is asked for again, and how: `force`, whatever the
 * cache holds; `if-stale`, unless its answer is still fresh; undefined, not
 * now. On a poll, every one; when the shopper comes back to the tab, those
 * older than the refresh interval (`intervalMs`); after a back/forward-cache
 * restore, those past their freshness. A failure waiting for its retry keeps
 * waiting, but for a restore.
 */
export function planRefresh(
  why: RefreshReason,
  answer: { receivedAt: number; failures: number } | undefined,
  now: number,
  intervalMs: number,
): 'force' | 'if-stale' | undefined {
  if (why === 'restored') return 'if-stale';
  if (answer?.failures) return undefined;
  return why === 'poll' || !answer || now - answer.receivedAt >= intervalMs ? 'force' : undefined;
}

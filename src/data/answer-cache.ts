import type { AvailabilityEntry } from './types.js';

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

/** Answers kept at most, besides the ones `evict()` is told to keep. */
const MAX_CACHED = 1000;

/**
 * The availability client's answers by SKU, least recently used first:
 * `use()` and `put()` make a SKU the most recently used, `evict()` forgets
 * from the other end.
 */
export class AnswerCache extends Map<string, CacheRecord> {
  /** The record of `sku`, now the most recently used. */
  use(sku: string): CacheRecord | undefined {
    const record = this.get(sku);
    if (record) this.put(sku, record);
    return record;
  }

  /** Stores `record` as the most recently used; returns the one it replaces. */
  put(sku: string, record: CacheRecord): CacheRecord | undefined {
    const previous = this.get(sku);
    this.delete(sku);
    this.set(sku, record);
    return previous;
  }

  /** Forgets the least recently used answers beyond 1000, never one `kept` says to keep. */
  evict(kept: (sku: string) => boolean): void {
    for (const sku of this.keys()) {
      if (this.size <= MAX_CACHED) return;
      if (!kept(sku)) this.delete(sku);
    }
  }
}

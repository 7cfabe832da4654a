import { OUTBOX_KEY, type OutboxEntry, type StorageLike } from '../../src/data/notify-client.js';

/**
 * Every outbox entry in `storage`, whatever the layout: one key per sign-up
 * (`backorder-elements:notify-outbox:<key>`) or the single array of earlier
 * versions. Read straight from storage, not through a client.
 */
export function storedOutbox(storage: StorageLike = localStorage): OutboxEntry[] {
  const entries: OutboxEntry[] = [];
  for (let i = 0; i < storage.length; i++) {
    const name = storage.key(i)!;
    if (!name.startsWith(OUTBOX_KEY)) continue;
    const value = JSON.parse(storage.getItem(name)!) as OutboxEntry | OutboxEntry[];
    entries.push(...(Array.isArray(value) ? value : [value]));
  }
  return entries;
}

/** A `localStorage` stand-in, one per test. */
export class MemoryStorage implements StorageLike {
  protected readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

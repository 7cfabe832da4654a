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

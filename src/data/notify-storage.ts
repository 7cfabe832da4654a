/**
 * What the notify client keeps on the device, and how: the storage keys, the
 * shapes stored under them, `localStorage` that never throws, and the lock a
 * tab holds while it sends one waiting sign-up.
 */
import { isRecord, parseJson } from './json.js';
import type { LocksLike, OutboxEntry, StorageLike } from './notify-types.js';

/**
 * Where sign-ups waiting to be sent are kept: each under its own
 * `localStorage` key, this prefix, a colon and its `Idempotency-Key`, so tabs
 * saving at the same moment never overwrite each other. Earlier versions kept
 * them all in one array under this very key; such an array is moved over on
 * first read.
 */
export const OUTBOX_KEY = 'backorder-elements:notify-outbox';
export const OUTBOX_PREFIX = `${OUTBOX_KEY}:`;
/** The `localStorage` key of delivered sign-ups, by SKU. */
export const SUBSCRIBED_KEY = 'backorder-elements:notify-subscribed';

/** The Web Lock a tab holds while it sends one sign-up, followed by its key. */
const LOCK_PREFIX = 'backorder-elements:notify:';

/**
 * `localStorage` that never throws. `write` says whether storage took the
 * value: the outbox depends on it, since a sign-up only the page's memory
 * holds is lost with the page. Records may stay in memory for the page instead
 * (`remember`).
 */
export class SafeStore {
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

/** Whether `value` is a sign-up as the outbox keeps it (another script or version may have written the key). */
export function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as OutboxEntry;
  return (
    isRecord(entry) &&
    typeof entry.key === 'string' &&
    typeof entry.endpoint === 'string' &&
    typeof entry.body?.sku === 'string' &&
    typeof entry.body.email === 'string'
  );
}

/**
 * Runs `task` holding the Web Lock of the waiting sign-up `key`, so two tabs
 * never send one sign-up at the same moment. With `wait` false, gives
 * undefined at once when another tab holds it. Without Web Locks (an insecure context, an old
 * browser) the task just runs; the shared `Idempotency-Key` then lets the
 * endpoint spot a repeat.
 */
export function withLock<T>(
  locks: LocksLike | null | undefined,
  key: string,
  wait: boolean,
  task: () => Promise<T>,
): Promise<T | undefined> {
  if (!locks) return task();
  let ran = false;
  return locks
    .request(LOCK_PREFIX + key, { ifAvailable: !wait }, (lock) => {
      if (!lock) return undefined;
      ran = true;
      return task();
    })
    .catch(() => (ran ? undefined : task()));
}

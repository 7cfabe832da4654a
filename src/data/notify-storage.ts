/**
 * What the notify client keeps on the device, and how: the storage keys, the
 * shapes stored under them, `localStorage` that never throws, reading the
 * outbox and the records, and the lock a tab holds while it sends one
 * waiting sign-up.
 */
import { isRecord, parseJson } from './json.js';
import type { NotifyTargetSettings } from './notify-targets.js';

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

/** The JSON body of `POST {notify-endpoint}`. */
export interface NotifyRequestBody {
  sku: string;
  email: string;
  consent: boolean;
  locale: string;
  quantity: number;
  marketingConsent?: boolean;
}

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

/** Sign-ups waiting in `store`, oldest first; an outbox of earlier versions (one array) is moved over first. */
export function readOutbox(store: SafeStore): OutboxEntry[] {
  moveOldOutbox(store);
  return store
    .keys(OUTBOX_PREFIX)
    .flatMap((name) => {
      const entry = store.read(name);
      return isEntry(entry) && name === OUTBOX_PREFIX + entry.key ? [entry] : [];
    })
    .sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)));
}

/** Moves the one-array outbox of earlier versions to one key per sign-up. */
function moveOldOutbox(store: SafeStore): void {
  const old = store.read(OUTBOX_KEY);
  if (old === undefined) return;
  let moved = true;
  for (const entry of Array.isArray(old) ? old.filter(isEntry) : []) {
    const name = OUTBOX_PREFIX + entry.key;
    if (!isEntry(store.read(name))) moved = store.write(name, entry) && moved;
  }
  if (moved) store.write(OUTBOX_KEY, undefined);
}

/** Records of delivered sign-ups by SKU, in an object without a prototype: a SKU may be named `__proto__`. */
export function readRecords(store: SafeStore): Record<string, SubscriptionRecord> {
  const stored = store.read(SUBSCRIBED_KEY);
  const records = Object.create(null) as Record<string, SubscriptionRecord>;
  return isRecord(stored) ? Object.assign(records, stored) : records;
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

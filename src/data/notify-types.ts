/**
 * The notify client's types: a sign-up as the shopper made it and as it is
 * sent, what the outbox and the records keep, and the client's options.
 */
import type { NotifyOutcome } from './notify-outcome.js';
import type { NotifyTargetSettings } from './notify-targets.js';

/** One back-in-stock sign-up, as the shopper made it. */
export interface NotifySignup {
  sku: string;
  /** Trimmed before sending. */
  email: string;
  /** The alert-consent box's state, or `true` when the form shows none. */
  consent: boolean;
  /** BCP 47 tag the shopper reads in. */
  locale: string;
  /** Units wanted: a whole number ≥ 1 (see `unitsWanted`); default 1. */
  quantity?: number;
  /** The separate marketing box's state; sent only when the form shows that box. */
  marketingConsent?: boolean;
}

/** A queued sign-up the outbox settled: delivered, or refused for good. */
export interface OutboxReport {
  entry: OutboxEntry;
  outcome: NotifyOutcome;
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
  /** Coordinates tabs, so one sign-up is never sent by two at once. Default: `navigator.locks`; `null`: none. */
  locks?: LocksLike | null;
}

/** Called when the outbox or the records change; with a report when a queued sign-up settled. */
export type NotifyListener = (report?: OutboxReport) => void;

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

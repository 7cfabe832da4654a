import { daysUntil, expectedDateOf, statusOf } from './stock-state.js';
import type { AvailabilityEntry, CalendarDate } from './types.js';

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * Whether `value` (already trimmed) looks like an address mail can go to:
 * `name@domain.tld`, no spaces, at most 254 characters. Deliberately
 * forgiving; the endpoint has the last word.
 */
export function isPlausibleEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/**
 * An address shortened for showing back on a shared device:
 * `ada@example.com` → `a***@example.com`.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** What decides whether the notify form is offered. */
export interface NotifyRuleOptions {
  lowStockThreshold: number;
  maxBackorderDays: number;
  today?: CalendarDate;
}

/**
 * Whether a back-in-stock sign-up is offered for what the client knows:
 * `out-of-stock`, or a `backorder` expected more than `maxBackorderDays` away.
 * Never for `discontinued`, nor while the answer is loading, missing or failed.
 */
export function offersNotify(entry: AvailabilityEntry, options: NotifyRuleOptions): boolean {
  if (entry.kind !== 'found') return false;
  const item = entry.availability;
  const status = statusOf(item, options.lowStockThreshold);
  if (status === 'out-of-stock') return true;
  if (status !== 'backorder') return false;
  const expected = expectedDateOf(item, options.today);
  return expected !== undefined && daysUntil(expected, options.today) > options.maxBackorderDays;
}

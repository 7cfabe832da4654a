import type { CalendarDate } from './types.js';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 date-time with an optional offset; anything else is rejected.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** The calendar date a local `Date` falls on, in the shopper's time zone. */
export function toCalendarDate(date: Date): CalendarDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Ms of UTC midnight on a calendar date, `days` later (NaN when it is no date). */
function utcMidnight(date: CalendarDate, days = 0): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day + days);
}

function isRealDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  );
}

/**
 * Reads an ISO 8601 date or date-time as a calendar date.
 * A date-only value (`2026-12-14`) is that day everywhere; a date-time is an
 * instant, so it becomes the day it falls on in the shopper's time zone.
 * Returns undefined for anything that is not a real date, and for an instant
 * that falls after 9999-12-31 here ({@link isIsoDate} tells them apart).
 */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  if (!isIsoDate(value)) return undefined;
  if (DATE_ONLY.test(value)) return value;
  const instant = new Date(value);
  return instant.getFullYear() > 9999 ? undefined : toCalendarDate(instant);
}

/** Whether `value` is a real ISO 8601 date or date-time, whatever year it names. */
export function isIsoDate(value: string): boolean {
  if (!DATE_ONLY.test(value) && !DATE_TIME.test(value)) return false;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return isRealDate(year, month, day) && !Number.isNaN(new Date(value).getTime());
}

/**
 * Adds whole days to a calendar date; undefined when the result is no
 * calendar date (after 9999-12-31, or `days` not a number). Never throws.
 */
export function addDays(date: CalendarDate, days: number): CalendarDate | undefined {
  const shifted = new Date(utcMidnight(date, days));
  const shiftedYear = shifted.getUTCFullYear();
  // An invalid date gives NaN, which fails this test too.
  if (!(shiftedYear <= 9999)) return undefined;
  return `${pad(shiftedYear, 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}

/** Today in the shopper's calendar. */
export function today(now: Date = new Date()): CalendarDate {
  return toCalendarDate(now);
}

/**
 * A `Date` at UTC midnight of a calendar date: format it with
 * `timeZone: 'UTC'` and it shows that same day in every time zone.
 */
export function calendarDateToUtcDate(date: CalendarDate): Date {
  return new Date(utcMidnight(date));
}

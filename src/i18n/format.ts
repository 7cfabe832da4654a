import { calendarDateToUtcDate, daysBetween, today } from '../data/calendar-date.js';
import type { CalendarDate } from '../data/types.js';
import { canonicalLocale, catalogueFor, type Messages, type MessageText } from './messages.js';
import { mergeMessageOverrides, overridesFor, type MessageOverrides } from './overrides.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (!value) cache.set(key, (value = make()));
  return value;
}

/**
 * The locale for an element: the configured one, else the closest `lang`
 * attribute (crossing shadow roots), else the browser's language, else `en`.
 */
export function resolveLocale(configured: string | undefined, element?: Element): string {
  const fromConfig = canonicalLocale(configured);
  if (fromConfig) return fromConfig;
  let node: Node | null | undefined = element;
  while (node) {
    if (node instanceof Element) {
      const lang = canonicalLocale(node.closest('[lang]')?.getAttribute('lang'));
      if (lang) return lang;
    }
    node = (node.getRootNode() as ShadowRoot).host;
  }
  return canonicalLocale(globalThis.navigator?.language) ?? 'en';
}

/**
 * Formats a calendar date the same day in every time zone: "Dec 14" (with the
 * year when far off). `now` is an instant or the shopper's calendar day.
 */
export function formatCalendarDate(
  date: CalendarDate,
  locale: string,
  now: Date | CalendarDate = new Date(),
): string {
  const showYear = Math.abs(daysBetween(typeof now === 'string' ? now : today(now), date)) > 300;
  const format = cached(
    dateFormats,
    `${locale}|${showYear}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        month: 'short',
        day: 'numeric',
        year: showYear ? 'numeric' : undefined,
        timeZone: 'UTC',
      }),
  );
  const utc = calendarDateToUtcDate(date);
  // Never throw into a render: a date no calendar holds shows as the text it is.
  return Number.isNaN(utc.getTime()) ? date : format.format(utc);
}

/** Formats a count for `locale`. */
export function formatNumber(value: number, locale: string): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
}

/** Fills `{name}` placeholders; numbers are formatted for the locale. */
function fill(template: string, params: Record<string, string | number>, locale: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/**
 * Picks the form for `count` (an exact `'=N'` form, else the language's plural
 * category through a cached `Intl.PluralRules`) and fills the placeholders.
 */
export function formatMessage(
  text: MessageText,
  locale: string,
  params: Record<string, string | number> = {},
): string {
  if (typeof text === 'string') return fill(text, params, locale);
  const count = typeof params.count === 'number' ? params.count : 0;
  const form =
    text[`=${count}`] ??
    text[cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count)];
  return fill(form ?? text.other, params, locale);
}

/**
 * A translator for one locale with the shop's overrides on top (flat ones,
 * then the language's, then the exact tag's), over the locale's catalogue,
 * over `english` (the English texts the caller shows: the parts of
 * `catalogues/en.ts` it needs, or `en`):
 * `t('statusLowStock', { count: 3 })` → "Only 3 left".
 */
export function translator(
  locale: string,
  overrides: MessageOverrides = {},
  english: Partial<Messages> = {},
) {
  const catalogue = catalogueFor(locale);
  const own = overridesFor(mergeMessageOverrides(overrides), locale);
  return (id: keyof Messages, params?: Record<string, string | number>): string =>
    formatMessage(own[id] ?? catalogue?.[id] ?? english[id] ?? id, locale, params);
}

/** A function from message id (and parameters) to text. */
export type Translate = ReturnType<typeof translator>;

/** Expected dates this many days away or fewer also read relatively ("in 2 weeks"). */
export const RELATIVE_MAX_DAYS = 45;

/**
 * `days` from today in words, through a cached `Intl.RelativeTimeFormat`:
 * "tomorrow", "in 5 days" under two weeks, then whole weeks ("in 3 weeks").
 */
export function formatRelativeDays(days: number, locale: string): string {
  const format = cached(
    relativeFormats,
    locale,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  return days < 14 ? format.format(days, 'day') : format.format(Math.round(days / 7), 'week');
}

/**
 * An expected date as shoppers read it: the calendar date, with the relative
 * phrasing when it is 1 to 45 days away ("Dec 14 (in 2 weeks)", through the
 * `expectedDateRelative` text); the calendar date alone otherwise. The exact
 * date is always in the text. Dates today or past are the caller's "any day now".
 */
export function formatExpectedDate(
  date: CalendarDate,
  locale: string,
  t: Translate,
  todayDate: CalendarDate = today(),
): string {
  const exact = formatCalendarDate(date, locale, todayDate);
  const days = daysBetween(todayDate, date);
  if (days < 1 || days > RELATIVE_MAX_DAYS) return exact;
  return t('expectedDateRelative', { date: exact, relative: formatRelativeDays(days, locale) });
}

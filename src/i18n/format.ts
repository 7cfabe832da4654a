import { calendarDateToUtcDate, daysBetween, today } from '../data/calendar-date.js';
import type { CalendarDate } from '../data/types.js';
import { catalogueFor, type Messages, type MessageText } from './messages.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (!value) cache.set(key, (value = make()));
  return value;
}

/** A locale tag the browser accepts, or undefined. */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
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

/** Formats a calendar date the same day in every time zone: "Dec 14" (with the year when far off). */
export function formatCalendarDate(date: CalendarDate, locale: string, now = new Date()): string {
  const showYear = Math.abs(daysBetween(today(now), date)) > 300;
  const format = cached(dateFormats, `${locale}|${showYear}`, () =>
    new Intl.DateTimeFormat(locale, {
      month: 'short',
      day: 'numeric',
      year: showYear ? 'numeric' : undefined,
      timeZone: 'UTC',
    }),
  );
  return format.format(calendarDateToUtcDate(date));
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

/** Picks the plural form for `count` and fills the placeholders. */
export function formatMessage(
  text: MessageText,
  locale: string,
  params: Record<string, string | number> = {},
): string {
  if (typeof text === 'string') return fill(text, params, locale);
  const count = typeof params.count === 'number' ? params.count : 0;
  const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  return fill(text[category] ?? text.other, params, locale);
}

/**
 * A translator for one locale with the shop's overrides on top:
 * `t('statusLowStock', { count: 3 })` → "Only 3 left".
 */
export function translator(locale: string, overrides: Partial<Messages> = {}) {
  const catalogue = catalogueFor(locale);
  return (id: keyof Messages, params?: Record<string, string | number>): string =>
    formatMessage(overrides[id] ?? catalogue[id], locale, params);
}

/** A function from message id (and parameters) to text. */
export type Translate = ReturnType<typeof translator>;

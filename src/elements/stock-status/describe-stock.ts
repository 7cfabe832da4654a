import { addDays } from '../../data/calendar-date.js';
import { daysUntil, expectedDateOf, stateOf } from '../../data/stock-state.js';
import type { AvailabilityEntry, CalendarDate, StockState } from '../../data/types.js';
import {
  formatCalendarDate,
  formatExpectedDate,
  formatRelativeDays,
  type Translate,
} from '../../i18n/format.js';

/** What `<stock-status>` shows for one answer. */
export interface StockDescription {
  state: StockState;
  /** The sentence in words: "Only 3 left". */
  text: string;
  /** The merchant's note, plain text. */
  message?: string;
}

/** What the description depends on besides the answer. */
export interface DescribeOptions {
  lowStockThreshold: number;
  /** Units the shopper wants. */
  wanted: number;
  locale: string;
  t: Translate;
  today: CalendarDate;
}

/** What is said while there is no answer to describe. */
const WITHOUT_ANSWER = {
  loading: 'statusLoading',
  unknown: 'statusUnknown',
  error: 'statusError',
} as const;

/** Turns what the client knows into the state and the words a shopper reads. */
export function describeStock(
  entry: AvailabilityEntry,
  options: DescribeOptions,
): StockDescription {
  const { t, locale, today } = options;
  const state = stateOf(entry, options.lowStockThreshold);
  if (entry.kind !== 'found') return { state, text: t(WITHOUT_ANSWER[entry.kind]) };
  const item = entry.availability;
  const expected = expectedDateOf(item, today);
  const daysAway = expected === undefined ? undefined : daysUntil(expected, today);
  const ahead = (daysAway ?? 0) > 0;
  // With the expected date ("Dec 14 (in 2 weeks)", see formatExpectedDate) when `shown`, else without.
  type Id = Parameters<Translate>[0];
  const dated = (withDate: Id, without: Id, shown = daysAway !== undefined) =>
    shown ? t(withDate, { date: formatExpectedDate(expected!, locale, t, today) }) : t(without);

  let text = '';
  switch (state) {
    case 'in-stock':
      text = t('statusInStock');
      break;
    case 'low-stock':
      text =
        item.quantity !== undefined && item.quantity > 0
          ? t('statusLowStock', { count: item.quantity })
          : t('statusInStock');
      break;
    case 'backorder':
      text =
        daysAway === 0
          ? t('statusBackorderAnyDay')
          : dated('statusBackorderExpected', 'statusBackorder');
      break;
    case 'preorder':
      text = dated('statusPreorderShips', 'statusPreorder', ahead);
      break;
    case 'out-of-stock':
      text = dated('statusOutOfStockExpected', 'statusOutOfStock', ahead);
      break;
    case 'discontinued':
      text = t('statusDiscontinued');
      break;
  }

  // The shopper wants more than can ship now: say so, unless nothing can ship at all.
  const canShip = item.quantity;
  const sellable = state === 'in-stock' || state === 'low-stock' || state === 'backorder';
  if (sellable && canShip !== undefined && canShip > 0 && options.wanted > canShip) {
    text += shortfallOf(t, canShip, options.wanted);
  }
  return { state, text, message: item.message };
}

/** What follows the text when only `count` of the `wanted` units can ship now. */
const shortfallOf = (t: Translate, count: number, wanted: number) =>
  ` · ${t('statusShortfall', { count, wanted })}`;

/** The longest of `texts` first. */
const byLength = (texts: string[]) => [...new Set(texts)].sort((a, b) => b.length - a.length);

const dateSamples = new Map<string, { exact: string; withYear: string; relative: string[] }>();

/**
 * Wide renderings of an expected date in `locale`: the longest month name on a
 * two-digit day, alone and with its year, and the relative phrases of every
 * shape ("tomorrow", "in 13 days", "in 6 weeks").
 */
function longDates(locale: string, today: CalendarDate) {
  const key = `${locale}|${today.slice(0, 4)}`;
  let samples = dateSamples.get(key);
  if (!samples) {
    const days = Array.from(
      { length: 12 },
      (_, month) => `${today.slice(0, 4)}-${String(month + 1).padStart(2, '0')}-28`,
    );
    // Month names differ in width more than in length: letters become the
    // widest ones (W, m), so the sample is at least as wide as any real month.
    const widest = (format: (day: CalendarDate) => string) =>
      byLength(days.map(format))[0]!
        .replace(/\p{Lu}/gu, 'W')
        .replace(/\p{Ll}/gu, 'm');
    samples = {
      exact: widest((day) => formatCalendarDate(day, locale, day)),
      withYear: widest((day) => formatCalendarDate(day, locale, addDays(day, 400))),
      relative: [1, 13, 42].map((count) => formatRelativeDays(count, locale)),
    };
    dateSamples.set(key, samples);
  }
  return samples;
}

/**
 * The few longest texts `<stock-status>` could show under these options,
 * whatever the answer: the element lays them out unseen under the real text,
 * so it is as tall from the start as the longest of them needs at its width
 * and an answer arriving moves nothing below it. Three, not one: texts of
 * nearly the same length differ in width ("in 13 days", "in 6 weeks"), and a
 * margin added to one text reserves a line too many about one time in ten.
 */
export function reservedTexts(options: DescribeOptions): string[] {
  const { t, locale, wanted } = options;
  const { exact, withYear, relative } = longDates(locale, options.today);
  const dates = [
    ...relative.map((phrase) => t('expectedDateRelative', { date: exact, relative: phrase })),
    withYear,
  ];
  const dated = (id: Parameters<Translate>[0]) => dates.map((date) => t(id, { date }));
  // Texts a shortfall can follow, and the rest.
  const sellable = [
    t('statusInStock'),
    t('statusLowStock', { count: options.lowStockThreshold }),
    t('statusBackorder'),
    t('statusBackorderAnyDay'),
    ...dated('statusBackorderExpected'),
  ];
  const shortfall = wanted > 1 ? shortfallOf(t, wanted - 1, wanted) : '';
  return byLength([
    ...sellable.map((text) => text + shortfall),
    ...(
      [
        'statusLoading',
        'statusPreorder',
        'statusOutOfStock',
        'statusDiscontinued',
        'statusUnknown',
        'statusError',
      ] as const
    ).map((id) => t(id)),
    ...dated('statusPreorderShips'),
    ...dated('statusOutOfStockExpected'),
  ]).slice(0, 3);
}

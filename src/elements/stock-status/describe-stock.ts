import { daysUntil, expectedDateOf, statusOf } from '../../data/stock-state.js';
import type { AvailabilityEntry, CalendarDate, StockState } from '../../data/types.js';
import { formatExpectedDate, type Translate } from '../../i18n/format.js';

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

/** Turns what the client knows into the state and the words a shopper reads. */
export function describeStock(
  entry: AvailabilityEntry,
  options: DescribeOptions,
): StockDescription {
  const { t, locale, today } = options;
  switch (entry.kind) {
    case 'loading':
      return { state: 'loading', text: t('statusLoading') };
    case 'unknown':
      return { state: 'unknown', text: t('statusUnknown') };
    case 'error':
      return { state: 'error', text: t('statusError') };
    case 'found':
      break;
  }
  const item = entry.availability;
  const state = statusOf(item, options.lowStockThreshold);
  const expected = expectedDateOf(item, today);
  // The calendar date, with "in 2 weeks" when near (see formatExpectedDate).
  const when = (date: CalendarDate) => formatExpectedDate(date, locale, t, today);
  const dated = (withDate: Parameters<Translate>[0], without: Parameters<Translate>[0]) =>
    expected ? t(withDate, { date: when(expected) }) : t(without);

  let text: string;
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
        expected && daysUntil(expected, today) === 0
          ? t('statusBackorderAnyDay')
          : dated('statusBackorderExpected', 'statusBackorder');
      break;
    case 'preorder':
      text =
        expected && daysUntil(expected, today) > 0
          ? t('statusPreorderShips', { date: when(expected) })
          : t('statusPreorder');
      break;
    case 'out-of-stock':
      text =
        expected && daysUntil(expected, today) > 0
          ? t('statusOutOfStockExpected', { date: when(expected) })
          : t('statusOutOfStock');
      break;
    case 'discontinued':
      text = t('statusDiscontinued');
      break;
  }

  // The shopper wants more than can ship now: say so, unless nothing can ship at all.
  const canShip = item.quantity;
  const sellable = state === 'in-stock' || state === 'low-stock' || state === 'backorder';
  if (sellable && canShip !== undefined && canShip > 0 && options.wanted > canShip) {
    text += ` · ${t('statusShortfall', { count: canShip, wanted: options.wanted })}`;
  }
  return { state, text, message: item.message };
}

import { addDays, daysBetween, today as todayInCalendar } from './calendar-date.js';
import type {
  Availability,
  AvailabilityEntry,
  AvailabilityStatus,
  CalendarDate,
  StockState,
} from './types.js';

/**
 * The status of an item: the one the endpoint named, else derived from
 * `quantity`: above the threshold `in-stock`, 1..threshold `low-stock`,
 * 0 and `backorderable` `backorder`, else `out-of-stock`.
 */
export function statusOf(item: Availability, lowStockThreshold: number): AvailabilityStatus {
  if (item.status) return item.status;
  const quantity = item.quantity ?? 0;
  if (quantity > lowStockThreshold) return 'in-stock';
  if (quantity > 0) return 'low-stock';
  return item.backorderable ? 'backorder' : 'out-of-stock';
}

/** The state an element shows for what the client knows. */
export function stateOf(entry: AvailabilityEntry, lowStockThreshold: number): StockState {
  switch (entry.kind) {
    case 'found':
      return statusOf(entry.availability, lowStockThreshold);
    case 'loading':
    case 'unknown':
    case 'error':
      return entry.kind;
  }
}

/** When more units are expected: `restockDate`, else today + `leadTimeDays`, else undefined. */
export function expectedDateOf(
  item: Availability,
  today: CalendarDate = todayInCalendar(),
): CalendarDate | undefined {
  if (item.restockDate) return item.restockDate;
  if (item.leadTimeDays !== undefined) return addDays(today, item.leadTimeDays);
  return undefined;
}

/** Days from today until `date`; 0 for today or a date already past ("any day now"). */
export function daysUntil(date: CalendarDate, today: CalendarDate = todayInCalendar()): number {
  return Math.max(0, daysBetween(today, date));
}

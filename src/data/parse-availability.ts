import { addDays, isIsoDate, parseCalendarDate, today } from './calendar-date.js';
import { isRecord } from './json.js';
import type { Availability, AvailabilityStatus } from './types.js';

// Status names after lower-casing and dropping `-`, `_`, spaces and a schema.org prefix.
const STATUS_BY_KEY: Record<string, AvailabilityStatus> = {
  instock: 'in-stock',
  lowstock: 'low-stock',
  limitedavailability: 'low-stock',
  backorder: 'backorder',
  preorder: 'preorder',
  outofstock: 'out-of-stock',
  soldout: 'out-of-stock',
  discontinued: 'discontinued',
};

/**
 * Normalises a status name: kebab-case (`in-stock`), snake_case (`in_stock`)
 * and schema.org `ItemAvailability` names (`InStock`, `https://schema.org/InStock`).
 * Returns undefined for a name we do not know.
 */
export function normaliseStatus(name: string): AvailabilityStatus | undefined {
  const key = name
    .trim()
    .replace(/^https?:\/\/schema\.org\//i, '')
    .replace(/[-_\s]/g, '')
    .toLowerCase();
  return Object.hasOwn(STATUS_BY_KEY, key) ? STATUS_BY_KEY[key] : undefined;
}

/** The result of reading one answer: the good items, and why the others were dropped. */
export interface ParsedAnswer {
  items: Availability[];
  /** One line per dropped item or field: which SKU (if any) and which field broke the types. */
  dropped: string[];
}

/** Longest merchant `message` kept, in UTF-16 units: a few lines of an element, not a page. */
export const MAX_MESSAGE_LENGTH = 240;

/**
 * `text` cut to at most `max` characters, at the last word boundary in its
 * second half (else mid-word, never inside a surrogate pair), with an ellipsis.
 */
export function cutMessage(text: string, max = MAX_MESSAGE_LENGTH): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  if (space > max / 2) cut = cut.slice(0, space);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Thrown when the answer as a whole is not `{items: [...]}`, an array or (per-SKU URLs) one item. */
export class AnswerShapeError extends Error {
  override name = 'AnswerShapeError';
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Reads one item, or says which field breaks the contract's types. `null`
 * counts as absent. A value of the right type that no calendar holds (a date
 * after 9999-12-31) is a bad field: it is left out, the item kept, and the
 * reason added to `droppedFields`.
 */
export function parseItem(raw: unknown, droppedFields: string[] = []): Availability | string {
  if (!isRecord(raw)) return 'not an object';
  const {
    sku,
    status,
    quantity,
    backorderable,
    backorderLimit,
    restockDate,
    leadTimeDays,
    message,
  } = raw;
  if (typeof sku !== 'string' || sku === '') return 'sku: expected a non-empty string';
  const item: Availability = { sku };
  const broken = (field: string, expected: string) => `${sku}: ${field}: expected ${expected}`;

  if (status != null) {
    if (typeof status !== 'string') return broken('status', 'a string');
    const normalised = normaliseStatus(status);
    if (!normalised) return broken('status', `a known status, got "${status.slice(0, 40)}"`);
    item.status = normalised;
  }
  if (quantity != null) {
    if (!isCount(quantity)) return broken('quantity', 'a number ≥ 0');
    item.quantity = Math.floor(quantity);
  }
  if (backorderable != null) {
    if (typeof backorderable !== 'boolean') return broken('backorderable', 'a boolean');
    item.backorderable = backorderable;
  }
  if (backorderLimit != null) {
    if (!isCount(backorderLimit)) return broken('backorderLimit', 'a number ≥ 0');
    item.backorderLimit = Math.floor(backorderLimit);
  }
  const beyondCalendar = (field: string) =>
    droppedFields.push(broken(field, 'a date before year 10000'));
  if (restockDate != null) {
    if (typeof restockDate !== 'string' || !isIsoDate(restockDate))
      return broken('restockDate', 'an ISO 8601 date');
    const date = parseCalendarDate(restockDate);
    if (date) item.restockDate = date;
    else beyondCalendar('restockDate');
  }
  if (leadTimeDays != null) {
    if (!isCount(leadTimeDays)) return broken('leadTimeDays', 'a number ≥ 0');
    const days = Math.ceil(leadTimeDays);
    if (addDays(today(), days)) item.leadTimeDays = days;
    else beyondCalendar('leadTimeDays');
  }
  if (message != null) {
    if (typeof message !== 'string') return broken('message', 'a string');
    if (message.trim() !== '') item.message = cutMessage(message.trim());
  }
  return item;
}

/**
 * Reads a parsed JSON answer: `{items: [...]}` or a bare array; with
 * `singleItemAllowed` (per-SKU URLs) also one item object.
 * @throws AnswerShapeError when the answer has none of those shapes.
 */
export function parseAnswer(json: unknown, singleItemAllowed = false): ParsedAnswer {
  let rawItems: unknown[];
  if (Array.isArray(json)) rawItems = json;
  else if (isRecord(json) && Array.isArray(json.items)) rawItems = json.items;
  else if (singleItemAllowed && isRecord(json) && 'sku' in json) rawItems = [json];
  else throw new AnswerShapeError('expected {"items": [...]} or an array of items');

  const answer: ParsedAnswer = { items: [], dropped: [] };
  for (const raw of rawItems) {
    const parsed = parseItem(raw, answer.dropped);
    if (typeof parsed === 'string') answer.dropped.push(parsed);
    else answer.items.push(parsed);
  }
  return answer;
}

/** The availability states the endpoint can name (after normalisation). */
export type AvailabilityStatus =
  'in-stock' | 'low-stock' | 'backorder' | 'preorder' | 'out-of-stock' | 'discontinued';

/** Every state an element reflects on its host as `state="…"`. */
export type StockState = AvailabilityStatus | 'loading' | 'unknown' | 'error';

/** A calendar date, `YYYY-MM-DD`: the same day for a shopper in any time zone. */
export type CalendarDate = string;

/** One SKU's availability, normalised from the endpoint's answer. */
export interface Availability {
  /** The SKU asked for. */
  sku: string;
  /** The status the endpoint named, normalised to kebab-case; absent when it named none. */
  status?: AvailabilityStatus;
  /** Units that can ship now. */
  quantity?: number;
  /** More units than `quantity` may be ordered. */
  backorderable?: boolean;
  /** At most this many units beyond `quantity`. */
  backorderLimit?: number;
  /** When more units are expected, as a calendar date in the shopper's calendar. */
  restockDate?: CalendarDate;
  /** Days until more units are expected, when there is no date. */
  leadTimeDays?: number;
  /** The merchant's note: plain text, never HTML. */
  message?: string;
}

/** Why a request for availability failed. */
export type AvailabilityErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'bad-shape'
  /** The platform answered with an error of its own (not retried). */
  | 'rejected'
  /** The SKU cannot be sent: it holds a lone UTF-16 surrogate (not retried). */
  | 'invalid-sku';

/** A failed availability request, as subscribers see it. */
export interface AvailabilityError {
  kind: AvailabilityErrorKind;
  /** HTTP status for `http` errors. */
  status?: number;
  /** Whether the client will try again by itself. */
  willRetry: boolean;
  message: string;
}

/** What the client knows about one SKU at a given moment. */
export type AvailabilityEntry =
  | { readonly kind: 'loading' }
  | { readonly kind: 'found'; readonly availability: Availability }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'error'; readonly error: AvailabilityError };

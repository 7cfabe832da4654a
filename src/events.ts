import type { BackorderChoice } from './data/backorder-policy.js';
import type { Availability, CalendarDate, StockState } from './data/types.js';

/** Detail of `stock-change`: the element's SKU, its state and the answer behind it. */
export interface StockChangeDetail {
  sku: string;
  state: StockState;
  /** The endpoint's answer for the SKU; undefined for `unknown` and `error`. */
  availability: Availability | undefined;
}

/** Fired by every element when the state or answer for its SKU changes. */
export type StockChangeEvent = CustomEvent<StockChangeDetail>;

/** Detail of `notify-submit`: the sign-up about to be sent. */
export interface NotifySubmitDetail {
  sku: string;
  /** Trimmed. */
  email: string;
  /** The alert-consent box's state, or `true` when the form shows none. */
  consent: boolean;
}

/** Fired by `<notify-me-form>` before it sends; `preventDefault()` keeps it from sending (the page takes over). */
export type NotifySubmitEvent = CustomEvent<NotifySubmitDetail>;

/** Detail of `notify-success`. */
export interface NotifySuccessDetail {
  sku: string;
  email: string;
  /** `true` when the endpoint answered 409: the address was on the list already. */
  alreadySubscribed: boolean;
}

/** Fired by `<notify-me-form>` when the shopper is on the list (2xx or 409). */
export type NotifySuccessEvent = CustomEvent<NotifySuccessDetail>;

/** Detail of `notify-error`. */
export interface NotifyErrorDetail {
  sku: string;
  email: string;
  /** The HTTP status; 0 for a network error or timeout. */
  status: number;
  /** `true` when the sign-up was kept on the device and will be sent again. */
  queued: boolean;
}

/** Fired by `<notify-me-form>` when a sign-up did not go through (yet). */
export type NotifyErrorEvent = CustomEvent<NotifyErrorDetail>;

/**
 * Detail of `backorder-change`: what happens to a cart line under the
 * current choice. `choice` is null when there is no longer anything to decide.
 */
export interface BackorderChangeDetail {
  sku: string;
  /** The choice in force (chosen or default); null when nothing is to be decided or none is chosen. */
  choice: BackorderChoice | null;
  /** Units the shopper wants. */
  quantity: number;
  /** Units that ship right away under this choice. */
  shipNow: number;
  /** Units that wait for the restock under this choice (`together`: all that can be ordered). */
  backordered: number;
  /** Units dropped from the line under this choice (`cancel`: all not in stock; else any over `backorderLimit`). */
  removed: number;
  /** When the missing units are expected (`YYYY-MM-DD`, never in the past); undefined when unknown. */
  expectedDate: CalendarDate | undefined;
  /** Whether every unit of the line is charged with the order (else backordered units are charged when they ship). */
  chargeNow: boolean;
}

/** Fired by `<backorder-option>` when its choice or what the choice means changes. */
export type BackorderChangeEvent = CustomEvent<BackorderChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'stock-change': StockChangeEvent;
    'notify-submit': NotifySubmitEvent;
    'notify-success': NotifySuccessEvent;
    'notify-error': NotifyErrorEvent;
    'backorder-change': BackorderChangeEvent;
  }
}

import type { Availability, StockState } from './data/types.js';

/** Detail of `stock-change`: the element's SKU, its state and the answer behind it. */
export interface StockChangeDetail {
  sku: string;
  state: StockState;
  /** The endpoint's answer for the SKU; undefined for `unknown` and `error`. */
  availability: Availability | undefined;
}

/** Fired by every element when the state or answer for its SKU changes. */
export type StockChangeEvent = CustomEvent<StockChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'stock-change': StockChangeEvent;
  }
}

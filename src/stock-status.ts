/**
 * `backorder-elements/stock-status.js`: registers `<stock-status>` and exports its class.
 * Import it alone and a bundler ships this element (and Lit) only.
 */
import { StockStatus } from './elements/stock-status/stock-status.js';

StockStatus.define();

export { StockStatus };

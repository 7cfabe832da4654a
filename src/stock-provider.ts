/**
 * `backorder-elements/stock-provider.js`: registers `<stock-provider>` and exports its class.
 * Import it alone and a bundler ships this element (and Lit) only.
 */
import { StockProvider } from './elements/stock-provider/stock-provider.js';

StockProvider.define();

export { StockProvider };

/**
 * `backorder-elements/stock-provider.js`: registers `<stock-provider>` and exports its class.
 * Import it alone and a bundler ships this element (and Lit) only.
 */
import { StockProvider } from './elements/stock-provider/stock-provider.js';
import { attachContextRoot } from './elements/shared/context-root.js';

// Imported in any order: a provider defined after its elements still reaches them.
attachContextRoot();
StockProvider.define();

export { StockProvider };

/**
 * `backorder-elements/stock-status.js`: registers `<stock-status>` and exports its class.
 * Import it alone and a bundler ships this element (and Lit) only.
 */
import { StockStatus } from './elements/stock-status/stock-status.js';
import { loadPageTexts } from './elements/shared/backorder-element.js';
import { attachContextRoot } from './elements/shared/context-root.js';

// Imported in any order: a provider defined after its elements still reaches them.
attachContextRoot();
loadPageTexts();
StockStatus.define();

export { StockStatus };

/**
 * `backorder-elements/backorder-summary.js`: registers `<backorder-summary>` and exports its class.
 * Import it alone and a bundler ships this element (and Lit) only.
 */
import { BackorderSummary } from './elements/backorder-summary/backorder-summary.js';
import { loadPageTexts } from './elements/shared/backorder-element.js';
import { attachContextRoot } from './elements/shared/context-root.js';

// Imported in any order: a provider defined after its elements still reaches them.
attachContextRoot();
loadPageTexts();
BackorderSummary.define();

export { BackorderSummary };

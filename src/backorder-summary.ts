/**
 * `backorder-elements/backorder-summary.js`: registers `<backorder-summary>` and exports its class.
 * Import it alone and a bundler ships this element (and Lit) only.
 */
import { BackorderSummary } from './elements/backorder-summary/backorder-summary.js';
import { attachContextRoot } from './elements/shared/context-root.js';

// Imported in any order: a provider defined after its elements still reaches them.
attachContextRoot();
BackorderSummary.define();

export { BackorderSummary };

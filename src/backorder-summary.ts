/**
 * `backorder-elements/backorder-summary.js`: registers `<backorder-summary>` and exports its class.
 * Import it alone and a bundler ships this element (and Lit) only.
 */
import { BackorderSummary } from './elements/backorder-summary/backorder-summary.js';

BackorderSummary.define();

export { BackorderSummary };

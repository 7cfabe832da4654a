/**
 * `backorder-elements/backorder-option.js`: registers `<backorder-option>` and exports its class.
 * Import it alone and a bundler ships this element (and Lit) only.
 */
import { BackorderOption } from './elements/backorder-option/backorder-option.js';

BackorderOption.define();

export { BackorderOption };

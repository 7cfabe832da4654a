/**
 * `backorder-elements/backorder-option.js`: registers `<backorder-option>` and exports its class.
 * Import it alone and a bundler ships this element (and Lit) only.
 */
import { BackorderOption } from './elements/backorder-option/backorder-option.js';
import { loadPageTexts } from './elements/shared/backorder-element.js';
import { attachContextRoot } from './elements/shared/context-root.js';

// Imported in any order: a provider defined after its elements still reaches them.
attachContextRoot();
loadPageTexts();
BackorderOption.define();

export { BackorderOption };

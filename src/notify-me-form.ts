/**
 * `backorder-elements/notify-me-form.js`: registers `<notify-me-form>` and exports its class.
 * Import it alone and a bundler ships this element (and Lit) only.
 */
import { NotifyMeForm } from './elements/notify-me-form/notify-me-form.js';
import { loadPageTexts } from './elements/shared/backorder-element.js';
import { attachContextRoot } from './elements/shared/context-root.js';

// Imported in any order: a provider defined after its elements still reaches them.
attachContextRoot();
loadPageTexts();
NotifyMeForm.define();

export { NotifyMeForm };

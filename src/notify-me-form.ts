/**
 * `backorder-elements/notify-me-form.js`: registers `<notify-me-form>` and exports its class.
 * Import it alone and a bundler ships this element (and Lit) only.
 */
import { NotifyMeForm } from './elements/notify-me-form/notify-me-form.js';

NotifyMeForm.define();

export { NotifyMeForm };

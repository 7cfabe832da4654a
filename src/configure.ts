/**
 * `backorder-elements/configure.js`: page-wide defaults, without registering
 * anything (the element modules read them whichever loads first).
 *
 * ```js
 * import { configure } from 'backorder-elements/configure.js';
 * configure({ endpoint: '/api/availability' });
 * ```
 */
export { configure, type BackorderConfig, type ConfigInput } from './config/config.js';

import { createContext } from '@lit/context';
import type { ConfigInput } from './config.js';

/**
 * The configuration a `<stock-provider>` shares with its subtree.
 * `Symbol.for` so that two copies of the bundle on one page still understand
 * each other's providers.
 */
export const stockConfigContext = createContext<ConfigInput | undefined>(
  Symbol.for('backorder-elements.config'),
);

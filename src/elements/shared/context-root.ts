import { ContextRoot } from '@lit/context';
import { pageSingleton } from '../../data/page-singleton.js';

/**
 * Lets a `<stock-provider>` defined after its elements still reach them: a
 * `ContextRoot` on the document keeps context requests nobody answered and
 * replays them when a provider appears. One per page, whichever copy of the
 * elements attaches it first. The per-element modules need it, since a page
 * may import them in any order; `define.ts` and the script-tag builds define
 * the provider first and do without.
 */
export function attachContextRoot(): void {
  const root = globalThis.document?.documentElement;
  if (!root) return;
  pageSingleton('context-root', () => {
    new ContextRoot().attach(root);
    return true;
  });
}

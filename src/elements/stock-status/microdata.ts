import type { StockState } from '../../data/types.js';

/** schema.org `ItemAvailability` for each state we can vouch for. */
const SCHEMA_AVAILABILITY: Partial<Record<StockState, string>> = {
  'in-stock': 'https://schema.org/InStock',
  'low-stock': 'https://schema.org/LimitedAvailability',
  backorder: 'https://schema.org/BackOrder',
  preorder: 'https://schema.org/PreOrder',
  'out-of-stock': 'https://schema.org/OutOfStock',
  discontinued: 'https://schema.org/Discontinued',
};

const OFFER =
  '[itemscope][itemtype$="schema.org/Offer"], [itemscope][itemtype$="schema.org/AggregateOffer"]';

/**
 * Keeps `<link itemprop="availability" href="https://schema.org/…">` as a
 * light-DOM child of `host` in step with `state`, when `host` sits inside a
 * schema.org Offer. A link the server rendered is updated, not duplicated.
 * With no state we can vouch for (loading, unknown, error, or microdata off)
 * our own link is removed and a server-rendered one is left as it was.
 */
export function syncMicrodata(host: HTMLElement, state: StockState | undefined): void {
  const existing = host.querySelector<HTMLLinkElement>(':scope > link[itemprop="availability"]');
  const href = state ? SCHEMA_AVAILABILITY[state] : undefined;
  if (!href || !host.closest(OFFER)) {
    if (existing?.dataset.backorderElements !== undefined) existing.remove();
    return;
  }
  const link = existing ?? document.createElement('link');
  if (!existing) {
    link.setAttribute('itemprop', 'availability');
    link.dataset.backorderElements = '';
    host.append(link);
  }
  if (link.getAttribute('href') !== href) link.setAttribute('href', href);
}

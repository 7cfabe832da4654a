import { expect, fixture, html } from '@open-wc/testing';
import { getAvailabilityClient } from '../../src/data/shared-clients.js';
import { jsonSource } from '../../src/data/sources/json-source.js';
import type { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import '../../src/stock-status.js';
import { serveItems, until, useMockEndpoint } from '../helpers/mock-endpoint.js';

// Runs on its own page: no Swedish texts are loaded when it starts.
describe('a language that loads on first use', () => {
  useMockEndpoint();

  it('shows the loading state, never the English answer, until the Swedish texts arrive', async () => {
    serveItems([{ sku: 'SV-1', quantity: 40 }]);
    // The answer is already known, so it could show at once: only the texts are missing.
    await getAvailabilityClient({ endpoint: '/api/availability', source: jsonSource }).request([
      'SV-1',
    ]);
    const seen: string[] = [];
    const events: string[] = [];
    const el = document.createElement('stock-status') as StockStatus;
    el.setAttribute('locale', 'sv-SE');
    el.setAttribute('endpoint', '/api/availability');
    el.setAttribute('sku', 'SV-1');
    el.addEventListener('stock-change', () => events.push(label(el)));
    const record = () => seen.push(`${el.state}: ${label(el)}`);
    el.addEventListener('stock-change', record);
    const observer = new MutationObserver(record);
    await fixture(html`<div></div>`).then((box) => box.append(el));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    record();
    await until(() => el.state === 'in-stock', 3000, 'the Swedish answer');
    await el.updateComplete;
    observer.disconnect();
    expect(label(el)).to.equal('I lager');
    expect(events, 'one stock-change, in Swedish').to.deep.equal(['I lager']);
    expect(seen.filter((text) => text.includes('In stock'))).to.deep.equal([]);
  });
});

function label(el: StockStatus): string {
  return el.shadowRoot?.querySelector('[part="label"]')?.textContent?.trim() ?? '';
}

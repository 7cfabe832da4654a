import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import '../../src/stock-status.js';
import { serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { watchPageErrors } from '../helpers/page-errors.js';

// Runs on its own page: the Swedish texts have not been loaded when it starts,
// and the mock makes loading them fail.
describe('a language that cannot load', () => {
  useMockEndpoint();

  it('shows English, says so once in the console, and throws nothing', async () => {
    worker.use(http.get(/catalogues\/sv/, () => HttpResponse.error()));
    serveItems([{ sku: 'FB-1', quantity: 40 }]);
    const errors = watchPageErrors();
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      const box = await fixture(html`
        <div>
          <stock-status locale="sv-SE" endpoint="/api/availability" sku="FB-1"></stock-status>
          <stock-status locale="sv" endpoint="/api/availability" sku="FB-1"></stock-status>
        </div>
      `);
      const elements = [...box.querySelectorAll<StockStatus>('stock-status')];
      await until(() => elements.every((el) => el.state === 'in-stock'), 3000, 'the answers');
      await Promise.all(elements.map((el) => el.updateComplete));
      const labels = elements.map((el) =>
        el.shadowRoot!.querySelector('[part="label"]')?.textContent?.trim(),
      );
      expect(labels).to.deep.equal(['In stock', 'In stock']);
    } finally {
      console.warn = warn;
      errors.stop();
    }
    expect(warnings.filter((text) => text.includes('Swedish'))).to.have.length(1);
    expect(errors.caught).to.deep.equal([]);
  });
});

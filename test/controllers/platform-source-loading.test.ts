import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import '../../src/stock-status.js';
import { until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { watchPageErrors } from '../helpers/page-errors.js';

// Runs on its own page: the Shopify source has not been loaded when it starts,
// and the mock makes loading it fail.
describe('a platform source that cannot load', () => {
  useMockEndpoint();

  it('shows error (not a false answer), warns once, and settles', async () => {
    worker.use(http.get(/shopify-source/, () => HttpResponse.error()));
    const errors = watchPageErrors();
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    let updates = 0;
    try {
      const el = await fixture<StockStatus>(
        html`<stock-status source="shopify" endpoint="/api/graphql.json" sku="1"></stock-status>`,
      );
      await until(() => el.state === 'error', 3000, 'the error state');
      const count = () => updates++;
      el.addController({ hostUpdated: count });
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      console.warn = warn;
      errors.stop();
    }
    expect(updates, 'no update loop').to.be.below(3);
    expect(warnings.filter((text) => text.includes('Shopify'))).to.have.length(1);
    expect(errors.caught).to.deep.equal([]);
  });
});

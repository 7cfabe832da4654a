import { expect, fixture, html } from '@open-wc/testing';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import { serveItems, until, useMockEndpoint } from '../helpers/mock-endpoint.js';

StockStatus.define();

describe('<stock-status>', () => {
  useMockEndpoint();

  it('shows "In stock" for a well-stocked SKU', async () => {
    serveItems([{ sku: 'A', quantity: 20 }]);
    const el = await fixture<StockStatus>(html`<stock-status endpoint="/api/availability" sku="A"></stock-status>`);
    await until(() => el.state !== 'loading');
    expect(el.getAttribute('state')).to.equal('in-stock');
    expect(el.shadowRoot!.textContent).to.contain('In stock');
  });
});

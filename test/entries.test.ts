import { expect, fixture, html } from '@open-wc/testing';
import type { StockStatus } from '../src/elements/stock-status/stock-status.js';
import { serveItems, until, useMockEndpoint } from './helpers/mock-endpoint.js';

// The per-element modules (`backorder-elements/stock-status.js`, …), imported
// here one by one, in the order a page's own code may happen to load them.
describe('per-element modules', () => {
  useMockEndpoint();

  it('a <stock-provider> defined after its elements still configures them', async () => {
    serveItems([{ sku: 'LATE-1', quantity: 40 }]);
    await import('../src/stock-status.js');
    const provider = await fixture(
      html`<stock-provider endpoint="/api/availability">
        <stock-status sku="LATE-1"></stock-status>
      </stock-provider>`,
    );
    const status = provider.querySelector<StockStatus>('stock-status')!;
    await status.updateComplete;
    expect(customElements.get('stock-provider'), 'provider not defined yet').to.equal(undefined);
    expect(status.state, 'no endpoint before the provider is defined').to.equal('unknown');

    await import('../src/stock-provider.js');
    await until(() => status.state === 'in-stock', 3000, 'the late provider to configure it');
  });

  it('each registers its element and exports its class', async () => {
    const modules = {
      'stock-status': await import('../src/stock-status.js'),
      'stock-provider': await import('../src/stock-provider.js'),
      'notify-me-form': await import('../src/notify-me-form.js'),
      'backorder-option': await import('../src/backorder-option.js'),
      'backorder-summary': await import('../src/backorder-summary.js'),
    };
    for (const [tag, module] of Object.entries(modules)) {
      const [exported] = Object.values(module);
      expect(customElements.get(tag), tag).to.equal(exported);
    }
  });

  it('configure.js sets page defaults without registering anything', async () => {
    const { configure } = await import('../src/configure.js');
    serveItems([{ sku: 'LATE-2', quantity: 1 }]);
    configure({ endpoint: '/api/availability' });
    const status = await fixture<StockStatus>(html`<stock-status sku="LATE-2"></stock-status>`);
    await until(() => status.state === 'low-stock', 3000, 'the page default endpoint');
  });
});

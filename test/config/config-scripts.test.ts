import { expect, fixture, html } from '@open-wc/testing';
import { configure, readConfigScripts, resolveConfig } from '../../src/config/config.js';
import type { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import '../../src/stock-status.js';
import { serveItems, until, useMockEndpoint } from '../helpers/mock-endpoint.js';

/** Adds `<script type="application/json" data-backorder-config>` with `text` to the page. */
function configScript(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset.backorderConfig = '';
  script.textContent = text;
  document.head.append(script);
  scripts.push(script);
  return script;
}
const scripts: HTMLScriptElement[] = [];

describe('<script type="application/json" data-backorder-config>', () => {
  useMockEndpoint();
  afterEach(() => scripts.splice(0).forEach((script) => script.remove()));

  it('sets page defaults with the keys of configure()', () => {
    configScript('{"endpoint": "/api/availability", "lowStockThreshold": 2, "locale": "sv-SE"}');
    readConfigScripts();
    const config = resolveConfig();
    expect([config.endpoint, config.lowStockThreshold, config.locale]).to.deep.equal([
      '/api/availability',
      2,
      'sv-SE',
    ]);
  });

  it('configure() merges over it, whether called before or after it is read', () => {
    configure({ endpoint: '/api/from-configure', messages: { statusInStock: 'Available' } });
    configScript(
      '{"endpoint": "/api/from-script", "timeout": 3, "messages": {"statusLowStock": "Few"}}',
    );
    readConfigScripts();
    configure({ cacheTtl: 5 });
    const config = resolveConfig();
    expect([config.endpoint, config.timeout, config.cacheTtl]).to.deep.equal([
      '/api/from-configure',
      3,
      5,
    ]);
    expect(config.messages).to.deep.equal({ statusLowStock: 'Few', statusInStock: 'Available' });
  });

  it('configures elements already on the page when it is read', async () => {
    serveItems([{ sku: 'CFG-1', quantity: 40 }]);
    const el = await fixture<StockStatus>(html`<stock-status sku="CFG-1"></stock-status>`);
    expect(el.state).to.equal('unknown');
    configScript('{"endpoint": "/api/availability"}');
    readConfigScripts();
    await until(() => el.state === 'in-stock', 3000, 'the endpoint from the config block');
  });

  it('reports invalid JSON once and ignores it', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      configScript('{"endpoint": "/api/availability",}');
      configScript('["not", "an", "object"]');
      readConfigScripts();
      readConfigScripts();
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(2);
    expect(String(warnings[0]![0])).to.include('data-backorder-config');
    expect(resolveConfig().endpoint).to.equal(undefined);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { configure } from '../../src/config/config.js';
import { BackorderOption } from '../../src/elements/backorder-option/backorder-option.js';
import { BackorderSummary } from '../../src/elements/backorder-summary/backorder-summary.js';
import { NotifyMeForm } from '../../src/elements/notify-me-form/notify-me-form.js';
import { StockProvider } from '../../src/elements/stock-provider/stock-provider.js';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import type { BackorderElement } from '../../src/elements/shared/backorder-element.js';
import { inDays, serveItems, until, useMockEndpoint } from '../helpers/mock-endpoint.js';

BackorderOption.define();
BackorderSummary.define();
NotifyMeForm.define();
StockStatus.define();
StockProvider.define();

const ENDPOINT = '/api/availability';

/** Counts how often `el` reads its own settings, the first step of resolving its configuration. */
function countResolutions(el: BackorderElement): () => number {
  let proto: object | null = el;
  let getter: PropertyDescriptor | undefined;
  while (!getter && (proto = Object.getPrototypeOf(proto)))
    getter = Object.getOwnPropertyDescriptor(proto, 'attributeConfig');
  let reads = 0;
  Object.defineProperty(el, 'attributeConfig', {
    configurable: true,
    get() {
      reads++;
      return getter!.get!.call(this);
    },
  });
  return () => reads;
}

describe('the configuration, locale and texts of an element', () => {
  useMockEndpoint();

  it('are worked out once per update, however often render and the getters read them', async () => {
    serveItems([{ sku: 'NEAR', quantity: 1, backorderable: true, restockDate: inDays(5) }]);
    const el = await fixture<BackorderOption>(
      html`<backorder-option endpoint=${ENDPOINT} sku="NEAR" quantity="3"></backorder-option>`,
    );
    await until(() => el.choices.length > 0);
    await el.updateComplete;
    const resolutions = countResolutions(el);
    el.requestUpdate();
    const before = resolutions();
    await el.updateComplete;
    expect(resolutions() - before, 'one update').to.equal(1);
    // Until something changes, the getters reuse them too.
    void el.value;
    void el.outcome;
    expect(el.config.maxBackorderDays).to.equal(21);
    expect(resolutions() - before, 'reads after the update').to.equal(1);
  });

  it('follow a setting changed between updates, before the update runs', async () => {
    serveItems([{ sku: 'NEAR', quantity: 1, backorderable: true, restockDate: inDays(5) }]);
    const el = await fixture<BackorderOption>(
      html`<backorder-option endpoint=${ENDPOINT} sku="NEAR" quantity="3"></backorder-option>`,
    );
    await until(() => el.choices.length > 0);
    await el.updateComplete;
    expect(el.value).to.equal('split');
    el.maxBackorderDays = 2;
    // No update yet: the getters already see the new setting.
    expect(el.config.maxBackorderDays).to.equal(2);
    expect(el.choices).to.deep.equal(['cancel']);
    expect(el.value).to.equal('cancel');
    el.locale = 'de-DE';
    expect(el.resolvedLocale).to.equal('de-DE');
  });

  it('follow configure() and the provider between updates', async () => {
    const provider = await fixture<StockProvider>(
      html`<stock-provider low-stock-threshold="3"
        ><stock-status sku="A"></stock-status
      ></stock-provider>`,
    );
    const el = provider.querySelector<StockStatus>('stock-status')!;
    await el.updateComplete;
    expect(el.config.lowStockThreshold).to.equal(3);
    expect(el.config.cacheTtl).to.equal(60);
    configure({ cacheTtl: 30 });
    expect(el.config.cacheTtl).to.equal(30);
    provider.lowStockThreshold = 7;
    await provider.updateComplete;
    expect(el.config.lowStockThreshold).to.equal(7);
  });
});

describe('the hidden attribute', () => {
  useMockEndpoint();

  /** Every element of ours on one page, each showing something. */
  async function page() {
    serveItems([{ sku: 'NEAR', quantity: 1, backorderable: true, restockDate: inDays(5) }]);
    const provider = await fixture<StockProvider>(html`
      <stock-provider endpoint=${ENDPOINT} notify-endpoint="/api/notify" locale="en">
        <!-- The shop's own display for the host must not undo hidden either. -->
        <stock-status sku="NEAR" style="display: flex"></stock-status>
        <form>
          <backorder-option sku="NEAR" quantity="3" name="bo"></backorder-option>
          <backorder-summary></backorder-summary>
        </form>
        <notify-me-form sku="NEAR" always></notify-me-form>
      </stock-provider>
    `);
    const elements = [
      ...provider.querySelectorAll(
        'stock-status, backorder-option, backorder-summary, notify-me-form',
      ),
    ] as HTMLElement[];
    const shown = (el: HTMLElement) => el.getBoundingClientRect().height > 0;
    await until(() => elements.every(shown), 3000, 'every element to show something');
    return { provider, elements, shown };
  }

  it('hides each element, and removing it shows the element again', async () => {
    const { elements, shown } = await page();
    const stillShown = (el: HTMLElement) => shown(el) || getComputedStyle(el).display !== 'none';
    for (const el of elements) el.hidden = true;
    expect(elements.filter(stillShown).map((el) => el.localName)).to.deep.equal([]);
    for (const el of elements) el.hidden = false;
    expect(elements.filter((el) => !shown(el)).map((el) => el.localName)).to.deep.equal([]);
  });

  it('hides everything inside <stock-provider>', async () => {
    const { provider, elements, shown } = await page();
    provider.hidden = true;
    expect(getComputedStyle(provider).display).to.equal('none');
    expect(elements.filter(shown).map((el) => el.localName)).to.deep.equal([]);
    provider.hidden = false;
    expect(elements.every(shown)).to.be.true;
  });
});

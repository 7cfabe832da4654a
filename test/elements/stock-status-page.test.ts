import { elementUpdated, expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { StockProvider } from '../../src/elements/stock-provider/stock-provider.js';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import {
  platformHandlers,
  SHOPIFY_ENDPOINT,
  SHOPIFY_TOKEN,
  WOO_ENDPOINT,
} from '../../mocks/platform-handlers.js';
import { serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';

StockStatus.define();
StockProvider.define();

const ENDPOINT = '/api/availability';

describe('<stock-status> on a real page', () => {
  useMockEndpoint();

  describe('sku-from', () => {
    it('follows a <select> variant picker without glue code', async () => {
      serveItems([
        { sku: 'S', quantity: 20 },
        { sku: 'M', status: 'out-of-stock' },
      ]);
      const page = fixtureSync<HTMLElement>(html`
        <div>
          <select id="variant">
            <option value="S">S</option>
            <option value="M">M</option>
          </select>
          <stock-status endpoint=${ENDPOINT} sku-from="#variant"></stock-status>
        </div>
      `);
      const el = page.querySelector('stock-status')!;
      await until(() => el.state === 'in-stock');
      const select = page.querySelector('select')!;
      select.value = 'M';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => el.state === 'out-of-stock');
      expect(el.sku).to.equal('M');
    });

    it('follows a radio group', async () => {
      serveItems([
        { sku: 'RED', quantity: 2 },
        { sku: 'BLUE', quantity: 30 },
      ]);
      const page = fixtureSync<HTMLElement>(html`
        <div>
          <fieldset class="colours">
            <label><input type="radio" name="colour" value="RED" checked />Red</label>
            <label><input type="radio" name="colour" value="BLUE" />Blue</label>
          </fieldset>
          <stock-status endpoint=${ENDPOINT} sku-from=".colours"></stock-status>
        </div>
      `);
      const el = page.querySelector('stock-status')!;
      await until(() => el.state === 'low-stock');
      page.querySelector<HTMLInputElement>('input[value="BLUE"]')!.click();
      await until(() => el.state === 'in-stock');
    });

    it('follows a picker named after the element is on the page, and one it was moved next to', async () => {
      serveItems([
        { sku: 'S', quantity: 20 },
        { sku: 'M', status: 'out-of-stock' },
        { sku: 'L', quantity: 2 },
      ]);
      const page = fixtureSync<HTMLElement>(html`
        <div>
          <select id="variant">
            <option value="S">S</option>
            <option value="M">M</option>
            <option value="L">L</option>
          </select>
          <stock-status endpoint=${ENDPOINT} sku="L"></stock-status>
        </div>
      `);
      const el = page.querySelector('stock-status')!;
      await until(() => el.state === 'low-stock');
      el.skuFrom = '#variant';
      await until(() => el.state === 'in-stock');
      const select = page.querySelector('select')!;
      select.value = 'M';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => el.state === 'out-of-stock');
      // Moved into a shadow root with a picker of its own: follows that one only.
      const host = document.createElement('div');
      page.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      const ownPicker = document.createElement('select');
      ownPicker.id = 'variant';
      ownPicker.append(new Option('L', 'L'));
      shadow.append(ownPicker, el);
      await until(() => el.state === 'low-stock');
      select.value = 'S';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.sku, 'the old picker is not followed any more').to.equal('L');
    });

    it('ignores a selector that matches nothing or is invalid, keeping its own sku', async () => {
      serveItems([{ sku: 'A', quantity: 20 }]);
      const el = await fixture<StockStatus>(
        html`<stock-status endpoint=${ENDPOINT} sku="A" sku-from="#[nope"></stock-status>`,
      );
      await until(() => el.state === 'in-stock');
      expect(el.sku).to.equal('A');
    });
  });

  describe('microdata', () => {
    it('keeps a schema.org availability link in step with the state inside an Offer', async () => {
      serveItems([
        { sku: 'A', quantity: 20 },
        { sku: 'B', quantity: 0, backorderable: true },
      ]);
      const offer = fixtureSync<HTMLElement>(html`
        <div itemscope itemtype="https://schema.org/Offer">
          <stock-status endpoint=${ENDPOINT} sku="A" microdata></stock-status>
        </div>
      `);
      const el = offer.querySelector('stock-status')!;
      await until(() => el.state === 'in-stock');
      await elementUpdated(el);
      const links = () => [...offer.querySelectorAll('link[itemprop="availability"]')];
      expect(links().map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://schema.org/InStock',
      ]);
      el.sku = 'B';
      await until(() => el.state === 'backorder');
      await elementUpdated(el);
      expect(links().map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://schema.org/BackOrder',
      ]);
    });

    it('updates a server-rendered link instead of adding a second one', async () => {
      serveItems([{ sku: 'A', status: 'OutOfStock' }]);
      const offer = fixtureSync<HTMLElement>(html`
        <div itemscope itemtype="https://schema.org/Offer">
          <stock-status endpoint=${ENDPOINT} sku="A" microdata
            ><link itemprop="availability" href="https://schema.org/InStock"
          /></stock-status>
        </div>
      `);
      const el = offer.querySelector('stock-status')!;
      await until(() => el.state === 'out-of-stock');
      await elementUpdated(el);
      const links = [...offer.querySelectorAll('link[itemprop="availability"]')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://schema.org/OutOfStock',
      ]);
    });

    it('claims nothing while loading, on errors, outside an Offer, or without the attribute', async () => {
      serveItems([{ sku: 'A', quantity: 20 }]);
      const page = fixtureSync<HTMLElement>(html`
        <div>
          <div itemscope itemtype="https://schema.org/Offer">
            <stock-status endpoint=${ENDPOINT} sku="A"></stock-status>
          </div>
          <stock-status endpoint=${ENDPOINT} sku="A" microdata></stock-status>
          <div itemscope itemtype="https://schema.org/Offer">
            <stock-status endpoint=${ENDPOINT} sku="GONE" microdata></stock-status>
          </div>
        </div>
      `);
      const all = [...page.querySelectorAll('stock-status')];
      await until(() => all.every((el) => el.state !== 'loading'));
      await Promise.all(all.map((el) => elementUpdated(el)));
      expect(page.querySelectorAll('link').length).to.equal(0);
    });
  });

  describe('platform sources through the element', () => {
    beforeEach(() => worker.use(...platformHandlers()));

    it('reads a Shopify store with source="shopify"', async () => {
      const provider = await fixture<StockProvider>(html`
        <stock-provider
          source="shopify"
          endpoint=${SHOPIFY_ENDPOINT}
          storefront-token=${SHOPIFY_TOKEN}
        >
          <stock-status sku="44100002"></stock-status>
          <stock-status sku="gid://shopify/ProductVariant/44100003"></stock-status>
        </stock-provider>
      `);
      const [low, backorder] = [...provider.querySelectorAll('stock-status')];
      await until(() => low!.state !== 'loading' && backorder!.state !== 'loading');
      expect([low!.state, backorder!.state]).to.deep.equal(['low-stock', 'backorder']);
    });

    it('reads a WooCommerce store with source="woocommerce"', async () => {
      const el = await fixture<StockStatus>(
        html`<stock-status source="woocommerce" endpoint=${WOO_ENDPOINT} sku="504"></stock-status>`,
      );
      await until(() => el.state !== 'loading');
      expect(el.state).to.equal('out-of-stock');
    });

    it('shows error, not a guess, when the Shopify token is wrong', async () => {
      const el = await fixture<StockStatus>(html`
        <stock-status
          source="shopify"
          endpoint=${SHOPIFY_ENDPOINT}
          storefront-token="nope"
          sku="44100001"
        ></stock-status>
      `);
      await until(() => el.state !== 'loading');
      expect(el.state).to.equal('error');
    });
  });
});

import { loadCatalogue } from '../../src/i18n/messages.js';
import { elementUpdated, expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { render } from 'lit';
import { delay, http, HttpResponse, passthrough } from 'msw';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import type { CatalogueItem } from '../../mocks/catalogue.js';
import { inDays, serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { watchPageErrors } from '../helpers/page-errors.js';

StockStatus.define();

const ENDPOINT = '/api/availability';
const ITEMS: CatalogueItem[] = [
  { sku: 'IN', quantity: 40 },
  { sku: 'LOW', quantity: 2 },
  { sku: 'BACK', quantity: 0, backorderable: true, restockDate: inDays(9) },
  { sku: 'PRE', status: 'preorder', restockDate: inDays(30) },
  { sku: 'OUT', status: 'out-of-stock' },
  { sku: 'GONE', status: 'discontinued' },
];

/**
 * A product page: the status, then the shop's own button with its own markup;
 * once the answer is there and (with `controls`) the button follows it.
 */
async function productPage(
  sku: string,
  { attributes = '', button = '', controls = 'buy', follow = true } = {},
) {
  serveItems(ITEMS);
  const page = fixtureSync<HTMLElement>(
    `<div lang="en">
      <stock-status endpoint="${ENDPOINT}" sku="${sku}" ${controls ? `controls="${controls}"` : ''} ${attributes}></stock-status>
      <button id="buy" type="button" ${button}><svg aria-hidden="true" width="8" height="8"></svg> <b>Add</b> to cart</button>
    </div>`,
  );
  const el = page.querySelector('stock-status')!;
  const buy = page.querySelector<HTMLButtonElement>('#buy')!;
  const markup = [...buy.childNodes];
  await settled(el);
  if (controls && follow) await following(el);
  return { page, el, buy, markup };
}

async function settled(el: StockStatus) {
  await elementUpdated(el);
  await until(() => el.state !== 'loading', 3000, 'an answer');
  await elementUpdated(el);
}

/** Waits until the button follows `el`: its code has loaded and it is described by the status text. */
async function following(el: StockStatus) {
  await until(() => mirror(el) !== null, 3000, 'the button to follow');
}

/** The hidden copy of the status text that describes the button. */
const mirror = (el: StockStatus) => el.querySelector('[slot="button-description"]');

async function showSku(el: StockStatus, sku: string) {
  el.sku = sku;
  await settled(el);
}

/** The button's name and description, as Chromium's accessibility tree has them. */
async function accessible(name: string) {
  const snapshot = await a11ySnapshot({});
  return findAccessibilityNode<{ name: string; role: string; description?: string }>(
    snapshot as never,
    (node) => node.role === 'button' && node.name === name,
  );
}

// First on this page: the code for `controls` loads once per page, the first
// time an element has `controls`; this test holds its request with the mock.
describe('<stock-status controls> while the code for controls loads', () => {
  useMockEndpoint();

  it('leaves the button as the shop made it, follows the answer as soon as the code arrives, and an element removed meanwhile touches nothing', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requests = 0;
    worker.use(
      http.get(/purchase-button/, async () => {
        requests++;
        await held;
        return passthrough();
      }),
    );
    const errors = watchPageErrors();
    try {
      const { page, el, buy, markup } = await productPage('BACK', { follow: false });
      await until(() => requests > 0, 3000, 'the code for controls to be requested');
      expect(el.state).to.equal('backorder');
      expect([...buy.childNodes]).to.deep.equal(markup);
      expect(buy.hasAttribute('aria-describedby')).to.equal(false);

      // Another element, with its own button, leaves the page before the code arrives.
      const gone = document.createElement('stock-status');
      Object.assign(gone, { endpoint: ENDPOINT, sku: 'OUT', controls: 'other' });
      const other = Object.assign(document.createElement('button'), { id: 'other' });
      other.textContent = 'Buy now';
      page.append(gone, other);
      await settled(gone);
      gone.remove();

      release();
      await until(() => buy.textContent === 'Backorder', 3000, 'the button to follow');
      await elementUpdated(gone);
      expect(mirror(el)!.textContent).to.equal(
        el.shadowRoot!.querySelector('[part="label"]')!.textContent,
      );
      expect(requests, 'one request for the page').to.equal(1);
      expect(other.disabled).to.equal(false);
      expect(other.textContent).to.equal('Buy now');
      expect(other.hasAttribute('aria-describedby')).to.equal(false);
      expect(mirror(gone)).to.equal(null);
    } finally {
      release();
      errors.stop();
    }
    expect(errors.caught).to.deep.equal([]);
  });
});

describe('<stock-status controls>', () => {
  useMockEndpoint();

  it('follows a controls set later', async () => {
    const { el, buy } = await productPage('OUT', { controls: '' });
    expect(buy.disabled).to.equal(false);
    el.setAttribute('controls', 'buy');
    await until(() => buy.disabled, 3000, 'the button to follow');
  });

  it('puts the shop’s label, disabled and description back when controls is removed', async () => {
    const { el, buy, markup } = await productPage('BACK', {
      button: 'aria-describedby="shop-note"',
    });
    expect(buy.textContent).to.equal('Backorder');
    el.removeAttribute('controls');
    await elementUpdated(el);
    expect([...buy.childNodes]).to.deep.equal(markup);
    expect(buy.getAttribute('aria-describedby')).to.equal('shop-note');
    expect(mirror(el)).to.equal(null);

    el.controls = 'buy';
    await showSku(el, 'OUT');
    expect(buy.disabled).to.equal(true);
    el.controls = undefined;
    await elementUpdated(el);
    expect(buy.disabled).to.equal(false);
    expect(buy.getAttribute('aria-describedby')).to.equal('shop-note');
  });

  for (const sku of ['OUT', 'GONE']) {
    it(`disables the purchase button for ${sku === 'OUT' ? 'out-of-stock' : 'discontinued'}, keeping its label`, async () => {
      const { buy, markup } = await productPage(sku);
      expect(buy.disabled).to.equal(true);
      expect([...buy.childNodes]).to.deep.equal(markup);
    });
  }

  for (const [sku, label] of [
    ['BACK', 'Backorder'],
    ['PRE', 'Pre-order'],
  ]) {
    it(`relabels the button "${label}" for ${sku === 'BACK' ? 'backorder' : 'preorder'} and keeps it enabled`, async () => {
      const { buy } = await productPage(sku!);
      expect(buy.textContent).to.equal(label);
      expect(buy.disabled).to.equal(false);
    });
  }

  for (const sku of ['IN', 'LOW']) {
    it(`leaves the shop's own label and state for ${sku === 'IN' ? 'in-stock' : 'low-stock'}`, async () => {
      const { buy, markup } = await productPage(sku);
      expect(buy.disabled).to.equal(false);
      expect([...buy.childNodes]).to.deep.equal(markup);
    });
  }

  it('puts the shop’s label, markup and state back after a variant change to an in-stock one', async () => {
    const { el, buy, markup } = await productPage('BACK');
    await showSku(el, 'OUT');
    expect(buy.disabled).to.equal(true);
    expect(buy.textContent).to.equal(' Add to cart');
    await showSku(el, 'PRE');
    expect(buy.disabled).to.equal(false);
    expect(buy.textContent).to.equal('Pre-order');
    await showSku(el, 'IN');
    expect(buy.disabled).to.equal(false);
    // The very same nodes: the shop's icon and markup, not a copy of the text.
    expect([...buy.childNodes]).to.deep.equal(markup);
    expect(buy.querySelector('b')!.textContent).to.equal('Add');
  });

  it('leaves the button as the shop made it while loading, on error and on unknown', async () => {
    const { el, buy, markup } = await productPage('OUT');
    expect(buy.disabled).to.equal(true);
    worker.use(
      http.get(ENDPOINT, async ({ request }) => {
        const sku = new URL(request.url).searchParams.get('skus');
        if (sku === 'SLOW') await delay(300);
        if (sku === 'BROKEN') return HttpResponse.json({}, { status: 500 });
        return HttpResponse.json({ items: sku === 'SLOW' ? [{ sku, quantity: 0 }] : [] });
      }),
    );
    el.sku = 'SLOW';
    await until(() => el.state === 'loading');
    await elementUpdated(el);
    expect(buy.disabled, 'loading').to.equal(false);
    expect([...buy.childNodes]).to.deep.equal(markup);
    await until(() => el.state === 'out-of-stock');
    await elementUpdated(el);
    expect(buy.disabled).to.equal(true);
    await showSku(el, 'NOT-IN-CATALOGUE');
    expect(el.state).to.equal('unknown');
    expect(buy.disabled, 'unknown').to.equal(false);
    el.timeout = 0.2;
    await showSku(el, 'BROKEN');
    await until(() => el.state === 'error');
    await elementUpdated(el);
    expect(buy.disabled, 'error').to.equal(false);
    expect([...buy.childNodes]).to.deep.equal(markup);
  });

  it('never clears a disabled the shop set itself', async () => {
    const { el, buy } = await productPage('IN', { button: 'disabled' });
    expect(buy.disabled).to.equal(true);
    await showSku(el, 'OUT');
    expect(buy.disabled).to.equal(true);
    await showSku(el, 'LOW');
    expect(buy.disabled, 'the shop’s own disabled is back').to.equal(true);
    // The shop enables it (a size was chosen): ours comes and goes on top.
    buy.disabled = false;
    await showSku(el, 'GONE');
    expect(buy.disabled).to.equal(true);
    await showSku(el, 'IN');
    expect(buy.disabled).to.equal(false);
  });

  it('follows a button that appears after the element, and lets go of one that leaves', async () => {
    serveItems(ITEMS);
    const page = await fixture<HTMLElement>(
      html`<div>
        <stock-status endpoint=${ENDPOINT} sku="OUT" controls="later"></stock-status>
      </div>`,
    );
    const el = page.querySelector('stock-status')!;
    await settled(el);
    const later = document.createElement('button');
    later.id = 'later';
    later.textContent = 'Add to cart';
    page.append(later);
    await until(() => later.disabled, 2000, 'the late button to follow');
    later.remove();
    await until(() => !later.disabled, 2000, 'the removed button to be put back');
    expect(later.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('puts the button back when the element leaves the page or controls changes', async () => {
    const { page, el, buy, markup } = await productPage('BACK');
    const other = document.createElement('button');
    other.id = 'other';
    other.textContent = 'Buy now';
    page.append(other);
    el.controls = 'other';
    await elementUpdated(el);
    expect([...buy.childNodes]).to.deep.equal(markup);
    expect(other.textContent).to.equal('Backorder');
    el.remove();
    expect(other.textContent).to.equal('Buy now');
    expect(other.disabled).to.equal(false);
    expect(other.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('follows the state again when the page moves the element', async () => {
    const { page, el, buy } = await productPage('OUT');
    expect(buy.disabled).to.equal(true);
    // A framework moving the element: disconnected (the button is the shop's again), then connected elsewhere.
    const box = document.createElement('div');
    page.append(box);
    box.append(el);
    await until(() => buy.disabled, 2000, 'the button disabled again');
    expect(buy.getAttribute('aria-describedby')).to.equal(mirror(el)!.id);
  });

  it('says "Backorder" and "Pre-order" in Swedish and German, and takes the shop’s own words', async () => {
    const { el, buy } = await productPage('BACK', { attributes: 'locale="sv"' });
    expect(buy.textContent).to.equal('Restnotera');
    await showSku(el, 'PRE');
    expect(buy.textContent).to.equal('Förboka');
    el.locale = 'de';
    await elementUpdated(el);
    // German loads on first use; the button follows once it is here.
    await loadCatalogue('de');
    await new Promise((resolve) => setTimeout(resolve));
    await elementUpdated(el);
    expect(buy.textContent).to.equal('Vorbestellen');
    await showSku(el, 'BACK');
    expect(buy.textContent).to.equal('Nachbestellen');
    el.messages = { statusButtonBackorder: 'Order now, ships later' };
    await elementUpdated(el);
    expect(buy.textContent).to.equal('Order now, ships later');
  });

  it('keeps a shop’s aria-label in step with the new words', async () => {
    const { el, buy } = await productPage('PRE', { button: 'aria-label="Add to cart"' });
    expect(buy.getAttribute('aria-label')).to.equal('Pre-order');
    await showSku(el, 'IN');
    expect(buy.getAttribute('aria-label')).to.equal('Add to cart');
  });

  it('describes the button with the status text, in the accessibility tree, and passes axe', async () => {
    const { page, el, buy } = await productPage('BACK', { button: 'aria-describedby="shop-note"' });
    const note = document.createElement('p');
    note.id = 'shop-note';
    note.textContent = 'Free returns.';
    page.append(note);
    const ids = buy.getAttribute('aria-describedby')!.split(' ');
    expect(ids[0]).to.equal('shop-note');
    const mirror = document.getElementById(ids[1]!)!;
    const text = el.shadowRoot!.querySelector('[part="label"]')!.textContent!;
    expect(mirror.textContent).to.equal(text);
    const node = await accessible('Backorder');
    expect(node?.description).to.equal(`Free returns. ${text}`);
    await expect(page).to.be.accessible();

    await showSku(el, 'OUT');
    const out = await accessible('Add to cart');
    expect(out?.description).to.equal('Free returns. Out of stock');
    await showSku(el, 'NOT-IN-CATALOGUE');
    expect(buy.getAttribute('aria-describedby')).to.equal('shop-note');
  });

  it('finds the button in its own shadow root, and warns once about an id that is no button', async () => {
    serveItems(ITEMS);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    render(
      html`<stock-status endpoint=${ENDPOINT} sku="GONE" controls="buy"></stock-status>
        <button id="buy">Add to cart</button><a id="link" href="#">Add</a>`,
      root,
    );
    const el = root.querySelector('stock-status')!;
    await settled(el);
    await following(el);
    expect(root.querySelector('button')!.disabled).to.equal(true);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      el.controls = 'link';
      await elementUpdated(el);
      el.requestUpdate();
      await elementUpdated(el);
    } finally {
      console.warn = warn;
    }
    expect(root.querySelector('button')!.disabled).to.equal(false);
    expect(warnings).to.deep.equal(['[backorder-elements] controls="link" is no <button>']);
  });
});

import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import { serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { watchPageErrors } from '../helpers/page-errors.js';

StockStatus.define();

// Runs on its own page: the code for `controls` has not been loaded when it
// starts, and the mock makes loading it fail (a deploy that lost the file).
describe('<stock-status controls> whose code cannot load', () => {
  useMockEndpoint();

  it('leaves the button exactly as the shop made it, warns once, and throws nothing', async () => {
    serveItems([
      { sku: 'OUT', status: 'out-of-stock' },
      { sku: 'BACK', quantity: 0, backorderable: true },
    ]);
    worker.use(http.get(/purchase-button/, () => HttpResponse.error()));
    const errors = watchPageErrors();
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    let page: HTMLElement;
    try {
      page = await fixture<HTMLElement>(
        html`<div>
          <stock-status endpoint="/api/availability" sku="OUT" controls="buy"></stock-status>
          <stock-status endpoint="/api/availability" sku="BACK" controls="buy"></stock-status>
          <button id="buy" aria-describedby="note">Add to cart</button>
          <p id="note">Free returns.</p>
        </div>`,
      );
      const all = [...page.querySelectorAll('stock-status')];
      await until(() => all.every((el) => el.state !== 'loading'), 3000, 'the answers');
      await until(() => warnings.length > 0, 3000, 'the warning');
      for (const el of all) await elementUpdated(el);
      // Another update must not try again.
      all[0]!.sku = 'BACK';
      await until(() => all[0]!.state === 'backorder', 3000, 'the next answer');
      await elementUpdated(all[0]!);
    } finally {
      console.warn = warn;
      errors.stop();
    }
    const buy = page.querySelector('button')!;
    expect(buy.outerHTML).to.equal('<button id="buy" aria-describedby="note">Add to cart</button>');
    expect(page.querySelectorAll('[slot]')).to.have.length(0);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('could not load the code for controls');
    expect(errors.caught).to.deep.equal([]);
  });
});

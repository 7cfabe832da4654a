import { expect, fixtureSync, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { BackorderOption } from '../../src/elements/backorder-option/backorder-option.js';
import type { BackorderChangeDetail } from '../../src/events.js';
import { inDays, serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';

BackorderOption.define();

const ENDPOINT = '/api/availability';

describe('<backorder-option> outcome and label', () => {
  useMockEndpoint();

  async function line(sku: string, quantity: number, attributes = '') {
    serveItems([
      { sku: 'PLENTY', quantity: 20 },
      { sku: 'NEAR', quantity: 1, backorderable: true, restockDate: inDays(5) },
    ]);
    const form = fixtureSync<HTMLFormElement>(
      `<form><backorder-option endpoint="${ENDPOINT}" sku="${sku}" quantity="${quantity}" name="a" ${attributes}></backorder-option></form>`,
    );
    const el = form.querySelector('backorder-option')!;
    const events: BackorderChangeDetail[] = [];
    el.addEventListener('backorder-change', (event) => events.push(event.detail));
    await until(() => el.state !== 'loading', 3000, 'an answer');
    await el.updateComplete;
    return { el, events };
  }

  it('gives the plan of a line all in stock: everything ships now', async () => {
    const { el } = await line('PLENTY', 2);
    expect(el.outcome).to.deep.equal({
      sku: 'PLENTY',
      choice: null,
      quantity: 2,
      shipNow: 2,
      backordered: 0,
      removed: 0,
      expectedDate: undefined,
      chargeNow: true,
    });
  });

  it('gives the plan of the choice in force, as backorder-change tells it', async () => {
    const { el, events } = await line('NEAR', 3);
    expect(el.outcome).to.deep.equal(events.at(-1));
    expect(el.outcome).to.include({ choice: 'split', shipNow: 1, backordered: 2 });
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="cancel"]')!.click();
    await el.updateComplete;
    expect(el.outcome).to.deep.equal(events.at(-1));
    expect(el.outcome).to.include({ choice: 'cancel', shipNow: 1, backordered: 0 });
    el.quantity = 7;
    await el.updateComplete;
    expect(el.outcome).to.include({ choice: 'cancel', quantity: 7, shipNow: 1 });
  });

  it('is undefined while the stock is not known', async () => {
    worker.use(http.get(ENDPOINT, () => HttpResponse.json({ items: [] })));
    const el = fixtureSync<BackorderOption>(
      html`<backorder-option endpoint=${ENDPOINT} sku="MISSING" quantity="2"></backorder-option>`,
    );
    expect(el.outcome).to.equal(undefined);
    await until(() => el.state === 'unknown');
    expect(el.outcome).to.equal(undefined);
  });

  it('takes the line’s name from the label attribute', async () => {
    const { el } = await line('PLENTY', 1, 'label="Trail Socks"');
    expect(el.label).to.equal('Trail Socks');
  });
});

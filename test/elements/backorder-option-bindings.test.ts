import { expect, fixtureSync, html } from '@open-wc/testing';
import type { BackorderOption } from '../../src/elements/backorder-option/backorder-option.js';
import '../../src/backorder-option.js';
import { inDays, serveItems, until, useMockEndpoint } from '../helpers/mock-endpoint.js';

// Frameworks bind a model to `value` (Vue's v-model sets it when it mounts,
// before any answer); an empty model must not take the default away.
describe('<backorder-option> bound to an empty model', () => {
  useMockEndpoint();

  it("value = '' before the first answer keeps the default choice in the form", async () => {
    serveItems([{ sku: 'BIND-1', quantity: 1, backorderable: true, restockDate: inDays(5) }]);
    const form = fixtureSync<HTMLFormElement>(html`
      <form>
        <backorder-option endpoint="/api/availability" sku="BIND-1" quantity="3" name="choice">
        </backorder-option>
      </form>
    `);
    const el = form.querySelector<BackorderOption>('backorder-option')!;
    el.value = '';
    await until(() => el.state !== 'loading', 3000, 'an answer');
    await el.updateComplete;
    expect(el.value).to.equal('split');
    expect(new FormData(form).get('choice')).to.equal('split');

    el.value = '';
    await el.updateComplete;
    expect(new FormData(form).get('choice'), "'' after the answer clears the choice").to.equal(
      null,
    );
  });
});

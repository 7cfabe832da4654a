import { expect } from '@open-wc/testing';
import { until } from '../helpers/mock-endpoint.js';

// Runs on its own page, in German: nothing has loaded a language when it starts.
describe("the page's language", () => {
  it('starts loading as an element module loads, before any element renders', async () => {
    document.documentElement.lang = 'de';
    const { catalogueFor } = await import('../../src/i18n/messages.js');
    expect(catalogueFor('de'), 'before').to.equal(undefined);
    await import('../../src/stock-status.js');
    // No <stock-status> on the page: the module itself asked for the German texts.
    await until(() => catalogueFor('de') !== undefined, 3000, 'the German texts');
    expect(document.querySelector('stock-status')).to.equal(null);
  });
});

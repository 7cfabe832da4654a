import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { configure } from '../../src/config/config.js';
import { sharedAvailabilityClients } from '../../src/data/shared-clients.js';
import { resetSharedNotifyClient } from '../../src/data/notify-client.js';
import { BackorderOption } from '../../src/elements/backorder-option/backorder-option.js';
import { NotifyMeForm } from '../../src/elements/notify-me-form/notify-me-form.js';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import { inDays, serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { NotifyFormHarness } from '../helpers/notify-form-harness.js';

StockStatus.define();
BackorderOption.define();
NotifyMeForm.define();

const ENDPOINT = '/api/availability';

/** Counts every change a screen reader could announce inside the element's live regions. */
function watchLiveRegions(el: HTMLElement): { count(): number; stop(): void } {
  let changes = 0;
  const tally = (records: MutationRecord[]) => {
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      if (target?.closest('[role="status"], [aria-live]')) changes++;
    }
  };
  const observer = new MutationObserver(tally);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return {
    // Changes not delivered to the observer yet count too.
    count: () => {
      tally(observer.takeRecords());
      return changes;
    },
    stop: () => observer.disconnect(),
  };
}

/** Re-renders that change nothing a shopper hears. */
async function rerenderWithoutNews(
  el: StockStatus | BackorderOption | NotifyMeForm,
): Promise<void> {
  for (let round = 0; round < 5; round++) {
    el.requestUpdate();
    await el.updateComplete;
  }
  configure({ refreshInterval: 0, cacheTtl: 120 });
  await el.updateComplete;
  el.timeout = 7;
  await el.updateComplete;
  // New settings mean a new client and a new request: let it answer.
  await until(() =>
    sharedAvailabilityClients().every((client) => client.activity().inFlight === 0),
  );
  await el.updateComplete;
}

describe('live regions announce news once, not every re-render', () => {
  useMockEndpoint();
  afterEach(() => {
    localStorage.clear();
    resetSharedNotifyClient();
  });

  it('<stock-status> writes its live region only when the answer changes', async () => {
    serveItems([
      { sku: 'A', quantity: 20 },
      { sku: 'B', quantity: 2 },
    ]);
    const el = await fixture<StockStatus>(
      html`<stock-status endpoint=${ENDPOINT} sku="A"></stock-status>`,
    );
    await until(() => el.state === 'in-stock');
    await el.updateComplete;
    const live = watchLiveRegions(el);
    await rerenderWithoutNews(el);
    expect(live.count(), 're-renders without news').to.equal(0);
    el.sku = 'B';
    await until(() => el.state === 'low-stock');
    await el.updateComplete;
    expect(live.count(), 'a real change').to.be.greaterThan(0);
    live.stop();
  });

  it('<backorder-option> writes its charge note only when it says something new', async () => {
    serveItems([{ sku: 'NEAR', quantity: 1, backorderable: true, restockDate: inDays(5) }]);
    const el = await fixture<BackorderOption>(
      html`<backorder-option
        endpoint=${ENDPOINT}
        sku="NEAR"
        quantity="3"
        locale="en"
      ></backorder-option>`,
    );
    await until(() => el.choices.length > 0);
    await el.updateComplete;
    const live = watchLiveRegions(el);
    await rerenderWithoutNews(el);
    expect(live.count(), 're-renders without news').to.equal(0);
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    radios.find((radio) => radio.value === 'cancel')!.click();
    await el.updateComplete;
    expect(live.count(), 'a new choice changes the note').to.be.greaterThan(0);
    live.stop();
  });

  it('<notify-me-form> writes its result region once per result', async () => {
    worker.use(http.post('/api/notify', () => HttpResponse.json({}, { status: 201 })));
    const el = await fixture<NotifyMeForm>(
      html`<notify-me-form
        sku="A"
        notify-endpoint="/api/notify"
        locale="en"
        always
      ></notify-me-form>`,
    );
    const live = watchLiveRegions(el);
    await rerenderWithoutNews(el);
    expect(live.count(), 're-renders of the idle form').to.equal(0);
    const form = new NotifyFormHarness(el);
    await form.fill('ada@example.com');
    form.requestSubmit();
    await form.resultIncludes('ada@example.com');
    await el.updateComplete;
    const afterResult = live.count();
    expect(afterResult, 'the result is announced').to.be.greaterThan(0);
    await rerenderWithoutNews(el);
    expect(live.count(), 're-renders after the result').to.equal(afterResult);
    live.stop();
  });
});

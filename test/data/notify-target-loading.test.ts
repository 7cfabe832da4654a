import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { NotifyClient } from '../../src/data/notify-client.js';
import { KLAVIYO_NOTIFY_ENDPOINT } from '../../src/data/notify-targets.js';
import { useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { MemoryStorage } from '../helpers/outbox.js';

// Runs on its own page: the Klaviyo module has not been loaded when it starts,
// and the mock makes loading it fail (a deploy that lost the chunk, a flaky network).
describe('a Klaviyo sign-up whose module cannot load', () => {
  useMockEndpoint();

  it('stays queued, and nothing goes out in our JSON shape', async () => {
    worker.use(http.get(/klaviyo-target/, () => HttpResponse.error()));
    const storage = new MemoryStorage();
    const sent: string[] = [];
    const client = new NotifyClient({
      storage: () => storage,
      fetch: async (url) => {
        sent.push(String(url));
        return new Response(null, { status: 202 });
      },
    });
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const outcome = await client.send(
        KLAVIYO_NOTIFY_ENDPOINT,
        { sku: 'TEE-RED-M', email: 'ada@example.com', consent: true, locale: 'en' },
        { target: { name: 'klaviyo', companyId: 'AbC123', variantPrefix: '' } },
      );
      expect(outcome.kind).to.equal('queued');
      await client.flushOutbox();
    } finally {
      console.warn = warn;
    }
    expect(sent, 'no request at all').to.deep.equal([]);
    expect(client.outbox().map((entry) => entry.target?.name)).to.deep.equal(['klaviyo']);
    expect(warnings).to.have.length(1);
  });
});

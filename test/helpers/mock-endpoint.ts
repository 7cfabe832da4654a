import { fixtureCleanup } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { resetConfiguration } from '../../src/config/config.js';
import { resetSharedAvailabilityClients } from '../../src/data/shared-clients.js';
import type { CatalogueItem } from '../../mocks/catalogue.js';
import { availabilityHandlers, type Scenario } from '../../mocks/handlers.js';

/** The MSW worker every test file shares; per-test answers go in with `worker.use()`. */
export const worker = setupWorker();

let starting: Promise<unknown> | undefined;

/**
 * Starts the mock endpoint before the file's tests and, after each test,
 * drops per-test handlers, shared clients and page defaults.
 */
export function useMockEndpoint(): void {
  before(async () => {
    starting ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    await starting;
  });
  afterEach(() => {
    // Remove the test's elements first, so none of them reacts to the resets below.
    fixtureCleanup();
    worker.resetHandlers();
    resetSharedAvailabilityClients();
    resetConfiguration();
  });
}

/** What the endpoint was asked: one entry per request, with its SKUs and URL. */
export interface RequestLog {
  requests: { skus: string[]; url: URL }[];
}

/**
 * Serves `items` from the availability endpoint and logs every request.
 * `scenario` can be switched during a test.
 */
export function serveItems(
  items: CatalogueItem[],
  scenario: () => Scenario = () => 'normal',
): RequestLog {
  const log: RequestLog = { requests: [] };
  const bySku = new Map(items.map((item) => [item.sku, item]));
  worker.use(
    ...availabilityHandlers({
      items: () => bySku,
      scenario,
      onRequest: (skus, url) => log.requests.push({ skus, url }),
    }),
  );
  return log;
}

/** Waits until `condition` holds (polling every frame), or fails after `timeout` ms. */
export async function until(
  condition: () => boolean,
  timeout = 3000,
  what = 'condition',
): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A calendar date `days` from today, in the browser's time zone. */
export function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

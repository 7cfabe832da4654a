import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import { catalogue, type CatalogueItem } from './catalogue.js';

/** The availability endpoint of the demo and the tests. */
export const AVAILABILITY_PATH = '/api/availability';

/** What the mock endpoint does: the demo's scenario switcher picks one. */
export type Scenario = 'normal' | 'slow' | 'server-error' | 'malformed';

/** The scenarios, with the words the demo shows for them. */
export const scenarios: Record<Scenario, string> = {
  normal: 'Normal',
  slow: 'Slow endpoint (2 s)',
  'server-error': 'Server error (500)',
  malformed: 'Malformed answer',
};

/** Options for the handlers; tests use `items` to serve their own data. */
export interface HandlerOptions {
  scenario?: () => Scenario;
  items?: () => Map<string, CatalogueItem>;
  /** Called with the SKUs of every request, so tests and the demo can count them. */
  onRequest?: (skus: string[], url: URL) => void;
}

function answer(scenario: Scenario, body: JsonBodyType) {
  switch (scenario) {
    case 'server-error':
      return HttpResponse.json({ error: 'internal' }, { status: 500 });
    case 'malformed':
      return new HttpResponse('<html><body>Oops</body></html>', {
        status: 200,
        headers: { 'Content-Type': 'text/html' },
      });
    default:
      return HttpResponse.json(body);
  }
}

/**
 * MSW handlers for `GET /api/availability?skus=…` and the per-SKU form
 * `GET /api/availability/:sku`, answering from the catalogue.
 */
export function availabilityHandlers(options: HandlerOptions = {}) {
  const scenarioOf = options.scenario ?? (() => 'normal' as const);
  const itemsOf = options.items ?? catalogue;
  return [
    http.get(AVAILABILITY_PATH, async ({ request }) => {
      const url = new URL(request.url);
      const skus = (url.searchParams.get('skus') ?? '').split(',').filter(Boolean);
      options.onRequest?.(skus, url);
      const scenario = scenarioOf();
      if (scenario === 'slow') await delay(2000);
      const items = itemsOf();
      const found = skus.map((sku) => items.get(sku)).filter((item) => item !== undefined);
      return answer(scenario, { items: found });
    }),
    http.get(`${AVAILABILITY_PATH}/:sku`, async ({ request, params }) => {
      const sku = decodeURIComponent(String(params.sku));
      options.onRequest?.([sku], new URL(request.url));
      const scenario = scenarioOf();
      if (scenario === 'slow') await delay(2000);
      const item = itemsOf().get(sku);
      if (!item) return HttpResponse.json({ items: [] });
      return answer(scenario, item);
    }),
  ];
}

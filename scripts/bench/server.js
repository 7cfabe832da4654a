// @ts-check
// The bench's local web server (127.0.0.1 only): the built bundles from dist/,
// the bench pages, and an availability endpoint answering `?skus=` from
// generated data. It counts the availability requests it answers.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

/** @type {Record<string, object | undefined>} Fixed answers for the product pages. */
const PRODUCT_PAGE_ITEMS = {
  'P-IN': { sku: 'P-IN', quantity: 40 },
  'P-LOW': { sku: 'P-LOW', quantity: 2 },
  'P-WANTS-MORE': {
    sku: 'P-WANTS-MORE',
    quantity: 2,
    backorderable: true,
    restockDate: '2026-12-14',
  },
  'P-BACKORDER': {
    sku: 'P-BACKORDER',
    quantity: 0,
    backorderable: true,
    restockDate: '2026-12-14',
  },
  'P-PREORDER': { sku: 'P-PREORDER', status: 'PreOrder', restockDate: '2026-12-14' },
  'P-OUT': { sku: 'P-OUT', status: 'out-of-stock' },
  'P-GONE': { sku: 'P-GONE', status: 'Discontinued' },
  'P-MISSING': undefined,
  'P-NOTE': {
    sku: 'P-NOTE',
    quantity: 0,
    backorderable: true,
    leadTimeDays: 10,
    message: 'New batch arriving from our mill',
  },
};

/**
 * A made-up but stable answer for one SKU: every state occurs, and about one
 * SKU in 40 is missing from the answer (shown as `unknown`).
 * @param {string} sku
 * @returns {object | undefined}
 */
export function itemFor(sku) {
  if (sku in PRODUCT_PAGE_ITEMS) return PRODUCT_PAGE_ITEMS[sku];
  let hash = 0;
  for (const char of sku) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  switch (hash % 40) {
    case 0:
      return undefined;
    case 1:
    case 2:
      return { sku, status: 'discontinued' };
    case 3:
    case 4:
    case 5:
      return { sku, status: 'preorder', restockDate: '2026-12-14' };
    case 6:
    case 7:
    case 8:
    case 9:
      return {
        sku,
        quantity: 0,
        backorderable: true,
        backorderLimit: 40,
        restockDate: '2026-12-14',
      };
    case 10:
    case 11:
    case 12:
    case 13:
      return { sku, status: 'OutOfStock' };
    default:
      return { sku, quantity: hash % 9 === 0 ? 3 : 10 + (hash % 90) };
  }
}

/**
 * @typedef {{ path: string, skus: number, at: number }} AvailabilityRequest (`at`: ms, performance.now())
 * @typedef {{ port: number, requests: AvailabilityRequest[], pages: Map<string, string>, close: () => Promise<void> }} BenchServer
 */

/**
 * Serves `pages` (path → HTML), /dist/*, `/api/availability` (instant),
 * `/api/noted-availability` (instant, a merchant's note on every item),
 * `/api/late-availability` (answers after 300 ms) and `/api/failing-availability`
 * (HTTP 500 after 300 ms); other `/api/` paths go to `answerApi` first.
 * @param {Map<string, string>} pages
 * @param {(url: URL, skus: string[], response: import('node:http').ServerResponse) => Promise<boolean>} [answerApi]
 *   answers a path of its own and says so (the traffic shapes)
 * @returns {Promise<BenchServer>}
 */
export async function startServer(pages, answerApi) {
  /** @type {AvailabilityRequest[]} */
  const requests = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const page = pages.get(url.pathname);
    if (page !== undefined) {
      response
        .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
        .end(page);
    } else if (url.pathname.startsWith('/api/')) {
      const skus = (url.searchParams.get('skus') ?? '').split(',').filter(Boolean);
      requests.push({ path: url.pathname, skus: skus.length, at: performance.now() });
      if (await answerApi?.(url, skus, response)) return;
      const noted = url.pathname === '/api/noted-availability';
      if (url.pathname !== '/api/availability' && !noted)
        await new Promise((resolve) => setTimeout(resolve, 300));
      if (url.pathname === '/api/failing-availability') {
        response.writeHead(500, { 'Content-Type': 'text/plain' }).end('broken on purpose');
        return;
      }
      const items = skus
        .map(itemFor)
        .filter(Boolean)
        .map((item) =>
          noted ? { ...item, message: 'Ships from our warehouse, hand-checked' } : item,
        );
      response
        .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end(JSON.stringify({ items }));
    } else if (/^\/dist\/[\w.-]+\.js$/.test(url.pathname)) {
      try {
        const body = await readFile(`.${url.pathname}`);
        response
          .writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' })
          .end(body);
      } catch {
        response.writeHead(404).end();
      }
    } else {
      response.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    requests,
    pages,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

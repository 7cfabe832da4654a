// @ts-check
// CLS: does an answer arriving move the page? Every availability answer comes
// 300 ms late; the cumulative layout shift of the page is measured with a
// buffered PerformanceObserver, and anything above 0 is a failure.
//
//   - a product page and a listing laid out like the demo's, at 390 px (a
//     phone) and 1280 px wide, in English, Swedish and German, with every state,
//     dated texts, a shopper who wants more than can ship, merchant notes short
//     and long, an unknown SKU and a failing endpoint;
//   - the narrow-column product pages of pages.js (one element per state).
import { clsProbe } from './pages.js';
import { table } from './table.js';

const WIDTHS = [390, 1280];
const LOCALES = ['en', 'sv', 'de'];
const LATE = '/api/cls-availability';
const FAILING = '/api/failing-availability';

/** A calendar date `days` from today. @param {number} days */
function inDays(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toISOString().slice(0, 10);
}

const LONG_NOTE =
  'New batch arriving from our mill in Biella: every piece is dyed by hand and checked twice, so this run takes a little longer than usual.';

/** The answers, by SKU, with the quantity the shopper wants. */
const ITEMS = [
  { sku: 'IN', quantity: 40 },
  { sku: 'LOW', quantity: 3, message: 'Last few from this season’s run' },
  {
    sku: 'BLUE-L',
    status: 'backorder',
    quantity: 1,
    backorderable: true,
    backorderLimit: 40,
    restockDate: inDays(5),
    message: 'New batch arriving from our mill',
    wants: 5,
  },
  { sku: 'BACK', quantity: 0, backorderable: true, restockDate: inDays(13) },
  { sku: 'BACK-SOON', quantity: 0, backorderable: true, restockDate: inDays(-1) },
  { sku: 'BACK-NODATE', quantity: 0, backorderable: true, message: LONG_NOTE },
  { sku: 'PRE', status: 'PreOrder', backorderable: true, restockDate: inDays(30) },
  { sku: 'OUT', quantity: 0, restockDate: inDays(12) },
  { sku: 'OUT-FAR', status: 'out-of-stock', quantity: 0, restockDate: inDays(400) },
  { sku: 'GONE', status: 'discontinued', quantity: 0 },
  { sku: 'MANY', quantity: 20, backorderable: true, restockDate: inDays(21), wants: 25 },
  { sku: 'MISSING' },
  { sku: 'ERROR' },
];

const style = /* css */ `
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
  header { padding: 16px clamp(16px, 4vw, 48px); border-bottom: 1px solid #ddd; }
  main { max-width: 1180px; margin: 0 auto; padding: clamp(16px, 4vw, 40px); }
  .product { display: grid; grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); gap: clamp(24px, 4vw, 56px); }
  .image { aspect-ratio: 1; background: #dfe6ee; border-radius: 12px; }
  .info h2 { font-size: 18px; margin: 16px 0 4px; }
  .info stock-status { margin: 8px 0 16px; font-weight: 500; }
  .buy { display: flex; gap: 12px; align-items: end; }
  .buy input { width: 5rem; }
  .buy button { flex: 1; padding: 12px 20px; border-radius: 999px; }
  .grid { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 16px; }
  .card { padding: 12px; border-radius: 12px; background: #f6f5f2; }
  .card h3 { font-size: 15px; margin: 10px 0 2px; }
  .card p { margin: 0 0 6px; }
  .card stock-status { font-size: 0.85rem; }
  @media (max-width: 720px) { .product { grid-template-columns: 1fr; } .image { aspect-ratio: 16 / 10; } }
`;

/** @param {string} locale @param {string} body */
const page = (locale, body) => /* html */ `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>CLS</title><style>${style}</style>${clsProbe}
<script src="/dist/backorder-elements.iife.js"></script>
<script>BackorderElements.configure({ endpoint: '${LATE}' });</script>
</head><body><header>Northwind Outfitters</header>${body}<footer>Free returns within 30 days.</footer></body></html>`;

/** @param {(typeof ITEMS)[number]} item */
const status = (item, attributes = '') =>
  `<stock-status sku="${item.sku}" quantity="${item.wants ?? 1}"${item.sku === 'ERROR' ? ` endpoint="${FAILING}"` : ''} ${attributes}></stock-status>`;

/** The product page: image and info column, one block per answer, each with its purchase button. @param {string} locale */
const productPage = (locale) =>
  page(
    locale,
    `<main class="product"><div class="image"></div><div class="info"><h1>Merino Crew Tee</h1><p>€59.00</p>${ITEMS.map(
      (item, index) =>
        `<h2>Variant ${item.sku}</h2>${status(item, `controls="buy-${index}"`)}<div class="buy"><label>Quantity <input type="number" value="${item.wants ?? 1}"></label><button id="buy-${index}" type="button">Add to cart</button></div>`,
    ).join('')}</div></main>`,
  );

/** The listing: 48 cards cycling through the answers. @param {string} locale */
const listingPage = (locale) =>
  page(
    locale,
    `<main><h2>More to explore</h2><ul class="grid">${Array.from({ length: 48 }, (_, index) => {
      const item = ITEMS[index % ITEMS.length];
      return `<li class="card"><div class="image"></div><h3>Product ${index + 1}</h3><p>€${19 + index}.00</p>${status({ ...item, wants: undefined })}</li>`;
    }).join('')}</ul></main>`,
  );

/**
 * Loads `path` at `width` with answers 300 ms late; the CLS once every element has answered.
 * @param {import('playwright-core').Browser} browser
 * @param {{ port: number }} server
 * @param {string} path
 * @param {number} width
 */
async function measure(browser, server, path, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    const tab = await context.newPage();
    const bySku = new Map(ITEMS.map((item) => [item.sku, item]));
    await tab.route(`**${LATE}?*`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const skus = (new URL(route.request().url()).searchParams.get('skus') ?? '').split(',');
      const items = skus
        .map((sku) => bySku.get(sku))
        .filter((item) => item && item.sku !== 'MISSING')
        .map((item) => ({ ...item, wants: undefined }));
      await route.fulfill({ json: { items } });
    });
    await tab.goto(`http://127.0.0.1:${server.port}${path}`);
    await tab.waitForFunction(
      () =>
        [...document.querySelectorAll('stock-status')].every(
          (element) => !['loading', null].includes(element.getAttribute('state')),
        ),
      undefined,
      { timeout: 15_000, polling: 50 },
    );
    // Layout shifts are reported after the frame that caused them.
    await tab.waitForTimeout(500);
    return await tab.evaluate(() => ({
      cls: /** @type {number} */ (/** @type {any} */ (window).__cls.value),
      shifts: /** @type {object[]} */ (/** @type {any} */ (window).__cls.shifts),
      elements: document.querySelectorAll('stock-status').length,
    }));
  } finally {
    await context.close();
  }
}

/**
 * Runs the CLS section and prints its table; a shift anywhere is a failure.
 * @param {import('playwright-core').Browser} browser
 * @param {{ port: number, pages: Map<string, string> }} server serves the pages and dist/
 * @param {string[]} failures
 */
export async function benchCls(browser, server, failures) {
  /** @type {{ page: string, width: number, locale: string, path: string }[]} */
  const runs = [];
  for (const locale of LOCALES) {
    server.pages.set(`/cls/product/${locale}`, productPage(locale));
    server.pages.set(`/cls/listing/${locale}`, listingPage(locale));
    for (const width of WIDTHS) {
      runs.push({ page: 'product page', width, locale, path: `/cls/product/${locale}` });
      runs.push({ page: 'listing', width, locale, path: `/cls/listing/${locale}` });
    }
  }
  // The narrow product pages of pages.js: one element per state, in a 360 px column.
  for (const path of ['/product', '/product-wants-more', '/product-note'])
    runs.push({ page: `${path} (360 px column)`, width: 1280, locale: 'en', path });

  const results = [];
  for (const run of runs)
    results.push({ ...run, ...(await measure(browser, server, run.path, run.width)) });
  console.log(
    table(
      'CLS: every answer 300 ms late (product page and listing like the demo\u2019s, with every state, dated texts, a shortfall, short and long merchant notes, an unknown SKU and a failing endpoint)',
      ['page', 'width', 'language', 'elements', 'layout shifts', 'CLS', 'verdict'],
      results.map(({ page: name, width, locale, elements, shifts, cls }) => [
        name,
        `${width} px`,
        locale,
        elements,
        shifts.length,
        cls.toFixed(4),
        cls === 0 ? 'ok' : 'FAIL',
      ]),
    ),
  );
  for (const { page: name, width, locale, cls, shifts } of results) {
    if (cls > 0)
      failures.push(
        `cls: ${name} at ${width} px in ${locale} shifted by ${cls.toFixed(4)}: ${JSON.stringify(shifts)}`,
      );
  }
}

// @ts-check
// Loads the built bundles the way a shop does (script tags, no bundler) in
// headless Chromium and checks that they work:
// - the IIFE loaded twice plus the ES module, page defaults through
//   window.BackorderElements.configure, a second tag name;
// - the README's way: a JSON config block, then the IIFE with `defer`
//   (and the ES build with `async`); Swedish texts and the Shopify source come
//   inside the bundle (no other script is fetched);
// and no error thrown into the page.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.js';

const twice = /* html */ `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<script src="/dist/backorder-elements.iife.js"></script>
<script src="/dist/backorder-elements.iife.js"></script>
<script type="module" src="/dist/backorder-elements.js"></script>
<script>
  window.BackorderElements.configure({ endpoint: '/api/availability' });
  window.BackorderElements.StockStatus.define('acme-stock');
</script>
</head><body>
<stock-status sku="IN"></stock-status>
<stock-status sku="LOW"></stock-status>
<acme-stock sku="OUT"></acme-stock>
<stock-provider endpoint="/api/other-availability"><stock-status sku="IN"></stock-status></stock-provider>
</body></html>`;

/** The README's snippet: configuration as a JSON block, the script after it. */
const configured = (/** @type {string} */ script) => /* html */ `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<script type="application/json" data-backorder-config>
  {"endpoint": "/api/availability", "lowStockThreshold": 2}
</script>
${script}
</head><body>
<stock-status sku="THREE"></stock-status>
<stock-status sku="IN" locale="sv-SE"></stock-status>
<stock-status sku="1" source="shopify" endpoint="/api/graphql.json"></stock-status>
</body></html>`;

const pages = {
  '/twice': {
    html: twice,
    expected: [
      'stock-status[IN]=in-stock',
      'stock-status[LOW]=low-stock',
      'acme-stock[OUT]=out-of-stock',
      'stock-status[IN]=in-stock',
    ],
    requests: 2,
  },
  '/defer': {
    html: configured('<script src="/dist/backorder-elements.iife.js" defer></script>'),
    expected: [
      'stock-status[THREE]=in-stock: In stock',
      'stock-status[IN]=in-stock: I lager',
      'stock-status[1]=in-stock: In stock',
    ],
    requests: 2,
  },
  '/async': {
    html: configured('<script type="module" src="/dist/backorder-elements.js" async></script>'),
    expected: [
      'stock-status[THREE]=in-stock: In stock',
      'stock-status[IN]=in-stock: I lager',
      'stock-status[1]=in-stock: In stock',
    ],
    requests: 2,
  },
};

const items = {
  IN: { sku: 'IN', quantity: 40 },
  THREE: { sku: 'THREE', quantity: 3 },
  LOW: { sku: 'LOW', quantity: 2 },
  OUT: { sku: 'OUT', status: 'OutOfStock' },
};
/** @type {string[]} */
let requests = [];
/** @type {string[]} */
let scripts = [];
const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const page = pages[/** @type {keyof typeof pages} */ (url.pathname)];
  if (url.pathname === '/favicon.ico') {
    response.writeHead(204).end();
  } else if (page) {
    response.writeHead(200, { 'Content-Type': 'text/html' }).end(page.html);
  } else if (url.pathname === '/api/graphql.json') {
    requests.push(url.pathname);
    const node = { availableForSale: true, currentlyNotInStock: false, quantityAvailable: 40 };
    response
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ data: { nodes: [node] } }));
  } else if (url.pathname.endsWith('availability')) {
    requests.push(url.pathname + url.search);
    const skus = (url.searchParams.get('skus') ?? '').split(',');
    response
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ items: skus.map((sku) => items[sku]).filter(Boolean) }));
  } else if (url.pathname.startsWith('/dist/')) {
    scripts.push(url.pathname);
    try {
      const body = await readFile(`.${url.pathname}`);
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const problems = [];
try {
  for (const [path, page] of Object.entries(pages)) {
    requests = [];
    scripts = [];
    const tab = await browser.newPage();
    tab.on('pageerror', (error) => problems.push(`${path}: page error: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${path}: console error: ${message.text()}`);
    });
    await tab.goto(`http://127.0.0.1:${port}${path}`);
    await tab.waitForFunction(
      () =>
        [...document.querySelectorAll('stock-status, acme-stock')].every(
          (el) => !['loading', null].includes(el.getAttribute('state')),
        ),
      undefined,
      { timeout: 10_000 },
    );
    const states = await tab.evaluate(() =>
      [...document.querySelectorAll('stock-status, acme-stock')].map(
        (el) =>
          `${el.localName}[${el.getAttribute('sku')}]=${el.getAttribute('state')}: ${el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim()}`,
      ),
    );
    page.expected.forEach((prefix, index) => {
      if (!states[index]?.startsWith(prefix))
        problems.push(`${path}: expected ${prefix}, got ${states[index]}`);
    });
    console.log(`${path}\n  ${states.join('\n  ')}`);
    console.log(`  requests: ${requests.join('  ')}; scripts: ${scripts.join('  ')}`);
    if (requests.length !== page.requests)
      problems.push(`${path}: expected ${page.requests} endpoint requests, got ${requests.length}`);
    if (scripts.some((script) => !/^\/dist\/backorder-elements(\.iife)?\.js$/.test(script)))
      problems.push(`${path}: loaded more than the bundle: ${scripts.join(', ')}`);
    if (path !== '/twice') {
      // The Klaviyo target is inside the bundle too: a sign-up goes out in Klaviyo's shape.
      const sent = await tab.evaluate(async () => {
        /** @type {string[]} */
        const seen = [];
        const { NotifyClient, KLAVIYO_NOTIFY_ENDPOINT } = await (window.BackorderElements ??
          import('/dist/backorder-elements.js'));
        const client = new NotifyClient({
          storage: () => null,
          fetch: async (url, init) => {
            seen.push(`${url} ${new window.Headers(init?.headers).get('Content-Type')}`);
            return new window.Response(null, { status: 202 });
          },
        });
        const signup = { sku: 'X', email: 'ada@example.com', consent: true, locale: 'en' };
        const target = { name: 'klaviyo', companyId: 'AbC123', variantPrefix: '' };
        const outcome = await client.send(KLAVIYO_NOTIFY_ENDPOINT, signup, { target });
        return `${outcome.kind}: ${seen.join()}`;
      });
      console.log(`  klaviyo: ${sent}`);
      if (
        !sent.startsWith('subscribed: https://a.klaviyo.com/') ||
        !sent.includes('company_id=AbC123 application/vnd.api+json')
      )
        problems.push(`${path}: a Klaviyo sign-up went out as ${sent}`);
    }
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length > 0) {
  console.error(`smoke: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  'smoke: the built bundles work from script tags (twice; JSON config with defer and async), with no page errors',
);

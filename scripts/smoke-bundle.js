// @ts-check
// Loads the built bundles the way a shop does (script tags, no bundler) in
// headless Chromium and checks that they work:
// - the IIFE loaded twice plus the ES module, page defaults through
//   window.BackorderElements.configure, a second tag name;
// - the README's way: a JSON config block, then the IIFE with `defer` (and
//   the ES build with `async`), under a strict CSP with Trusted Types: an
//   English page on our JSON endpoint loads no file but the bundle; a Swedish
//   element loads backorder-elements.sv.js, a Shopify one
//   backorder-elements.shopify.js, a Klaviyo sign-up
//   backorder-elements.klaviyo.js and one with `controls`
//   backorder-elements.purchase-button.js (the button then follows), from
//   beside the bundle (not the page);
// - a part that cannot load (404): English, one console warning, never stuck;
// - no class static blocks in the bundles (Safari 15.4 runs them);
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

/** The README's snippet: configuration as a JSON block, the script after it, `elements` in the body. */
const configured = (
  /** @type {string} */ script,
  /** @type {string} */ elements,
) => /* html */ `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<script type="application/json" data-backorder-config>
  {"endpoint": "/api/availability", "lowStockThreshold": 2}
</script>
${script}
</head><body>
${elements}
</body></html>`;

const iife = '<script src="/dist/backorder-elements.iife.js" defer></script>';
const esm = '<script type="module" src="/dist/backorder-elements.js" async></script>';
const english = '<stock-status sku="THREE"></stock-status>';
const everyPart = `${english}
<stock-status sku="IN" locale="sv-SE"></stock-status>
<stock-status sku="1" source="shopify" endpoint="/api/graphql.json"></stock-status>
<stock-status sku="OUT" controls="buy"></stock-status>
<button id="buy" type="button">Add to cart</button>`;

/** What a careful shop sends: nothing inline, nothing from elsewhere, Trusted Types on. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * @typedef {{ html: string, expected: string[], requests: number, parts: string[],
 *   csp?: boolean, klaviyo?: boolean, warnings?: string[] }} Page
 * @type {Record<string, Page>}
 */
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
    parts: [],
  },
  '/shop/english-defer': {
    html: configured(iife, english),
    expected: ['stock-status[THREE]=in-stock: In stock'],
    requests: 1,
    parts: [],
    csp: true,
  },
  '/shop/english-async': {
    html: configured(esm, english),
    expected: ['stock-status[THREE]=in-stock: In stock'],
    requests: 1,
    parts: [],
    csp: true,
  },
  '/shop/defer': {
    html: configured(iife, everyPart),
    expected: [
      'stock-status[THREE]=in-stock: In stock',
      'stock-status[IN]=in-stock: I lager',
      'stock-status[1]=in-stock: In stock',
      'stock-status[OUT]=out-of-stock: Out of stock',
    ],
    requests: 2,
    parts: ['sv', 'shopify', 'klaviyo', 'purchase-button'],
    csp: true,
    klaviyo: true,
  },
  '/shop/async': {
    html: configured(esm, everyPart),
    expected: [
      'stock-status[THREE]=in-stock: In stock',
      'stock-status[IN]=in-stock: I lager',
      'stock-status[1]=in-stock: In stock',
      'stock-status[OUT]=out-of-stock: Out of stock',
    ],
    requests: 2,
    parts: ['sv', 'shopify', 'klaviyo', 'purchase-button'],
    csp: true,
    klaviyo: true,
  },
  // The Swedish file is missing where the bundle is (the server answers 404).
  '/shop/missing-part': {
    html: configured(
      iife.replace('/dist/', '/no-sv/'),
      '<stock-status sku="IN" locale="sv-SE"></stock-status>',
    ),
    expected: ['stock-status[IN]=in-stock: In stock'],
    requests: 1,
    parts: ['sv'],
    warnings: ['could not load the Swedish texts'],
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
    const headers = { 'Content-Type': 'text/html' };
    if (page.csp) Object.assign(headers, { 'Content-Security-Policy': STRICT_CSP });
    response.writeHead(200, headers).end(page.html);
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
  } else if (/^\/(dist|no-sv)\/[\w.-]+\.js$/.test(url.pathname)) {
    scripts.push(url.pathname);
    const file = url.pathname.replace(/^\/no-sv\//, '/dist/');
    try {
      if (url.pathname === '/no-sv/backorder-elements.sv.js') throw new Error('missing');
      const body = await readFile(`.${file}`);
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

// Safari runs class static blocks only from 16.4; the elements declare their
// statics as getters so the script-tag builds keep running from Safari 15.4.
const problems = [];
for (const file of ['backorder-elements.js', 'backorder-elements.iife.js']) {
  if (/\bstatic\s*\{/.test(await readFile(`dist/${file}`, 'utf8')))
    problems.push(`dist/${file} has a class static block (Safari 16.4+)`);
}

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
try {
  for (const [path, page] of Object.entries(pages)) {
    requests = [];
    scripts = [];
    /** @type {string[]} */
    const warnings = [];
    let control = false;
    const tab = await browser.newPage();
    tab.on('pageerror', (error) => problems.push(`${path}: page error: ${error.message}`));
    tab.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'warning') warnings.push(text);
      // The 404 of a missing part is the browser's own line; our warning is checked below.
      if (message.type() === 'error' && !control && !(page.warnings && text.includes('404')))
        problems.push(`${path}: console error: ${text}`);
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
          `${el.localName}[${el.getAttribute('sku')}]=${el.getAttribute('state')}: ${el.shadowRoot?.querySelector('[part="label"]')?.textContent?.trim()}`,
      ),
    );
    page.expected.forEach((prefix, index) => {
      if (!states[index]?.startsWith(prefix))
        problems.push(`${path}: expected ${prefix}, got ${states[index]}`);
    });
    console.log(`${path}\n  ${states.join('\n  ')}`);
    if (page.csp) {
      // Control: the policy is in force (Trusted Types refuse an HTML string).
      control = true;
      const enforced = await tab.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch {
          return true;
        }
      });
      control = false;
      if (!enforced) problems.push(`${path}: the strict CSP is not in force`);
    }
    if (page.html.includes('controls=')) {
      // The purchase button follows once its part has loaded.
      const follows = await tab
        .waitForFunction(() => document.querySelector('#buy')?.matches(':disabled'), undefined, {
          timeout: 5000,
        })
        .then(
          () => true,
          () => false,
        );
      console.log(`  purchase button: ${follows ? 'disabled' : 'not disabled'}`);
      if (!follows) problems.push(`${path}: the purchase button did not follow out-of-stock`);
    }
    if (requests.length !== page.requests)
      problems.push(`${path}: expected ${page.requests} endpoint requests, got ${requests.length}`);
    if (page.klaviyo) {
      // A sign-up for Klaviyo loads its part and goes out in Klaviyo's shape.
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
    console.log(`  requests: ${requests.join('  ')}\n  scripts: ${scripts.join('  ')}`);
    // The bundle first, then exactly the parts the page needs, from beside it.
    const folder = scripts[0]?.replace(/[^/]*$/, '');
    const parts = scripts
      .filter((script) => !/\/backorder-elements(\.iife)?\.js$/.test(script))
      .map((script) => script.replace(`${folder}backorder-elements.`, '').replace(/\.js$/, ''));
    if (parts.sort().join() !== [...page.parts].sort().join())
      problems.push(`${path}: expected parts [${page.parts}], loaded ${scripts.join(', ')}`);
    const ours = warnings.filter((text) => text.startsWith('[backorder-elements]'));
    const expectedWarnings = page.warnings ?? [];
    if (
      ours.length !== expectedWarnings.length ||
      !expectedWarnings.every((text, index) => ours[index]?.includes(text))
    )
      problems.push(`${path}: expected warnings [${expectedWarnings}], got [${ours}]`);
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
  'smoke: the built bundles work from script tags (twice; JSON config with defer and async, under a strict CSP; parts loaded on demand from beside them, a missing one falling back), with no page errors',
);

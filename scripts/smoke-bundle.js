// @ts-check
// Loads the built bundles the way a shop does (script tags, no bundler) in
// headless Chromium and checks that they work: the IIFE loaded twice plus the
// ES module, page defaults through window.BackorderElements.configure, a
// second tag name, and no error thrown into the page.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.js';

const page = /* html */ `<!doctype html>
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

const items = {
  IN: { sku: 'IN', quantity: 40 },
  LOW: { sku: 'LOW', quantity: 2 },
  OUT: { sku: 'OUT', status: 'OutOfStock' },
};
const requests = [];
const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/favicon.ico') {
    response.writeHead(204).end();
  } else if (url.pathname === '/') {
    response.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
  } else if (url.pathname.endsWith('availability')) {
    requests.push(url.pathname + url.search);
    const skus = (url.searchParams.get('skus') ?? '').split(',');
    response
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ items: skus.map((sku) => items[sku]).filter(Boolean) }));
  } else if (url.pathname.startsWith('/dist/')) {
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
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await tab.goto(`http://127.0.0.1:${port}/`);
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
        `${el.localName}[${el.getAttribute('sku')}]=${el.getAttribute('state')}: ${el.shadowRoot?.textContent?.trim()}`,
    ),
  );
  const expected = [
    'stock-status[IN]=in-stock',
    'stock-status[LOW]=low-stock',
    'acme-stock[OUT]=out-of-stock',
    'stock-status[IN]=in-stock',
  ];
  expected.forEach((prefix, index) => {
    if (!states[index]?.startsWith(prefix))
      problems.push(`expected ${prefix}, got ${states[index]}`);
  });
  console.log(states.join('\n'));
  console.log(`requests: ${requests.join('  ')}`);

  if (requests.length !== 2)
    problems.push(`expected 2 availability requests (two endpoints), got ${requests.length}`);
} finally {
  await browser.close();
  server.close();
}
if (problems.length > 0) {
  console.error(`smoke: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('smoke: the built bundles work from script tags, loaded twice, with no page errors');

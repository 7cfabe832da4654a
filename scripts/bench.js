// @ts-check
// `npm run bench`: measures what the contract promises about weight and speed
// and prints one table per section. Exits non-zero when a budget is breached:
// the IIFE over its gzip budget, any layout shift on a product page or a
// listing, a shared availability client left holding subscribers, timers,
// requests or more than 1000 cached answers after 10,000 elements came and
// went, or a traffic shape outside its gate (scripts/bench/traffic.js).
//
//   1. Bundle   min+gzip of both builds, what the IIFE is made of (source map), and
//               what an app bundling the npm modules ships per entry
//   2. Listing  1000 <stock-status> over 1000 SKUs vs. a naive one-fetch-per-element
//               element, in headless Chromium, median of 5 runs each (alternated)
//   3. CLS      product pages and a listing at 390 and 1280 px, en/sv/de, answers 300 ms late (bench/cls.js)
//   4. Churn    10,000 elements attached and detached
//   5. Traffic  infinite scroll, failure storms, a hammered variant picker
//               (scripts/bench/traffic.js), each next to a naive element
//
// Only 127.0.0.1 traffic: a local node:http server serves dist/ and the endpoint.
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.js';
import { IIFE_TARGET, kb, measureBundles, measureEntries, targetNote } from './size-budget.js';
import { bundleWeight } from './bench/bundle-weight.js';
import { startServer } from './bench/server.js';
import { listingPage, productPage, productSkus, churnPage } from './bench/pages.js';
import { benchCls } from './bench/cls.js';
import { table, median } from './bench/table.js';
import { answerTraffic, benchTraffic, trafficPage } from './bench/traffic.js';

const LISTING_COUNT = 1000;
const RUNS = 5;
const CHURN_TOTAL = 10_000;
const CHURN_BATCH = 500;
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const started = performance.now();
/** @type {string[]} */
const failures = [];
const percent = (/** @type {number} */ part, /** @type {number} */ whole) =>
  `${((100 * part) / whole).toFixed(1)}%`;

// 1. Bundle ------------------------------------------------------------------
async function benchBundle() {
  let sizes;
  try {
    sizes = measureBundles();
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  console.log(
    table(
      'Bundle (min + gzip -9)',
      ['file', 'min', 'gzip', 'budget', 'verdict'],
      sizes.map(({ file, min, gzip, budget, over }) => [
        file,
        kb(min),
        kb(gzip),
        budget === undefined ? '-' : kb(budget),
        budget === undefined ? '-' : over ? `OVER by ${kb(gzip - budget)}` : 'ok',
      ]),
    ),
  );
  for (const { file, gzip, budget, over } of sizes) {
    if (over && budget !== undefined)
      failures.push(`bundle: ${file} is ${kb(gzip)} gzip, over its ${kb(budget)} budget`);
  }

  const iife = 'dist/backorder-elements.iife.js';
  const iifeSize = sizes.find((size) => size.file === iife);
  if (iifeSize) console.log(`IIFE: ${targetNote(iifeSize.gzip, IIFE_TARGET)}`);
  const { entries, onDemand } = await measureEntries();
  console.log(
    table(
      'npm modules bundled by an app (Vite, min + gzip -9, what loads up front; the parts loaded on demand last)',
      ['entry', 'min', 'gzip'],
      [...entries, ...onDemand].map(({ entry, min, gzip }) => [entry, kb(min), kb(gzip)]),
    ),
  );
  const weight = bundleWeight(iife);
  const iifeGzip = sizes.find((size) => size.file === iife)?.gzip ?? 0;
  console.log(
    table(
      `What the IIFE is made of (source map; "gzip alone" = that group compressed on its own, ~ its share of ${kb(iifeGzip)})`,
      ['group', 'min bytes', 'share', 'gzip alone'],
      weight.groups.map(({ name, bytes, gzipAlone }) => [
        name,
        bytes,
        percent(bytes, weight.total),
        gzipAlone,
      ]),
    ),
  );
  const litCore = weight.groups.filter(({ name }) => name.startsWith('lit core'));
  const litBytes = litCore.reduce((sum, { bytes }) => sum + bytes, 0);
  const ownBytes = weight.groups
    .filter(({ name }) => name.startsWith('src/'))
    .reduce((sum, { bytes }) => sum + bytes, 0);
  console.log(
    `lit core ${litBytes} B (${percent(litBytes, weight.total)}), our src/ ${ownBytes} B (${percent(ownBytes, weight.total)}) of ${weight.total} B min`,
  );
  console.log(
    table(
      'Top 10 source files by minified bytes',
      ['source', 'min bytes', 'share'],
      weight.files
        .slice(0, 10)
        .map(({ name, bytes }) => [name, bytes, percent(bytes, weight.total)]),
    ),
  );
  console.log(
    `note: ${weight.templateWhitespace} B of the IIFE are indentation and comments left inside template literals (the build trims css\`\`/html\`\`)`,
  );
}

// 2. Listing -----------------------------------------------------------------
/**
 * @param {import('playwright-core').Browser} browser
 * @param {Awaited<ReturnType<typeof startServer>>} server
 * @param {string} path
 */
async function runListing(browser, server, path) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const before = server.requests.length;
    await page.goto(`http://127.0.0.1:${server.port}${path}`, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => /** @type {any} */ (window).__bench.done !== undefined,
      undefined,
      { timeout: 30_000, polling: 50 },
    );
    const { done, states } = await page.evaluate(() => {
      /** @type {Record<string, number>} */
      const counts = {};
      for (const element of document.querySelectorAll('[state]')) {
        const state = element.getAttribute('state') ?? '';
        counts[state] = (counts[state] ?? 0) + 1;
      }
      return { done: /** @type {any} */ (window).__bench.done, states: counts };
    });
    const requests = server.requests.slice(before);
    if (errors.length > 0) failures.push(`listing ${path}: page errors: ${errors.join('; ')}`);
    return {
      ms: done,
      requests: requests.length,
      sizes: requests.map((request) => request.skus),
      states,
    };
  } finally {
    await context.close();
  }
}

/** "50x19, 37, 13": request sizes in the order sent, runs of equal sizes folded. @param {number[]} sizes */
function countSizes(sizes) {
  /** @type {Array<[number, number]>} */
  const folded = [];
  for (const size of sizes) {
    const last = folded.at(-1);
    if (last && last[0] === size) last[1]++;
    else folded.push([size, 1]);
  }
  return folded.map(([size, times]) => (times > 1 ? `${size}x${times}` : `${size}`)).join(', ');
}

/** @param {import('playwright-core').Browser} browser @param {Awaited<ReturnType<typeof startServer>>} server */
async function benchListing(browser, server) {
  /** @type {Record<string, Array<Awaited<ReturnType<typeof runListing>>>>} */
  const runs = { 'stock-status': [], 'naive-stock': [], 'stock-status-noted': [] };
  for (let run = 0; run < RUNS; run++) {
    // Alternate, so that a slow moment of the machine hurts all alike.
    for (const page of /** @type {const} */ ([
      'stock-status',
      'naive-stock',
      'stock-status-noted',
    ])) {
      runs[page].push(await runListing(browser, server, `/listing/${page}`));
    }
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([tag, results]) => [
      tag,
      {
        ms: median(results.map((result) => result.ms)),
        requests: median(results.map((result) => result.requests)),
        all: results.map((result) => Math.round(result.ms)).join(' / '),
        largest: Math.max(...results.flatMap((result) => result.sizes)),
      },
    ]),
  );
  const ours = summary['stock-status'];
  const naive = summary['naive-stock'];
  const noted = summary['stock-status-noted'];
  console.log(
    table(
      `Listing: ${LISTING_COUNT} elements over ${LISTING_COUNT} SKUs, median of ${RUNS} runs (ms from navigation start until every element has a state other than loading)`,
      ['element', 'requests', 'most SKUs/request', 'ms (median)', 'ms (each run)'],
      [
        [
          '<stock-status> (shared client)',
          ours.requests,
          ours.largest,
          Math.round(ours.ms),
          ours.all,
        ],
        [
          '<naive-stock> (fetch per element)',
          naive.requests,
          naive.largest,
          Math.round(naive.ms),
          naive.all,
        ],
        [
          '<stock-status>, a note on every item',
          noted.requests,
          noted.largest,
          Math.round(noted.ms),
          noted.all,
        ],
        [
          'ratio naive / ours (without notes)',
          `${(naive.requests / ours.requests).toFixed(1)}x`,
          '',
          `${(naive.ms / ours.ms).toFixed(1)}x`,
          '',
        ],
      ],
    ),
  );
  const states = runs['stock-status'][0].states;
  console.log(
    `states shown by <stock-status> (run 1): ${Object.entries(states)
      .map(([state, count]) => `${state} ${count}`)
      .join(', ')}`,
  );
  if (states.error)
    failures.push(`listing: ${states.error} <stock-status> ended in the error state`);
  // Not gated: while the HTML is parsed, the client sends what it has after
  // 50 ms, so a long page can take a batch or two more than the minimum.
  console.log(
    `SKUs per request, <stock-status> runs: ${runs['stock-status']
      .map((result) => countSizes(result.sizes))
      .join(' | ')} (fewest possible: ${Math.ceil(LISTING_COUNT / 50)} requests of 50)`,
  );
}

// 4. Churn -------------------------------------------------------------------
/** @param {import('playwright-core').Browser} browser @param {Awaited<ReturnType<typeof startServer>>} server */
async function benchChurn(browser, server) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.port}/churn`);
    const before = server.requests.length;
    const result = await page.evaluate(
      async ({ total, batch }) => {
        const host = /** @type {HTMLElement} */ (document.getElementById('host'));
        const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
        /** @param {Element[]} elements */
        const updated = (elements) =>
          Promise.all(elements.map((element) => /** @type {any} */ (element).updateComplete));
        const registry = /** @type {Map<string, any>} */ (
          /** @type {any} */ (globalThis)[Symbol.for('backorder-elements.availability-clients')]
        );
        const clients = () => [...(registry?.entries() ?? [])];
        const start = performance.now();
        /** @type {Record<string, number>} */
        const modes = {};
        for (let round = 0; round < total / batch; round++) {
          // Odd rounds sit in a <stock-provider> (another batch size, or
          // polling every 30 s), so more than one shared client is in play;
          // every fifth round asks an endpoint that fails (retry timers).
          const parent = round % 2 ? document.createElement('stock-provider') : host;
          if (round % 4 === 1) parent.setAttribute('batch-size', '20');
          if (round % 4 === 3) parent.setAttribute('refresh-interval', '30');
          if (parent !== host) host.append(parent);
          const elements = [];
          for (let index = 0; index < batch; index++) {
            const element = document.createElement('stock-status');
            element.setAttribute('sku', `CHURN-${(round * batch + index * 7) % 6000}`);
            if (round % 5 === 4) element.setAttribute('endpoint', '/api/failing-availability');
            parent.append(element);
            elements.push(element);
          }
          // Leave at every moment of an element's life.
          const mode = [
            'before first update',
            'subscribed, batch not sent',
            'request in flight, SKU changed',
            'answered',
          ][round % 4];
          modes[mode] = (modes[mode] ?? 0) + batch;
          if (round % 5 === 4)
            modes['on a failing endpoint'] = (modes['on a failing endpoint'] ?? 0) + batch;
          if (round % 4 === 1) {
            await updated(elements);
          } else if (round % 4 === 2) {
            await nextTask();
            await nextTask();
            elements.forEach((element, index) =>
              element.setAttribute('sku', `CHURN-B-${(round + index) % 900}`),
            );
            await updated(elements);
          } else if (round % 4 === 3) {
            const deadline = performance.now() + 5000;
            while (
              performance.now() < deadline &&
              // No state yet (first update pending) counts as loading too.
              elements.some((element) => [null, 'loading'].includes(element.getAttribute('state')))
            ) {
              await nextTask();
            }
          }
          for (const element of elements) element.remove();
          if (parent !== host) parent.remove();
          await nextTask();
        }
        const attached = performance.now() - start;
        // Let requests still in flight come back (bounded).
        const deadline = performance.now() + 10_000;
        while (
          performance.now() < deadline &&
          clients().some(([, client]) => {
            const activity = client.activity();
            return activity.inFlight > 0 || activity.timers > 0;
          })
        ) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return {
          attachedMs: attached,
          settledMs: performance.now() - start,
          left: host.childElementCount,
          modes,
          clients: clients().map(([key, client]) => ({ key, ...client.activity() })),
        };
      },
      { total: CHURN_TOTAL, batch: CHURN_BATCH },
    );
    const requests = server.requests.length - before;
    console.log(
      table(
        `Churn: ${CHURN_TOTAL} <stock-status> attached and detached in batches of ${CHURN_BATCH} (attach+detach ${Math.round(result.attachedMs)} ms, settled after ${Math.round(result.settledMs)} ms, ${requests} requests at the server)`,
        [
          'shared client (registry key)',
          'subscribers',
          'timers',
          'inFlight',
          'requestsSent',
          'cached',
          'verdict',
        ],
        result.clients.map(({ key, subscribers, timers, inFlight, requestsSent, cached }) => [
          key,
          subscribers,
          timers,
          inFlight,
          requestsSent,
          cached,
          subscribers === 0 && timers === 0 && inFlight === 0 && cached <= 1000 ? 'ok' : 'LEAK',
        ]),
      ),
    );
    console.log(
      `elements removed when: ${Object.entries(result.modes)
        .map(([mode, count]) => `${mode} ${count}`)
        .join(', ')}`,
    );
    if (result.clients.length === 0)
      failures.push('churn: no shared availability client found on the page');
    for (const { key, subscribers, timers, inFlight, cached } of result.clients) {
      if (subscribers || timers || inFlight) {
        failures.push(
          `churn: client ${key} kept ${subscribers} subscribers, ${timers} timers, ${inFlight} in flight`,
        );
      }
      // The cache forgets the least recently used answers beyond 1000 SKUs.
      if (cached > 1000) failures.push(`churn: client ${key} caches ${cached} answers (> 1000)`);
    }
    if (result.left !== 0) failures.push(`churn: ${result.left} elements still attached`);
    if (errors.length > 0) failures.push(`churn: page errors: ${errors.join('; ')}`);
  } finally {
    await context.close();
  }
}

// Run ------------------------------------------------------------------------
await benchBundle();

const executablePath = findChromium();
if (!executablePath) {
  console.error("bench: no Chromium found; install Debian's chromium or set CHROME_PATH.");
  process.exit(1);
}
const server = await startServer(
  new Map([
    ['/listing/stock-status', listingPage('stock-status', LISTING_COUNT)],
    ['/listing/naive-stock', listingPage('naive-stock', LISTING_COUNT)],
    [
      '/listing/stock-status-noted',
      listingPage('stock-status', LISTING_COUNT, '/api/noted-availability'),
    ],
    ['/product', productPage(productSkus)],
    ['/product-wants-more', productPage(['P-WANTS-MORE'], { failing: false })],
    ['/product-note', productPage(['P-NOTE'], { failing: false })],
    ['/churn', churnPage],
    ['/traffic', trafficPage],
  ]),
  answerTraffic,
);
const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
try {
  await benchListing(browser, server);
  await benchCls(browser, server, failures);
  await benchChurn(browser, server);
  await benchTraffic(browser, server, failures);
} catch (error) {
  failures.push(`bench crashed: ${error instanceof Error ? error.stack : error}`);
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nbench: finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failures.length > 0) {
  console.error(`bench: ${failures.length} budget breach(es):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('bench: every budget held');

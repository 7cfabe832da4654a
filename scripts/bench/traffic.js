// @ts-check
// The bench's traffic shapes: how the shared availability client copes when
// elements arrive over time and the endpoint misbehaves, each next to a naive
// element that fetches for itself (one request per element or SKU change, no
// batching, no retry). The server is plain HTTP/1.1, so Chromium's six
// connections per host apply, as on most shop origins.
//
//   infinite scroll  1000 SKUs, one element appended per animation frame,
//                    against a 0 ms and a 300 ms endpoint
//   failure storms   200 elements for one SKU added over 2 s, against 404,
//                    500 (40 s on Playwright's fake clock) and 429 Retry-After: 3
//   variant picker   one element whose SKU changes 100 times, 5 ms apart,
//                    answers taking 0-600 ms and 0-2000 ms
//
// Each run has its own browser context (its own connection pool and clients)
// and its own endpoint path, so runs can go side by side and be counted apart.
import { itemFor } from './server.js';
import { table } from './table.js';

const SCROLL_COUNT = 1000;
const STORM_COUNT = 200;
const STORM_SPREAD_MS = 2000;
const STORM_500_MS = 40_000;
const RETRY_AFTER_S = 3;
const TOGGLES = 100;

/** The classic script plus the naive element, on an empty page. */
export const trafficPage = /* html */ `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>traffic</title>
<script src="/dist/backorder-elements.iife.js"></script>
<script>
customElements.define('naive-stock', class extends HTMLElement {
  static observedAttributes = ['sku'];
  attributeChangedCallback() {
    const sku = this.getAttribute('sku');
    this.setAttribute('state', 'loading');
    fetch(this.getAttribute('endpoint') + '?skus=' + encodeURIComponent(sku), { headers: { Accept: 'application/json' } })
      .then((response) => { if (!response.ok) throw new Error(response.status); return response.json(); })
      .then(({ items: [item] }) => {
        this.dataset.answered = sku;
        this.setAttribute('state', !item ? 'unknown' : item.status || (item.quantity > 5 ? 'in-stock' : 'low-stock'));
      })
      .catch(() => { this.dataset.answered = sku; this.setAttribute('state', 'error'); });
  }
});
</script></head><body><div id="host"></div></body></html>`;

/** A stable number for a string (answer delays that differ per SKU but not per run). */
function hash(/** @type {string} */ text) {
  let value = 0;
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) >>> 0;
  return value;
}

/** @type {Map<string, number>} first request of each Retry-After run (ms) */
const retryAfterStarts = new Map();

/**
 * Answers `/api/t/<kind>-<run>` (see startServer): `fast`, `slow` (300 ms),
 * `404`, `500`, `429` (429 with Retry-After for RETRY_AFTER_S seconds from the
 * first request, then answers), `toggle600` and `toggle2000` (a delay per SKU).
 * @param {URL} url
 * @param {string[]} skus
 * @param {import('node:http').ServerResponse} response
 * @returns {Promise<boolean>} whether the path was one of these
 */
export async function answerTraffic(url, skus, response) {
  const match = /^\/api\/t\/(\w+)-/.exec(url.pathname);
  if (!match) return false;
  const kind = match[1];
  const wait = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const fail = (/** @type {number} */ status, headers = {}) =>
    response.writeHead(status, { 'Content-Type': 'text/plain', ...headers }).end(`HTTP ${status}`);
  if (kind === 'slow') await wait(300);
  if (kind.startsWith('toggle')) await wait(hash(skus.join()) % Number(kind.slice(6)));
  if (kind === '404' || kind === '500') {
    fail(Number(kind));
    return true;
  }
  if (kind === '429') {
    const started = retryAfterStarts.get(url.pathname) ?? performance.now();
    retryAfterStarts.set(url.pathname, started);
    if (performance.now() - started < RETRY_AFTER_S * 1000) {
      fail(429, { 'Retry-After': String(RETRY_AFTER_S) });
      return true;
    }
  }
  response
    .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
    .end(JSON.stringify({ items: skus.map(itemFor).filter(Boolean) }));
  return true;
}

/**
 * In the page: adds elements to #host on a schedule and watches their states.
 * Resolves when every element has left `loading` (with `recovered`: shows a
 * state other than `error` too), or `giveUpMs` after the last one was added,
 * with the times and counts the bench prints.
 * @param {{ tag: string, endpoint: string, skus: string[], every: 'frame' | number, giveUpMs: number, recovered?: boolean }} run
 */
function addElementsInPage({ tag, endpoint, skus, every, giveUpMs, recovered = false }) {
  const host = /** @type {HTMLElement} */ (document.getElementById('host'));
  /** @type {Set<Element>} */
  const everInError = new Set();
  const started = performance.now();
  /** @type {HTMLElement[]} */
  const elements = [];
  const observer = new window.MutationObserver((records) => {
    for (const { target } of records) {
      if (/** @type {Element} */ (target).getAttribute('state') === 'error')
        everInError.add(/** @type {Element} */ (target));
    }
  });
  observer.observe(host, { subtree: true, attributes: true, attributeFilter: ['state'] });
  const pending = recovered ? ['loading', 'error', null] : ['loading', null];
  const settled = () =>
    elements.every((element) => !pending.includes(element.getAttribute('state')));
  return new Promise((resolve) => {
    const finish = (/** @type {number} */ lastAdded) => {
      const check = () => {
        if (settled() || performance.now() - lastAdded > giveUpMs) {
          observer.disconnect();
          const states = elements.map((element) => element.getAttribute('state'));
          resolve({
            lastAddedMs: lastAdded - started,
            settledMs: performance.now() - started,
            allSettled: settled(),
            everInError: everInError.size,
            errorAtEnd: states.filter((state) => state === 'error').length,
            states,
          });
        } else setTimeout(check, 20);
      };
      check();
    };
    const add = () => {
      // One a frame, or as many as are due by the clock (a slow timer adds several).
      const due =
        every === 'frame' ? elements.length + 1 : (performance.now() - started) / every + 1;
      while (elements.length < Math.min(due, skus.length)) {
        const element = document.createElement(tag);
        element.setAttribute('endpoint', endpoint);
        element.setAttribute('sku', skus[elements.length]);
        host.append(element);
        elements.push(element);
      }
      if (elements.length === skus.length) finish(performance.now());
      else if (every === 'frame') window.requestAnimationFrame(add);
      else setTimeout(add, every);
    };
    add();
  });
}

/**
 * In the page: one element whose SKU changes `count` times, `every` ms apart.
 * Resolves with the ms from the last change until the element shows the last
 * SKU's answer, and whether it ever showed `error`.
 * @param {{ tag: string, endpoint: string, skus: string[], every: number, giveUpMs: number }} run
 */
function toggleInPage({ tag, endpoint, skus, every, giveUpMs }) {
  const host = /** @type {HTMLElement} */ (document.getElementById('host'));
  const element = document.createElement(tag);
  element.setAttribute('endpoint', endpoint);
  let everInError = false;
  new window.MutationObserver(() => {
    everInError ||= element.getAttribute('state') === 'error';
  }).observe(element, { attributes: true, attributeFilter: ['state'] });
  const last = skus[skus.length - 1];
  // Ours only ever shows the SKU it watches; the naive one marks whose answer it shows.
  const showsLast = () =>
    element.getAttribute('sku') === last &&
    !['loading', null].includes(element.getAttribute('state')) &&
    (tag !== 'naive-stock' || element.dataset.answered === last);
  return new Promise((resolve) => {
    let index = 0;
    /** @type {number} */
    let lastChange;
    const check = () => {
      const waited = performance.now() - lastChange;
      if (showsLast() || waited > giveUpMs)
        resolve({ shownAfterMs: showsLast() ? waited : undefined, everInError });
      else setTimeout(check, 5);
    };
    const change = () => {
      element.setAttribute('sku', skus[index++]);
      if (index === 1) host.append(element);
      if (index < skus.length) setTimeout(change, every);
      else {
        lastChange = performance.now();
        check();
      }
    };
    change();
  });
}

/**
 * @typedef {import('playwright-core').Browser} Browser
 * @typedef {Awaited<ReturnType<typeof import('./server.js').startServer>>} BenchServer
 */

/**
 * Opens the traffic page in a fresh context and runs `drive` in it.
 * @template T
 * @param {Browser} browser
 * @param {BenchServer} server
 * @param {(page: import('playwright-core').Page) => Promise<T>} drive
 * @param {{ fakeClock?: boolean }} [options]
 * @returns {Promise<T & { pageErrors: string[] }>}
 */
async function inPage(browser, server, drive, { fakeClock = false } = {}) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    if (fakeClock) await page.clock.install();
    await page.goto(`http://127.0.0.1:${server.port}/traffic`);
    return { ...(await drive(page)), pageErrors };
  } finally {
    await context.close();
  }
}

/** Requests the server answered for one run's endpoint, with their times (ms). */
const requestsTo = (/** @type {BenchServer} */ server, /** @type {string} */ path) =>
  server.requests.filter((request) => request.path === path);

const TAGS = /** @type {const} */ (['stock-status', 'naive-stock']);
const label = (/** @type {string} */ tag) =>
  tag === 'stock-status' ? '<stock-status>' : 'naive (fetch per element)';
const ms = (/** @type {number | undefined} */ value) =>
  value === undefined ? 'never' : String(Math.round(value));
const loadingLeft = (/** @type {{ states: (string | null)[] }} */ result) =>
  result.states.filter((state) => state === 'loading' || state === null).length;

/**
 * @typedef {Awaited<ReturnType<typeof addElementsInPage>> & { pageErrors: string[] }} AddResult
 * @typedef {Awaited<ReturnType<typeof toggleInPage>> & { pageErrors: string[] }} ToggleResult
 * @typedef {{ kind: string, tag: string, endpoint: string }} Run
 */

/** One run per endpoint kind and element, each with its own endpoint path. */
const runsOf = (/** @type {string} */ shape, /** @type {string[]} */ kinds) =>
  kinds.flatMap((kind) =>
    TAGS.map((tag) => ({ kind, tag, endpoint: `/api/t/${kind}-${shape}-${tag}` })),
  );

/**
 * Records a breach for <stock-status> (the naive element is not gated) and
 * gives the row's verdict.
 * @param {Run} run @param {string[]} breaches @param {string[]} pageErrors
 * @param {string[]} failures @param {string} shape
 */
function verdict(run, breaches, pageErrors, failures, shape) {
  if (run.tag !== 'stock-status') return '-';
  if (pageErrors.length) breaches.push(`page errors: ${pageErrors.join('; ')}`);
  for (const breach of breaches) failures.push(`traffic: ${shape}, ${run.kind}: ${breach}`);
  return breaches.length ? 'FAIL' : 'ok';
}

/**
 * Runs every traffic shape and prints one table each; breaches go to
 * `failures`. The infinite scrolls (about 17 s of frames each) run side by
 * side with the 500 storm on its fake clock; then the other storms side by
 * side; then the variant pickers. About 35 s in all.
 * @param {Browser} browser @param {BenchServer} server @param {string[]} failures
 */
export async function benchTraffic(browser, server, failures) {
  const scrollSkus = Array.from({ length: SCROLL_COUNT }, (_, i) => `SCROLL-${i}`);
  const scrolls = runsOf('scroll', ['fast', 'slow']);
  const storms = runsOf('storm', ['404', '500', '429']);
  const toggles = runsOf('toggle', ['toggle600', 'toggle2000']);
  /** @type {Map<Run, any>} */
  const results = new Map();
  const go = (/** @type {Run} */ run, /** @type {() => Promise<unknown>} */ drive) =>
    drive().then((result) => results.set(run, result));

  const scroll = (/** @type {Run} */ run) =>
    go(run, () =>
      inPage(browser, server, (page) =>
        page.evaluate(addElementsInPage, {
          ...run,
          skus: scrollSkus,
          every: /** @type {const} */ ('frame'),
          // The naive element at 300 ms needs far longer; 2.5 s after the last one shows that.
          giveUpMs: run.tag === 'stock-status' ? 20_000 : 2500,
        }),
      ),
    );
  const stormSkus = Array.from({ length: STORM_COUNT }, () => 'STORM-A');
  const storm = (/** @type {Run} */ run) =>
    go(run, () =>
      run.kind === '500'
        ? // 40 s of back-off on Playwright's fake clock, advanced 250 ms at a time
          // so answers (real time, a few ms) come back between steps.
          inPage(
            browser,
            server,
            async (page) => {
              await page.clock.pauseAt(Date.now() + 1000);
              const done = page.evaluate(addElementsInPage, {
                ...run,
                skus: stormSkus,
                every: STORM_SPREAD_MS / STORM_COUNT,
                giveUpMs: STORM_500_MS,
              });
              for (let elapsed = 0; elapsed <= STORM_500_MS; elapsed += 250) {
                await page.clock.runFor(250);
              }
              return await done;
            },
            { fakeClock: true },
          )
        : inPage(browser, server, (page) =>
            page.evaluate(addElementsInPage, {
              ...run,
              skus: stormSkus,
              every: STORM_SPREAD_MS / STORM_COUNT,
              // 429: until every element shows its real state, after Retry-After
              recovered: run.kind === '429',
              giveUpMs: run.kind === '429' ? (RETRY_AFTER_S + 1) * 1000 : 2000,
            }),
          ),
    );
  const toggleSkus = Array.from({ length: TOGGLES }, (_, i) => `VARIANT-${i}`);
  const toggle = (/** @type {Run} */ run) =>
    go(run, () =>
      inPage(browser, server, (page) =>
        page.evaluate(toggleInPage, { ...run, skus: toggleSkus, every: 5, giveUpMs: 5000 }),
      ),
    );

  await Promise.all([
    ...scrolls.map(scroll),
    ...storms.filter((run) => run.kind === '500').map(storm),
  ]);
  await Promise.all(storms.filter((run) => run.kind !== '500').map(storm));
  // Alone, as a shopper's tab would be: the 1.5 s gate is about the client, not a busy machine.
  await Promise.all(toggles.map(toggle));

  console.log(
    table(
      `Traffic: infinite scroll, ${SCROLL_COUNT} SKUs, one element appended per animation frame (gate for <stock-status>: 0 in error, at most ${SCROLL_COUNT / 4} requests, at 300 ms settled within 2 s of the last one)`,
      [
        'endpoint',
        'element',
        'requests',
        'ever in error',
        'ms to add all',
        'ms settled after last',
        'verdict',
      ],
      scrolls.map((run) => {
        /** @type {AddResult} */
        const result = results.get(run);
        const requests = requestsTo(server, run.endpoint).length;
        const afterLast = result.settledMs - result.lastAddedMs;
        const breaches = [];
        if (result.everInError > 0) breaches.push(`${result.everInError} elements showed error`);
        if (!result.allSettled) breaches.push(`${loadingLeft(result)} elements still loading`);
        if (run.kind === 'slow' && afterLast > 2000)
          breaches.push(`settled ${Math.round(afterLast)} ms after the last one (> 2000)`);
        if (requests > SCROLL_COUNT / 4)
          breaches.push(`${requests} requests (> ${SCROLL_COUNT / 4})`);
        return [
          run.kind === 'fast' ? '0 ms' : '300 ms',
          label(run.tag),
          requests,
          result.everInError,
          ms(result.lastAddedMs),
          result.allSettled ? ms(afterLast) : `> ${ms(afterLast)} (${loadingLeft(result)} loading)`,
          verdict(run, breaches, result.pageErrors, failures, 'infinite scroll'),
        ];
      }),
    ),
  );

  console.log(
    table(
      `Traffic: ${STORM_COUNT} elements for one SKU added over ${STORM_SPREAD_MS / 1000} s (500: ${STORM_500_MS / 1000} s on a fake clock; gate for <stock-status>: 404 at most 2 requests, 500 at most 6, 429 none while Retry-After runs and every element recovers)`,
      [
        'endpoint',
        'element',
        'requests',
        'during Retry-After',
        'in error at end',
        'real state at end',
        'ms until settled (429: recovered)',
        'verdict',
      ],
      storms.map((run) => {
        /** @type {AddResult} */
        const result = results.get(run);
        const requests = requestsTo(server, run.endpoint);
        const first = requests[0]?.at ?? 0;
        const during = requests.filter(
          ({ at }) => at > first && at < first + RETRY_AFTER_S * 1000,
        ).length;
        const real = result.states.filter(
          (state) => !['loading', 'error', null].includes(state),
        ).length;
        const breaches = [];
        if (run.kind === '404' && requests.length > 2)
          breaches.push(`${requests.length} requests (> 2)`);
        if (run.kind === '500' && requests.length > 6)
          breaches.push(`${requests.length} requests in 40 s (> 6)`);
        if (run.kind === '429' && during > 0)
          breaches.push(`${during} requests while Retry-After ran`);
        if (run.kind === '429' && real < STORM_COUNT)
          breaches.push(`${STORM_COUNT - real} elements without their real state after recovery`);
        return [
          run.kind === '429' ? `429 Retry-After: ${RETRY_AFTER_S}, then 200` : run.kind,
          label(run.tag),
          requests.length,
          run.kind === '429' ? during : '-',
          result.errorAtEnd,
          real,
          result.allSettled ? ms(result.settledMs) : 'never',
          verdict(run, breaches, result.pageErrors, failures, 'storm'),
        ];
      }),
    ),
  );

  console.log(
    table(
      `Traffic: variant picker, SKU changed ${TOGGLES}x 5 ms apart (gate for <stock-status>: never error; at 0-600 ms the last SKU's answer within 1.5 s of the last change)`,
      ['answers in', 'element', 'requests', 'ever error', 'ms until last SKU shown', 'verdict'],
      toggles.map((run) => {
        /** @type {ToggleResult} */
        const result = results.get(run);
        const breaches = [];
        if (result.everInError) breaches.push('showed error');
        if (result.shownAfterMs === undefined) breaches.push('never showed the last SKU');
        else if (run.kind === 'toggle600' && result.shownAfterMs > 1500)
          breaches.push(`last SKU shown after ${Math.round(result.shownAfterMs)} ms (> 1500)`);
        return [
          `0-${run.kind.slice(6)} ms`,
          label(run.tag),
          requestsTo(server, run.endpoint).length,
          result.everInError ? 'yes' : 'no',
          result.shownAfterMs === undefined ? '> 5000' : ms(result.shownAfterMs),
          verdict(run, breaches, result.pageErrors, failures, 'variant picker'),
        ];
      }),
    ),
  );
}

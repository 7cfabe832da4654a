// @ts-check
// The HTML of the bench pages. Every page loads the built classic script the
// way a shop does (one script tag, no bundler).

const head = (
  /** @type {string} */ title,
  /** @type {string} */ extra,
) => /* html */ `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 16px; }
  ul.grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; list-style: none; padding: 0; }
  ul.grid h2 { font-size: 14px; margin: 0; }
</style>
${extra}
</head>`;

/**
 * In-page probe: the time (performance.now(), so ms since navigation start)
 * at which every one of `count` elements named `tag` has a `state` other than
 * `loading`, watched with a MutationObserver on the `state` attribute.
 * @param {string} tag
 * @param {number} count
 */
const settleProbe = (tag, count) => /* html */ `<script>
(() => {
  const settled = new Set();
  const bench = (window.__bench = { done: undefined });
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.target.localName !== '${tag}') continue;
      const state = record.target.getAttribute('state');
      if (state && state !== 'loading') settled.add(record.target);
      else settled.delete(record.target);
    }
    if (settled.size >= ${count} && bench.done === undefined) {
      bench.done = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
})();
</script>`;

const bundle = (
  /** @type {string} */ endpoint,
) => /* html */ `<script src="/dist/backorder-elements.iife.js"></script>
<script>window.BackorderElements.configure({ endpoint: '${endpoint}' });</script>`;

/** The deliberately naive baseline: one fetch per element, no batching, no cache. */
const naiveElement = /* html */ `<script>
customElements.define('naive-stock', class extends HTMLElement {
  connectedCallback() {
    this.setAttribute('state', 'loading');
    this.textContent = 'Loading…';
    fetch('/api/availability?skus=' + encodeURIComponent(this.getAttribute('sku')), { headers: { Accept: 'application/json' } })
      .then((response) => response.json())
      .then(({ items: [item] }) => {
        const state = !item ? 'unknown'
          : item.status ? item.status
          : item.quantity > 5 ? 'in-stock' : item.quantity > 0 ? 'low-stock' : item.backorderable ? 'backorder' : 'out-of-stock';
        this.setAttribute('state', state);
        this.textContent = state;
      })
      .catch(() => this.setAttribute('state', 'error'));
  }
});
</script>`;

/** SKUs of the listing page. */
export const listingSkus = (/** @type {number} */ count) =>
  Array.from({ length: count }, (_, index) => `SKU-${String(index + 1).padStart(5, '0')}`);

/**
 * A listing page: `count` products, each with its own SKU and stock element.
 * @param {'stock-status' | 'naive-stock'} tag
 * @param {number} count
 * @param {string} [endpoint] for <stock-status>
 */
export function listingPage(tag, count, endpoint = '/api/availability') {
  const scripts =
    settleProbe(tag, count) + (tag === 'stock-status' ? bundle(endpoint) : naiveElement);
  const items = listingSkus(count)
    .map((sku) => `<li><h2>Product ${sku}</h2><${tag} sku="${sku}"></${tag}></li>`)
    .join('\n');
  return `${head(`listing: ${tag}`, scripts)}<body><h1>All products</h1><ul class="grid">\n${items}\n</ul></body></html>`;
}

/** SKUs on the product page, with what they answer (see server.js). */
export const productSkus = [
  'P-IN',
  'P-LOW',
  'P-BACKORDER',
  'P-PREORDER',
  'P-OUT',
  'P-GONE',
  'P-MISSING',
];

/** In-page probe: every layout shift not caused by input, summed in `window.__cls`. */
export const clsProbe = /* html */ `<script>
  window.__cls = { value: 0, shifts: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__cls.value += entry.value;
      window.__cls.shifts.push({
        value: entry.value,
        at: Math.round(entry.startTime),
        sources: (entry.sources || []).map((source) => source.node ? (source.node.localName || '#text') + ':' + (source.node.id || source.node.className || '') : '?'),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
</script>`;

/**
 * A product page whose availability answers arrive 300 ms late: one stock
 * element per state, each with content right below it, in a narrow column, so
 * any change of the element's height or of its line count would shift it.
 * @param {string[]} skus
 * @param {{ failing?: boolean }} [options] also one element on an endpoint that answers 500
 */
export function productPage(skus, { failing = true } = {}) {
  const products = skus
    .map(
      (sku) => /* html */ `<section>
  <h2 style="margin:0;font-size:18px">Organic tee ${sku}</h2>
  <stock-status sku="${sku}"${sku === 'P-WANTS-MORE' ? ' quantity="3"' : ''}></stock-status>
  <p id="below-${sku}" style="margin:0">€25.00 · <button type="button">Add to cart</button></p>
</section>`,
    )
    .join('\n');
  const broken = /* html */ `<section>
  <h2 style="margin:0;font-size:18px">Organic tee, endpoint down</h2>
  <stock-status sku="P-IN" endpoint="/api/failing-availability"></stock-status>
  <p id="below-error" style="margin:0">€25.00 · <button type="button">Add to cart</button></p>
</section>`;
  return `${head('product page', clsProbe + bundle('/api/late-availability'))}<body style="max-width:360px">
<h1>Organic tee</h1>
${products}
${failing ? broken : ''}
<footer>Free returns within 30 days.</footer>
</body></html>`;
}

/** An empty page with the bundle, for the churn run. */
export const churnPage = `${head('churn', bundle('/api/availability'))}<body><div id="host"></div></body></html>`;

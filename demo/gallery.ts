// The designers' state gallery: every element in every state, side by side,
// each state driven by its own mock SKU or endpoint. MSW starts, and the
// remembered sign-ups are set up, before the elements are imported.
import { html, render, type TemplateResult } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { GALLERY_NOTIFY_FORMS } from '../mocks/catalogue.js';
import { worker } from '../mocks/browser.js';
import { OUTBOX_KEY, SUBSCRIBED_KEY } from '../src/data/notify-client.js';
import { maskEmail } from '../src/data/notify-rules.js';
import { setUpDemoControls } from './demo-controls.js';

type NotifyForm = (typeof GALLERY_NOTIFY_FORMS)[number];

/** Endpoints that answer one way only, for the loading, error and notify states. */
const HANGING = '/api/availability-hang';
const DOWN = '/api/availability-down';
const NOTIFY = '/api/notify';
const NOTIFY_409 = '/api/notify-subscribed';
const NOTIFY_503 = '/api/notify-down';

worker.use(
  http.get(HANGING, async () => {
    await delay('infinite');
    return HttpResponse.json({ items: [] });
  }),
  http.get(DOWN, () => HttpResponse.json({ error: 'internal' }, { status: 500 })),
  http.post(NOTIFY_409, () => HttpResponse.json({ status: 'already-subscribed' }, { status: 409 })),
  http.post(NOTIFY_503, () => HttpResponse.json({ error: 'unavailable' }, { status: 503 })),
);
await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });

// A fresh gallery on every load; the returning shopper signed up yesterday.
try {
  localStorage.removeItem(OUTBOX_KEY);
  localStorage.setItem(
    SUBSCRIBED_KEY,
    JSON.stringify({
      'GALLERY-NOTIFY-RETURNING': {
        email: maskEmail('ada@example.com'),
        at: new Date(Date.now() - 86_400_000).toISOString(),
      },
    }),
  );
} catch {
  // Private mode: the returning-shopper card shows the empty form instead.
}

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

/** One card: the state's name, what makes it happen, and the element. */
function specimen(state: string, note: string, element: TemplateResult): TemplateResult {
  return html`<li class="specimen">
    <p class="specimen-state"><code>${state}</code></p>
    <p class="specimen-note">${note}</p>
    <div class="specimen-element">${element}</div>
  </li>`;
}

const statusSpecimens = html`
  ${specimen('loading', 'The endpoint has not answered yet; one line is kept free.', html`<stock-status sku="GALLERY-IN-STOCK" endpoint=${HANGING} timeout="86400"></stock-status>`)}
  ${specimen('in-stock', 'quantity 120', html`<stock-status sku="GALLERY-IN-STOCK"></stock-status>`)}
  ${specimen('low-stock', 'quantity 3, with a merchant’s note', html`<stock-status sku="GALLERY-LOW-STOCK"></stock-status>`)}
  ${specimen('backorder', 'nothing in stock, expected in 9 days', html`<stock-status sku="GALLERY-BACKORDER"></stock-status>`)}
  ${specimen('preorder', 'not released yet, ships in 30 days', html`<stock-status sku="GALLERY-PREORDER"></stock-status>`)}
  ${specimen('out-of-stock', 'sold out, restock in 45 days', html`<stock-status sku="GALLERY-OUT-OF-STOCK"></stock-status>`)}
  ${specimen('discontinued', 'no longer made', html`<stock-status sku="GALLERY-DISCONTINUED"></stock-status>`)}
  ${specimen('unknown', 'the endpoint does not know the SKU', html`<stock-status sku="GALLERY-NOT-IN-CATALOGUE"></stock-status>`)}
  ${specimen('error', 'the endpoint answers 500', html`<stock-status sku="GALLERY-IN-STOCK" endpoint=${DOWN}></stock-status>`)}
`;

const optionSpecimens = html`
  ${specimen('split · together · cancel', '3 in the cart, 1 in stock, the rest in 5 days', html`<backorder-option sku="GALLERY-BO-SPLIT" quantity="3" name="split"></backorder-option>`)}
  ${specimen('cancel chosen', 'the shopper drops the missing units: a link to the alert', html`<backorder-option sku="GALLERY-BO-SPLIT" quantity="3" name="cancel" default-choice="cancel" notify-href="#notify-title"></backorder-option>`)}
  ${specimen('nothing ships now', '2 in the cart, none in stock: together or cancel', html`<backorder-option sku="GALLERY-BO-NONE-NOW" quantity="2" name="none-now"></backorder-option>`)}
  ${specimen('refused: too far', 'expected in 60 days, more than max-backorder-days (21)', html`<backorder-option sku="GALLERY-BO-TOO-FAR" quantity="2" name="too-far"></backorder-option>`)}
  ${specimen('refused: not backorderable', '3 in the cart, 1 in stock, no backorders', html`<backorder-option sku="GALLERY-BO-NOT-BACKORDERABLE" quantity="3" name="not-backorderable"></backorder-option>`)}
  ${specimen('refused: discontinued', '2 in the cart, 1 left of a retired item', html`<backorder-option sku="GALLERY-BO-DISCONTINUED" quantity="2" name="discontinued"></backorder-option>`)}
  ${specimen('error', 'the endpoint answers 500; the checkout stays usable', html`<backorder-option sku="GALLERY-BO-SPLIT" quantity="3" name="error" endpoint=${DOWN}></backorder-option>`)}
`;

const sku = (form: NotifyForm) => `GALLERY-NOTIFY-${form}`;
const notifySpecimens = html`
  ${specimen('idle', 'an e-mail field and a button', html`<notify-me-form sku=${sku('IDLE')} notify-endpoint=${NOTIFY}></notify-me-form>`)}
  ${specimen('consent', 'require-consent and marketing-consent', html`<notify-me-form sku=${sku('CONSENT')} notify-endpoint=${NOTIFY} require-consent marketing-consent><small>We use your address only for this alert.</small></notify-me-form>`)}
  ${specimen('field error', 'sent with an address that cannot work', html`<notify-me-form id="notify-error" sku=${sku('ERROR')} notify-endpoint=${NOTIFY}></notify-me-form>`)}
  ${specimen('success', 'the endpoint answers 201', html`<notify-me-form id="notify-success" sku=${sku('SUCCESS')} notify-endpoint=${NOTIFY}></notify-me-form>`)}
  ${specimen('already subscribed', 'the endpoint answers 409', html`<notify-me-form id="notify-subscribed" sku=${sku('SUBSCRIBED')} notify-endpoint=${NOTIFY_409}></notify-me-form>`)}
  ${specimen('queued', 'the endpoint answers 503: kept and sent again later', html`<notify-me-form id="notify-queued" sku=${sku('QUEUED')} notify-endpoint=${NOTIFY_503}></notify-me-form>`)}
  ${specimen('unavailable', 'no notify-endpoint configured', html`<notify-me-form sku=${sku('UNAVAILABLE')}></notify-me-form>`)}
  ${specimen('returning shopper', 'signed up on an earlier visit', html`<notify-me-form sku=${sku('RETURNING')} notify-endpoint=${NOTIFY}></notify-me-form>`)}
`;

render(statusSpecimens, $('#status-specimens'));
render(optionSpecimens, $('#option-specimens'));
render(notifySpecimens, $('#notify-specimens'));

setUpDemoControls();
const elements = await import('../src/index.js');
await import('../src/define.js');

// States that need a shopper: type an address and send, through the form itself.
type Updating = HTMLElement & { updateComplete: Promise<boolean> };
async function signUp(id: string, email: string): Promise<void> {
  const form = $<Updating>(`#${id}`);
  // The form appears once the SKU's stock is known.
  for (let tries = 0; tries < 100 && !form.shadowRoot?.querySelector('form'); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await form.updateComplete;
  }
  const field = form.shadowRoot?.querySelector<HTMLInputElement>('input[type="email"]');
  if (!field) return;
  field.value = email;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  form.shadowRoot?.querySelector('form')?.requestSubmit();
}
// A refused address moves focus to its field, which would scroll the gallery away from the top.
const scrolledTo = window.scrollY;
void Promise.all([
  signUp('notify-error', 'ada@'),
  signUp('notify-success', 'ada@example.com'),
  signUp('notify-subscribed', 'ada@example.com'),
  signUp('notify-queued', 'ada@example.com'),
]).then(() => {
  if (window.scrollY !== scrolledTo) window.scrollTo({ top: scrolledTo, behavior: 'instant' });
});

// The attributes panel, from each class's declared reactive properties.
interface Declared {
  attribute?: boolean | string;
  type?: unknown;
  reflect?: boolean;
}
function attributesOf(element: { elementProperties: Map<PropertyKey, Declared> }) {
  const rows: { attribute: string; property: string; type: string; reflect: boolean }[] = [];
  for (const [key, options] of element.elementProperties) {
    if (options.attribute === false || typeof key !== 'string') continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
    const type = options.type === Number ? 'number' : options.type === Boolean ? 'boolean' : 'string';
    rows.push({ attribute, property: key, type, reflect: Boolean(options.reflect) });
  }
  return rows.sort((a, b) => a.attribute.localeCompare(b.attribute));
}
const shared = new Set(attributesOf(elements.StockProvider).map((row) => row.attribute));
const classes = [
  ['stock-provider', elements.StockProvider, 'Holds the configuration for its subtree.'],
  ['stock-status', elements.StockStatus, 'Plus every configuration attribute of <stock-provider>.'],
  ['backorder-option', elements.BackorderOption, 'Plus every configuration attribute of <stock-provider>.'],
  ['notify-me-form', elements.NotifyMeForm, 'Plus every configuration attribute of <stock-provider>.'],
] as const;
render(
  classes.map(([tag, element, note]) => {
    const rows = attributesOf(element).filter((row) => tag === 'stock-provider' || !shared.has(row.attribute));
    return html`<details class="attribute-card" ?open=${tag !== 'stock-provider'}>
      <summary><code>&lt;${tag}&gt;</code> <span>${rows.length} attributes</span></summary>
      <p class="section-note">${note}</p>
      <table>
        <thead>
          <tr><th scope="col">attribute</th><th scope="col">property</th><th scope="col">type</th></tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <td><code>${row.attribute}</code>${row.reflect ? html` <span class="badge">reflected</span>` : ''}</td>
              <td><code>${row.property}</code></td>
              <td>${row.type}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }),
  $('#attributes'),
);

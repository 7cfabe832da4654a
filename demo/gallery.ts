// The designers' state gallery: every element in every state, side by side,
// each state driven by its own mock SKU or endpoint. MSW starts, and the
// remembered sign-ups are set up, before the elements are imported.
import { html, render, type TemplateResult } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { GALLERY_NOTIFY_FORMS } from '../mocks/catalogue.js';
import { worker } from '../mocks/browser.js';
import { NotifyClient, SUBSCRIBED_KEY } from '../src/data/notify-client.js';
import { maskEmail } from '../src/data/notify-rules.js';
import { setUpDemoControls } from './demo-controls.js';
import { t, type TextKey } from './demo-texts.js';
import { localizeAvailability } from './localized-mocks.js';

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
// The merchants' notes in the demo's language.
localizeAvailability();

// A fresh gallery on every load; the returning shopper signed up yesterday.
new NotifyClient().forget();
try {
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

/**
 * One card: the state's name (an attribute value as it is, or a dictionary
 * key for a described state), what makes it happen, and the element.
 */
function specimen(
  state: string | { key: TextKey },
  note: TextKey,
  element: TemplateResult,
): TemplateResult {
  return html`<li class="specimen">
    <p class="specimen-state"><code>${typeof state === 'string' ? state : t(state.key)}</code></p>
    <p class="specimen-note">${t(note)}</p>
    <div class="specimen-element">${element}</div>
  </li>`;
}

const statusSpecimens = () => html`
  ${specimen('loading', 'gallery.note.loading', html`<stock-status sku="GALLERY-IN-STOCK" endpoint=${HANGING} timeout="86400"></stock-status>`)}
  ${specimen('in-stock', 'gallery.note.inStock', html`<stock-status sku="GALLERY-IN-STOCK"></stock-status>`)}
  ${specimen('low-stock', 'gallery.note.lowStock', html`<stock-status sku="GALLERY-LOW-STOCK"></stock-status>`)}
  ${specimen('backorder', 'gallery.note.backorder', html`<stock-status sku="GALLERY-BACKORDER"></stock-status>`)}
  ${specimen('preorder', 'gallery.note.preorder', html`<stock-status sku="GALLERY-PREORDER"></stock-status>`)}
  ${specimen('out-of-stock', 'gallery.note.outOfStock', html`<stock-status sku="GALLERY-OUT-OF-STOCK"></stock-status>`)}
  ${specimen('discontinued', 'gallery.note.discontinued', html`<stock-status sku="GALLERY-DISCONTINUED"></stock-status>`)}
  ${specimen('unknown', 'gallery.note.unknown', html`<stock-status sku="GALLERY-NOT-IN-CATALOGUE"></stock-status>`)}
  ${specimen('error', 'gallery.note.error', html`<stock-status sku="GALLERY-IN-STOCK" endpoint=${DOWN}></stock-status>`)}
`;

const optionSpecimens = () => html`
  ${specimen('split · together · cancel', 'gallery.note.split', html`<backorder-option sku="GALLERY-BO-SPLIT" quantity="3" name="split"></backorder-option>`)}
  ${specimen({ key: 'gallery.state.cancelChosen' }, 'gallery.note.cancelChosen', html`<backorder-option sku="GALLERY-BO-SPLIT" quantity="3" name="cancel" default-choice="cancel" notify-href="#notify-title"></backorder-option>`)}
  ${specimen({ key: 'gallery.state.nothingNow' }, 'gallery.note.nothingNow', html`<backorder-option sku="GALLERY-BO-NONE-NOW" quantity="2" name="none-now"></backorder-option>`)}
  ${specimen({ key: 'gallery.state.tooFar' }, 'gallery.note.tooFar', html`<backorder-option sku="GALLERY-BO-TOO-FAR" quantity="2" name="too-far"></backorder-option>`)}
  ${specimen({ key: 'gallery.state.notBackorderable' }, 'gallery.note.notBackorderable', html`<backorder-option sku="GALLERY-BO-NOT-BACKORDERABLE" quantity="3" name="not-backorderable"></backorder-option>`)}
  ${specimen({ key: 'gallery.state.discontinued' }, 'gallery.note.discontinuedOption', html`<backorder-option sku="GALLERY-BO-DISCONTINUED" quantity="2" name="discontinued"></backorder-option>`)}
  ${specimen('error', 'gallery.note.errorOption', html`<backorder-option sku="GALLERY-BO-SPLIT" quantity="3" name="error" endpoint=${DOWN}></backorder-option>`)}
`;

const sku = (form: NotifyForm) => `GALLERY-NOTIFY-${form}`;
const notifySpecimens = () => html`
  ${specimen({ key: 'gallery.state.idle' }, 'gallery.note.idle', html`<notify-me-form sku=${sku('IDLE')} notify-endpoint=${NOTIFY}></notify-me-form>`)}
  ${specimen({ key: 'gallery.state.consent' }, 'gallery.note.consent', html`<notify-me-form sku=${sku('CONSENT')} notify-endpoint=${NOTIFY} require-consent marketing-consent><small>${t('product.consent')}</small></notify-me-form>`)}
  ${specimen({ key: 'gallery.state.fieldError' }, 'gallery.note.fieldError', html`<notify-me-form id="notify-error" sku=${sku('ERROR')} notify-endpoint=${NOTIFY}></notify-me-form>`)}
  ${specimen({ key: 'gallery.state.success' }, 'gallery.note.success', html`<notify-me-form id="notify-success" sku=${sku('SUCCESS')} notify-endpoint=${NOTIFY}></notify-me-form>`)}
  ${specimen({ key: 'gallery.state.subscribed' }, 'gallery.note.subscribed', html`<notify-me-form id="notify-subscribed" sku=${sku('SUBSCRIBED')} notify-endpoint=${NOTIFY_409}></notify-me-form>`)}
  ${specimen({ key: 'gallery.state.queued' }, 'gallery.note.queued', html`<notify-me-form id="notify-queued" sku=${sku('QUEUED')} notify-endpoint=${NOTIFY_503}></notify-me-form>`)}
  ${specimen({ key: 'gallery.state.unavailable' }, 'gallery.note.unavailable', html`<notify-me-form sku=${sku('UNAVAILABLE')}></notify-me-form>`)}
  ${specimen({ key: 'gallery.state.returning' }, 'gallery.note.returning', html`<notify-me-form sku=${sku('RETURNING')} notify-endpoint=${NOTIFY}></notify-me-form>`)}
`;

/** The specimens, in the current language; a new render only changes the words, the elements stay. */
function renderSpecimens(): void {
  render(statusSpecimens(), $('#status-specimens'));
  render(optionSpecimens(), $('#option-specimens'));
  render(notifySpecimens(), $('#notify-specimens'));
}

setUpDemoControls();
renderSpecimens();
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
    const type =
      options.type === Number ? 'number' : options.type === Boolean ? 'boolean' : 'string';
    rows.push({ attribute, property: key, type, reflect: Boolean(options.reflect) });
  }
  return rows.sort((a, b) => a.attribute.localeCompare(b.attribute));
}
const shared = new Set(attributesOf(elements.StockProvider).map((row) => row.attribute));
const classes = [
  ['stock-provider', elements.StockProvider, 'gallery.class.provider'],
  ['stock-status', elements.StockStatus, 'gallery.class.plus'],
  ['backorder-option', elements.BackorderOption, 'gallery.class.plus'],
  ['notify-me-form', elements.NotifyMeForm, 'gallery.class.plus'],
] as const;
const renderAttributes = () =>
  render(
    classes.map(([tag, element, note]) => {
      const rows = attributesOf(element).filter(
        (row) => tag === 'stock-provider' || !shared.has(row.attribute),
      );
      return html`<details class="attribute-card" ?open=${tag !== 'stock-provider'}>
        <summary>
          <code>&lt;${tag}&gt;</code>
          <span>${t('gallery.attributeCount', { count: rows.length })}</span>
        </summary>
        <p class="section-note">${t(note)}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">${t('gallery.column.attribute')}</th>
              <th scope="col">${t('gallery.column.property')}</th>
              <th scope="col">${t('gallery.column.type')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) =>
                html`<tr>
                  <td>
                    <code>${row.attribute}</code
                    >${row.reflect ? html` <span class="badge">${t('gallery.reflected')}</span>` : ''}
                  </td>
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

// A new language: the specimens' words and the attributes panel again.
renderAttributes();
document.addEventListener('demo-locale-change', () => {
  renderSpecimens();
  renderAttributes();
});

// The designers' state gallery: every element in every state, side by side,
// each state driven by its own mock SKU or endpoint. MSW starts, and the
// remembered sign-ups are set up, before the elements are imported.
import { html, render, type TemplateResult } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { GALLERY_NOTIFY_FORMS } from '../mocks/catalogue.js';
import { worker } from '../mocks/browser.js';
import { SUBSCRIBED_KEY } from '../src/data/notify-client.js';
import { maskEmail } from '../src/data/notify-rules.js';
import { setUpDemoControls } from './demo-controls.js';
import { t, type TextKey } from './demo-texts.js';
import { localizeAvailability, serverText } from './localized-mocks.js';
import { GALLERY_NOTIFY, setOutboxAside } from './outbox.js';
import { setUpThemePanel } from './theme-panel.js';

type NotifyForm = (typeof GALLERY_NOTIFY_FORMS)[number];

/** Endpoints that answer one way only, for the loading, error and notify states. */
const HANGING = '/api/availability-hang';
const DOWN = '/api/availability-down';
const NOTIFY = '/api/notify';
const {
  subscribed: NOTIFY_409,
  down: NOTIFY_503,
  hang: NOTIFY_HANG,
  refused: NOTIFY_422,
  busy: NOTIFY_429,
} = GALLERY_NOTIFY;

worker.use(
  http.get(HANGING, async () => {
    await delay('infinite');
    return HttpResponse.json({ items: [] });
  }),
  http.get(DOWN, () => HttpResponse.json({ error: 'internal' }, { status: 500 })),
  http.post(NOTIFY_409, () => HttpResponse.json({ status: 'already-subscribed' }, { status: 409 })),
  http.post(NOTIFY_503, () => HttpResponse.json({ error: 'unavailable' }, { status: 503 })),
  http.post(NOTIFY_HANG, async () => {
    await delay('infinite');
    return HttpResponse.json({});
  }),
  http.post(NOTIFY_422, () =>
    HttpResponse.json(
      { message: serverText('This address cannot receive e-mail.') },
      { status: 422 },
    ),
  ),
  http.post(NOTIFY_429, () => HttpResponse.json({ error: 'slow down' }, { status: 429 })),
);
await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
// The merchants' notes in the demo's language.
localizeAvailability();

// The gallery's sign-ups never leave it, and other pages' wait aside meanwhile.
setOutboxAside();
// The returning shopper signed up yesterday (other SKUs' records stay).
try {
  const subscribed: unknown = JSON.parse(localStorage.getItem(SUBSCRIBED_KEY) ?? '{}');
  localStorage.setItem(
    SUBSCRIBED_KEY,
    JSON.stringify({
      ...(typeof subscribed === 'object' ? subscribed : {}),
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
  ${specimen('backorder', 'gallery.note.anyDay', html`<stock-status sku="GALLERY-ANY-DAY"></stock-status>`)}
  ${specimen('backorder', 'gallery.note.noDate', html`<stock-status sku="GALLERY-NO-DATE"></stock-status>`)}
  ${specimen({ key: 'gallery.state.longNote' }, 'gallery.note.longNote', html`<stock-status sku="GALLERY-LONG-NOTE"></stock-status>`)}
  ${specimen('controls', 'gallery.note.controlsBackorder', html`<stock-status sku="GALLERY-BACKORDER" controls="buy-backorder"></stock-status><button class="add-to-cart" id="buy-backorder" type="button">${t('product.addToCart')}</button>`)}
  ${specimen('controls', 'gallery.note.controlsPreorder', html`<stock-status sku="GALLERY-PREORDER" controls="buy-preorder"></stock-status><button class="add-to-cart" id="buy-preorder" type="button">${t('product.addToCart')}</button>`)}
  ${specimen('controls', 'gallery.note.controlsOut', html`<stock-status sku="GALLERY-OUT-OF-STOCK" controls="buy-out"></stock-status><button class="add-to-cart" id="buy-out" type="button">${t('product.addToCart')}</button>`)}
`;

const optionSpecimens = () => html`
  ${specimen('split · together · cancel', 'gallery.note.split', html`<backorder-option sku="GALLERY-BO-SPLIT" quantity="3" name="split"></backorder-option>`)}
  ${specimen({ key: 'gallery.state.cancelChosen' }, 'gallery.note.cancelChosen', html`<backorder-option sku="GALLERY-BO-SPLIT" quantity="3" name="cancel" default-choice="cancel" notify-href="#notify-title"></backorder-option>`)}
  ${specimen({ key: 'gallery.state.nothingNow' }, 'gallery.note.nothingNow', html`<backorder-option sku="GALLERY-BO-NONE-NOW" quantity="2" name="none-now"></backorder-option>`)}
  ${specimen({ key: 'gallery.state.tooFar' }, 'gallery.note.tooFar', html`<backorder-option sku="GALLERY-BO-TOO-FAR" quantity="2" name="too-far"></backorder-option>`)}
  ${specimen({ key: 'gallery.state.notBackorderable' }, 'gallery.note.notBackorderable', html`<backorder-option sku="GALLERY-BO-NOT-BACKORDERABLE" quantity="3" name="not-backorderable"></backorder-option>`)}
  ${specimen({ key: 'gallery.state.discontinued' }, 'gallery.note.discontinuedOption', html`<backorder-option sku="GALLERY-BO-DISCONTINUED" quantity="2" name="discontinued"></backorder-option>`)}
  ${specimen('error', 'gallery.note.errorOption', html`<backorder-option sku="GALLERY-BO-SPLIT" quantity="3" name="error" endpoint=${DOWN}></backorder-option>`)}
  ${specimen({ key: 'gallery.state.overLimit' }, 'gallery.note.overLimit', html`<backorder-option sku="GALLERY-BO-OVER-LIMIT" quantity="6" name="over-limit"></backorder-option>`)}
  ${specimen(
    'required',
    'gallery.note.required',
    html`<form class="required-form">
      <backorder-option
        sku="GALLERY-BO-SPLIT"
        quantity="3"
        name="required"
        required
        default-choice="none"
      ></backorder-option>
      <p class="validity"></p>
    </form>`,
  )}
  ${specimen('disabled', 'gallery.note.disabled', html`<backorder-option sku="GALLERY-BO-SPLIT" quantity="3" name="disabled" disabled></backorder-option>`)}
  ${specimen({ key: 'gallery.state.slotted' }, 'gallery.note.slotted', html`<backorder-option sku="GALLERY-BO-NONE-NOW" quantity="2" name="slotted" default-choice="cancel"><notify-me-form slot="notify" sku=${sku('SLOTTED')} always notify-endpoint=${NOTIFY}></notify-me-form></backorder-option>`)}
  ${specimen({ key: 'gallery.state.anyDay' }, 'gallery.note.anyDayOption', html`<backorder-option sku="GALLERY-BO-ANY-DAY" quantity="2" name="any-day"></backorder-option>`)}
  ${specimen({ key: 'gallery.state.noDate' }, 'gallery.note.noDateOption', html`<backorder-option sku="GALLERY-BO-NO-DATE" quantity="2" name="no-date"></backorder-option>`)}
`;

/** A summary over lines the card does not show (<backorder-option>s in a hidden part of its form). */
const summary = (lines: [string, number, TextKey, string?][]) =>
  html`<form class="summary-form">
    <div hidden>
      ${lines.map(
        ([lineSku, quantity, label, choice]) =>
          html`<backorder-option
            sku=${lineSku}
            quantity=${quantity}
            label=${t(label)}
            default-choice=${choice ?? 'split'}
          ></backorder-option>`,
      )}
    </div>
    <backorder-summary></backorder-summary>
  </form>`;
const summarySpecimens = () => html`
  ${specimen(
    { key: 'gallery.state.summarySplit' },
    'gallery.note.summarySplit',
    summary([
      ['GALLERY-IN-STOCK', 2, 'gallery.line.socks'],
      ['GALLERY-BO-SPLIT', 3, 'gallery.line.tee'],
    ]),
  )}
  ${specimen(
    { key: 'gallery.state.summaryCancel' },
    'gallery.note.summaryCancel',
    summary([
      ['GALLERY-IN-STOCK', 2, 'gallery.line.socks'],
      ['GALLERY-BO-SPLIT', 3, 'gallery.line.tee', 'cancel'],
      ['GALLERY-BO-NO-DATE', 1, 'gallery.line.cap'],
    ]),
  )}
  ${specimen({ key: 'gallery.state.summaryNothing' }, 'gallery.note.summaryNothing', summary([['GALLERY-IN-STOCK', 2, 'gallery.line.socks']]))}
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
  ${specimen('ask-quantity', 'gallery.note.askQuantity', html`<notify-me-form sku=${sku('ASK')} notify-endpoint=${NOTIFY} ask-quantity></notify-me-form>`)}
  ${specimen({ key: 'gallery.state.sending' }, 'gallery.note.sending', html`<notify-me-form id="notify-sending" sku=${sku('SENDING')} notify-endpoint=${NOTIFY_HANG} timeout="86400"></notify-me-form>`)}
  ${specimen('422', 'gallery.note.refused', html`<notify-me-form id="notify-refused" sku=${sku('REFUSED')} notify-endpoint=${NOTIFY_422}></notify-me-form>`)}
  ${specimen('429', 'gallery.note.busy', html`<notify-me-form id="notify-busy" sku=${sku('BUSY')} notify-endpoint=${NOTIFY_429}></notify-me-form>`)}
`;

/** The specimens, in the current language; a new render only changes the words, the elements stay. */
function renderSpecimens(): void {
  render(statusSpecimens(), $('#status-specimens'));
  render(optionSpecimens(), $('#option-specimens'));
  render(notifySpecimens(), $('#notify-specimens'));
  render(summarySpecimens(), $('#summary-specimens'));
}

setUpDemoControls();
setUpThemePanel($('#theme-panel'));
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
  signUp('notify-sending', 'ada@example.com'),
  signUp('notify-refused', 'ada@example.com'),
  signUp('notify-busy', 'ada@example.com'),
]).then(() => {
  if (window.scrollY !== scrolledTo) window.scrollTo({ top: scrolledTo, behavior: 'instant' });
});

// `required` with nothing chosen: the form cannot be sent; show the browser's message.
const showValidity = async () => {
  const option = $<HTMLElement & { validationMessage: string; updateComplete: Promise<boolean> }>(
    '.required-form backorder-option',
  );
  await option.updateComplete;
  $('.required-form .validity').textContent = option.validationMessage;
};
$('.required-form').addEventListener('change', () => void showValidity());
$('.required-form').addEventListener('backorder-change', () => void showValidity());

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
  ['backorder-summary', elements.BackorderSummary, 'gallery.class.plus'],
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

import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { applyTheme, themes, type ThemeName } from '../../demo/themes.js';
import { galleryItems } from '../../mocks/catalogue.js';
import { NotifyClient, resetSharedNotifyClient } from '../../src/data/notify-client.js';
import { BackorderOption } from '../../src/elements/backorder-option/backorder-option.js';
import { BackorderSummary } from '../../src/elements/backorder-summary/backorder-summary.js';
import { NotifyMeForm } from '../../src/elements/notify-me-form/notify-me-form.js';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import { serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { NotifyFormHarness } from '../helpers/notify-form-harness.js';

StockStatus.define();
BackorderOption.define();
BackorderSummary.define();
NotifyMeForm.define();

const HANGING = '/api/themes-hang';
const DOWN = '/api/themes-down';
const NOTIFY = '/api/themes-notify';
const NOTIFY_409 = '/api/themes-notify-409';
const NOTIFY_503 = '/api/themes-notify-503';

/** The demo store's page colours (demo.css), which the themes' `page` CSS changes. */
const PAGE_CSS = ':root { background: var(--page, #f6f5f2); color: var(--ink, #1f2328); }';

/** The demo's theme on this page: its `--bo-*` and `::part()` CSS and the page colours. */
function useTheme(name: ThemeName): void {
  applyTheme(name);
  let page = document.getElementById('themes-test-page');
  if (!page) {
    page = document.createElement('style');
    page.id = 'themes-test-page';
    document.head.append(page);
  }
  page.textContent = PAGE_CSS;
}

function serveEverything(): void {
  serveItems(galleryItems());
  worker.use(
    http.get(HANGING, async () => {
      await delay('infinite');
      return HttpResponse.json({ items: [] });
    }),
    http.get(DOWN, () => HttpResponse.json({ error: 'internal' }, { status: 500 })),
    http.post(NOTIFY, () => HttpResponse.json({}, { status: 201 })),
    http.post(NOTIFY_409, () => HttpResponse.json({}, { status: 409 })),
    http.post(NOTIFY_503, () => HttpResponse.json({}, { status: 503 })),
  );
}

function forgetSignups(): void {
  new NotifyClient().forget();
  resetSharedNotifyClient();
}

/** Renders `template` in a plain wrapper and waits until no element is still loading. */
async function show<T extends HTMLElement>(
  template: TemplateResult,
  selector: string,
): Promise<T[]> {
  const wrapper = fixtureSync<HTMLElement>(html`<div>${template}</div>`);
  const elements = [...wrapper.querySelectorAll<T>(selector)];
  await until(
    () =>
      elements.every(
        (el) =>
          el.getAttribute('endpoint') === HANGING ||
          (el as unknown as StockStatus).state !== 'loading',
      ),
    5000,
    'every element to settle',
  );
  await Promise.all(elements.map((el) => (el as unknown as StockStatus).updateComplete));
  return elements;
}

const stockStatuses = html`
  <stock-status
    locale="en"
    sku="GALLERY-IN-STOCK"
    endpoint=${HANGING}
    timeout="3600"
  ></stock-status>
  ${[
    'GALLERY-IN-STOCK',
    'GALLERY-LOW-STOCK',
    'GALLERY-BACKORDER',
    'GALLERY-PREORDER',
    'GALLERY-OUT-OF-STOCK',
    'GALLERY-DISCONTINUED',
    'GALLERY-NOT-IN-CATALOGUE',
  ].map(
    (sku) =>
      html`<stock-status locale="en" sku=${sku} endpoint="/api/availability"></stock-status>`,
  )}
  <stock-status locale="en" sku="GALLERY-IN-STOCK" endpoint=${DOWN}></stock-status>
`;

const backorderOptions = html`
  ${[
    ['GALLERY-BO-SPLIT', 3, undefined],
    ['GALLERY-BO-SPLIT', 3, 'cancel'],
    ['GALLERY-BO-NONE-NOW', 2, undefined],
    ['GALLERY-BO-TOO-FAR', 2, undefined],
    ['GALLERY-BO-NOT-BACKORDERABLE', 3, undefined],
    ['GALLERY-BO-DISCONTINUED', 2, undefined],
  ].map(
    ([sku, quantity, choice]) =>
      html`<backorder-option
        locale="en"
        endpoint="/api/availability"
        sku=${sku!}
        quantity=${quantity!}
        default-choice=${choice ?? 'split'}
        notify-href="#notify"
      ></backorder-option>`,
  )}
  <backorder-option
    locale="en"
    endpoint=${DOWN}
    sku="GALLERY-BO-SPLIT"
    quantity="3"
  ></backorder-option>
`;

const notifyForms = html`
  <notify-me-form locale="en" always sku="THEME-IDLE" notify-endpoint=${NOTIFY}></notify-me-form>
  <notify-me-form
    locale="en"
    always
    sku="THEME-CONSENT"
    notify-endpoint=${NOTIFY}
    require-consent
    marketing-consent
  ></notify-me-form>
  <notify-me-form
    locale="en"
    always
    sku="THEME-ERROR"
    data-email="ada@"
    notify-endpoint=${NOTIFY}
  ></notify-me-form>
  <notify-me-form
    locale="en"
    always
    sku="THEME-SUCCESS"
    data-email="ada@example.com"
    notify-endpoint=${NOTIFY}
  ></notify-me-form>
  <notify-me-form
    locale="en"
    always
    sku="THEME-409"
    data-email="ada@example.com"
    notify-endpoint=${NOTIFY_409}
  ></notify-me-form>
  <notify-me-form
    locale="en"
    always
    sku="THEME-503"
    data-email="ada@example.com"
    notify-endpoint=${NOTIFY_503}
  ></notify-me-form>
  <notify-me-form locale="en" always sku="THEME-NONE"></notify-me-form>
`;

/** Types the form's `data-email` and sends it, then waits for the answer. */
async function submitted(form: NotifyMeForm): Promise<void> {
  const email = form.dataset.email;
  if (email === undefined) return;
  const harness = new NotifyFormHarness(form);
  await harness.fill(email);
  harness.requestSubmit();
  await until(
    () =>
      !!form.shadowRoot!.querySelector('.error, [role="status"]:not(:empty)') &&
      form.shadowRoot!.querySelector('button[aria-disabled="true"]') === null,
    5000,
    `an answer for ${form.sku}`,
  );
  await form.updateComplete;
}

useMockEndpoint();

describe('themes', () => {
  beforeEach(() => {
    forgetSignups();
    serveEverything();
  });
  afterEach(async () => {
    applyTheme('default');
    forgetSignups();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const theme of Object.keys(themes) as ThemeName[]) {
    describe(`the ${theme} theme`, () => {
      beforeEach(() => useTheme(theme));

      it('<stock-status> passes axe in every state', async () => {
        const elements = await show<StockStatus>(stockStatuses, 'stock-status');
        expect(elements.map((el) => el.state)).to.deep.equal([
          'loading',
          'in-stock',
          'low-stock',
          'backorder',
          'preorder',
          'out-of-stock',
          'discontinued',
          'unknown',
          'error',
        ]);
        for (const el of elements) await expect(el).to.be.accessible();
      });

      it('<backorder-summary> passes axe with deliveries and removed units', async () => {
        const form = fixtureSync<HTMLFormElement>(
          html`<form>
            <backorder-option
              locale="en"
              endpoint="/api/availability"
              sku="GALLERY-IN-STOCK"
              quantity="2"
            ></backorder-option>
            <backorder-option
              locale="en"
              endpoint="/api/availability"
              sku="GALLERY-BO-SPLIT"
              quantity="3"
              default-choice="cancel"
            ></backorder-option>
            <backorder-option
              locale="en"
              endpoint="/api/availability"
              sku="GALLERY-BO-NONE-NOW"
              quantity="2"
            ></backorder-option>
            <backorder-summary locale="en"></backorder-summary>
          </form>`,
        );
        const summary = form.querySelector<BackorderSummary>('backorder-summary')!;
        await until(() => summary.state === 'backorder', 5000, 'a plan');
        await summary.updateComplete;
        expect(summary.shadowRoot!.querySelectorAll('[part="delivery"]')).to.have.length(2);
        expect(summary.shadowRoot!.querySelector('[part="removed"]')).to.exist;
        await expect(summary).to.be.accessible();
      });

      it('<backorder-option> passes axe in every state', async () => {
        const elements = await show<BackorderOption>(backorderOptions, 'backorder-option');
        await until(
          () => elements.every((el) => el.shadowRoot!.childElementCount > 0),
          5000,
          'render',
        );
        expect(elements.at(-1)!.state).to.equal('error');
        for (const el of elements) await expect(el).to.be.accessible();
      });

      it('<notify-me-form> passes axe in every state', async () => {
        const elements = await show<NotifyMeForm>(notifyForms, 'notify-me-form');
        for (const el of elements) await submitted(el);
        const texts = elements.map((el) => el.shadowRoot!.textContent ?? '');
        expect(texts[2]).to.match(/e-mail address/i);
        expect(elements[2]!.shadowRoot!.querySelector('.error')).to.exist;
        for (const el of elements) await expect(el).to.be.accessible();
      });

      it('shows a focus ring in the theme’s colour on every control reached by Tab', async () => {
        const wrapper = fixtureSync<HTMLElement>(
          html`<div>
            <button id="start">start</button>
            <backorder-option
              locale="en"
              endpoint="/api/availability"
              sku="GALLERY-BO-SPLIT"
              quantity="3"
              default-choice="cancel"
              notify-href="#notify"
            ></backorder-option>
            <notify-me-form
              locale="en"
              always
              sku="THEME-FOCUS"
              notify-endpoint=${NOTIFY}
              require-consent
              marketing-consent
            ></notify-me-form>
          </div>`,
        );
        const option = wrapper.querySelector('backorder-option')!;
        const form = wrapper.querySelector('notify-me-form')!;
        await until(
          () =>
            !!option.shadowRoot?.querySelector('input') &&
            !!form.shadowRoot?.querySelector('button'),
        );
        const probe = document.createElement('span');
        probe.style.color = 'var(--bo-color-focus, var(--bo-color-accent, #0969da))';
        document.body.append(probe);
        const focusColour = getComputedStyle(probe).color;
        probe.remove();

        wrapper.querySelector<HTMLButtonElement>('#start')!.focus();
        const reached: string[] = [];
        for (let step = 0; step < 8; step++) {
          await sendKeys({ press: 'Tab' });
          const host = document.activeElement;
          if (host !== option && host !== form) break;
          const focused = host.shadowRoot!.activeElement as HTMLElement;
          const style = getComputedStyle(focused);
          const what = `${focused.localName}${focused.getAttribute('type') ? `[${focused.getAttribute('type')}]` : ''}`;
          reached.push(what);
          expect(focused.matches(':focus-visible'), `${what} is :focus-visible`).to.be.true;
          expect(style.outlineStyle, `${what} outline`).to.equal('solid');
          expect(parseFloat(style.outlineWidth), `${what} outline width`).to.be.at.least(2);
          expect(style.outlineColor, `${what} outline colour`).to.equal(focusColour);
        }
        expect(reached).to.include.members([
          'input[radio]',
          'a',
          'input[email]',
          'input[checkbox]',
          'button[submit]',
        ]);
      });
    });
  }

  it('fails axe when a theme makes text unreadable (the check can fail)', async () => {
    useTheme('default');
    const [el] = await show<StockStatus>(
      html`<stock-status
        locale="en"
        sku="GALLERY-LOW-STOCK"
        endpoint="/api/availability"
        style="--bo-color-muted: #d8d8d8"
      ></stock-status>`,
      'stock-status',
    );
    await expect(el).not.to.be.accessible();
  });

  describe('prefers-reduced-motion', () => {
    /** Picks another choice and returns the transitions running in the element. */
    async function transitionsAfterChoosing(): Promise<number> {
      const [el] = await show<BackorderOption>(
        html`<backorder-option
          locale="en"
          endpoint="/api/availability"
          sku="GALLERY-BO-SPLIT"
          quantity="3"
        ></backorder-option>`,
        'backorder-option',
      );
      await until(() => !!el!.shadowRoot!.querySelector('input'));
      // Styles must have been computed once, or there is nothing to transition from.
      for (const option of el!.shadowRoot!.querySelectorAll('.option'))
        getComputedStyle(option).backgroundColor;
      el!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
      await el!.updateComplete;
      return el!.shadowRoot!.getAnimations().length;
    }

    it('animates the chosen option normally', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(await transitionsAfterChoosing()).to.be.greaterThan(0);
    });

    it('runs no transitions when the shopper asks for reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.be.true;
      expect(await transitionsAfterChoosing()).to.equal(0);
      const [form] = await show<NotifyMeForm>(
        html`<notify-me-form
          locale="en"
          always
          sku="THEME-MOTION"
          notify-endpoint=${NOTIFY}
        ></notify-me-form>`,
        'notify-me-form',
      );
      await until(() => !!form!.shadowRoot!.querySelector('button'));
      for (const node of form!.shadowRoot!.querySelectorAll('button, input')) {
        expect(getComputedStyle(node).transitionDuration).to.equal('0s');
      }
    });
  });
});

import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CatalogueItem } from '../../mocks/catalogue.js';
import { BackorderOption } from '../../src/elements/backorder-option/backorder-option.js';
import type {
  BackorderChangeDetail,
  BackorderChangeEvent,
  StockChangeEvent,
} from '../../src/events.js';
import { formatCalendarDate } from '../../src/i18n/format.js';
import { runFormControlSuite, type FixtureOptions } from '../helpers/form-control-suite.js';
import { inDays, serveItems, until, useMockEndpoint } from '../helpers/mock-endpoint.js';

BackorderOption.define();

const ENDPOINT = '/api/availability';
const LOCALE = 'en-US';

/** 1 in stock, more in 5 days: the acceptance case. */
const NEAR: CatalogueItem = {
  sku: 'NEAR',
  quantity: 1,
  backorderable: true,
  restockDate: inDays(5),
};
/** 1 in stock, more in 14 days: offered, charged at shipment. */
const LATER: CatalogueItem = {
  sku: 'LATER',
  quantity: 1,
  backorderable: true,
  restockDate: inDays(14),
};
/** 1 in stock, more in 60 days: too far. */
const FAR: CatalogueItem = {
  sku: 'FAR',
  quantity: 1,
  backorderable: true,
  restockDate: inDays(60),
};
const NONE_NOW: CatalogueItem = {
  sku: 'NONE-NOW',
  quantity: 0,
  backorderable: true,
  restockDate: inDays(5),
};
const PLENTY: CatalogueItem = { sku: 'PLENTY', quantity: 20 };
const GONE: CatalogueItem = { sku: 'GONE', status: 'discontinued', quantity: 0 };
/** 1 in stock, at most 40 more before the restock in 5 days. */
const LIMITED: CatalogueItem = {
  sku: 'LIMITED',
  quantity: 1,
  backorderable: true,
  backorderLimit: 40,
  restockDate: inDays(5),
};
const ALL = [NEAR, LATER, FAR, NONE_NOW, PLENTY, GONE, LIMITED];

interface LineOptions {
  sku?: string;
  quantity?: number;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  defaultChoice?: string;
  notifyHref?: string;
}

/**
 * A checkout form with one line; resolves once the answer is in and rendered.
 * A plain <form> root takes fixtureSync: open-wc's fixture waits for an
 * animation frame that a background test page never gets.
 */
async function line(
  options: LineOptions = {},
): Promise<{ form: HTMLFormElement; el: BackorderOption }> {
  const form = fixtureSync<HTMLFormElement>(html`
    <form>
      <backorder-option
        endpoint=${ENDPOINT}
        locale=${LOCALE}
        sku=${options.sku ?? 'NEAR'}
        quantity=${options.quantity ?? 3}
        name=${options.name ?? 'line'}
        ?required=${options.required}
        ?disabled=${options.disabled}
        default-choice=${ifDefined(options.defaultChoice)}
        notify-href=${ifDefined(options.notifyHref)}
      ></backorder-option>
    </form>
  `);
  const el = form.querySelector('backorder-option')!;
  await until(() => el.state !== 'loading', 3000, 'an answer');
  await el.updateComplete;
  return { form, el };
}

const root = (el: BackorderOption) => el.shadowRoot!;
const radios = (el: BackorderOption) => [
  ...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]'),
];
const radio = (el: BackorderOption, value: string) =>
  radios(el).find((input) => input.value === value);
const text = (el: BackorderOption, selector: string) =>
  root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const optionTexts = (el: BackorderOption) =>
  [...root(el).querySelectorAll('[part="option"]')].map((label) =>
    label.textContent!.replace(/\s+/g, ' ').trim(),
  );
const date = (days: number) => formatCalendarDate(inDays(days), LOCALE);

/** Collects every `backorder-change` the element fires. */
function recordChanges(el: HTMLElement): BackorderChangeDetail[] {
  const details: BackorderChangeDetail[] = [];
  el.addEventListener('backorder-change', (event: BackorderChangeEvent) =>
    details.push(event.detail),
  );
  return details;
}

describe('<backorder-option>', () => {
  useMockEndpoint();

  describe('accessibility', () => {
    it('passes axe while loading', async () => {
      serveItems(ALL, () => 'slow');
      const el = await fixture<BackorderOption>(
        html`<backorder-option
          endpoint=${ENDPOINT}
          sku="NEAR"
          quantity="3"
          name="a"
        ></backorder-option>`,
      );
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
    });

    const cases: [string, LineOptions][] = [
      ['with split, together and cancel', { sku: 'NEAR' }],
      ['when nothing ships now', { sku: 'NONE-NOW', quantity: 2 }],
      ['when backorder is refused, with a notify link', { sku: 'FAR', notifyHref: '#notify' }],
      ['when discontinued', { sku: 'GONE', quantity: 1 }],
      ['with nothing to decide', { sku: 'PLENTY' }],
      ['when unknown', { sku: 'NOT-IN-CATALOGUE' }],
      ['when disabled', { sku: 'NEAR', disabled: true }],
      ['when required with nothing chosen', { sku: 'NEAR', required: true, defaultChoice: 'none' }],
    ];
    for (const [name, options] of cases) {
      it(`passes axe ${name}`, async () => {
        serveItems(ALL);
        const { el } = await line(options);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe in the error state', async () => {
      serveItems(ALL, () => 'server-error');
      const { el } = await line();
      expect(el.state).to.equal('error');
      await expect(el).to.be.accessible();
    });

    it('groups the choices in a fieldset with a legend and labelled radios', async () => {
      serveItems(ALL);
      const { el } = await line();
      const fieldset = root(el).querySelector('fieldset')!;
      expect(fieldset.querySelector('legend')).to.exist;
      for (const input of radios(el)) expect(input.closest('label')).to.exist;
      expect(new Set(radios(el).map((input) => input.name)).size).to.equal(1);
    });
  });

  describe('the acceptance case: 3 wanted, 1 in stock, restock in 5 days', () => {
    it('submits split by default', async () => {
      serveItems(ALL);
      const { form, el } = await line();
      expect(el.value).to.equal('split');
      expect(radio(el, 'split')!.checked).to.equal(true);
      expect(new FormData(form).get('line')).to.equal('split');
    });

    it('fires backorder-change with shipNow 1, backordered 2, chargeNow true', async () => {
      serveItems(ALL);
      const form = document.createElement('form');
      const el = document.createElement('backorder-option');
      Object.assign(el, {
        endpoint: ENDPOINT,
        locale: LOCALE,
        sku: 'NEAR',
        quantity: 3,
        name: 'line',
      });
      form.append(el);
      const event = oneEvent(el, 'backorder-change');
      document.body.append(form);
      try {
        const { detail, bubbles, composed } = await event;
        expect(bubbles && composed).to.equal(true);
        expect(detail).to.deep.equal({
          sku: 'NEAR',
          choice: 'split',
          quantity: 3,
          shipNow: 1,
          backordered: 2,
          removed: 0,
          expectedDate: inDays(5),
          chargeNow: true,
        });
      } finally {
        form.remove();
      }
    });

    it('submits together after the shopper clicks it, with change and backorder-change', async () => {
      serveItems(ALL);
      const { form, el } = await line();
      const changes = recordChanges(el);
      let formValueAtChange: FormDataEntryValue | null = null;
      const change = oneEvent(form, 'change');
      form.addEventListener('change', () => (formValueAtChange = new FormData(form).get('line')));
      radio(el, 'together')!.closest('label')!.click();
      const changeEvent = await change;
      expect(changeEvent.target).to.equal(el);
      expect(formValueAtChange).to.equal('together');
      await el.updateComplete;
      expect(el.value).to.equal('together');
      expect(new FormData(form).get('line')).to.equal('together');
      expect(changes.at(-1)).to.include({
        choice: 'together',
        shipNow: 0,
        backordered: 3,
        chargeNow: true,
      });
    });

    it('checks the radio of the choice in force when a binding puts the old choice back', async () => {
      serveItems(ALL);
      const { form, el } = await line();
      // A controlled binding: every change is undone at once, as a framework may do.
      el.addEventListener('change', () => (el.value = 'split'));
      radio(el, 'together')!.click();
      await el.updateComplete;
      expect(el.value).to.equal('split');
      expect(new FormData(form).get('line')).to.equal('split');
      expect(
        radios(el)
          .filter((input) => input.checked)
          .map((input) => input.value),
      ).to.deep.equal(['split']);
    });

    it('submits together after the shopper picks it with the keyboard', async () => {
      serveItems(ALL);
      const { form, el } = await line();
      const changes = recordChanges(el);
      radio(el, 'split')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(radio(el, 'together'));
      expect(radio(el, 'together')!.checked).to.equal(true);
      expect(new FormData(form).get('line')).to.equal('together');
      expect(changes.at(-1)?.choice).to.equal('together');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(new FormData(form).get('line')).to.equal('cancel');
    });

    it('says exactly what happens, with the date and the charge', async () => {
      serveItems(ALL);
      const { el } = await line();
      expect(text(el, 'legend')).to.equal('2 of your 3 aren’t in stock yet');
      expect(optionTexts(el)).to.deep.equal([
        `Ship 1 now, 2 around ${date(5)} (in 5 days)`,
        `Ship all 3 together around ${date(5)} (in 5 days)`,
        'Remove the 2 that aren’t in stock',
      ]);
      expect(text(el, '[part="note"]')).to.equal('You’ll be charged for all 3 now.');
    });
  });

  describe('choices and texts', () => {
    it('offers only cancel, preselected, with the reason, when the restock is 60 days away', async () => {
      serveItems(ALL);
      const changes = recordChanges(document.body);
      const { form, el } = await line({ sku: 'FAR' });
      expect(radios(el).map((input) => input.value)).to.deep.equal(['cancel']);
      expect(radio(el, 'cancel')!.checked).to.equal(true);
      expect(new FormData(form).get('line')).to.equal('cancel');
      expect(text(el, '[part="reason"]')).to.equal(
        `It isn’t expected back until around ${date(60)}, too long to hold your order.`,
      );
      expect(changes.at(-1)).to.include({
        choice: 'cancel',
        shipNow: 1,
        backordered: 0,
        removed: 2,
      });
    });

    it('backorders up to backorderLimit and says the rest is removed (45 wanted, 1 in stock, limit 40)', async () => {
      serveItems(ALL);
      const changes = recordChanges(document.body);
      const { form, el } = await line({ sku: 'LIMITED', quantity: 45 });
      expect(el.choices).to.deep.equal(['split', 'together', 'cancel']);
      expect(new FormData(form).get('line')).to.equal('split');
      expect(changes.at(-1)).to.deep.equal({
        sku: 'LIMITED',
        choice: 'split',
        quantity: 45,
        shipNow: 1,
        backordered: 40,
        removed: 4,
        expectedDate: inDays(5),
        chargeNow: true,
      });
      expect(text(el, 'legend')).to.equal('44 of your 45 aren’t in stock yet');
      expect(text(el, '[part="reason"]')).to.equal(
        'Only 40 more can be ordered before the restock.',
      );
      expect(optionTexts(el)).to.deep.equal([
        `Ship 1 now, 40 around ${date(5)} (in 5 days); the other 4 can’t be ordered and are removed`,
        `Ship all 41 together around ${date(5)} (in 5 days); the other 4 can’t be ordered and are removed`,
        'Remove the 44 that aren’t in stock',
      ]);
      expect(text(el, '[part="note"]')).to.equal('You’ll be charged for all 41 now.');
      radio(el, 'together')!.click();
      await el.updateComplete;
      expect(changes.at(-1)).to.include({ shipNow: 0, backordered: 41, removed: 4 });
      radio(el, 'cancel')!.click();
      await el.updateComplete;
      expect(changes.at(-1)).to.include({ shipNow: 1, backordered: 0, removed: 44 });
    });

    it('points to the notify form through the slot, or a notify-href link', async () => {
      serveItems(ALL);
      const { el } = await line({ sku: 'FAR', notifyHref: '/notify?sku=FAR' });
      const link = root(el).querySelector<HTMLAnchorElement>('[part="notify-link"]')!;
      expect(link.getAttribute('href')).to.equal('/notify?sku=FAR');
      expect(link.textContent).to.equal('E-mail me when it’s back in stock');
      const slotted = document.createElement('p');
      slotted.slot = 'notify';
      slotted.textContent = 'sign-up form';
      el.append(slotted);
      const slot = root(el).querySelector<HTMLSlotElement>('slot[name="notify"]')!;
      expect(slot.assignedElements()).to.deep.equal([slotted]);
    });

    it('shows the notify slot when the shopper picks cancel, not before', async () => {
      serveItems(ALL);
      const { el } = await line();
      expect(root(el).querySelector('slot[name="notify"]')).to.equal(null);
      radio(el, 'cancel')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('slot[name="notify"]')).to.exist;
      expect(text(el, '[part="note"]')).to.equal(
        'You’ll be charged only for the 1 that ships now.',
      );
    });

    it('never points a discontinued item to the notify form', async () => {
      serveItems(ALL);
      const { el } = await line({ sku: 'GONE', quantity: 1, notifyHref: '#n' });
      expect(text(el, '[part="reason"]')).to.equal(
        'This item is no longer made, so no more can be ordered.',
      );
      expect(root(el).querySelector('slot[name="notify"]')).to.equal(null);
    });

    it('charges backordered units at shipment beyond charge-now-days', async () => {
      serveItems(ALL);
      const { el } = await line({ sku: 'LATER' });
      expect(text(el, '[part="note"]')).to.equal('The 2 on backorder are charged when they ship.');
      radio(el, 'together')!.click();
      await el.updateComplete;
      expect(text(el, '[part="note"]')).to.equal('You’ll be charged for all 3 when they ship.');
    });

    it('follows charge-now-days and max-backorder-days from the attributes', async () => {
      serveItems(ALL);
      const { el } = await line({ sku: 'LATER' });
      el.chargeNowDays = 14;
      await el.updateComplete;
      expect(text(el, '[part="note"]')).to.equal('You’ll be charged for all 3 now.');
      el.maxBackorderDays = 13;
      await el.updateComplete;
      expect(radios(el).map((input) => input.value)).to.deep.equal(['cancel']);
    });

    it('offers no split and defaults to together when nothing ships now', async () => {
      serveItems(ALL);
      const { form, el } = await line({ sku: 'NONE-NOW', quantity: 2 });
      expect(el.getAttribute('state')).to.equal('backorder');
      expect(radios(el).map((input) => input.value)).to.deep.equal(['together', 'cancel']);
      expect(new FormData(form).get('line')).to.equal('together');
      expect(text(el, 'legend')).to.equal('None of your 2 are in stock yet');
      expect(optionTexts(el)).to.deep.equal([
        `Ship both together around ${date(5)} (in 5 days)`,
        'Remove both from my order',
      ]);
    });

    it('preselects default-choice when offered', async () => {
      serveItems(ALL);
      const { form } = await line({ defaultChoice: 'together' });
      expect(new FormData(form).get('line')).to.equal('together');
    });

    it('takes a choice through the value property', async () => {
      serveItems(ALL);
      const { form, el } = await line();
      el.value = 'cancel';
      await el.updateComplete;
      expect(radio(el, 'cancel')!.checked).to.equal(true);
      expect(new FormData(form).get('line')).to.equal('cancel');
    });
  });

  describe('like a native control', () => {
    it('fires one input and one change per pick, after value holds the choice', async () => {
      serveItems(ALL);
      const { form, el } = await line();
      const heard: string[] = [];
      for (const type of ['input', 'change']) {
        form.addEventListener(type, (event) =>
          heard.push(`${type}:${(event.target as BackorderOption).value}`),
        );
      }
      radio(el, 'together')!.closest('label')!.click();
      await el.updateComplete;
      expect(heard).to.deep.equal(['input:together', 'change:together']);
      radio(el, 'together')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(heard).to.deep.equal([
        'input:together',
        'change:together',
        'input:cancel',
        'change:cancel',
      ]);
    });

    it('keeps the default under a Vue-style v-model that starts from an empty model', async () => {
      serveItems(ALL);
      const form = document.createElement('form');
      const el = document.createElement('backorder-option');
      // v-model from ref(''): the model is written to `value` before anything is known…
      let model = '';
      el.value = model as '';
      // …and `@input` writes `event.target.value` back to the model, which Vue writes to `value`.
      const seen: string[] = [];
      el.addEventListener('input', (event) => {
        model = (event.target as BackorderOption).value;
        seen.push(model);
        el.value = model as BackorderOption['value'];
      });
      Object.assign(el, { endpoint: ENDPOINT, locale: LOCALE, sku: 'NEAR', quantity: 3 });
      el.name = 'line';
      form.append(el);
      document.body.append(form);
      try {
        await until(() => el.choices.length > 0, 3000, 'an answer');
        await el.updateComplete;
        expect(new FormData(form).get('line'), 'the default stays').to.equal('split');
        radio(el, 'together')!.click();
        await el.updateComplete;
        expect(seen).to.deep.equal(['together']);
        expect(new FormData(form).get('line')).to.equal('together');
        // Once there is a choice to make, an empty value clears it.
        el.value = '';
        await el.updateComplete;
        expect(new FormData(form).has('line')).to.equal(false);
      } finally {
        form.remove();
      }
    });

    it('works out value and validity in the same task as a quantity change', async () => {
      serveItems(ALL);
      const { form, el } = await line({ quantity: 1 });
      expect(new FormData(form).has('line')).to.equal(false);
      el.quantity = 3;
      expect(new FormData(form).get('line')).to.equal('split');

      const strict = await line({ quantity: 1, required: true, defaultChoice: 'none' });
      let submitted = 0;
      strict.form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted++;
      });
      strict.el.quantity = 3;
      strict.form.requestSubmit();
      expect(submitted, 'required blocks the submit').to.equal(0);
      expect(strict.el.validity.valueMissing).to.equal(true);
    });
  });

  describe('updates', () => {
    it('re-renders when the quantity changes, and submits nothing with nothing to decide', async () => {
      serveItems(ALL);
      const { form, el } = await line();
      const changes = recordChanges(el);
      el.quantity = 4;
      await el.updateComplete;
      expect(text(el, 'legend')).to.equal('3 of your 4 aren’t in stock yet');
      expect(changes.at(-1)).to.include({
        choice: 'split',
        quantity: 4,
        shipNow: 1,
        backordered: 3,
      });
      el.quantity = 1;
      await el.updateComplete;
      expect(root(el).querySelector('fieldset')).to.equal(null);
      expect(new FormData(form).has('line')).to.equal(false);
      expect(changes.at(-1)).to.deep.equal({
        sku: 'NEAR',
        choice: null,
        quantity: 1,
        shipNow: 1,
        backordered: 0,
        removed: 0,
        expectedDate: undefined,
        chargeNow: true,
      });
      el.setAttribute('quantity', '2');
      await el.updateComplete;
      expect(text(el, 'legend')).to.equal('1 of your 2 isn’t in stock yet');
      expect(new FormData(form).get('line')).to.equal('split');
    });

    it('keeps the shopper’s choice across quantity changes', async () => {
      serveItems(ALL);
      const { form, el } = await line();
      radio(el, 'together')!.click();
      el.quantity = 5;
      await el.updateComplete;
      expect(new FormData(form).get('line')).to.equal('together');
    });

    it('follows a new SKU', async () => {
      serveItems(ALL);
      const { form, el } = await line();
      el.sku = 'PLENTY';
      await until(() => el.state === 'in-stock');
      await el.updateComplete;
      expect(root(el).querySelector('fieldset')).to.equal(null);
      expect(new FormData(form).has('line')).to.equal(false);
    });

    it('fires stock-change with the answer', async () => {
      serveItems(ALL);
      const events: StockChangeEvent[] = [];
      const listener = (event: Event) => events.push(event as StockChangeEvent);
      document.body.addEventListener('stock-change', listener);
      try {
        const { el } = await line();
        await until(() => events.some((event) => event.target === el));
        const mine = events.find((event) => event.target === el)!;
        expect(mine.detail.state).to.equal('low-stock');
        expect(mine.detail.availability).to.include({ sku: 'NEAR', quantity: 1 });
      } finally {
        document.body.removeEventListener('stock-change', listener);
      }
    });
  });

  describe('nothing to decide', () => {
    it('renders and submits nothing when everything is in stock', async () => {
      serveItems(ALL);
      const { form, el } = await line({ sku: 'PLENTY', required: true });
      expect(el.getAttribute('state')).to.equal('in-stock');
      expect(root(el).children.length).to.equal(0);
      expect(new FormData(form).has('line')).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
    });

    it('renders and submits nothing for quantity 0', async () => {
      serveItems(ALL);
      const { form, el } = await line({ quantity: 0 });
      expect(root(el).querySelector('fieldset')).to.equal(null);
      expect(new FormData(form).has('line')).to.equal(false);
    });

    it('renders nothing and never blocks the form while loading', async () => {
      serveItems(ALL, () => 'slow');
      const form = fixtureSync<HTMLFormElement>(html`
        <form>
          <backorder-option
            endpoint=${ENDPOINT}
            sku="NEAR"
            quantity="3"
            name="line"
            required
          ></backorder-option>
        </form>
      `);
      const el = form.querySelector('backorder-option')!;
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('loading');
      expect(root(el).querySelector('fieldset')).to.equal(null);
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).has('line')).to.equal(false);
    });

    it('shows a neutral note and never blocks the form when stock cannot be read', async () => {
      serveItems(ALL, () => 'server-error');
      const { form, el } = await line({ required: true, defaultChoice: 'none' });
      expect(el.getAttribute('state')).to.equal('error');
      expect(text(el, '[part="note"]')).to.equal(
        'Delivery dates for this item can’t be checked right now.',
      );
      expect(root(el).querySelector('input')).to.equal(null);
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).has('line')).to.equal(false);
    });

    it('is unknown and silent without an endpoint', async () => {
      const form = fixtureSync<HTMLFormElement>(
        html`<form>
          <backorder-option sku="NEAR" quantity="3" name="line"></backorder-option>
        </form>`,
      );
      const el = form.querySelector('backorder-option')!;
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('unknown');
      expect(root(el).children.length).to.equal(0);
      expect(new FormData(form).has('line')).to.equal(false);
    });
  });

  it('registers under another tag, and twice without throwing', () => {
    BackorderOption.define();
    BackorderOption.define('acme-backorder');
    expect(customElements.get('backorder-option')).to.equal(BackorderOption);
    expect(customElements.get('acme-backorder')).to.exist;
  });

  runFormControlSuite<BackorderOption>({
    fixture: async (options: FixtureOptions) => {
      serveItems(ALL);
      return line({
        name: options.name,
        required: options.required,
        disabled: options.disabled,
        defaultChoice: options.noDefault ? 'none' : undefined,
      });
    },
    defaultValue: 'split',
    otherValue: 'together',
    pick: async (el, value) => {
      radio(el, value)!.click();
      await el.updateComplete;
    },
    settle: async (el) => {
      await el.updateComplete;
    },
  });
});

describe('<backorder-option sku-from>', () => {
  useMockEndpoint();

  it('follows a variant picker on the page without glue code', async () => {
    serveItems(ALL);
    const page = fixtureSync<HTMLElement>(html`
      <div>
        <select id="line-variant">
          <option value="PLENTY">Plenty</option>
          <option value="NEAR">Near</option>
        </select>
        <backorder-option
          endpoint=${ENDPOINT}
          locale=${LOCALE}
          quantity="3"
          sku-from="#line-variant"
        ></backorder-option>
      </div>
    `);
    const el = page.querySelector('backorder-option')!;
    await until(() => el.state === 'in-stock');
    expect(el.choices).to.deep.equal([]);
    const select = page.querySelector('select')!;
    select.value = 'NEAR';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => el.choices.length > 0);
    expect(el.sku).to.equal('NEAR');
    expect(el.value).to.equal('split');
  });
});

describe('<backorder-option> after back navigation', function () {
  // Each page in the frame loads the elements' modules: allow for a busy machine.
  this.timeout(30000);
  type Endpoint = (url: string) => Promise<Response>;
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    delete (window as { availabilityEndpoint?: Endpoint }).availabilityEndpoint;
  });

  /** Plays the checkout page's availability endpoint: LINE, 1 in stock, more in `days()` days. */
  function serveLine(days: () => number): void {
    (window as { availabilityEndpoint?: Endpoint }).availabilityEndpoint = async () =>
      Response.json({
        items: [{ sku: 'LINE', quantity: 1, backorderable: true, restockDate: inDays(days()) }],
      });
  }

  const page = () => frame!.contentDocument!;
  const checkoutLine = () => page().querySelector<BackorderOption>('backorder-option');
  const formValue = () => new FormData(page().querySelector('form')!).get('line');

  /** Waits for the checkout page in the frame, its line answered. */
  async function checkoutReady(): Promise<BackorderOption> {
    await until(
      () => page().title === 'Checkout' && (checkoutLine()?.choices?.length ?? 0) > 0,
      15000,
      'the checkout page',
    );
    await checkoutLine()!.updateComplete;
    return checkoutLine()!;
  }

  /** The shopper places the order, the shop's data changes, the shopper goes Back. */
  async function placeOrderAndGoBack(dataChanges: () => void): Promise<BackorderOption> {
    page().querySelector('form')!.requestSubmit();
    await until(() => page().title === 'Order placed', 15000, 'the next page');
    dataChanges();
    frame!.contentWindow!.history.back();
    return checkoutReady();
  }

  async function openCheckout(): Promise<BackorderOption> {
    frame = document.createElement('iframe');
    frame.src = '/test/fixtures/checkout.html';
    document.body.append(frame);
    return checkoutReady();
  }

  it('submits the current default, not the forced cancel of the first visit', async () => {
    let days = 60;
    serveLine(() => days);
    const first = await openCheckout();
    expect(first.choices).to.deep.equal(['cancel']);
    expect(formValue()).to.equal('cancel');
    const back = await placeOrderAndGoBack(() => (days = 5));
    expect(back.choices).to.deep.equal(['split', 'together', 'cancel']);
    expect(formValue()).to.equal('split');
  });

  it('restores a choice the shopper made, while it is still offered', async () => {
    serveLine(() => 5);
    const first = await openCheckout();
    first.shadowRoot!.querySelector<HTMLInputElement>('input[value="together"]')!.click();
    await first.updateComplete;
    expect(formValue()).to.equal('together');
    await placeOrderAndGoBack(() => {});
    expect(formValue()).to.equal('together');
  });
});

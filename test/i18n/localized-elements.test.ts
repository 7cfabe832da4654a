import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { CatalogueItem } from '../../mocks/catalogue.js';
import { configure } from '../../src/config/config.js';
import { resetSharedNotifyClient, SUBSCRIBED_KEY } from '../../src/data/notify-client.js';
import { BackorderOption } from '../../src/elements/backorder-option/backorder-option.js';
import { NotifyMeForm } from '../../src/elements/notify-me-form/notify-me-form.js';
import { StockProvider } from '../../src/elements/stock-provider/stock-provider.js';
import { StockStatus } from '../../src/elements/stock-status/stock-status.js';
import { formatCalendarDate } from '../../src/i18n/format.js';
import { de } from '../../src/i18n/catalogues/de.js';
import { en } from '../../src/i18n/catalogues/en.js';
import { sv } from '../../src/i18n/catalogues/sv.js';
import { loadCatalogue, type Messages } from '../../src/i18n/messages.js';
import { inDays, serveItems, until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { NotifyFormHarness } from '../helpers/notify-form-harness.js';

StockStatus.define();
BackorderOption.define();
NotifyMeForm.define();
StockProvider.define();

const ENDPOINT = '/api/availability';
const BROKEN = '/api/availability-broken';
const SLOW = '/api/availability-slow';
const NOTIFY = '/api/notify';

/**
 * Every piece of English the catalogue holds: the texts cut at their
 * placeholders, kept when they are words (4+ characters with letters).
 */
const englishPieces = [
  ...new Set(
    Object.values(en)
      .flatMap((text: Messages[keyof Messages]) =>
        typeof text === 'string' ? [text] : Object.values(text),
      )
      .flatMap((text: string) => text.split(/\{\w+\}/))
      .map((piece) => piece.trim())
      .filter((piece) => piece.length >= 4 && /[a-z]{2}/i.test(piece)),
  ),
];

/** Everything a shopper can see or hear in an element: its shadow DOM's text and accessible attributes. */
function shopperText(el: Element): string {
  const root = el.shadowRoot!;
  const attributes = [...root.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap(
    (node) => ['aria-label', 'title', 'placeholder'].map((name) => node.getAttribute(name) ?? ''),
  );
  const validation = (el as Partial<BackorderOption>).validationMessage ?? '';
  return [root.textContent ?? '', ...attributes, validation].join('\n').replace(/\s+/g, ' ');
}

function expectNoEnglish(texts: string[], where: string): void {
  const all = texts.join('\n');
  const found = englishPieces.filter((piece) => all.includes(piece));
  expect(found, `English in ${where}: ${all}`).to.deep.equal([]);
}

/** Switches the provider's language and waits until its texts (loaded on first use) are shown. */
async function switchLocale(
  provider: StockProvider,
  tag: string,
  elements: { updateComplete: Promise<unknown> }[],
): Promise<void> {
  provider.setAttribute('locale', tag);
  await provider.updateComplete;
  await loadCatalogue(tag);
  // The elements re-render once the language has arrived (a task later at most).
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(elements.map((el) => el.updateComplete));
}

const label = (el: StockStatus) =>
  el.shadowRoot!.querySelector('[part="label"]')?.textContent?.trim();
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Every state of <stock-status>, by SKU; `quantity` is what the shopper wants. */
const STOCK: (CatalogueItem & { wants?: number })[] = [
  { sku: 'IN', quantity: 20 },
  { sku: 'LOW', quantity: 3 },
  { sku: 'SHORT', quantity: 3, wants: 5 },
  { sku: 'BO', status: 'backorder', quantity: 0, restockDate: inDays(14) },
  { sku: 'BO-NODATE', quantity: 0, backorderable: true },
  { sku: 'BO-PAST', quantity: 0, backorderable: true, restockDate: inDays(-3) },
  { sku: 'BO-FAR', quantity: 0, backorderable: true, restockDate: inDays(60) },
  { sku: 'PRE', status: 'PreOrder', restockDate: inDays(14) },
  { sku: 'PRE-NODATE', status: 'PreOrder' },
  { sku: 'OUT', status: 'out_of_stock' },
  { sku: 'OUT-DATE', quantity: 0, restockDate: inDays(14) },
  { sku: 'GONE', status: 'Discontinued' },
];

/** What each SKU must read, per locale. */
function expectedStock(locale: 'sv' | 'de'): Record<string, string> {
  const date = (days: number) => formatCalendarDate(inDays(days), locale);
  if (locale === 'sv') {
    return {
      IN: 'I lager',
      LOW: 'Endast 3 kvar',
      SHORT: 'Endast 3 kvar · endast 3 av de 5 du vill ha kan skickas direkt',
      BO: `Restnoterad – väntas ${date(14)} (om 2 veckor)`,
      'BO-NODATE': 'Restnoterad',
      'BO-PAST': 'Restnoterad – väntas inom kort',
      'BO-FAR': `Restnoterad – väntas ${date(60)}`,
      PRE: `Förbeställning – skickas ${date(14)} (om 2 veckor)`,
      'PRE-NODATE': 'Förbeställning',
      OUT: 'Slut i lager',
      'OUT-DATE': `Slut i lager – väntas åter ${date(14)} (om 2 veckor)`,
      GONE: 'Utgått ur sortimentet',
      UNKNOWN: 'Lagerstatus okänd',
      ERROR: 'Lagerstatus kan inte visas just nu',
      LOADING: 'Kontrollerar lagersaldo…',
    };
  }
  return {
    IN: 'Auf Lager',
    LOW: 'Nur noch 3 verfügbar',
    SHORT: 'Nur noch 3 verfügbar · nur 3 der gewünschten 5 sind sofort lieferbar',
    BO: `Nachbestellt – erwartet am ${date(14)} (in 2 Wochen)`,
    'BO-NODATE': 'Nachbestellt',
    'BO-PAST': 'Nachbestellt – wird in Kürze erwartet',
    'BO-FAR': `Nachbestellt – erwartet am ${date(60)}`,
    PRE: `Vorbestellung – Versand am ${date(14)} (in 2 Wochen)`,
    'PRE-NODATE': 'Vorbestellung',
    OUT: 'Ausverkauft',
    'OUT-DATE': `Ausverkauft – wieder verfügbar ab ${date(14)} (in 2 Wochen)`,
    GONE: 'Nicht mehr erhältlich',
    UNKNOWN: 'Verfügbarkeit unbekannt',
    ERROR: 'Die Verfügbarkeit kann gerade nicht angezeigt werden',
    LOADING: 'Verfügbarkeit wird geprüft …',
  };
}

type Mode = 'locale attribute' | 'closest lang';
const MODES: Mode[] = ['locale attribute', 'closest lang'];
const LOCALES = [
  ['sv', 'sv-SE'],
  ['de', 'de-DE'],
] as const;

/** A holder for elements in `tag` (`sv-SE`), through their `locale` attribute or the closest `lang`. */
function localized(tag: string, mode: Mode, inner: string): HTMLDivElement {
  const own = mode === 'locale attribute' ? `locale="${tag}"` : '';
  const holder = fixtureSync<HTMLDivElement>(
    `<div ${mode === 'closest lang' ? `lang="${tag}"` : 'lang="en"'}>${inner.replaceAll('LOCALE', own)}</div>`,
  );
  return holder;
}

function serveBrokenAndSlow(): void {
  worker.use(
    http.get(BROKEN, () => HttpResponse.json({}, { status: 500 })),
    http.get(SLOW, async () => {
      await delay('infinite');
      return HttpResponse.json([]);
    }),
  );
}

describe('languages', () => {
  useMockEndpoint();
  beforeEach(() => {
    localStorage.clear();
    resetSharedNotifyClient();
  });

  for (const [language, tag] of LOCALES) {
    for (const mode of MODES) {
      describe(`${language} (${mode})`, () => {
        it('<stock-status> says every state in the language, with local dates, and passes axe', async () => {
          serveItems(STOCK);
          serveBrokenAndSlow();
          const holder = localized(
            tag,
            mode,
            [
              ...STOCK.map(
                (item) =>
                  `<stock-status LOCALE endpoint="${ENDPOINT}" sku="${item.sku}" quantity="${item.wants ?? 1}"></stock-status>`,
              ),
              `<stock-status LOCALE endpoint="${ENDPOINT}" sku="UNKNOWN"></stock-status>`,
              `<stock-status LOCALE endpoint="${BROKEN}" sku="ERROR"></stock-status>`,
              `<stock-status LOCALE endpoint="${SLOW}" sku="LOADING"></stock-status>`,
            ].join(''),
          );
          const elements = [...holder.querySelectorAll('stock-status')];
          await until(
            () => elements.every((el) => el.sku === 'LOADING' || el.state !== 'loading'),
            4000,
            'every answer',
          );
          await Promise.all(elements.map((el) => el.updateComplete));
          const expected = expectedStock(language);
          const shown = Object.fromEntries(elements.map((el) => [el.sku, label(el)]));
          expect(shown).to.deep.equal(expected);
          expectNoEnglish(elements.map(shopperText), '<stock-status>');
          for (const el of elements) await expect(el).to.be.accessible();
        });

        it('<backorder-option> says legends, options, notes and reasons in the language, and passes axe', async () => {
          const lines: CatalogueItem[] = [
            { sku: 'NEAR', quantity: 1, backorderable: true, restockDate: inDays(5) },
            { sku: 'LATER', quantity: 1, backorderable: true, restockDate: inDays(14) },
            { sku: 'TODAY', quantity: 1, backorderable: true, restockDate: inDays(0) },
            { sku: 'NODATE', quantity: 1, backorderable: true },
            { sku: 'NONE-NOW', quantity: 0, backorderable: true, restockDate: inDays(5) },
            { sku: 'ONE', quantity: 0, backorderable: true, restockDate: inDays(14) },
            { sku: 'FAR', quantity: 1, backorderable: true, restockDate: inDays(60) },
            { sku: 'GONE', status: 'discontinued', quantity: 0 },
            { sku: 'NOBO', quantity: 1 },
            {
              sku: 'LIMIT',
              quantity: 1,
              backorderable: true,
              backorderLimit: 1,
              restockDate: inDays(5),
            },
          ];
          serveItems(lines);
          serveBrokenAndSlow();
          const holder = localized(
            tag,
            mode,
            `<form>${lines
              .map(
                (item) =>
                  `<backorder-option LOCALE endpoint="${ENDPOINT}" sku="${item.sku}" quantity="${item.sku === 'ONE' ? 1 : 3}" name="${item.sku}" notify-href="#notify"></backorder-option>`,
              )
              .join('')}
              <backorder-option LOCALE endpoint="${ENDPOINT}" sku="NEAR" quantity="3" name="required" required default-choice="none"></backorder-option>
              <backorder-option LOCALE endpoint="${BROKEN}" sku="ERROR" name="error"></backorder-option>
            </form>`,
          );
          const elements = [...holder.querySelectorAll('backorder-option')];
          await until(() => elements.every((el) => el.state !== 'loading'), 4000, 'every answer');
          await Promise.all(elements.map((el) => el.updateComplete));

          const t = language === 'sv' ? sv : de;
          // Nothing chosen yet: the validation message.
          expect(elements.at(-2)!.validationMessage).to.equal(t.backorderRequired);

          // Every charge note: pick each choice in turn.
          const seen: string[] = [];
          for (const el of elements) {
            seen.push(shopperText(el));
            for (const input of el.shadowRoot!.querySelectorAll<HTMLInputElement>(
              'input[type="radio"]',
            )) {
              input.click();
              await el.updateComplete;
              seen.push(shopperText(el));
            }
          }
          expectNoEnglish(seen, '<backorder-option>');

          const near = elements[0]!;
          const date5 = formatCalendarDate(inDays(5), tag);
          expect(clean(near.shadowRoot!.querySelector('legend')?.textContent)).to.equal(
            language === 'sv'
              ? '2 av dina 3 finns inte i lager än'
              : '2 von 3 Artikeln sind noch nicht auf Lager',
          );
          expect(seen.join('\n')).to.include(
            language === 'sv'
              ? `Skicka 1 nu, 2 kring ${date5} (om 5 dagar)`
              : `1 sofort liefern, 2 voraussichtlich am ${date5} (in 5 Tagen)`,
          );
          expect(clean(elements.at(-1)!.shadowRoot!.textContent)).to.equal(t.backorderError);
          for (const el of elements) await expect(el).to.be.accessible();
        });

        it('<notify-me-form> says labels, button, errors and results in the language, and passes axe', async () => {
          let status = 201;
          let body: object = {};
          worker.use(
            http.post(NOTIFY, async () => {
              if (status === 0) await delay('infinite');
              return HttpResponse.json(body, { status });
            }),
          );
          const seen: string[] = [];
          const form = async (
            attributes = `notify-endpoint="${NOTIFY}" require-consent marketing-consent ask-quantity`,
          ) => {
            const holder = localized(
              tag,
              mode,
              `<notify-me-form LOCALE sku="TEE" always ${attributes}></notify-me-form>`,
            );
            const el = holder.querySelector('notify-me-form')!;
            await el.updateComplete;
            return el;
          };
          const send = (el: NotifyMeForm, email: string, consent = true) =>
            new NotifyFormHarness(el).signUp(email, consent);
          const settled = async (el: NotifyMeForm) => {
            await new NotifyFormHarness(el).answered();
            seen.push(shopperText(el));
          };

          // The form, then every field error.
          const el = await form();
          seen.push(shopperText(el));
          await expect(el).to.be.accessible();
          await new NotifyFormHarness(el).fill('0', 'quantity');
          await send(el, '', false);
          seen.push(shopperText(el));
          await expect(el).to.be.accessible();
          await send(el, 'ada@example', true);
          seen.push(shopperText(el));
          const t = language === 'sv' ? sv : de;
          expect(shopperText(el)).to.include(String(t.notifyEmailInvalid));

          // Every result.
          const results: [number, object][] = [
            [201, {}],
            [409, {}],
            [422, { message: 'nope' }],
            [422, {}],
            [429, {}],
            [403, {}],
            [503, {}],
          ];
          for (const [code, answer] of results) {
            status = code;
            body = answer;
            localStorage.clear();
            resetSharedNotifyClient();
            const one = await form();
            await new NotifyFormHarness(one).fill('1', 'quantity');
            await send(one, 'ada@example.com');
            await settled(one);
            await expect(one).to.be.accessible();
            one.parentElement!.remove();
          }

          // A returning shopper, sending, handed off, unavailable.
          status = 201;
          localStorage.clear();
          resetSharedNotifyClient();
          const first = await form(`notify-endpoint="${NOTIFY}"`);
          await send(first, 'ada@example.com');
          await settled(first);
          expect(clean(first.shadowRoot!.querySelector('[role="status"]')?.textContent)).to.equal(
            String(t.notifySuccess).replace('{email}', 'ada@example.com'),
          );
          resetSharedNotifyClient();
          const again = await form(`notify-endpoint="${NOTIFY}"`);
          seen.push(shopperText(again));
          expect(shopperText(again)).to.include(
            String(t.notifyOnList).replace('{email}', 'a***@example.com'),
          );

          status = 0;
          localStorage.clear();
          resetSharedNotifyClient();
          const sending = await form(`notify-endpoint="${NOTIFY}"`);
          await send(sending, 'ada@example.com');
          await until(
            () => shopperText(sending).includes(String(t.notifySending)),
            3000,
            'sending',
          );
          seen.push(shopperText(sending));

          const handedOff = await form(`notify-endpoint="${NOTIFY}"`);
          handedOff.addEventListener('notify-submit', (event) => event.preventDefault());
          await send(handedOff, 'ada@example.com');
          seen.push(shopperText(handedOff));
          expect(shopperText(handedOff)).to.include(String(t.notifyHandedOff));

          const unavailable = await form('');
          seen.push(shopperText(unavailable));
          expect(shopperText(unavailable)).to.include(String(t.notifyUnavailable));
          await expect(unavailable).to.be.accessible();

          expectNoEnglish(seen, '<notify-me-form>');
        });
      });
    }
  }

  it('<notify-me-form> follows a switch of the provider’s locale in every state, results included', async () => {
    // One form per state, each SKU answered its own way; SENDING never gets an answer.
    const answers: Record<string, number> = { OK: 201, ON: 409, BAD: 422, BUSY: 503, DOWN: 0 };
    worker.use(
      http.post(NOTIFY, async ({ request }) => {
        const { sku } = (await request.json()) as { sku: string };
        if (sku === 'SENDING') await delay('infinite');
        return answers[sku]
          ? HttpResponse.json({}, { status: answers[sku] })
          : HttpResponse.error();
      }),
    );
    localStorage.setItem(
      SUBSCRIBED_KEY,
      JSON.stringify({ BACK: { email: 'a***@example.com', at: new Date().toISOString() } }),
    );
    const skus = ['FIELDS', ...Object.keys(answers), 'SENDING', 'BACK'];
    const provider = fixtureSync<StockProvider>(
      `<stock-provider locale="en" notify-endpoint="${NOTIFY}">${skus
        .map((sku) => `<notify-me-form sku="${sku}" always require-consent></notify-me-form>`)
        .join('')}</stock-provider>`,
    );
    const forms = [...provider.querySelectorAll('notify-me-form')];
    await Promise.all(forms.map((el) => el.updateComplete));
    for (const el of forms.slice(0, -1)) {
      const form = new NotifyFormHarness(el);
      if (el.sku !== 'FIELDS') {
        await form.fill('ada@example.com');
        form.tick('consent');
      }
      form.requestSubmit();
    }
    await Promise.all(forms.map((el) => el.updateComplete));
    const message = (el: NotifyMeForm) =>
      clean(el.shadowRoot!.querySelector('[role="status"]')?.textContent);
    await until(
      () =>
        forms.every(
          (el) => el.sku === 'SENDING' || !el.shadowRoot!.querySelector('form[aria-busy="true"]'),
        ),
      3000,
      'every answer',
    );
    await Promise.all(forms.map((el) => el.updateComplete));
    const english = forms.map(shopperText);
    expect(english.join('\n')).to.include(en.notifyEmailMissing as string);
    expect(english.join('\n')).to.include(en.notifyConsentMissing as string);

    for (const [language, tag] of LOCALES) {
      await switchLocale(provider, tag, forms);
      const t = language === 'sv' ? sv : de;
      const shown = forms.map(shopperText);
      expectNoEnglish(shown, `<notify-me-form> after switching to ${tag}`);
      const byState = Object.fromEntries(forms.map((el) => [el.sku, message(el)]));
      const fill = (text: Messages[keyof Messages]) =>
        String(text).replace('{email}', 'ada@example.com');
      expect(byState).to.deep.equal({
        FIELDS: '',
        OK: fill(t.notifySuccess),
        ON: fill(t.notifyAlreadySubscribed),
        BAD: fill(t.notifyInvalid),
        BUSY: fill(t.notifyQueuedServerError),
        DOWN: fill(t.notifyQueued),
        SENDING: fill(t.notifySending),
        BACK: String(t.notifyOnList).replace('{email}', 'a***@example.com'),
      });
      expect(shown[0]).to.include(String(t.notifyEmailMissing));
      expect(shown[0]).to.include(String(t.notifyConsentMissing));
    }
  });

  it('<backorder-option> follows a switch of the provider’s locale, validation message included', async () => {
    serveItems([
      { sku: 'LIMIT', quantity: 1, backorderable: true, backorderLimit: 1, restockDate: inDays(5) },
    ]);
    const provider = fixtureSync<StockProvider>(
      `<stock-provider locale="en" endpoint="${ENDPOINT}"><form>
        <backorder-option sku="LIMIT" quantity="3" name="a"></backorder-option>
        <backorder-option sku="LIMIT" quantity="3" name="b" required default-choice="none"></backorder-option>
      </form></stock-provider>`,
    );
    const lines = [...provider.querySelectorAll('backorder-option')];
    await until(() => lines.every((el) => el.choices.length > 0), 3000, 'the answers');
    await Promise.all(lines.map((el) => el.updateComplete));
    expect(lines[1]!.validationMessage).to.equal(en.backorderRequired);
    for (const [language, tag] of LOCALES) {
      await switchLocale(provider, tag, lines);
      expectNoEnglish(lines.map(shopperText), `<backorder-option> after switching to ${tag}`);
      expect(lines[1]!.validationMessage).to.equal((language === 'sv' ? sv : de).backorderRequired);
    }
  });

  describe('overriding one text', () => {
    it('with configure() changes only that text; the rest stays translated', async () => {
      serveItems(STOCK);
      configure({ messages: { sv: { statusInStock: 'Finns hos oss' } } });
      const holder = fixtureSync<HTMLDivElement>(
        `<div lang="sv-SE">
          <stock-status endpoint="${ENDPOINT}" sku="IN"></stock-status>
          <stock-status endpoint="${ENDPOINT}" sku="LOW"></stock-status>
        </div>
        <div lang="de-DE"><stock-status endpoint="${ENDPOINT}" sku="IN"></stock-status></div>`,
      );
      const [svIn, svLow, deIn] = [...holder.parentElement!.querySelectorAll('stock-status')];
      await until(() => [svIn, svLow, deIn].every((el) => el!.state !== 'loading'));
      await Promise.all([svIn, svLow, deIn].map((el) => el!.updateComplete));
      expect(label(svIn!)).to.equal('Finns hos oss');
      expect(label(svLow!)).to.equal('Endast 3 kvar');
      expect(label(deIn!)).to.equal('Auf Lager');

      configure({
        messages: { statusLowStock: { one: 'Sista exemplaret', other: 'Bara {count} kvar' } },
      });
      await svLow!.updateComplete;
      expect(label(svLow!)).to.equal('Bara 3 kvar');
      expect(label(svIn!)).to.equal('Finns hos oss');
    });

    it('with the JSON messages attribute, on an element or a provider', async () => {
      serveItems(STOCK);
      const holder = fixtureSync<HTMLDivElement>(
        `<div lang="de-AT">
          <stock-provider messages='{"statusLowStock":"Nur {count} übrig"}'>
            <stock-status endpoint="${ENDPOINT}" sku="IN" messages='{"statusInStock":"Sofort lieferbar"}'></stock-status>
            <stock-status endpoint="${ENDPOINT}" sku="LOW"></stock-status>
            <stock-status endpoint="${ENDPOINT}" sku="OUT"></stock-status>
          </stock-provider>
        </div>`,
      );
      const elements = [...holder.querySelectorAll('stock-status')];
      await until(() => elements.every((el) => el.state !== 'loading'));
      await Promise.all(elements.map((el) => el.updateComplete));
      expect(elements.map(label)).to.deep.equal(['Sofort lieferbar', 'Nur 3 übrig', 'Ausverkauft']);

      elements[0]!.setAttribute('messages', '{"de":{"statusInStock":"Vorrätig"}}');
      await elements[0]!.updateComplete;
      expect(label(elements[0]!)).to.equal('Vorrätig');
    });

    it('ignores an invalid JSON attribute with one console warning, never throwing', async () => {
      serveItems(STOCK);
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const holder = fixtureSync<HTMLDivElement>(
          `<div lang="sv"><stock-status endpoint="${ENDPOINT}" sku="IN" messages="{statusInStock: Finns}"></stock-status></div>`,
        );
        const el = holder.querySelector('stock-status')!;
        await until(() => el.state !== 'loading');
        await el.updateComplete;
        expect(label(el)).to.equal('I lager');
        expect(
          warnings.filter((args) => String(args[0]).includes('messages attribute')),
        ).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });
  });

  it('falls back from the region to the language, then to English', async () => {
    serveItems(STOCK);
    const holder = fixtureSync<HTMLDivElement>(
      `<div>
        <stock-status locale="sv-FI" endpoint="${ENDPOINT}" sku="IN"></stock-status>
        <stock-status locale="de-CH" endpoint="${ENDPOINT}" sku="IN"></stock-status>
        <stock-status locale="fr-FR" endpoint="${ENDPOINT}" sku="IN"></stock-status>
      </div>`,
    );
    const elements = [...holder.querySelectorAll('stock-status')];
    await until(() => elements.every((el) => el.state !== 'loading'));
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(elements.map(label)).to.deep.equal(['I lager', 'Auf Lager', 'In stock']);
  });

  it('keeps backorder-change’s expectedDate the calendar date in every language', async () => {
    serveItems([{ sku: 'NEAR', quantity: 1, backorderable: true, restockDate: inDays(5) }]);
    const el = await fixture<BackorderOption>(
      html`<backorder-option
        locale="de-DE"
        endpoint=${ENDPOINT}
        sku="NEAR"
        quantity="3"
      ></backorder-option>`,
    );
    const change = await oneEvent(el, 'backorder-change');
    expect(change.detail.expectedDate).to.equal(inDays(5));
  });
});

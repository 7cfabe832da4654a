// The mock endpoints' free texts (a merchant's note on an item, a refusal's
// message) in the demo's language, as a shop's own backend would send them.
// `worker.use` puts these handlers before the default ones; they answer from
// the same catalogue and keep counting requests in the same logs.
import { catalogue, LONG_NOTE, type CatalogueItem } from '../mocks/catalogue.js';
import { AVAILABILITY_PATH, availabilityHandlers, type Scenario } from '../mocks/handlers.js';
import { http, HttpResponse } from 'msw';
import { NOTIFY_PATH, type NotifyScenario } from '../mocks/notify-handlers.js';
import { notifyLog, requestLog, worker } from '../mocks/browser.js';
import { isDemoLocale, textLocale, type DemoLocale } from './demo-texts.js';

/** The catalogue's and the notify endpoint's free texts, per language. */
const serverTexts: Record<Exclude<DemoLocale, 'en'>, Record<string, string>> = {
  sv: {
    'Last few from this season’s run': 'De sista från säsongens tillverkning',
    'New batch arriving from our mill': 'Ny leverans på väg från vårt spinneri',
    'This address cannot receive e-mail.': 'Den här adressen kan inte ta emot e-post.',
    [LONG_NOTE]:
      'Ny leverans på väg från vårt spinneri i Biella: varje plagg färgas för hand och kontrolleras två gånger, så den här omgången tar lite längre tid än vanligt.',
  },
  de: {
    'Last few from this season’s run': 'Die letzten aus der Produktion dieser Saison',
    'New batch arriving from our mill': 'Neue Lieferung aus unserer Spinnerei unterwegs',
    'This address cannot receive e-mail.': 'An diese Adresse kann keine E-Mail zugestellt werden.',
    [LONG_NOTE]:
      'Neue Lieferung aus unserer Spinnerei in Biella unterwegs: Jedes Stück wird von Hand gefärbt und zweimal geprüft, daher dauert diese Charge etwas länger als sonst.',
  },
};

/** A free text of the mock endpoints in `locale`, as a shop's backend would send it. */
export function serverText(text: string, locale: DemoLocale = textLocale()): string {
  if (locale === 'en') return text;
  return serverTexts[locale][text] ?? text;
}

/** The language a request asks for (`?lang=`, as a shop's endpoint would take it), else the demo's. */
let requested: DemoLocale | undefined;

/** The catalogue with its merchants' notes in the requested language. */
function localizedCatalogue(): Map<string, CatalogueItem> {
  const items = catalogue();
  const locale = requested ?? textLocale();
  if (locale === 'en') return items;
  for (const [sku, item] of items) {
    if (item.message) items.set(sku, { ...item, message: serverText(item.message, locale) });
  }
  return items;
}

/**
 * Answers `/api/availability` with the notes in the language the request asks
 * for, under `scenario`; and points the page's `<stock-provider>`s at
 * `/api/availability?lang=…` on every language switch, so the elements ask
 * again and a note on screen switches too.
 */
export function localizeAvailability(scenario: () => Scenario = () => 'normal'): void {
  worker.use(
    ...availabilityHandlers({
      scenario,
      items: localizedCatalogue,
      onRequest: (skus, url) => {
        const lang = url.searchParams.get('lang');
        requested = isDemoLocale(lang) ? lang : undefined;
        requestLog.push(skus);
      },
    }),
  );
  document.addEventListener('demo-locale-change', (event) => {
    const locale = (event as CustomEvent<DemoLocale>).detail;
    for (const provider of document.querySelectorAll('stock-provider')) {
      const endpoint = provider.getAttribute('endpoint');
      if (endpoint?.split('?')[0] !== AVAILABILITY_PATH) continue;
      provider.setAttribute('endpoint', `${AVAILABILITY_PATH}?lang=${locale}`);
    }
  });
}

/**
 * Answers `/api/notify` in the "address refused" scenario with the refusal in
 * the demo's language; every other scenario falls through to the default handler.
 */
export function localizeNotify(scenario: () => NotifyScenario): void {
  worker.use(
    http.post(NOTIFY_PATH, async ({ request }) => {
      if (scenario() !== 'invalid') return undefined;
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        body = undefined;
      }
      notifyLog.push({ key: request.headers.get('Idempotency-Key'), body });
      return HttpResponse.json(
        { message: serverText('This address cannot receive e-mail.') },
        { status: 422 },
      );
    }),
  );
}

// The demo store's own words in every language the demo offers (the elements
// bring their own). Static texts sit in the HTML as `data-text="key"` (and
// `data-text-label="key"` for aria-label) and are filled by `applyTexts()`;
// texts built in TS go through `t()`, with `{name}` placeholders. Money and
// dates go through `Intl` with the current locale.

/** A language the demo offers. */
export type DemoLocale = 'en' | 'sv' | 'de';

const en = {
  // Header, nav, footer, controls.
  'title.index': 'Northwind Outfitters — backorder-elements demo',
  'title.checkout': 'Checkout — backorder-elements demo',
  'title.platforms': 'Platforms — backorder-elements demo',
  'title.gallery': 'State gallery — backorder-elements demo',
  'nav.label': 'Demo pages',
  'nav.index': 'Product & listing',
  'nav.checkout': 'Checkout',
  'nav.platforms': 'Platforms',
  'nav.gallery': 'Gallery',
  'footer.mocked':
    'backorder-elements demo · the availability endpoint is mocked in your browser (MSW)',
  'footer.platforms':
    "backorder-elements demo · Shopify, WooCommerce and Klaviyo are mocked in your browser (MSW) with answers shaped like each platform's documented responses",
  'footer.gallery': 'backorder-elements demo · mock data, no real orders',
  'control.scenario': 'Mock endpoint',
  'control.notifyScenario': 'Notify endpoint',
  'control.theme': 'Theme',
  'control.language': 'Language',
  'control.platform': 'Platform',
  'control.notifyTarget': 'Sign-ups go to',
  'theme.default': 'Default',
  'theme.dark': 'Dark',
  'theme.brand': 'Brand',
  'scenario.normal': 'Normal',
  'scenario.slow': 'Slow endpoint (2 s)',
  'scenario.server-error': 'Server error (500)',
  'scenario.malformed': 'Malformed answer',
  'notify.normal': 'Sign-ups accepted (201)',
  'notify.already-subscribed': 'Already subscribed (409)',
  'notify.down': 'Notify endpoint down (503)',
  'notify.invalid': 'Address refused (422)',

  // Product page and listing.
  'product.breadcrumbs': 'Men · Tops · T-shirts',
  'product.description':
    "Soft 150 g/m² merino from a family mill in Biella. Breathes on warm days, warms on cold ones, and doesn't hold on to smells.",
  'product.variant': 'Colour / size',
  'product.quantity': 'Quantity',
  'product.addToCart': 'Add to cart',
  'product.added': 'Added {count} × {name}: {total} in your cart.',
  'product.toCheckout': 'Go to checkout',
  'product.consent': 'We use your address only for this alert.',
  'product.privacy': 'Privacy',
  'log.lastNotify': 'Last notify event:',
  'log.signups': 'sign-ups the mock endpoint received:',
  'log.lastStockChange': 'Last',
  'listing.title': 'More to explore',
  'listing.requestsOne': '{count} availability request for {skus} SKUs',
  'listing.requestsOther': '{count} availability requests for {skus} SKUs',

  // Checkout.
  'checkout.title': 'Checkout',
  'checkout.bag': 'Your bag',
  'checkout.summary': 'Order summary',
  'checkout.subtotal': 'Subtotal',
  'checkout.shipping': 'Shipping',
  'checkout.free': 'Free',
  'checkout.total': 'Total',
  'checkout.placeOrder': 'Place order',
  'checkout.finePrint': 'This is a demo: nothing is charged. The order is printed below.',
  'checkout.submitted': 'What the form submits',
  'checkout.pressPlaceOrder': 'Press “Place order”.',
  'checkout.nothing': '(nothing)',
  'checkout.quantityOf': 'Quantity of {name}',
  'checkout.oneFewer': 'One fewer {name}',
  'checkout.oneMore': 'One more {name}',

  // Platforms.
  'platforms.json': 'Our JSON endpoint',
  'platforms.notifyJson': 'Our endpoint (/api/notify)',
  'platforms.notifyKlaviyo': 'Klaviyo (back-in-stock API)',
  'platforms.noteJson': 'SKUs are your own',
  'platforms.noteShopify': 'SKUs are variant ids',
  'platforms.noteWoo': 'SKUs are product ids',
  'platforms.noteNotifyJson': 'our JSON contract',
  'platforms.requests': 'Requests to the platform:',
  'platforms.microdata': 'schema.org availability:',
  'platforms.signups': 'Sign-ups received: our endpoint',
  'platforms.lastSignup': 'Last sign-up event:',

  // Gallery.
  'gallery.title': 'State gallery',
  'gallery.intro1':
    'Every element in every state, side by side, answered by a mock endpoint. Switch the theme and the language in the header: the dark and brand themes are nothing but ',
  'gallery.intro2': ' custom properties and ',
  'gallery.intro3': ' rules.',
  'gallery.attributes': 'Attributes',
  'gallery.attributesNote':
    "Read at run time from each element class's declared properties, so the list is always current.",
  'gallery.note.loading':
    'The endpoint has not answered yet; the height of the longest text is kept.',
  'gallery.note.inStock': 'quantity 120',
  'gallery.note.lowStock': 'quantity 3, with a merchant’s note',
  'gallery.note.backorder': 'nothing in stock, expected in 9 days',
  'gallery.note.preorder': 'not released yet, ships in 30 days',
  'gallery.note.outOfStock': 'sold out, restock in 45 days',
  'gallery.note.discontinued': 'no longer made',
  'gallery.note.unknown': 'the endpoint does not know the SKU',
  'gallery.note.error': 'the endpoint answers 500',
  'gallery.state.cancelChosen': 'cancel chosen',
  'gallery.state.nothingNow': 'nothing ships now',
  'gallery.state.tooFar': 'refused: too far',
  'gallery.state.notBackorderable': 'refused: not backorderable',
  'gallery.state.discontinued': 'refused: discontinued',
  'gallery.note.split': '3 in the cart, 1 in stock, the rest in 5 days',
  'gallery.note.cancelChosen': 'the shopper drops the missing units: a link to the alert',
  'gallery.note.nothingNow': '2 in the cart, none in stock: together or cancel',
  'gallery.note.tooFar': 'expected in 60 days, more than max-backorder-days (21)',
  'gallery.note.notBackorderable': '3 in the cart, 1 in stock, no backorders',
  'gallery.note.discontinuedOption': '2 in the cart, 1 left of a retired item',
  'gallery.note.errorOption': 'the endpoint answers 500; the checkout stays usable',
  'gallery.state.idle': 'idle',
  'gallery.state.consent': 'consent',
  'gallery.state.fieldError': 'field error',
  'gallery.state.success': 'success',
  'gallery.state.subscribed': 'already subscribed',
  'gallery.state.queued': 'queued',
  'gallery.state.unavailable': 'unavailable',
  'gallery.state.returning': 'returning shopper',
  'gallery.note.idle': 'an e-mail field and a button',
  'gallery.note.consent': 'require-consent and marketing-consent',
  'gallery.note.fieldError': 'sent with an address that cannot work',
  'gallery.note.success': 'the endpoint answers 201',
  'gallery.note.subscribed': 'the endpoint answers 409',
  'gallery.note.queued': 'the endpoint answers 503: kept and sent again later',
  'gallery.note.unavailable': 'no notify-endpoint configured',
  'gallery.note.returning': 'signed up on an earlier visit',
  'gallery.class.provider': 'Holds the configuration for its subtree.',
  'gallery.class.plus': 'Plus every configuration attribute of <stock-provider>.',
  'gallery.attributeCount': '{count} attributes',
  'gallery.column.attribute': 'attribute',
  'gallery.column.property': 'property',
  'gallery.column.type': 'type',
  'gallery.reflected': 'reflected',
  'gallery.theming': 'Theme it live',
  'gallery.themingNote':
    'Change the custom properties: every specimen below follows. Copy the CSS into your shop.',
  'gallery.unchanged': '/* Change a value above: the CSS for your shop appears here. */',
  'gallery.copy': 'Copy CSS',
  'gallery.copied': 'Copied to the clipboard.',
  'gallery.copyByHand': 'Selected: copy it with your keyboard.',
  'gallery.reset': 'Reset',
  'gallery.summaryNote':
    'The delivery plan of a form, from its backorder-option lines (hidden here).',
  'gallery.note.anyDay': 'expected date already past: any day now',
  'gallery.note.noDate': 'backorderable, no date known',
  'gallery.state.longNote': 'a long merchant’s note',
  'gallery.note.longNote': 'cut to the reserved line; “More” shows it all',
  'gallery.note.controlsBackorder': 'the shop’s button follows: “Backorder”',
  'gallery.note.controlsPreorder': 'the shop’s button follows: “Pre-order”',
  'gallery.note.controlsOut': 'the shop’s button follows: disabled',
  'gallery.state.overLimit': 'over the backorder limit',
  'gallery.note.overLimit': '6 in the cart, 1 in stock, at most 2 more before the restock',
  'gallery.note.required':
    'default-choice="none": the form cannot be sent until the shopper chooses',
  'gallery.note.disabled': 'not submitted, not validated',
  'gallery.state.slotted': 'a notify form in the slot',
  'gallery.note.slotted': 'cancel chosen: the <notify-me-form slot="notify"> shows',
  'gallery.state.anyDay': 'any day now',
  'gallery.note.anyDayOption': '2 in the cart, none in stock, due already',
  'gallery.state.noDate': 'no date',
  'gallery.note.noDateOption': '2 in the cart, none in stock, no date known: charged when it ships',
  'gallery.state.summarySplit': 'a line split in two',
  'gallery.note.summarySplit': 'socks × 2 in stock, tee × 3 with 1 in stock: two deliveries',
  'gallery.state.summaryCancel': 'units removed',
  'gallery.note.summaryCancel': 'the missing tees cancelled, a cap with no date',
  'gallery.state.summaryNothing': 'everything in stock',
  'gallery.note.summaryNothing': 'every unit ships now: it renders nothing',
  'gallery.line.socks': 'Trail Socks',
  'gallery.line.tee': 'Merino Crew Tee',
  'gallery.line.cap': 'Wool Cap',
  'gallery.note.askQuantity': 'a quantity field too',
  'gallery.state.sending': 'sending',
  'gallery.note.sending': 'the endpoint has not answered yet',
  'gallery.note.refused': 'the endpoint refuses the address, with its reason',
  'gallery.note.busy': 'the endpoint answers 429: too many attempts',
} as const;

/** A key of the demo's dictionary. */
export type TextKey = keyof typeof en;
type Texts = Record<TextKey, string>;

const sv: Texts = {
  'title.index': 'Northwind Outfitters — demo av backorder-elements',
  'title.checkout': 'Kassa — demo av backorder-elements',
  'title.platforms': 'Plattformar — demo av backorder-elements',
  'title.gallery': 'Tillståndsgalleri — demo av backorder-elements',
  'nav.label': 'Demosidor',
  'nav.index': 'Produkt & sortiment',
  'nav.checkout': 'Kassa',
  'nav.platforms': 'Plattformar',
  'nav.gallery': 'Galleri',
  'footer.mocked':
    'Demo av backorder-elements · lagersaldot kommer från en simulerad tjänst i din webbläsare (MSW)',
  'footer.platforms':
    'Demo av backorder-elements · Shopify, WooCommerce och Klaviyo simuleras i din webbläsare (MSW) med svar som följer varje plattforms dokumenterade format',
  'footer.gallery': 'Demo av backorder-elements · påhittad data, inga riktiga beställningar',
  'control.scenario': 'Simulerad lagertjänst',
  'control.notifyScenario': 'Simulerad bevakningstjänst',
  'control.theme': 'Tema',
  'control.language': 'Språk',
  'control.platform': 'Plattform',
  'control.notifyTarget': 'Bevakningar skickas till',
  'theme.default': 'Standard',
  'theme.dark': 'Mörkt',
  'theme.brand': 'Varumärke',
  'scenario.normal': 'Normal',
  'scenario.slow': 'Långsam tjänst (2 s)',
  'scenario.server-error': 'Serverfel (500)',
  'scenario.malformed': 'Felaktigt svar',
  'notify.normal': 'Bevakningar tas emot (201)',
  'notify.already-subscribed': 'Redan bevakad (409)',
  'notify.down': 'Bevakningstjänsten nere (503)',
  'notify.invalid': 'Adressen nekas (422)',

  'product.breadcrumbs': 'Herr · Överdelar · T-shirts',
  'product.description':
    'Mjuk merinoull, 150 g/m², från ett familjeägt spinneri i Biella. Andas under varma dagar, värmer under kalla och håller inte kvar lukt.',
  'product.variant': 'Färg / storlek',
  'product.quantity': 'Antal',
  'product.addToCart': 'Lägg i varukorgen',
  'product.added': 'La till {count} × {name}: {total} i varukorgen.',
  'product.toCheckout': 'Till kassan',
  'product.consent': 'Vi använder din adress enbart för den här bevakningen.',
  'product.privacy': 'Integritet',
  'log.lastNotify': 'Senaste bevakningshändelse:',
  'log.signups': 'bevakningar som den simulerade tjänsten tagit emot:',
  'log.lastStockChange': 'Senaste',
  'listing.title': 'Mer att upptäcka',
  'listing.requestsOne': '{count} lagerförfrågan för {skus} artiklar',
  'listing.requestsOther': '{count} lagerförfrågningar för {skus} artiklar',

  'checkout.title': 'Kassa',
  'checkout.bag': 'Varukorg',
  'checkout.summary': 'Ordersammanfattning',
  'checkout.subtotal': 'Delsumma',
  'checkout.shipping': 'Frakt',
  'checkout.free': 'Gratis',
  'checkout.total': 'Totalt',
  'checkout.placeOrder': 'Beställ',
  'checkout.finePrint': 'Det här är en demo: ingenting debiteras. Beställningen visas nedan.',
  'checkout.submitted': 'Det här skickar formuläret',
  'checkout.pressPlaceOrder': 'Tryck på ”Beställ”.',
  'checkout.nothing': '(ingenting)',
  'checkout.quantityOf': 'Antal av {name}',
  'checkout.oneFewer': 'Minska antalet {name}',
  'checkout.oneMore': 'Öka antalet {name}',

  'platforms.json': 'Vår JSON-tjänst',
  'platforms.notifyJson': 'Vår tjänst (/api/notify)',
  'platforms.notifyKlaviyo': 'Klaviyo (back-in-stock-API)',
  'platforms.noteJson': 'artikelnumren är era egna',
  'platforms.noteShopify': 'artikelnumren är variant-id:n',
  'platforms.noteWoo': 'artikelnumren är produkt-id:n',
  'platforms.noteNotifyJson': 'vårt JSON-format',
  'platforms.requests': 'Förfrågningar till plattformen:',
  'platforms.microdata': 'Tillgänglighet enligt schema.org:',
  'platforms.signups': 'Mottagna bevakningar: vår tjänst',
  'platforms.lastSignup': 'Senaste bevakningshändelse:',

  'gallery.title': 'Tillståndsgalleri',
  'gallery.intro1':
    'Alla element i alla tillstånd, sida vid sida, med svar från en simulerad tjänst. Byt tema och språk i sidhuvudet: det mörka temat och varumärkestemat består enbart av ',
  'gallery.intro2': '-egenskaper och ',
  'gallery.intro3': '-regler.',
  'gallery.attributes': 'Attribut',
  'gallery.attributesNote':
    'Läses vid körning från varje elementklass deklarerade egenskaper, så listan är alltid aktuell.',
  'gallery.note.loading': 'Tjänsten har inte svarat än; höjden för den längsta texten hålls ledig.',
  'gallery.note.inStock': 'antal 120',
  'gallery.note.lowStock': 'antal 3, med en kommentar från butiken',
  'gallery.note.backorder': 'inget i lager, väntas om 9 dagar',
  'gallery.note.preorder': 'inte släppt än, skickas om 30 dagar',
  'gallery.note.outOfStock': 'slutsåld, åter i lager om 45 dagar',
  'gallery.note.discontinued': 'tillverkas inte längre',
  'gallery.note.unknown': 'tjänsten känner inte till artikeln',
  'gallery.note.error': 'tjänsten svarar 500',
  'gallery.state.cancelChosen': 'cancel valt',
  'gallery.state.nothingNow': 'inget skickas nu',
  'gallery.state.tooFar': 'nekad: för långt bort',
  'gallery.state.notBackorderable': 'nekad: kan inte restnoteras',
  'gallery.state.discontinued': 'nekad: utgått',
  'gallery.note.split': '3 i varukorgen, 1 i lager, resten om 5 dagar',
  'gallery.note.cancelChosen': 'kunden stryker det som saknas: en länk till bevakningen',
  'gallery.note.nothingNow': '2 i varukorgen, inget i lager: tillsammans eller stryk',
  'gallery.note.tooFar': 'väntas om 60 dagar, mer än max-backorder-days (21)',
  'gallery.note.notBackorderable': '3 i varukorgen, 1 i lager, ingen restnotering',
  'gallery.note.discontinuedOption': '2 i varukorgen, 1 kvar av en utgången vara',
  'gallery.note.errorOption': 'tjänsten svarar 500; kassan går fortfarande att använda',
  'gallery.state.idle': 'viloläge',
  'gallery.state.consent': 'samtycke',
  'gallery.state.fieldError': 'fel i fältet',
  'gallery.state.success': 'klart',
  'gallery.state.subscribed': 'redan bevakad',
  'gallery.state.queued': 'i kö',
  'gallery.state.unavailable': 'ej tillgänglig',
  'gallery.state.returning': 'återkommande kund',
  'gallery.note.idle': 'ett e-postfält och en knapp',
  'gallery.note.consent': 'require-consent och marketing-consent',
  'gallery.note.fieldError': 'skickad med en adress som inte kan fungera',
  'gallery.note.success': 'tjänsten svarar 201',
  'gallery.note.subscribed': 'tjänsten svarar 409',
  'gallery.note.queued': 'tjänsten svarar 503: sparas och skickas igen senare',
  'gallery.note.unavailable': 'ingen notify-endpoint angiven',
  'gallery.note.returning': 'bevakade vid ett tidigare besök',
  'gallery.class.provider': 'Håller inställningarna för sitt underträd.',
  'gallery.class.plus': 'Plus alla inställningsattribut från <stock-provider>.',
  'gallery.attributeCount': '{count} attribut',
  'gallery.column.attribute': 'attribut',
  'gallery.column.property': 'egenskap',
  'gallery.column.type': 'typ',
  'gallery.reflected': 'speglas',
  'gallery.theming': 'Tema i realtid',
  'gallery.themingNote':
    'Ändra de anpassade egenskaperna: alla exempel nedan följer med. Kopiera CSS:en till din butik.',
  'gallery.unchanged': '/* Ändra ett värde ovan: CSS:en för din butik visas här. */',
  'gallery.copy': 'Kopiera CSS',
  'gallery.copied': 'Kopierat till urklipp.',
  'gallery.copyByHand': 'Markerat: kopiera med tangentbordet.',
  'gallery.reset': 'Återställ',
  'gallery.summaryNote':
    'Leveransplanen för ett formulär, från dess backorder-option-rader (dolda här).',
  'gallery.note.anyDay': 'väntat datum redan passerat: inom kort',
  'gallery.note.noDate': 'kan restnoteras, inget datum känt',
  'gallery.state.longNote': 'en lång kommentar från handlaren',
  'gallery.note.longNote': 'kortad till den reserverade raden; ”Visa mer” visar allt',
  'gallery.note.controlsBackorder': 'butikens knapp följer med: ”Restnotera”',
  'gallery.note.controlsPreorder': 'butikens knapp följer med: ”Förboka”',
  'gallery.note.controlsOut': 'butikens knapp följer med: inaktiverad',
  'gallery.state.overLimit': 'över restnoteringsgränsen',
  'gallery.note.overLimit': '6 i varukorgen, 1 i lager, högst 2 till före påfyllningen',
  'gallery.note.required':
    'default-choice="none": formuläret kan inte skickas förrän kunden väljer',
  'gallery.note.disabled': 'skickas inte, valideras inte',
  'gallery.state.slotted': 'ett bevakningsformulär i sloten',
  'gallery.note.slotted': 'ta bort valt: <notify-me-form slot="notify"> visas',
  'gallery.state.anyDay': 'inom kort',
  'gallery.note.anyDayOption': '2 i varukorgen, inga i lager, redan väntad',
  'gallery.state.noDate': 'inget datum',
  'gallery.note.noDateOption':
    '2 i varukorgen, inga i lager, inget datum känt: debiteras vid leverans',
  'gallery.state.summarySplit': 'en rad delad i två',
  'gallery.note.summarySplit': 'strumpor × 2 i lager, tröja × 3 med 1 i lager: två leveranser',
  'gallery.state.summaryCancel': 'borttagna varor',
  'gallery.note.summaryCancel': 'de saknade tröjorna borttagna, en mössa utan datum',
  'gallery.state.summaryNothing': 'allt i lager',
  'gallery.note.summaryNothing': 'allt skickas nu: ingenting visas',
  'gallery.line.socks': 'Vandringsstrumpor',
  'gallery.line.tee': 'Merino Crew Tee',
  'gallery.line.cap': 'Ullmössa',
  'gallery.note.askQuantity': 'även ett fält för antal',
  'gallery.state.sending': 'skickar',
  'gallery.note.sending': 'tjänsten har inte svarat än',
  'gallery.note.refused': 'tjänsten avvisar adressen och säger varför',
  'gallery.note.busy': 'tjänsten svarar 429: för många försök',
};

const de: Texts = {
  'title.index': 'Northwind Outfitters — Demo von backorder-elements',
  'title.checkout': 'Kasse — Demo von backorder-elements',
  'title.platforms': 'Plattformen — Demo von backorder-elements',
  'title.gallery': 'Zustandsgalerie — Demo von backorder-elements',
  'nav.label': 'Demoseiten',
  'nav.index': 'Produkt & Sortiment',
  'nav.checkout': 'Kasse',
  'nav.platforms': 'Plattformen',
  'nav.gallery': 'Galerie',
  'footer.mocked':
    'Demo von backorder-elements · der Bestandsdienst wird in Ihrem Browser simuliert (MSW)',
  'footer.platforms':
    'Demo von backorder-elements · Shopify, WooCommerce und Klaviyo werden in Ihrem Browser simuliert (MSW), mit Antworten im dokumentierten Format der jeweiligen Plattform',
  'footer.gallery': 'Demo von backorder-elements · Beispieldaten, keine echten Bestellungen',
  'control.scenario': 'Simulierter Bestandsdienst',
  'control.notifyScenario': 'Simulierter Benachrichtigungsdienst',
  'control.theme': 'Design',
  'control.language': 'Sprache',
  'control.platform': 'Plattform',
  'control.notifyTarget': 'Anmeldungen gehen an',
  'theme.default': 'Standard',
  'theme.dark': 'Dunkel',
  'theme.brand': 'Marke',
  'scenario.normal': 'Normal',
  'scenario.slow': 'Langsamer Dienst (2 s)',
  'scenario.server-error': 'Serverfehler (500)',
  'scenario.malformed': 'Fehlerhafte Antwort',
  'notify.normal': 'Anmeldungen angenommen (201)',
  'notify.already-subscribed': 'Bereits angemeldet (409)',
  'notify.down': 'Benachrichtigungsdienst ausgefallen (503)',
  'notify.invalid': 'Adresse abgelehnt (422)',

  'product.breadcrumbs': 'Herren · Oberteile · T-Shirts',
  'product.description':
    'Weicher Merino mit 150 g/m² aus einer Familienspinnerei in Biella. Atmungsaktiv an warmen Tagen, wärmend an kalten, und es nimmt keine Gerüche an.',
  'product.variant': 'Farbe / Größe',
  'product.quantity': 'Menge',
  'product.addToCart': 'In den Warenkorb',
  'product.added': '{count} × {name} hinzugefügt: {total} im Warenkorb.',
  'product.toCheckout': 'Zur Kasse',
  'product.consent': 'Wir verwenden Ihre Adresse nur für diese Benachrichtigung.',
  'product.privacy': 'Datenschutz',
  'log.lastNotify': 'Letztes Benachrichtigungsereignis:',
  'log.signups': 'Anmeldungen beim simulierten Dienst:',
  'log.lastStockChange': 'Letztes',
  'listing.title': 'Mehr entdecken',
  'listing.requestsOne': '{count} Bestandsanfrage für {skus} Artikel',
  'listing.requestsOther': '{count} Bestandsanfragen für {skus} Artikel',

  'checkout.title': 'Kasse',
  'checkout.bag': 'Warenkorb',
  'checkout.summary': 'Bestellübersicht',
  'checkout.subtotal': 'Zwischensumme',
  'checkout.shipping': 'Versand',
  'checkout.free': 'Kostenlos',
  'checkout.total': 'Gesamt',
  'checkout.placeOrder': 'Bestellen',
  'checkout.finePrint':
    'Dies ist eine Demo: Es wird nichts berechnet. Die Bestellung wird unten angezeigt.',
  'checkout.submitted': 'Was das Formular sendet',
  'checkout.pressPlaceOrder': 'Klicken Sie auf „Bestellen“.',
  'checkout.nothing': '(nichts)',
  'checkout.quantityOf': 'Menge von {name}',
  'checkout.oneFewer': 'Anzahl {name} verringern',
  'checkout.oneMore': 'Anzahl {name} erhöhen',

  'platforms.json': 'Unser JSON-Dienst',
  'platforms.notifyJson': 'Unser Dienst (/api/notify)',
  'platforms.notifyKlaviyo': 'Klaviyo (Back-in-Stock-API)',
  'platforms.noteJson': 'Artikelnummern sind Ihre eigenen',
  'platforms.noteShopify': 'Artikelnummern sind Varianten-IDs',
  'platforms.noteWoo': 'Artikelnummern sind Produkt-IDs',
  'platforms.noteNotifyJson': 'unser JSON-Format',
  'platforms.requests': 'Anfragen an die Plattform:',
  'platforms.microdata': 'Verfügbarkeit laut schema.org:',
  'platforms.signups': 'Eingegangene Anmeldungen: unser Dienst',
  'platforms.lastSignup': 'Letztes Anmeldeereignis:',

  'gallery.title': 'Zustandsgalerie',
  'gallery.intro1':
    'Jedes Element in jedem Zustand, nebeneinander, beantwortet von einem simulierten Dienst. Wechseln Sie Design und Sprache oben auf der Seite: Das dunkle und das Marken-Design bestehen nur aus ',
  'gallery.intro2': '-Custom-Properties und ',
  'gallery.intro3': '-Regeln.',
  'gallery.attributes': 'Attribute',
  'gallery.attributesNote':
    'Zur Laufzeit aus den deklarierten Eigenschaften jeder Elementklasse gelesen, daher ist die Liste immer aktuell.',
  'gallery.note.loading':
    'Der Dienst hat noch nicht geantwortet; die Höhe des längsten Textes bleibt frei.',
  'gallery.note.inStock': 'Menge 120',
  'gallery.note.lowStock': 'Menge 3, mit einem Hinweis des Händlers',
  'gallery.note.backorder': 'nichts vorrätig, erwartet in 9 Tagen',
  'gallery.note.preorder': 'noch nicht erschienen, Versand in 30 Tagen',
  'gallery.note.outOfStock': 'ausverkauft, wieder vorrätig in 45 Tagen',
  'gallery.note.discontinued': 'wird nicht mehr hergestellt',
  'gallery.note.unknown': 'der Dienst kennt die Artikelnummer nicht',
  'gallery.note.error': 'der Dienst antwortet mit 500',
  'gallery.state.cancelChosen': 'cancel gewählt',
  'gallery.state.nothingNow': 'nichts sofort lieferbar',
  'gallery.state.tooFar': 'abgelehnt: zu spät',
  'gallery.state.notBackorderable': 'abgelehnt: nicht nachbestellbar',
  'gallery.state.discontinued': 'abgelehnt: ausgelaufen',
  'gallery.note.split': '3 im Warenkorb, 1 vorrätig, der Rest in 5 Tagen',
  'gallery.note.cancelChosen':
    'die Kundin verzichtet auf die fehlenden Stücke: ein Link zur Benachrichtigung',
  'gallery.note.nothingNow': '2 im Warenkorb, nichts vorrätig: zusammen oder streichen',
  'gallery.note.tooFar': 'erwartet in 60 Tagen, mehr als max-backorder-days (21)',
  'gallery.note.notBackorderable': '3 im Warenkorb, 1 vorrätig, keine Nachbestellung',
  'gallery.note.discontinuedOption': '2 im Warenkorb, 1 übrig von einem ausgelaufenen Artikel',
  'gallery.note.errorOption': 'der Dienst antwortet mit 500; die Kasse bleibt nutzbar',
  'gallery.state.idle': 'bereit',
  'gallery.state.consent': 'Einwilligung',
  'gallery.state.fieldError': 'Fehler im Feld',
  'gallery.state.success': 'erfolgreich',
  'gallery.state.subscribed': 'bereits angemeldet',
  'gallery.state.queued': 'in der Warteschlange',
  'gallery.state.unavailable': 'nicht verfügbar',
  'gallery.state.returning': 'wiederkehrende Kundin',
  'gallery.note.idle': 'ein E-Mail-Feld und eine Schaltfläche',
  'gallery.note.consent': 'require-consent und marketing-consent',
  'gallery.note.fieldError': 'mit einer Adresse gesendet, die nicht funktionieren kann',
  'gallery.note.success': 'der Dienst antwortet mit 201',
  'gallery.note.subscribed': 'der Dienst antwortet mit 409',
  'gallery.note.queued': 'der Dienst antwortet mit 503: gespeichert und später erneut gesendet',
  'gallery.note.unavailable': 'kein notify-endpoint angegeben',
  'gallery.note.returning': 'bei einem früheren Besuch angemeldet',
  'gallery.class.provider': 'Enthält die Konfiguration für seinen Teilbaum.',
  'gallery.class.plus': 'Dazu jedes Konfigurationsattribut von <stock-provider>.',
  'gallery.attributeCount': '{count} Attribute',
  'gallery.column.attribute': 'Attribut',
  'gallery.column.property': 'Eigenschaft',
  'gallery.column.type': 'Typ',
  'gallery.reflected': 'gespiegelt',
  'gallery.theming': 'Live gestalten',
  'gallery.themingNote':
    'Ändern Sie die Custom Properties: Alle Beispiele unten folgen. Kopieren Sie das CSS in Ihren Shop.',
  'gallery.unchanged': '/* Ändern Sie oben einen Wert: Hier erscheint das CSS für Ihren Shop. */',
  'gallery.copy': 'CSS kopieren',
  'gallery.copied': 'In die Zwischenablage kopiert.',
  'gallery.copyByHand': 'Markiert: Kopieren Sie es mit der Tastatur.',
  'gallery.reset': 'Zurücksetzen',
  'gallery.summaryNote':
    'Der Lieferplan eines Formulars, aus seinen backorder-option-Zeilen (hier verborgen).',
  'gallery.note.anyDay': 'erwartetes Datum schon vorbei: in Kürze',
  'gallery.note.noDate': 'nachbestellbar, kein Datum bekannt',
  'gallery.state.longNote': 'eine lange Händlernotiz',
  'gallery.note.longNote': 'auf die reservierte Zeile gekürzt; „Mehr“ zeigt alles',
  'gallery.note.controlsBackorder': 'der Button des Shops folgt: „Nachbestellen“',
  'gallery.note.controlsPreorder': 'der Button des Shops folgt: „Vorbestellen“',
  'gallery.note.controlsOut': 'der Button des Shops folgt: deaktiviert',
  'gallery.state.overLimit': 'über dem Nachbestell-Limit',
  'gallery.note.overLimit':
    '6 im Warenkorb, 1 auf Lager, höchstens 2 weitere bis zur Wiederauffüllung',
  'gallery.note.required':
    'default-choice="none": Das Formular kann erst nach der Wahl gesendet werden',
  'gallery.note.disabled': 'nicht gesendet, nicht geprüft',
  'gallery.state.slotted': 'ein Benachrichtigungsformular im Slot',
  'gallery.note.slotted': 'Entfernen gewählt: <notify-me-form slot="notify"> erscheint',
  'gallery.state.anyDay': 'in Kürze',
  'gallery.note.anyDayOption': '2 im Warenkorb, keiner auf Lager, bereits fällig',
  'gallery.state.noDate': 'kein Datum',
  'gallery.note.noDateOption':
    '2 im Warenkorb, keiner auf Lager, kein Datum bekannt: Berechnung bei Versand',
  'gallery.state.summarySplit': 'eine Zeile in zwei geteilt',
  'gallery.note.summarySplit': 'Socken × 2 auf Lager, Shirt × 3 mit 1 auf Lager: zwei Lieferungen',
  'gallery.state.summaryCancel': 'entfernte Artikel',
  'gallery.note.summaryCancel': 'die fehlenden Shirts entfernt, eine Mütze ohne Datum',
  'gallery.state.summaryNothing': 'alles auf Lager',
  'gallery.note.summaryNothing': 'alles wird sofort versandt: nichts wird angezeigt',
  'gallery.line.socks': 'Wandersocken',
  'gallery.line.tee': 'Merino Crew Tee',
  'gallery.line.cap': 'Wollmütze',
  'gallery.note.askQuantity': 'auch ein Feld für die Menge',
  'gallery.state.sending': 'wird gesendet',
  'gallery.note.sending': 'der Dienst hat noch nicht geantwortet',
  'gallery.note.refused': 'der Dienst lehnt die Adresse ab, mit Begründung',
  'gallery.note.busy': 'der Dienst antwortet 429: zu viele Versuche',
};

/** Every language's dictionary. */
export const demoTexts: Record<DemoLocale, Texts> = { en, sv, de };

/**
 * The catalogue's generic words (the mock catalogue is English): product
 * types, colours and size notes. Brand names like "Merino Crew Tee" stay.
 */
const catalogueWords: Record<Exclude<DemoLocale, 'en'>, Record<string, string>> = {
  sv: {
    'Linen Shirt': 'Linneskjorta',
    'Wool Beanie': 'Ullmössa',
    'Canvas Tote': 'Tygkasse i canvas',
    'Trail Socks': 'Vandringsstrumpor',
    'Rain Shell': 'Regnjacka',
    'Denim Jacket': 'Jeansjacka',
    'Chino Shorts': 'Chinoshorts',
    'Knit Scarf': 'Stickad halsduk',
    'Leather Belt': 'Läderbälte',
    'Cotton Hoodie': 'Huvtröja i bomull',
    'Flannel Shirt': 'Flanellskjorta',
    'Sun Hat': 'Solhatt',
    'Wool Socks': 'Ullstrumpor',
    'Field Vest': 'Fältväst',
    Blue: 'Blå',
    Red: 'Röd',
    Green: 'Grön',
    Orange: 'Orange',
    Charcoal: 'Koksgrå',
    Moss: 'Mossgrön',
    '(2027 colour)': '(färg för 2027)',
    '(retired)': '(utgått)',
    'One size': 'En storlek',
  },
  de: {
    'Linen Shirt': 'Leinenhemd',
    'Wool Beanie': 'Wollmütze',
    'Canvas Tote': 'Canvas-Tasche',
    'Trail Socks': 'Wandersocken',
    'Rain Shell': 'Regenjacke',
    'Denim Jacket': 'Jeansjacke',
    'Chino Shorts': 'Chino-Shorts',
    'Knit Scarf': 'Strickschal',
    'Leather Belt': 'Ledergürtel',
    'Cotton Hoodie': 'Baumwoll-Hoodie',
    'Flannel Shirt': 'Flanellhemd',
    'Sun Hat': 'Sonnenhut',
    'Wool Socks': 'Wollsocken',
    'Field Vest': 'Outdoorweste',
    Blue: 'Blau',
    Red: 'Rot',
    Green: 'Grün',
    Orange: 'Orange',
    Charcoal: 'Anthrazit',
    Moss: 'Moosgrün',
    '(2027 colour)': '(Farbe 2027)',
    '(retired)': '(ausgelaufen)',
    'One size': 'Einheitsgröße',
  },
};

let locale: DemoLocale = 'en';

/** Is `value` a language the demo offers? */
export function isDemoLocale(value: string | null | undefined): value is DemoLocale {
  return typeof value === 'string' && Object.hasOwn(demoTexts, value);
}

/** The language the demo's texts are in. */
export function textLocale(): DemoLocale {
  return locale;
}

/** A text in the current language, with `{name}` placeholders filled from `values`. */
export function t(key: TextKey, values: Record<string, string | number> = {}): string {
  const text = demoTexts[locale][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** Is `key` in the dictionary? (For keys built at run time, like scenario names.) */
export function isTextKey(key: string): key is TextKey {
  return Object.hasOwn(en, key);
}

/**
 * A catalogue name or variant label in the current language: "Blue / S" →
 * "Blå / S", "Linen Shirt 2" → "Linneskjorta 2". Words it does not know stay.
 */
export function catalogueText(text: string): string {
  if (locale === 'en') return text;
  const words = catalogueWords[locale];
  if (Object.hasOwn(words, text)) return words[text]!;
  const numbered = /^(.+) (\d+)$/.exec(text);
  if (numbered && Object.hasOwn(words, numbered[1]!))
    return `${words[numbered[1]!]} ${numbered[2]}`;
  return text
    .split(' / ')
    .map((part) =>
      part
        .split(/(\s*\([^)]*\))/)
        .map((piece) =>
          Object.hasOwn(words, piece.trim())
            ? piece.replace(piece.trim(), words[piece.trim()]!)
            : piece,
        )
        .join(''),
    )
    .join(' / ');
}

/** Euros in the current language's format: "€59.00", "59,00 €". */
export function formatMoney(amount: number): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(amount);
}

/** The parts of a euro amount, for markup that keeps the currency apart (microdata). */
export function moneyParts(amount: number): Intl.NumberFormatPart[] {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).formatToParts(
    amount,
  );
}

/**
 * Switches the demo's texts to `next`: sets `<html lang>` and fills every
 * `[data-text]` (textContent) and `[data-text-label]` (aria-label) under `root`.
 */
export function setTextLocale(next: DemoLocale, root: ParentNode = document): void {
  locale = next;
  document.documentElement.lang = next;
  applyTexts(root);
}

/** Fills every `[data-text]` and `[data-text-label]` under `root` in the current language. */
export function applyTexts(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = element.dataset.text!;
    if (isTextKey(key)) element.textContent = t(key);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-text-label]')) {
    const key = element.dataset.textLabel!;
    if (isTextKey(key)) element.setAttribute('aria-label', t(key));
  }
}

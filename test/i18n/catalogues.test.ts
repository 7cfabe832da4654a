import { expect } from '@open-wc/testing';
import { configure, resetConfiguration, resolveConfig } from '../../src/config/config.js';
import { formatMessage, translator } from '../../src/i18n/format.js';
import { de } from '../../src/i18n/catalogues/de.js';
import { en } from '../../src/i18n/catalogues/en.js';
import { sv } from '../../src/i18n/catalogues/sv.js';
import { catalogueFor, loadCatalogue, type Messages } from '../../src/i18n/messages.js';
import { mergeMessageOverrides, parseMessagesAttribute } from '../../src/i18n/overrides.js';

const ids = Object.keys(en) as (keyof Messages)[];

/** Texts that read the same in the language by nature; every other text must differ from English. */
const SAME_AS_ENGLISH: Record<string, (keyof Messages)[]> = {
  // "{date} ({relative})": punctuation only.
  sv: ['expectedDateRelative'],
  de: ['expectedDateRelative'],
};

/** Every form of a text, as one list. */
const forms = (text: Messages[keyof Messages]) =>
  typeof text === 'string' ? [text] : Object.values(text);

// First in the file: nothing has loaded a language yet.
describe('loading catalogues', () => {
  it('has English at once and loads Swedish and German on first use', async () => {
    expect(loadCatalogue('en-GB')).to.equal(undefined);
    // English is the elements' own texts; no catalogue to load.
    expect(catalogueFor('en')).to.equal(undefined);
    expect(catalogueFor('sv'), 'Swedish before it loaded').to.equal(undefined);
    await Promise.all([loadCatalogue('sv-SE'), loadCatalogue('de')]);
    expect(loadCatalogue('sv')).to.equal(undefined);
    expect([catalogueFor('sv'), catalogueFor('de')]).to.deep.equal([sv, de]);
  });
});

describe('message catalogues', () => {
  before(() => Promise.all([loadCatalogue('sv'), loadCatalogue('de')]));

  for (const [name, catalogue] of Object.entries({ sv, de })) {
    describe(name, () => {
      it('has every message id, each with an `other` form when plural', () => {
        expect(Object.keys(catalogue).sort()).to.deep.equal([...ids].sort());
        for (const id of ids) {
          const text = catalogue[id];
          if (typeof text !== 'string') expect(text.other, id).to.be.a('string').and.not.empty;
        }
      });

      it('translates every text (except the allow-listed ones)', () => {
        const same = ids.filter((id) => JSON.stringify(catalogue[id]) === JSON.stringify(en[id]));
        expect(same).to.deep.equal(SAME_AS_ENGLISH[name]);
      });

      it('keeps every placeholder of the English text', () => {
        const placeholders = (text: Messages[keyof Messages]) =>
          [...new Set(forms(text).flatMap((form) => form.match(/\{\w+\}/g) ?? []))].sort();
        for (const id of ids) {
          const english = placeholders(en[id]).filter((name) => name !== '{count}');
          const translated = placeholders(catalogue[id]);
          for (const placeholder of english)
            expect(translated, `${name}.${id}`).to.include(placeholder);
        }
      });
    });
  }

  describe('catalogueFor', () => {
    const cases: [string, Messages | undefined][] = [
      ['sv', sv],
      ['sv-SE', sv],
      ['sv-FI', sv],
      ['de', de],
      ['de-DE', de],
      ['de-AT', de],
      ['de-CH', de],
      ['en-GB', undefined],
      ['fr-FR', undefined],
      ['nb', undefined],
    ];
    for (const [locale, expected] of cases) {
      it(`picks the ${expected === undefined ? 'English' : expected === sv ? 'Swedish' : 'German'} catalogue for ${locale}`, () => {
        expect(catalogueFor(locale)).to.equal(expected);
      });
    }
  });

  it('never takes a catalogue from the object prototype', () => {
    for (const tag of ['toString', 'tostring', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(catalogueFor(tag), tag).to.equal(undefined);
    }
    expect(
      translator('en', JSON.parse('{"__proto__":{"statusInStock":"x"}}'), en)('statusInStock'),
    ).to.equal('In stock');
  });

  describe('plural forms', () => {
    it('uses the singular and plural forms in Swedish', () => {
      const t = translator('sv', {}, en);
      expect(t('backorderCancel', { count: 1 })).to.equal('Ta bort den 1 som inte finns i lager');
      expect(t('backorderCancel', { count: 3 })).to.equal('Ta bort de 3 som inte finns i lager');
      expect(t('backorderLegendNone', { count: 1 })).to.equal('Varan finns inte i lager än');
      expect(t('backorderLegendNone', { count: 3 })).to.equal('Ingen av dina 3 finns i lager än');
      expect(t('statusLowStock', { count: 1 })).to.equal('Endast 1 kvar');
      expect(t('statusLowStock', { count: 3 })).to.equal('Endast 3 kvar');
    });

    it('uses the singular and plural forms in German', () => {
      const t = translator('de-DE', {}, en);
      expect(t('backorderLegend', { count: 1, quantity: 3 })).to.equal(
        '1 von 3 Artikeln ist noch nicht auf Lager',
      );
      expect(t('backorderLegend', { count: 3, quantity: 4 })).to.equal(
        '3 von 4 Artikeln sind noch nicht auf Lager',
      );
      expect(t('backorderRefusedOverLimit', { count: 1 })).to.equal(
        'Bis zur Wiederauffüllung kann nur noch 1 Exemplar bestellt werden.',
      );
      expect(t('backorderRefusedOverLimit', { count: 3 })).to.equal(
        'Bis zur Wiederauffüllung können nur noch 3 Exemplare bestellt werden.',
      );
      expect(t('statusLowStock', { count: 3 })).to.equal('Nur noch 3 verfügbar');
    });

    it('names two units with an exact form ("both"), not "all 2", in every language', () => {
      const cases: [string, string, string, string, string][] = [
        [
          'en',
          'Ship both together soon',
          'Ship all 3 together soon',
          'Remove both from my order',
          'You’ll be charged for both now.',
        ],
        [
          'sv-SE',
          'Skicka båda tillsammans soon',
          'Skicka alla 3 tillsammans soon',
          'Ta bort båda från min beställning',
          'Du debiteras för båda nu.',
        ],
        [
          'de-DE',
          'Beide zusammen liefern, soon',
          'Alle 3 zusammen liefern, soon',
          'Beide aus meiner Bestellung entfernen',
          'Beide Artikel werden jetzt berechnet.',
        ],
      ];
      for (const [locale, two, three, removeTwo, chargeTwo] of cases) {
        const t = translator(locale, {}, en);
        expect(t('backorderTogether', { count: 2, when: 'soon' }), locale).to.equal(two);
        expect(t('backorderTogether', { count: 3, when: 'soon' }), locale).to.equal(three);
        expect(t('backorderCancelAll', { count: 2 }), locale).to.equal(removeTwo);
        expect(t('backorderChargeNow', { count: 2 }), locale).to.equal(chargeTwo);
      }
    });

    it('takes exact-number forms in overrides, and they win over the plural category', () => {
      const t = translator(
        'en',
        {
          statusLowStock: {
            '=1': 'Last one!',
            one: 'Only {count} left',
            other: 'Only {count} left',
          },
          statusOutOfStock: { '=x': 'dropped', other: 'Gone' },
        } as never,
        en,
      );
      expect(t('statusLowStock', { count: 1 })).to.equal('Last one!');
      expect(t('statusLowStock', { count: 2 })).to.equal('Only 2 left');
      expect(t('statusOutOfStock')).to.equal('Gone');
      expect(formatMessage({ '=0': 'none', other: '{count}' }, 'de', { count: 0 })).to.equal(
        'none',
      );
    });

    it('formats numbers for the locale', () => {
      expect(formatMessage('{count}', 'de', { count: 1500 })).to.equal('1.500');
      expect(formatMessage('{count}', 'sv', { count: 1500 })).to.match(/^1\s500$/);
    });
  });

  describe('overrides', () => {
    afterEach(() => resetConfiguration());

    it('replaces one text in every locale with a flat override, the rest stays translated', () => {
      const t = translator('sv', { statusInStock: 'Finns' }, en);
      expect(t('statusInStock')).to.equal('Finns');
      expect(t('statusOutOfStock')).to.equal(sv.statusOutOfStock);
    });

    it('takes per-locale overrides: language, then exact tag, over the flat ones of the same level', () => {
      const overrides = mergeMessageOverrides({
        statusInStock: 'Available',
        sv: { statusInStock: 'Finns' },
        'sv-FI': { statusInStock: 'Finns i lagret' },
        de: { statusInStock: 'Vorrätig' },
      });
      expect(translator('en', overrides, en)('statusInStock')).to.equal('Available');
      expect(translator('sv-SE', overrides, en)('statusInStock')).to.equal('Finns');
      expect(translator('sv-FI', overrides, en)('statusInStock')).to.equal('Finns i lagret');
      expect(translator('de-AT', overrides, en)('statusInStock')).to.equal('Vorrätig');
    });

    it('lets a closer level win text by text, flat or per locale', () => {
      configure({ messages: { sv: { statusInStock: 'Finns', statusOutOfStock: 'Slut' } } });
      configure({ messages: { de: { statusInStock: 'Vorrätig' } } });
      const resolved = resolveConfig({ messages: { statusInStock: 'Här' } });
      const t = translator('sv', resolved.messages, en);
      expect(t('statusInStock')).to.equal('Här');
      expect(t('statusOutOfStock')).to.equal('Slut');
      expect(translator('de', resolved.messages, en)('statusInStock')).to.equal('Här');
    });

    it('makes a mistyped message id a type error (npm run typecheck); at run time it changes nothing', () => {
      // @ts-expect-error: no text is called statusInStok
      configure({ messages: { statusInStok: 'Available' } });
      // @ts-expect-error: nor among a language's texts
      configure({ messages: { sv: { statusInStok: 'Finns' }, 'sv-FI': { statusInStock: 'Ja' } } });
      const { messages } = resolveConfig();
      expect(translator('en', messages, en)('statusInStock')).to.equal('In stock');
      expect(translator('sv-SE', messages, en)('statusInStock')).to.equal(sv.statusInStock);
      expect(translator('sv-FI', messages, en)('statusInStock')).to.equal('Ja');
    });

    it('drops what is not a text instead of breaking', () => {
      const t = translator(
        'en',
        {
          statusInStock: 42,
          statusOutOfStock: { one: 'x' },
          notAnId: 'x',
          sv: 'not an object',
        } as never,
        en,
      );
      expect(t('statusInStock')).to.equal('In stock');
      expect(t('statusOutOfStock')).to.equal('Out of stock');
    });

    it('reads the messages attribute as JSON and ignores anything else with one warning', () => {
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        expect(parseMessagesAttribute('{"statusInStock":"Available"}')).to.deep.equal({
          statusInStock: 'Available',
        });
        expect(parseMessagesAttribute(null)).to.equal(undefined);
        expect(parseMessagesAttribute('{nope')).to.equal(undefined);
        expect(warnings).to.have.length(1);
        expect(parseMessagesAttribute('["statusInStock"]')).to.equal(undefined);
        expect(warnings).to.have.length(2);
      } finally {
        console.warn = warn;
      }
    });
  });
});

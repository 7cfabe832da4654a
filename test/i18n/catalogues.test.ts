import { expect } from '@open-wc/testing';
import { configure, resetConfiguration, resolveConfig } from '../../src/config/config.js';
import { formatMessage, translator } from '../../src/i18n/format.js';
import { catalogueFor, catalogues, de, en, sv, type Messages } from '../../src/i18n/messages.js';
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

describe('message catalogues', () => {
  it('registers English, Swedish and German', () => {
    expect(catalogues).to.include({ en, sv, de });
  });

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
    const cases: [string, Messages][] = [
      ['sv', sv],
      ['sv-SE', sv],
      ['sv-FI', sv],
      ['de', de],
      ['de-DE', de],
      ['de-AT', de],
      ['de-CH', de],
      ['en-GB', en],
      ['fr-FR', en],
      ['nb', en],
    ];
    for (const [locale, expected] of cases) {
      it(`picks the ${expected === en ? 'English' : expected === sv ? 'Swedish' : 'German'} catalogue for ${locale}`, () => {
        expect(catalogueFor(locale)).to.equal(expected);
      });
    }
  });

  it('never takes a catalogue from the object prototype', () => {
    for (const tag of ['toString', 'tostring', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(catalogueFor(tag), tag).to.equal(en);
    }
    expect(
      translator('en', JSON.parse('{"__proto__":{"statusInStock":"x"}}'))('statusInStock'),
    ).to.equal('In stock');
  });

  describe('plural forms', () => {
    it('uses the singular and plural forms in Swedish', () => {
      const t = translator('sv');
      expect(t('backorderCancel', { count: 1 })).to.equal('Ta bort den 1 som inte finns i lager');
      expect(t('backorderCancel', { count: 3 })).to.equal('Ta bort de 3 som inte finns i lager');
      expect(t('backorderLegendNone', { count: 1 })).to.equal('Varan finns inte i lager än');
      expect(t('backorderLegendNone', { count: 3 })).to.equal('Ingen av dina 3 finns i lager än');
      expect(t('statusLowStock', { count: 1 })).to.equal('Endast 1 kvar');
      expect(t('statusLowStock', { count: 3 })).to.equal('Endast 3 kvar');
    });

    it('uses the singular and plural forms in German', () => {
      const t = translator('de-DE');
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

    it('formats numbers for the locale', () => {
      expect(formatMessage('{count}', 'de', { count: 1500 })).to.equal('1.500');
      expect(formatMessage('{count}', 'sv', { count: 1500 })).to.match(/^1\s500$/);
    });
  });

  describe('overrides', () => {
    afterEach(() => resetConfiguration());

    it('replaces one text in every locale with a flat override, the rest stays translated', () => {
      const t = translator('sv', { statusInStock: 'Finns' });
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
      expect(translator('en', overrides)('statusInStock')).to.equal('Available');
      expect(translator('sv-SE', overrides)('statusInStock')).to.equal('Finns');
      expect(translator('sv-FI', overrides)('statusInStock')).to.equal('Finns i lagret');
      expect(translator('de-AT', overrides)('statusInStock')).to.equal('Vorrätig');
    });

    it('lets a closer level win text by text, flat or per locale', () => {
      configure({ messages: { sv: { statusInStock: 'Finns', statusOutOfStock: 'Slut' } } });
      configure({ messages: { de: { statusInStock: 'Vorrätig' } } });
      const resolved = resolveConfig({ messages: { statusInStock: 'Här' } });
      const t = translator('sv', resolved.messages);
      expect(t('statusInStock')).to.equal('Här');
      expect(t('statusOutOfStock')).to.equal('Slut');
      expect(translator('de', resolved.messages)('statusInStock')).to.equal('Här');
    });

    it('drops what is not a text instead of breaking', () => {
      const t = translator('en', {
        statusInStock: 42,
        statusOutOfStock: { one: 'x' },
        notAnId: 'x',
        sv: 'not an object',
      } as never);
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

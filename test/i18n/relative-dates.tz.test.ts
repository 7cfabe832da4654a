import { expect } from '@open-wc/testing';
import { addDays as addDaysOrNone, today } from '../../src/data/calendar-date.js';
import type { AvailabilityEntry } from '../../src/data/types.js';
import { describeBackorder } from '../../src/elements/backorder-option/describe-backorder.js';
import { describeStock } from '../../src/elements/stock-status/describe-stock.js';
import { decideBackorder } from '../../src/data/backorder-policy.js';
import {
  formatCalendarDate,
  formatExpectedDate,
  formatRelativeDays,
  translator,
} from '../../src/i18n/format.js';
import { en } from '../../src/i18n/catalogues/en.js';
import { loadCatalogue } from '../../src/i18n/messages.js';

/** Every date here is near today, so always a calendar date. */
const addDays = (date: string, days: number) => addDaysOrNone(date, days)!;

// Runs in UTC, UTC-10 and UTC+14 (see the groups in web-test-runner.config.js).
describe(`relative dates (UTC offset ${-new Date().getTimezoneOffset() / 60} h)`, () => {
  const day = '2026-11-30';
  before(() => Promise.all([loadCatalogue('sv'), loadCatalogue('de')]));

  describe('formatRelativeDays', () => {
    const cases: [number, string, string][] = [
      [1, 'en', 'tomorrow'],
      [1, 'sv', 'i morgon'],
      [1, 'de', 'morgen'],
      [5, 'en', 'in 5 days'],
      [5, 'sv', 'om 5 dagar'],
      [5, 'de', 'in 5 Tagen'],
      [13, 'en', 'in 13 days'],
      [14, 'en', 'in 2 weeks'],
      [14, 'sv', 'om 2 veckor'],
      [14, 'de', 'in 2 Wochen'],
      [18, 'en', 'in 3 weeks'],
      [45, 'en', 'in 6 weeks'],
    ];
    for (const [days, locale, expected] of cases) {
      it(`says "${expected}" for ${days} days in ${locale}`, () => {
        expect(formatRelativeDays(days, locale)).to.equal(expected);
      });
    }
  });

  describe('formatExpectedDate', () => {
    it('shows the calendar date with the relative phrase 1 to 45 days away', () => {
      expect(formatExpectedDate('2026-12-14', 'en-US', translator('en-US', {}, en), day)).to.equal(
        'Dec 14 (in 2 weeks)',
      );
      expect(formatExpectedDate('2026-12-14', 'sv-SE', translator('sv-SE', {}, en), day)).to.equal(
        '14 dec. (om 2 veckor)',
      );
      expect(formatExpectedDate('2026-12-14', 'de-DE', translator('de-DE', {}, en), day)).to.equal(
        '14. Dez. (in 2 Wochen)',
      );
      expect(formatExpectedDate('2026-12-01', 'en-US', translator('en-US', {}, en), day)).to.equal(
        'Dec 1 (tomorrow)',
      );
      expect(
        formatExpectedDate(addDays(day, 45), 'en-US', translator('en-US', {}, en), day),
      ).to.equal('Jan 14 (in 6 weeks)');
    });

    it('shows the calendar date alone beyond 45 days, and for today or the past', () => {
      expect(
        formatExpectedDate(addDays(day, 46), 'en-US', translator('en-US', {}, en), day),
      ).to.equal('Jan 15');
      expect(formatExpectedDate(day, 'de-DE', translator('de-DE', {}, en), day)).to.equal(
        '30. Nov.',
      );
      expect(formatExpectedDate('2026-11-20', 'sv-SE', translator('sv-SE', {}, en), day)).to.equal(
        '20 nov.',
      );
    });

    it('lets a shop drop the relative phrase by overriding expectedDateRelative', () => {
      const t = translator('en-US', { expectedDateRelative: '{date}' }, en);
      expect(formatExpectedDate('2026-12-14', 'en-US', t, day)).to.equal('Dec 14');
    });
  });

  describe('in the elements’ texts, counted from the shopper’s calendar day', () => {
    const now = today();
    const inTwoWeeks = addDays(now, 14);
    const found = (restockDate: string): AvailabilityEntry => ({
      kind: 'found',
      availability: { sku: 'A', status: 'backorder', quantity: 0, restockDate },
    });
    const stockText = (locale: string, restockDate: string) =>
      describeStock(found(restockDate), {
        lowStockThreshold: 5,
        wanted: 1,
        locale,
        t: translator(locale, {}, en),
        today: now,
      }).text;

    it('<stock-status>: same calendar day, with "in 2 weeks", in every locale', () => {
      expect(stockText('en-US', inTwoWeeks)).to.equal(
        `On backorder — expected ${formatCalendarDate(inTwoWeeks, 'en-US', now)} (in 2 weeks)`,
      );
      expect(stockText('sv-SE', inTwoWeeks)).to.equal(
        `Restnoterad – väntas ${formatCalendarDate(inTwoWeeks, 'sv-SE', now)} (om 2 veckor)`,
      );
      expect(stockText('de-DE', inTwoWeeks)).to.equal(
        `Nachbestellt – erwartet am ${formatCalendarDate(inTwoWeeks, 'de-DE', now)} (in 2 Wochen)`,
      );
      // The date itself, digit by digit: the day of the month never moves.
      expect(stockText('de-DE', inTwoWeeks)).to.include(`am ${Number(inTwoWeeks.slice(8))}.`);
    });

    it('<stock-status>: today reads "any day now", far off the date alone', () => {
      expect(stockText('sv-SE', now)).to.equal('Restnoterad – väntas inom kort');
      const far = addDays(now, 60);
      expect(stockText('de-DE', far)).to.equal(
        `Nachbestellt – erwartet am ${formatCalendarDate(far, 'de-DE', now)}`,
      );
    });

    it('<backorder-option>: options and refusals follow the same rule, expectedDate stays the calendar date', () => {
      const decision = decideBackorder({
        availability: { sku: 'A', quantity: 1, backorderable: true, restockDate: addDays(now, 5) },
        quantity: 3,
        lowStockThreshold: 5,
        maxBackorderDays: 21,
        chargeNowDays: 7,
        today: now,
      });
      expect(decision.expectedDate).to.equal(addDays(now, 5));
      const texts = describeBackorder(decision, translator('sv-SE', {}, en), 'sv-SE', now);
      expect(texts.options.split).to.equal(
        `Skicka 1 nu, 2 kring ${formatCalendarDate(addDays(now, 5), 'sv-SE', now)} (om 5 dagar)`,
      );
      const far = decideBackorder({
        availability: { sku: 'A', quantity: 1, backorderable: true, restockDate: addDays(now, 28) },
        quantity: 3,
        lowStockThreshold: 5,
        maxBackorderDays: 21,
        chargeNowDays: 7,
        today: now,
      });
      expect(describeBackorder(far, translator('de-DE', {}, en), 'de-DE', now).reason).to.equal(
        `Der Artikel wird erst etwa am ${formatCalendarDate(addDays(now, 28), 'de-DE', now)} (in 4 Wochen) zurückerwartet – zu lange, um Ihre Bestellung zurückzuhalten.`,
      );
    });
  });
});

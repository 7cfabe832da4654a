import { expect } from '@open-wc/testing';
import { parseCalendarDate } from '../../src/data/calendar-date.js';
import { formatCalendarDate } from '../../src/i18n/format.js';

// Runs in UTC, UTC-10 and UTC+14 (see the groups in web-test-runner.config.js).
describe(`calendar dates (UTC offset ${-new Date().getTimezoneOffset() / 60} h)`, () => {
  const now = new Date(2026, 10, 26, 12);

  it('shows a date-only restockDate as that same day', () => {
    expect(formatCalendarDate(parseCalendarDate('2026-12-14')!, 'en-US', now)).to.equal('Dec 14');
    expect(formatCalendarDate(parseCalendarDate('2027-01-01')!, 'en-US', now)).to.equal('Jan 1');
  });

  it('formats in the locale without moving the day', () => {
    expect(formatCalendarDate('2026-12-14', 'de-DE', now)).to.equal('14. Dez.');
    expect(formatCalendarDate('2026-12-14', 'sv-SE', now)).to.equal('14 dec.');
  });

  it('adds the year when the date is far off', () => {
    expect(formatCalendarDate('2028-03-01', 'en-US', now)).to.equal('Mar 1, 2028');
  });

  it('reads a date-time as the shopper\u2019s local day', () => {
    const instant = '2026-12-14T00:30:00Z';
    const expected = new Date(instant).getDate();
    expect(Number(parseCalendarDate(instant)!.slice(8))).to.equal(expected);
  });

  it('drops a date-time that falls after 9999-12-31 for this shopper', () => {
    expect(parseCalendarDate('9999-12-31T23:59:59-12:00')).to.equal(undefined);
    expect(parseCalendarDate('9999-12-30T12:00:00Z')).to.match(/^9999-12-3[01]$/);
  });

  it('formats a date it cannot show as the text it got, without throwing', () => {
    expect(formatCalendarDate('NaN-NaN-NaN', 'en-US', now)).to.equal('NaN-NaN-NaN');
  });
});

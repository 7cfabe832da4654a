import { expect } from '@open-wc/testing';
import { addDays, daysBetween, parseCalendarDate } from '../../src/data/calendar-date.js';
import { daysUntil, expectedDateOf, stateOf, statusOf } from '../../src/data/stock-state.js';

describe('stock state', () => {
  describe('derived from quantity when the endpoint names no status', () => {
    const cases: [string, object, string][] = [
      ['above the threshold', { quantity: 6 }, 'in-stock'],
      ['at the threshold', { quantity: 5 }, 'low-stock'],
      ['one left', { quantity: 1 }, 'low-stock'],
      ['none, backorderable', { quantity: 0, backorderable: true }, 'backorder'],
      ['none, not backorderable', { quantity: 0 }, 'out-of-stock'],
      ['no quantity at all', {}, 'out-of-stock'],
      ['no quantity, backorderable', { backorderable: true }, 'backorder'],
    ];
    for (const [what, fields, expected] of cases) {
      it(`is ${expected} with ${what} (threshold 5)`, () => {
        expect(statusOf({ sku: 'A', ...fields }, 5)).to.equal(expected);
      });
    }
    it('follows the configured threshold', () => {
      expect(statusOf({ sku: 'A', quantity: 8 }, 10)).to.equal('low-stock');
    });
  });

  it('uses the status the endpoint named over the quantity', () => {
    expect(statusOf({ sku: 'A', status: 'discontinued', quantity: 50 }, 5)).to.equal(
      'discontinued',
    );
  });

  it('maps client entries to element states', () => {
    expect(stateOf({ kind: 'loading' }, 5)).to.equal('loading');
    expect(stateOf({ kind: 'unknown' }, 5)).to.equal('unknown');
    expect(
      stateOf({ kind: 'error', error: { kind: 'timeout', message: '', willRetry: true } }, 5),
    ).to.equal('error');
    expect(stateOf({ kind: 'found', availability: { sku: 'A', quantity: 2 } }, 5)).to.equal(
      'low-stock',
    );
  });

  describe('expected dates', () => {
    it('prefers restockDate', () => {
      expect(
        expectedDateOf({ sku: 'A', restockDate: '2026-12-14', leadTimeDays: 3 }, '2026-11-26'),
      ).to.equal('2026-12-14');
    });
    it('counts leadTimeDays from today when there is no date', () => {
      expect(expectedDateOf({ sku: 'A', leadTimeDays: 10 }, '2026-11-26')).to.equal('2026-12-06');
    });
    it('is undefined for a lead time no calendar holds, and never throws', () => {
      expect(expectedDateOf({ sku: 'A', leadTimeDays: 1e9 }, '2026-11-26')).to.equal(undefined);
      expect(expectedDateOf({ sku: 'A', leadTimeDays: 3e6 }, '2026-11-26')).to.equal(undefined);
      expect(expectedDateOf({ sku: 'A', leadTimeDays: Infinity }, '2026-11-26')).to.equal(
        undefined,
      );
    });
    it('is undefined with neither', () => {
      expect(expectedDateOf({ sku: 'A' }, '2026-11-26')).to.equal(undefined);
    });
    it('treats a date in the past as "any day now" (0 days)', () => {
      expect(daysUntil('2026-11-01', '2026-11-26')).to.equal(0);
      expect(daysUntil('2026-11-27', '2026-11-26')).to.equal(1);
    });
  });

  describe('calendar dates', () => {
    it('adds days across months, years and DST changes', () => {
      expect(addDays('2026-12-30', 3)).to.equal('2027-01-02');
      expect(addDays('2026-03-28', 2)).to.equal('2026-03-30');
      expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    });
    it('gives no date past 9999-12-31, and never throws', () => {
      expect(addDays('9999-12-31', 0)).to.equal('9999-12-31');
      expect(addDays('9999-12-31', 1)).to.equal(undefined);
      expect(addDays('2026-11-26', 1e9)).to.equal(undefined);
      expect(addDays('2026-11-26', NaN)).to.equal(undefined);
      expect(addDays('not a date', 1)).to.equal(undefined);
    });
    it('counts whole days between dates', () => {
      expect(daysBetween('2026-11-26', '2026-12-14')).to.equal(18);
      expect(daysBetween('2026-12-14', '2026-11-26')).to.equal(-18);
    });
    it('rejects dates that do not exist', () => {
      expect(parseCalendarDate('2026-13-01')).to.equal(undefined);
      expect(parseCalendarDate('2027-02-29')).to.equal(undefined);
      expect(parseCalendarDate('next week')).to.equal(undefined);
      expect(parseCalendarDate('2026-12-14T25:00:00Z')).to.equal(undefined);
    });
  });
});

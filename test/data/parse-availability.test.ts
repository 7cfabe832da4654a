import { expect } from '@open-wc/testing';
import {
  AnswerShapeError,
  normaliseStatus,
  parseAnswer,
  parseItem,
} from '../../src/data/parse-availability.js';

describe('parsing availability answers', () => {
  describe('status names', () => {
    const forms: [string, string][] = [
      ['in-stock', 'in-stock'],
      ['in_stock', 'in-stock'],
      ['InStock', 'in-stock'],
      ['https://schema.org/InStock', 'in-stock'],
      ['http://schema.org/LimitedAvailability', 'low-stock'],
      ['low_stock', 'low-stock'],
      ['LOW-STOCK', 'low-stock'],
      ['backorder', 'backorder'],
      ['BackOrder', 'backorder'],
      ['back_order', 'backorder'],
      ['PreOrder', 'preorder'],
      ['pre_order', 'preorder'],
      ['out-of-stock', 'out-of-stock'],
      ['out_of_stock', 'out-of-stock'],
      ['OutOfStock', 'out-of-stock'],
      ['SoldOut', 'out-of-stock'],
      ['Discontinued', 'discontinued'],
    ];
    for (const [given, expected] of forms) {
      it(`reads "${given}" as ${expected}`, () => {
        expect(normaliseStatus(given)).to.equal(expected);
      });
    }
    it('does not know "available-soon" or "__proto__"', () => {
      expect(normaliseStatus('available-soon')).to.equal(undefined);
      expect(normaliseStatus('__proto__')).to.equal(undefined);
      expect(normaliseStatus('constructor')).to.equal(undefined);
    });
  });

  describe('answer shapes', () => {
    it('accepts {items: [...]}', () => {
      expect(parseAnswer({ items: [{ sku: 'A' }] }).items).to.deep.equal([{ sku: 'A' }]);
    });
    it('accepts a bare array', () => {
      expect(parseAnswer([{ sku: 'A', quantity: 2 }]).items).to.deep.equal([
        { sku: 'A', quantity: 2 },
      ]);
    });
    it('accepts one item only where per-SKU URLs allow it', () => {
      expect(parseAnswer({ sku: 'A' }, true).items).to.deep.equal([{ sku: 'A' }]);
      expect(() => parseAnswer({ sku: 'A' })).to.throw(AnswerShapeError);
    });
    for (const wrong of [null, 'text', 42, { data: [] }, { items: 'A' }]) {
      it(`rejects ${JSON.stringify(wrong)} as the wrong shape`, () => {
        expect(() => parseAnswer(wrong)).to.throw(AnswerShapeError);
      });
    }
    it('ignores unknown fields', () => {
      expect(parseItem({ sku: 'A', colour: 'red', quantity: 1 })).to.deep.equal({
        sku: 'A',
        quantity: 1,
      });
    });
    it('treats null as absent', () => {
      expect(parseItem({ sku: 'A', status: null, restockDate: null, message: null })).to.deep.equal(
        { sku: 'A' },
      );
    });
    it('cuts a long message at a word boundary, with an ellipsis', () => {
      const item = parseItem({ sku: 'A', message: 'lorem ipsum '.repeat(100) });
      const message = typeof item === 'string' ? '' : item.message!;
      expect(message.length).to.be.at.most(240);
      expect(message.length).to.be.greaterThan(200);
      expect(message).to.match(/(lorem|ipsum)…$/);
    });
    it('cuts one long word where it must, never inside a surrogate pair', () => {
      const item = parseItem({ sku: 'A', message: '👕'.repeat(500) });
      const message = typeof item === 'string' ? '' : item.message!;
      expect(message.length).to.be.at.most(240);
      expect(message.endsWith('👕…'), message.slice(-4)).to.equal(true);
    });
    it('keeps a message of 240 characters whole', () => {
      const message = 'x'.repeat(240);
      expect(parseItem({ sku: 'A', message })).to.deep.equal({ sku: 'A', message });
    });
    it('keeps markup in a message as the plain text it is', () => {
      const item = parseItem({ sku: 'A', message: '<img src=x onerror=alert(1)>' });
      expect(item).to.deep.equal({ sku: 'A', message: '<img src=x onerror=alert(1)>' });
    });
  });

  describe('items that break the types', () => {
    const broken: [string, unknown, string][] = [
      ['no sku', { quantity: 1 }, 'sku'],
      ['an empty sku', { sku: '' }, 'sku'],
      ['a numeric sku', { sku: 12 }, 'sku'],
      ['a negative quantity', { sku: 'A', quantity: -1 }, 'quantity'],
      ['a quantity as a string', { sku: 'A', quantity: '3' }, 'quantity'],
      ['an infinite quantity', { sku: 'A', quantity: Infinity }, 'quantity'],
      ['an unknown status', { sku: 'A', status: 'maybe' }, 'status'],
      ['backorderable as a string', { sku: 'A', backorderable: 'yes' }, 'backorderable'],
      ['an impossible date', { sku: 'A', restockDate: '2026-02-30' }, 'restockDate'],
      ['a date that is not ISO', { sku: 'A', restockDate: '14/12/2026' }, 'restockDate'],
      ['a numeric message', { sku: 'A', message: 5 }, 'message'],
      ['a negative lead time', { sku: 'A', leadTimeDays: -2 }, 'leadTimeDays'],
    ];
    for (const [what, raw, field] of broken) {
      it(`drops an item with ${what}, naming ${field}`, () => {
        const answer = parseAnswer({ items: [raw, { sku: 'OK' }] });
        expect(answer.items).to.deep.equal([{ sku: 'OK' }]);
        expect(answer.dropped).to.have.length(1);
        expect(answer.dropped[0]).to.contain(field);
      });
    }
  });

  describe('dates', () => {
    for (const leadTimeDays of [1e9, 3_000_000]) {
      it(`drops a lead time of ${leadTimeDays} days (past 9999-12-31) as a bad field, keeping the item`, () => {
        const answer = parseAnswer([{ sku: 'A', quantity: 0, backorderable: true, leadTimeDays }]);
        expect(answer.items).to.deep.equal([{ sku: 'A', quantity: 0, backorderable: true }]);
        expect(answer.dropped).to.have.length(1);
        expect(answer.dropped[0]).to.contain('A: leadTimeDays');
      });
    }
    it('drops a restockDate that falls after 9999-12-31 here as a bad field, keeping the item', () => {
      const answer = parseAnswer([
        { sku: 'A', status: 'preorder', restockDate: '9999-12-31T23:59:59-12:00' },
      ]);
      expect(answer.items).to.deep.equal([{ sku: 'A', status: 'preorder' }]);
      expect(answer.dropped[0]).to.contain('A: restockDate');
    });
    it('keeps a date-only restockDate as that calendar day', () => {
      expect(parseItem({ sku: 'A', restockDate: '2026-12-14' })).to.deep.equal({
        sku: 'A',
        restockDate: '2026-12-14',
      });
    });
    it('reads a date-time as the day it falls on for this shopper', () => {
      const instant = '2026-12-14T12:00:00Z';
      const local = new Date(instant);
      const expected = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
      expect(parseItem({ sku: 'A', restockDate: instant })).to.deep.equal({
        sku: 'A',
        restockDate: expected,
      });
    });
  });
});

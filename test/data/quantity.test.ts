import { expect } from '@open-wc/testing';
import { unitsWanted, wholeUnits } from '../../src/data/quantity.js';

describe('quantities', () => {
  describe('unitsWanted: a whole number, at least 1', () => {
    const cases: [unknown, number][] = [
      [1, 1],
      [3, 3],
      [2.9, 2],
      [1e6, 1e6],
      [0.5, 1],
      [0, 1],
      [-2, 1],
      [Number.NaN, 1],
      [Infinity, 1],
      [undefined, 1],
      ['3', 1],
    ];
    for (const [value, units] of cases) {
      it(`counts ${String(value)} as ${units}`, () => {
        expect(unitsWanted(value)).to.equal(units);
      });
    }
  });

  describe('wholeUnits: a whole number, at least 0', () => {
    const cases: [unknown, number | undefined, number][] = [
      [3, undefined, 3],
      [2.9, undefined, 2],
      [0, undefined, 0],
      [0.5, undefined, 0],
      [-2, undefined, 0],
      [-2, 1, 0],
      [Number.NaN, undefined, 0],
      [Number.NaN, 1, 1],
      [Infinity, undefined, 0],
      [-Infinity, 1, 1],
      [undefined, undefined, 0],
      ['3', 1, 1],
    ];
    for (const [value, fallback, units] of cases) {
      it(`counts ${String(value)} as ${units}${fallback === undefined ? '' : ` (not a number: ${fallback})`}`, () => {
        expect(wholeUnits(value, fallback)).to.equal(units);
      });
    }
  });
});

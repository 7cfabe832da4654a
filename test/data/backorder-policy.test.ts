import { expect } from '@open-wc/testing';
import {
  decideBackorder,
  isBackorderChoice,
  outcomeOf,
  type BackorderChoice,
  type BackorderDecision,
  type BackorderPolicyInput,
} from '../../src/data/backorder-policy.js';
import type { Availability } from '../../src/data/types.js';

const TODAY = '2026-11-26';
const day = (offset: number) => {
  const date = new Date(Date.UTC(2026, 10, 26 + offset));
  return date.toISOString().slice(0, 10);
};

function decide(
  availability: Omit<Availability, 'sku'>,
  quantity: number,
  extra: Partial<BackorderPolicyInput> = {},
): BackorderDecision {
  return decideBackorder({
    availability: { sku: 'A', ...availability },
    quantity,
    lowStockThreshold: 5,
    maxBackorderDays: 21,
    chargeNowDays: 7,
    today: TODAY,
    ...extra,
  });
}

interface Row {
  name: string;
  item: Omit<Availability, 'sku'>;
  quantity: number;
  extra?: Partial<BackorderPolicyInput>;
  expect: Partial<BackorderDecision>;
}

const backorderable = { backorderable: true } as const;

const rows: Row[] = [
  // Nothing to decide.
  {
    name: 'all units in stock',
    item: { quantity: 10 },
    quantity: 3,
    expect: { shipNow: 3, missing: 0, choices: [], defaultChoice: undefined, refusal: undefined },
  },
  {
    name: 'quantity exactly the stock',
    item: { quantity: 3, ...backorderable, restockDate: day(5) },
    quantity: 3,
    expect: { shipNow: 3, missing: 0, choices: [] },
  },
  {
    name: 'quantity 0',
    item: { quantity: 0, ...backorderable, restockDate: day(5) },
    quantity: 0,
    expect: { quantity: 0, shipNow: 0, missing: 0, choices: [], defaultChoice: undefined },
  },
  {
    name: 'negative or non-numeric quantity counts as 0',
    item: { quantity: 0, ...backorderable },
    quantity: Number.NaN,
    expect: { quantity: 0, choices: [] },
  },
  {
    name: 'fractional quantity is floored',
    item: { quantity: 2, ...backorderable, restockDate: day(5) },
    quantity: 2.9,
    expect: { quantity: 2, choices: [] },
  },
  {
    name: 'in-stock status without a quantity covers any order',
    item: { status: 'in-stock' },
    quantity: 50,
    expect: { shipNow: 50, missing: 0, choices: [] },
  },
  // Offered.
  {
    name: 'partly in stock, restock in 5 days (the acceptance case)',
    item: { quantity: 1, ...backorderable, restockDate: day(5) },
    quantity: 3,
    expect: {
      status: 'low-stock',
      shipNow: 1,
      missing: 2,
      choices: ['split', 'together', 'cancel'],
      defaultChoice: 'split',
      expectedDate: day(5),
      daysUntilExpected: 5,
      refusal: undefined,
      chargeBackorderNow: true,
    },
  },
  {
    name: 'nothing in stock: no split, together is the default',
    item: { quantity: 0, ...backorderable, restockDate: day(5) },
    quantity: 2,
    expect: {
      status: 'backorder',
      shipNow: 0,
      missing: 2,
      choices: ['together', 'cancel'],
      defaultChoice: 'together',
    },
  },
  {
    name: 'preferred choice when offered',
    item: { quantity: 1, ...backorderable, restockDate: day(5) },
    quantity: 3,
    extra: { preferredChoice: 'together' },
    expect: { defaultChoice: 'together' },
  },
  {
    name: 'preferred split falls back to together when nothing ships now',
    item: { quantity: 0, ...backorderable, restockDate: day(5) },
    quantity: 3,
    extra: { preferredChoice: 'split' },
    expect: { defaultChoice: 'together' },
  },
  {
    name: 'preferred cancel',
    item: { quantity: 0, ...backorderable, restockDate: day(5) },
    quantity: 3,
    extra: { preferredChoice: 'cancel' },
    expect: { defaultChoice: 'cancel', refusal: undefined },
  },
  {
    name: 'backorder status implies backorderable',
    item: { status: 'backorder', quantity: 0, restockDate: day(5) },
    quantity: 1,
    expect: { choices: ['together', 'cancel'], refusal: undefined },
  },
  {
    name: 'preorder status implies backorderable; its quantity never ships now',
    item: { status: 'preorder', quantity: 4, restockDate: day(10) },
    quantity: 2,
    expect: { shipNow: 0, missing: 2, choices: ['together', 'cancel'], chargeBackorderNow: false },
  },
  {
    name: 'out-of-stock status but backorderable: offered',
    item: { status: 'out-of-stock', ...backorderable, restockDate: day(3) },
    quantity: 1,
    expect: { shipNow: 0, choices: ['together', 'cancel'], refusal: undefined },
  },
  {
    name: 'missing date uses leadTimeDays',
    item: { quantity: 0, ...backorderable, leadTimeDays: 10 },
    quantity: 1,
    expect: {
      expectedDate: day(10),
      daysUntilExpected: 10,
      chargeBackorderNow: false,
      refusal: undefined,
    },
  },
  {
    name: 'restockDate wins over leadTimeDays',
    item: { quantity: 0, ...backorderable, restockDate: day(2), leadTimeDays: 40 },
    quantity: 1,
    expect: { expectedDate: day(2), daysUntilExpected: 2, refusal: undefined },
  },
  {
    name: 'no date at all: offered, charged at shipment',
    item: { quantity: 1, ...backorderable },
    quantity: 2,
    expect: {
      choices: ['split', 'together', 'cancel'],
      expectedDate: undefined,
      daysUntilExpected: undefined,
      chargeBackorderNow: false,
    },
  },
  {
    name: 'expected today: any day now, charged now',
    item: { quantity: 0, ...backorderable, restockDate: TODAY },
    quantity: 1,
    expect: {
      expectedDate: TODAY,
      daysUntilExpected: 0,
      chargeBackorderNow: true,
      refusal: undefined,
    },
  },
  {
    name: 'expected in the past: any day now, never a past date',
    item: { quantity: 0, ...backorderable, restockDate: day(-30) },
    quantity: 1,
    expect: {
      expectedDate: TODAY,
      daysUntilExpected: 0,
      chargeBackorderNow: true,
      refusal: undefined,
    },
  },
  {
    name: 'leadTimeDays 0 is today',
    item: { quantity: 0, ...backorderable, leadTimeDays: 0 },
    quantity: 1,
    expect: { expectedDate: TODAY, daysUntilExpected: 0 },
  },
  // Boundaries.
  {
    name: 'exactly at charge-now-days: charged now',
    item: { quantity: 0, ...backorderable, restockDate: day(7) },
    quantity: 1,
    expect: { chargeBackorderNow: true },
  },
  {
    name: 'one day past charge-now-days: charged at shipment',
    item: { quantity: 0, ...backorderable, restockDate: day(8) },
    quantity: 1,
    expect: { chargeBackorderNow: false, refusal: undefined },
  },
  {
    name: 'charge-now-days 0 charges only "any day now"',
    item: { quantity: 0, ...backorderable, restockDate: day(1) },
    quantity: 1,
    extra: { chargeNowDays: 0 },
    expect: { chargeBackorderNow: false },
  },
  {
    name: 'exactly at max-backorder-days: still offered',
    item: { quantity: 1, ...backorderable, restockDate: day(21) },
    quantity: 3,
    expect: { choices: ['split', 'together', 'cancel'], refusal: undefined, daysUntilExpected: 21 },
  },
  {
    name: 'one day past max-backorder-days: wait-too-long',
    item: { quantity: 1, ...backorderable, restockDate: day(22) },
    quantity: 3,
    expect: {
      choices: ['cancel'],
      defaultChoice: 'cancel',
      refusal: 'wait-too-long',
      expectedDate: day(22),
    },
  },
  {
    name: 'restock 60 days away: wait-too-long',
    item: { quantity: 1, ...backorderable, restockDate: day(60) },
    quantity: 3,
    expect: { shipNow: 1, missing: 2, choices: ['cancel'], refusal: 'wait-too-long' },
  },
  {
    name: 'max-backorder-days from config',
    item: { quantity: 0, ...backorderable, restockDate: day(30) },
    quantity: 1,
    extra: { maxBackorderDays: 30 },
    expect: { refusal: undefined },
  },
  {
    name: 'exactly at backorderLimit: offered',
    item: { quantity: 1, ...backorderable, backorderLimit: 2, restockDate: day(5) },
    quantity: 3,
    expect: { refusal: undefined, backorderLimit: 2, overLimit: 0 },
  },
  {
    name: 'one over backorderLimit: offered up to the limit, the rest removed',
    item: { quantity: 1, ...backorderable, backorderLimit: 2, restockDate: day(5) },
    quantity: 4,
    expect: {
      choices: ['split', 'together', 'cancel'],
      defaultChoice: 'split',
      refusal: undefined,
      missing: 3,
      overLimit: 1,
    },
  },
  {
    name: '45 wanted, 1 in stock, backorderLimit 40: 40 can wait, 4 are removed',
    item: { quantity: 1, ...backorderable, backorderLimit: 40, restockDate: day(5) },
    quantity: 45,
    expect: {
      shipNow: 1,
      missing: 44,
      overLimit: 4,
      choices: ['split', 'together', 'cancel'],
      refusal: undefined,
    },
  },
  {
    name: 'nothing in stock, over backorderLimit: together up to the limit',
    item: { quantity: 0, ...backorderable, backorderLimit: 2, restockDate: day(5) },
    quantity: 5,
    expect: { choices: ['together', 'cancel'], overLimit: 3, refusal: undefined },
  },
  {
    name: 'backorderLimit 0: over-limit',
    item: { quantity: 1, ...backorderable, backorderLimit: 0, restockDate: day(5) },
    quantity: 2,
    expect: { refusal: 'over-limit' },
  },
  // Refused.
  {
    name: 'not backorderable',
    item: { quantity: 1, backorderable: false, restockDate: day(5) },
    quantity: 3,
    expect: {
      shipNow: 1,
      choices: ['cancel'],
      defaultChoice: 'cancel',
      refusal: 'not-backorderable',
    },
  },
  {
    name: 'in stock without backorderable: more than the stock is not backorderable',
    item: { quantity: 2 },
    quantity: 3,
    expect: { refusal: 'not-backorderable' },
  },
  {
    name: 'explicit backorderable false beats a backorder status',
    item: { status: 'backorder', backorderable: false, restockDate: day(5) },
    quantity: 1,
    expect: { refusal: 'not-backorderable' },
  },
  {
    name: 'out of stock without backorderable',
    item: { status: 'out-of-stock', quantity: 0, restockDate: day(5) },
    quantity: 1,
    expect: {
      status: 'out-of-stock',
      shipNow: 0,
      choices: ['cancel'],
      refusal: 'not-backorderable',
    },
  },
  {
    name: 'discontinued, even marked backorderable',
    item: { status: 'discontinued', quantity: 1, backorderable: true, restockDate: day(5) },
    quantity: 2,
    expect: { shipNow: 1, choices: ['cancel'], refusal: 'discontinued' },
  },
  {
    name: 'not backorderable is the reason before a long wait',
    item: { quantity: 0, backorderable: false, restockDate: day(60) },
    quantity: 1,
    expect: { refusal: 'not-backorderable' },
  },
  {
    name: 'a long wait is the reason before the limit',
    item: { quantity: 0, ...backorderable, backorderLimit: 0, restockDate: day(60) },
    quantity: 1,
    expect: { refusal: 'wait-too-long' },
  },
  {
    name: 'a refused line with a preferred choice still defaults to cancel',
    item: { quantity: 0, backorderable: false },
    quantity: 1,
    extra: { preferredChoice: 'together' },
    expect: { defaultChoice: 'cancel' },
  },
];

describe('decideBackorder', () => {
  for (const row of rows) {
    it(row.name, () => {
      const decision = decide(row.item, row.quantity, row.extra);
      for (const [key, value] of Object.entries(row.expect)) {
        expect(decision[key as keyof BackorderDecision], key).to.deep.equal(value);
      }
    });
  }
});

describe('outcomeOf', () => {
  const near = decide({ quantity: 1, ...backorderable, restockDate: day(5) }, 3);
  const far = decide({ quantity: 1, ...backorderable, restockDate: day(14) }, 3);
  const none = decide({ quantity: 10 }, 3);
  const limited = decide(
    { quantity: 1, ...backorderable, backorderLimit: 40, restockDate: day(5) },
    45,
  );
  const limitedNoneNow = decide(
    { quantity: 0, ...backorderable, backorderLimit: 2, restockDate: day(14) },
    5,
  );
  const table: [
    string,
    BackorderDecision,
    BackorderChoice | undefined,
    ReturnType<typeof outcomeOf>,
  ][] = [
    ['split, near', near, 'split', { shipNow: 1, backordered: 2, removed: 0, chargeNow: true }],
    [
      'together, near',
      near,
      'together',
      { shipNow: 0, backordered: 3, removed: 0, chargeNow: true },
    ],
    ['cancel, near', near, 'cancel', { shipNow: 1, backordered: 0, removed: 2, chargeNow: true }],
    ['split, far', far, 'split', { shipNow: 1, backordered: 2, removed: 0, chargeNow: false }],
    [
      'together, far',
      far,
      'together',
      { shipNow: 0, backordered: 3, removed: 0, chargeNow: false },
    ],
    ['cancel, far', far, 'cancel', { shipNow: 1, backordered: 0, removed: 2, chargeNow: true }],
    [
      'split, over the limit',
      limited,
      'split',
      { shipNow: 1, backordered: 40, removed: 4, chargeNow: true },
    ],
    [
      'together, over the limit: all that can be ordered wait',
      limited,
      'together',
      { shipNow: 0, backordered: 41, removed: 4, chargeNow: true },
    ],
    [
      'cancel, over the limit',
      limited,
      'cancel',
      { shipNow: 1, backordered: 0, removed: 44, chargeNow: true },
    ],
    [
      'together, nothing now, over the limit',
      limitedNoneNow,
      'together',
      { shipNow: 0, backordered: 2, removed: 3, chargeNow: false },
    ],
    [
      'no choice needed',
      none,
      undefined,
      { shipNow: 3, backordered: 0, removed: 0, chargeNow: true },
    ],
    [
      'no choice made',
      near,
      undefined,
      { shipNow: 1, backordered: 0, removed: 0, chargeNow: true },
    ],
  ];
  for (const [name, decision, choice, outcome] of table) {
    it(name, () => {
      expect(outcomeOf(decision, choice)).to.deep.equal(outcome);
    });
  }
});

describe('isBackorderChoice', () => {
  it('accepts the three choices and nothing else', () => {
    expect(['split', 'together', 'cancel'].every(isBackorderChoice)).to.equal(true);
    expect([undefined, '', 'Split', 'none', 1].some(isBackorderChoice)).to.equal(false);
  });
});

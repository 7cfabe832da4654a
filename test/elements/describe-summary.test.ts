import { expect } from '@open-wc/testing';
import {
  describePlan,
  planDeliveries,
  type LineOutcome,
  type SummaryLine,
} from '../../src/elements/backorder-summary/describe-summary.js';
import { en } from '../../src/i18n/catalogues/en.js';
import { translator } from '../../src/i18n/format.js';
import { loadCatalogue } from '../../src/i18n/messages.js';

const TODAY = '2026-12-04';
const SOON = '2026-12-09';
const LATER = '2026-12-20';

/**
 * A line named `name` with `quantity` in the cart and this plan. Unless given,
 * a chosen plan removes what neither ships now nor waits, as `outcomeOf` does;
 * with no choice made, nothing is removed.
 */
function line(name: string, quantity: number, plan: Partial<LineOutcome> | undefined): SummaryLine {
  if (!plan) return { name, quantity, outcome: undefined };
  const shipNow = plan.shipNow ?? quantity;
  const backordered = plan.backordered ?? 0;
  const removed = plan.removed ?? (plan.choice ? quantity - shipNow - backordered : 0);
  const outcome: LineOutcome = {
    choice: null,
    quantity,
    expectedDate: undefined,
    chargeNow: true,
    ...plan,
    shipNow,
    backordered,
    removed,
  };
  return { name, quantity, outcome };
}

/** The plan in short: "now: 1 Tee" per delivery, then removed, undecided, unconfirmed. */
function short(lines: SummaryLine[]) {
  const plan = planDeliveries(lines);
  const items = (list: { name: string; units: number }[]) =>
    list.map(({ name, units }) => `${units} ${name}`).join(', ');
  return {
    deliveries: plan.deliveries.map(({ when, items: list }) => `${when}: ${items(list)}`),
    removed: items(plan.removed),
    undecided: items(plan.undecided),
    unconfirmed: items(plan.unconfirmed),
    charged: `${plan.chargedNow} now, ${plan.chargedLater} later`,
    news: plan.news,
  };
}

const nothingElse = { removed: '', undecided: '', unconfirmed: '' };

describe('planDeliveries', () => {
  const cases: [string, SummaryLine[], ReturnType<typeof short>][] = [
    [
      'everything in stock: one delivery, nothing to say',
      [line('Socks', 2, {}), line('Tee', 1, {})],
      {
        deliveries: ['now: 2 Socks, 1 Tee'],
        ...nothingElse,
        charged: '3 now, 0 later',
        news: false,
      },
    ],
    [
      'a split line: two deliveries, the later one charged when it ships',
      [
        line('Socks', 2, {}),
        line('Tee', 3, {
          choice: 'split',
          shipNow: 1,
          backordered: 2,
          expectedDate: SOON,
          chargeNow: false,
        }),
      ],
      {
        deliveries: ['now: 2 Socks, 1 Tee', `${SOON}: 2 Tee`],
        ...nothingElse,
        charged: '3 now, 2 later',
        news: true,
      },
    ],
    [
      'the missing units cancelled: one delivery and the removed units',
      [
        line('Tee', 3, {
          choice: 'cancel',
          shipNow: 1,
          backordered: 0,
          expectedDate: SOON,
          chargeNow: true,
        }),
      ],
      {
        deliveries: ['now: 1 Tee'],
        ...nothingElse,
        removed: '2 Tee',
        charged: '1 now, 0 later',
        news: true,
      },
    ],
    [
      'together: one later delivery, charged now when it is near',
      [
        line('Tee', 3, {
          choice: 'together',
          shipNow: 0,
          backordered: 3,
          expectedDate: SOON,
          chargeNow: true,
        }),
      ],
      { deliveries: [`${SOON}: 3 Tee`], ...nothingElse, charged: '3 now, 0 later', news: true },
    ],
    [
      'deliveries in date order, one per date, the undated one last',
      [
        line('Shell', 1, { choice: 'together', shipNow: 0, backordered: 1, expectedDate: LATER }),
        line('Cap', 2, { choice: 'together', shipNow: 0, backordered: 2 }),
        line('Tee', 2, { choice: 'split', shipNow: 1, backordered: 1, expectedDate: SOON }),
        line('Hat', 1, { choice: 'together', shipNow: 0, backordered: 1, expectedDate: LATER }),
      ],
      {
        deliveries: ['now: 1 Tee', `${SOON}: 1 Tee`, `${LATER}: 1 Shell, 1 Hat`, 'later: 2 Cap'],
        ...nothingElse,
        charged: '6 now, 0 later',
        news: true,
      },
    ],
    [
      'a line over its backorder limit: the event’s `removed` counts',
      [line('Tee', 50, { choice: 'split', shipNow: 1, backordered: 40, removed: 9 })],
      {
        deliveries: ['now: 1 Tee', 'later: 40 Tee'],
        ...nothingElse,
        removed: '9 Tee',
        charged: '41 now, 0 later',
        news: true,
      },
    ],
    [
      'without `removed`, what neither ships nor waits is removed',
      [line('Tee', 50, { choice: 'split', shipNow: 1, backordered: 40 })],
      {
        deliveries: ['now: 1 Tee', 'later: 40 Tee'],
        ...nothingElse,
        removed: '9 Tee',
        charged: '41 now, 0 later',
        news: true,
      },
    ],
    [
      'nothing chosen yet (required): the missing units wait for the shopper',
      [line('Tee', 3, { choice: null, shipNow: 1, backordered: 0 })],
      {
        deliveries: ['now: 1 Tee'],
        ...nothingElse,
        undecided: '2 Tee',
        charged: '1 now, 0 later',
        news: true,
      },
    ],
    [
      'a line not known yet is listed apart and is no news by itself',
      [line('Socks', 2, {}), line('Tee', 3, undefined)],
      {
        deliveries: ['now: 2 Socks'],
        ...nothingElse,
        unconfirmed: '3 Tee',
        charged: '2 now, 0 later',
        news: false,
      },
    ],
    [
      'empty lines and an empty cart',
      [line('Socks', 0, {}), line('Tee', 0, undefined)],
      { deliveries: [], ...nothingElse, charged: '0 now, 0 later', news: false },
    ],
  ];
  for (const [what, lines, expected] of cases) {
    it(what, () => {
      expect(short(lines)).to.deep.equal(expected);
    });
  }
});

describe('describePlan', () => {
  // Swedish and German load on first use; these pure tests read them at once.
  before(() => Promise.all([loadCatalogue('sv'), loadCatalogue('de')]));

  const tee = (plan: Partial<LineOutcome>) =>
    line('Tee', 3, { choice: 'together', shipNow: 0, backordered: 3, ...plan });
  const cases: [string, SummaryLine[], string][] = [
    ['en', [line('Socks', 2, {})], 'Ships now: 2 × Socks'],
    ['en', [tee({ expectedDate: TODAY })], 'Any day now: 3 × Tee'],
    ['en', [tee({ expectedDate: SOON })], 'Around Dec 9 (in 5 days): 3 × Tee'],
    ['en', [tee({})], 'When back in stock: 3 × Tee'],
    ['sv', [tee({ expectedDate: SOON })], 'Kring 9 dec. (om 5 dagar): 3 × Tee'],
    ['de', [tee({ expectedDate: SOON })], 'Voraussichtlich am 9. Dez. (in 5 Tagen): 3 × Tee'],
    ['de', [line('Socks', 1200, {})], 'Versand sofort: 1.200 × Socks'],
    [
      'en',
      [
        line('Socks', 2, {}),
        line('Tee', 3, { choice: null, shipNow: 1, backordered: 0 }),
        line('Cap', 1, undefined),
        line('Shell', 2, { choice: 'cancel', shipNow: 0, backordered: 0 }),
      ],
      [
        'Ships now: 2 × Socks, 1 × Tee',
        'Choose what happens to the items that aren’t in stock.: 2 × Tee',
        'Availability unknown: 1 × Cap',
        'Removed: 2 × Shell',
      ].join(' | '),
    ],
  ];
  for (const [locale, lines, text] of cases) {
    it(`says "${text}" in ${locale}`, () => {
      const { groups } = describePlan(
        planDeliveries(lines),
        translator(locale, {}, en),
        locale,
        TODAY,
      );
      expect(
        groups.map(({ title, items }) => `${title}: ${items.join(', ')}`).join(' | '),
      ).to.equal(text);
    });
  }

  it('says when the shopper pays: everything now, or which units when they ship', () => {
    const t = translator('en', {}, en);
    const charge = (lines: SummaryLine[]) =>
      describePlan(planDeliveries(lines), t, 'en', TODAY).charge;
    expect(
      charge([
        line('Socks', 2, {}),
        line('Tee', 3, { choice: 'split', shipNow: 1, backordered: 2, expectedDate: SOON }),
      ]),
    ).to.equal('You’ll be charged for all 5 now.');
    expect(
      charge([
        line('Socks', 2, {}),
        line('Tee', 3, { choice: 'split', shipNow: 1, backordered: 2, chargeNow: false }),
      ]),
    ).to.equal('The 2 on backorder are charged when they ship.');
    expect(
      charge([
        line('Tee', 1, { choice: 'together', shipNow: 0, backordered: 1, chargeNow: false }),
      ]),
    ).to.equal('The 1 on backorder is charged when it ships.');
    expect(charge([])).to.equal('');
  });
});

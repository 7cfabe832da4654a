import { daysBetween } from '../../data/calendar-date.js';
import type { CalendarDate } from '../../data/types.js';
import type { BackorderChangeDetail } from '../../events.js';
import { formatExpectedDate, formatNumber, type Translate } from '../../i18n/format.js';

/** A line's plan, as `<backorder-option>`'s `outcome` and `backorder-change` give it. */
export type LineOutcome = Pick<
  BackorderChangeDetail,
  'choice' | 'quantity' | 'shipNow' | 'backordered' | 'removed' | 'expectedDate' | 'chargeNow'
>;

/** One line of the order, as the summary reads it. */
export interface SummaryLine {
  /** The line's name: its `label`, else its SKU. */
  name: string;
  /** Units in the cart. */
  quantity: number;
  /** The line's plan; undefined while its stock is not known. */
  outcome: LineOutcome | undefined;
}

/** Units of one line in a group. */
export interface PlanItem {
  name: string;
  units: number;
}

/** One delivery: everything in stock (`now`), on an expected date, or with no date (`later`). */
export interface Delivery {
  when: 'now' | 'later' | CalendarDate;
  items: PlanItem[];
}

/** What arrives when, what is dropped, and what is charged when. */
export interface DeliveryPlan {
  /** In the order they arrive: now, then by date, then the ones without a date. */
  deliveries: Delivery[];
  /** Units dropped from the order. */
  removed: PlanItem[];
  /** Units waiting for the shopper's choice. */
  undecided: PlanItem[];
  /** Lines whose stock is not known (loading, unknown, error). */
  unconfirmed: PlanItem[];
  /** Units charged with the order. */
  chargedNow: number;
  /** Units charged when they ship. */
  chargedLater: number;
  /** Whether there is anything to say: units wait, are dropped or wait for a choice. */
  news: boolean;
}

/** Sort key of a delivery: now first, then by date, then no date. */
const order = (when: Delivery['when']) =>
  when === 'now' ? '0' : when === 'later' ? '2' : `1${when}`;

/**
 * The delivery plan of an order from its lines' plans: one delivery per date,
 * each naming its lines and units, then the units removed, the units whose
 * choice is still to be made and the lines not yet known. A line split in two
 * appears in two deliveries.
 *
 * ```ts
 * planDeliveries([{ name: 'Tee', quantity: 3, outcome: { choice: 'split', quantity: 3,
 *   shipNow: 1, backordered: 2, expectedDate: '2026-12-09', chargeNow: false } }]);
 * // → deliveries: now (1 × Tee), 2026-12-09 (2 × Tee); chargedNow 1, chargedLater 2
 * ```
 */
export function planDeliveries(lines: readonly SummaryLine[]): DeliveryPlan {
  const groups = new Map<Delivery['when'], PlanItem[]>();
  const add = (when: Delivery['when'], name: string, units: number) => {
    if (units > 0) groups.set(when, [...(groups.get(when) ?? []), { name, units }]);
  };
  const plan: DeliveryPlan = {
    deliveries: [],
    removed: [],
    undecided: [],
    unconfirmed: [],
    chargedNow: 0,
    chargedLater: 0,
    news: false,
  };
  for (const { name, quantity, outcome } of lines) {
    if (!outcome) {
      if (quantity > 0) plan.unconfirmed.push({ name, units: quantity });
      continue;
    }
    const { shipNow, backordered, removed } = outcome;
    add('now', name, shipNow);
    add(outcome.expectedDate ?? 'later', name, backordered);
    plan.chargedNow += shipNow + (outcome.chargeNow ? backordered : 0);
    if (!outcome.chargeNow) plan.chargedLater += backordered;
    if (removed > 0) plan.removed.push({ name, units: removed });
    // Units no choice covers yet (`required` with nothing chosen).
    const undecided = outcome.quantity - shipNow - backordered - removed;
    if (undecided > 0) plan.undecided.push({ name, units: undecided });
  }
  plan.deliveries = [...groups]
    .map(([when, items]) => ({ when, items }))
    .sort((a, b) => order(a.when).localeCompare(order(b.when)));
  plan.news =
    plan.deliveries.some((delivery) => delivery.when !== 'now') ||
    plan.removed.length > 0 ||
    plan.undecided.length > 0;
  return plan;
}

/** A group as the shopper reads it: its heading and its lines ("2 × Tee"). */
export interface SummaryGroup {
  title: string;
  items: string[];
  /** `delivery` or `removed`; none for units waiting for a choice or not known yet. */
  part?: string;
}

/**
 * The plan in words: the deliveries ("Ships now", "Around Dec 9 (in 5 days)",
 * "Any day now", "When back in stock"), then the units waiting for a choice,
 * the lines not known yet and the units removed; and when the shopper pays.
 */
export function describePlan(
  plan: DeliveryPlan,
  t: Translate,
  locale: string,
  today: CalendarDate,
): { groups: SummaryGroup[]; charge: string } {
  const group = (title: string, items: PlanItem[], part?: string): SummaryGroup => ({
    title,
    items: items.map(({ name, units }) => `${formatNumber(units, locale)} × ${name}`),
    part,
  });
  // A later delivery is titled like the backorder choices: "around Dec 9", "any day now".
  const heading = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  const title = (when: Delivery['when']) =>
    when === 'now'
      ? t('summaryNow')
      : heading(
          when === 'later'
            ? t('backorderWhenUnknown')
            : daysBetween(today, when) > 0
              ? t('backorderWhenDate', { date: formatExpectedDate(when, locale, t, today) })
              : t('backorderWhenSoon'),
        );
  const { chargedNow, chargedLater } = plan;
  return {
    groups: [
      ...plan.deliveries.map(({ when, items }) => group(title(when), items, 'delivery')),
      group(t('backorderRequired'), plan.undecided),
      group(t('statusUnknown'), plan.unconfirmed),
      group(t('summaryRemoved'), plan.removed, 'removed'),
    ].filter(({ items }) => items.length > 0),
    // Units not charged later are charged now.
    charge: chargedLater
      ? t('backorderChargeSplitLater', { count: chargedLater })
      : chargedNow
        ? t('backorderChargeNow', { count: chargedNow })
        : '',
  };
}

import {
  outcomeOf,
  type BackorderChoice,
  type BackorderDecision,
} from '../../data/backorder-policy.js';
import { today as todayInCalendar } from '../../data/calendar-date.js';
import type { CalendarDate } from '../../data/types.js';
import { formatExpectedDate, type Translate } from '../../i18n/format.js';

/** The words `<backorder-option>` shows for one decision. */
export interface BackorderTexts {
  /** The fieldset's legend: "2 of your 3 aren't in stock yet". */
  legend: string;
  /** One label per offered choice: "Ship 1 now, 2 around Dec 14". */
  options: Record<BackorderChoice, string>;
  /** Why no backorder is offered, or why only part of it, over `backorderLimit`. */
  reason: string | undefined;
}

/** Turns a decision into the sentences a shopper reads. */
export function describeBackorder(
  decision: BackorderDecision,
  t: Translate,
  locale: string,
  today: CalendarDate = todayInCalendar(),
): BackorderTexts {
  const { quantity, shipNow, missing, overLimit, expectedDate, daysUntilExpected } = decision;
  // The calendar date, with "in 2 weeks" when near (see formatExpectedDate).
  const date = expectedDate ? formatExpectedDate(expectedDate, locale, t, today) : '';
  const when =
    daysUntilExpected === undefined
      ? t('backorderWhenUnknown')
      : daysUntilExpected === 0
        ? t('backorderWhenSoon')
        : t('backorderWhenDate', { date });

  const legend =
    shipNow > 0
      ? t('backorderLegend', { count: missing, quantity })
      : t('backorderLegendNone', { count: quantity });
  // Over backorderLimit, split and together say what they cannot keep.
  const limited = (text: string) =>
    overLimit > 0 ? t('backorderLimitedRest', { choice: text, count: overLimit }) : text;
  const options: Record<BackorderChoice, string> = {
    split: limited(t('backorderSplit', { now: shipNow, count: missing - overLimit, when })),
    together: limited(t('backorderTogether', { count: quantity - overLimit, when })),
    cancel:
      shipNow > 0
        ? t('backorderCancel', { count: missing })
        : t('backorderCancelAll', { count: quantity }),
  };

  let reason: string | undefined;
  switch (decision.refusal) {
    case 'discontinued':
      reason = t('backorderRefusedDiscontinued');
      break;
    case 'not-backorderable':
    case 'over-limit': // backorderLimit 0
      reason = t('backorderRefusedNotBackorderable');
      break;
    case 'wait-too-long':
      reason = t('backorderRefusedWaitTooLong', { date });
      break;
    case undefined:
      if (overLimit > 0) reason = t('backorderRefusedOverLimit', { count: missing - overLimit });
      break;
  }
  return { legend, options, reason };
}

/** The charge note for a choice: when the shopper pays for what. Empty when there is nothing to say. */
export function describeCharge(
  decision: BackorderDecision,
  choice: BackorderChoice | '',
  t: Translate,
): string {
  if (choice === '') return '';
  const { shipNow, backordered } = outcomeOf(decision, choice);
  if (choice === 'cancel') return shipNow > 0 ? t('backorderChargeCancel', { count: shipNow }) : '';
  if (decision.chargeBackorderNow) return t('backorderChargeNow', { count: shipNow + backordered });
  return t(choice === 'split' ? 'backorderChargeSplitLater' : 'backorderChargeTogetherLater', {
    count: backordered,
  });
}

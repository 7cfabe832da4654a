import type { BackorderChoice, BackorderDecision } from '../../data/backorder-policy.js';
import { today as todayInCalendar } from '../../data/calendar-date.js';
import type { CalendarDate } from '../../data/types.js';
import { formatExpectedDate, type Translate } from '../../i18n/format.js';

/** The words `<backorder-option>` shows for one decision. */
export interface BackorderTexts {
  /** The fieldset's legend: "2 of your 3 aren't in stock yet". */
  legend: string;
  /** One label per offered choice: "Ship 1 now, 2 around Dec 14". */
  options: Record<BackorderChoice, string>;
  /** Why no backorder is offered, when it is refused. */
  reason: string | undefined;
}

/** Turns a decision into the sentences a shopper reads. */
export function describeBackorder(
  decision: BackorderDecision,
  t: Translate,
  locale: string,
  today: CalendarDate = todayInCalendar(),
): BackorderTexts {
  const { quantity, shipNow, missing, expectedDate, daysUntilExpected } = decision;
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
  const options: Record<BackorderChoice, string> = {
    split: t('backorderSplit', { now: shipNow, count: missing, when }),
    together: t('backorderTogether', { count: quantity, when }),
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
      reason = t('backorderRefusedNotBackorderable');
      break;
    case 'wait-too-long':
      reason = t('backorderRefusedWaitTooLong', { date });
      break;
    case 'over-limit':
      reason = decision.backorderLimit
        ? t('backorderRefusedOverLimit', { count: decision.backorderLimit })
        : t('backorderRefusedNotBackorderable');
      break;
    case undefined:
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
  const { quantity, shipNow, missing, chargeBackorderNow } = decision;
  switch (choice) {
    case 'split':
      return chargeBackorderNow
        ? t('backorderChargeNow', { count: quantity })
        : t('backorderChargeSplitLater', { count: missing });
    case 'together':
      return chargeBackorderNow
        ? t('backorderChargeNow', { count: quantity })
        : t('backorderChargeTogetherLater', { count: quantity });
    case 'cancel':
      return shipNow > 0 ? t('backorderChargeCancel', { count: shipNow }) : '';
    case '':
      return '';
  }
}

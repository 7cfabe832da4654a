/**
 * backorder-elements: the classes, configuration, data layer and types.
 * Importing this module registers nothing; `define.ts` (the package's main
 * entry and the script-tag bundles) registers every element, and each
 * `src/<tag>.ts` registers one.
 */
export { StockStatus } from './elements/stock-status/stock-status.js';
export { StockProvider } from './elements/stock-provider/stock-provider.js';
export { NotifyMeForm } from './elements/notify-me-form/notify-me-form.js';
export { BackorderOption } from './elements/backorder-option/backorder-option.js';
export { BackorderSummary } from './elements/backorder-summary/backorder-summary.js';
export {
  planDeliveries,
  type DeliveryPlan,
  type Delivery,
  type PlanItem,
  type SummaryLine,
  type LineOutcome,
} from './elements/backorder-summary/describe-summary.js';
export { BackorderElement } from './elements/shared/backorder-element.js';
export type { FormControl } from './elements/shared/form-control.js';
export {
  configure,
  resolveConfig,
  builtInDefaults,
  type BackorderConfig,
  type ConfigInput,
} from './config/config.js';
export { stockConfigContext } from './config/context.js';
export {
  AvailabilityClient,
  type AvailabilityClientOptions,
  type AvailabilityListener,
} from './data/availability-client.js';
export { getAvailabilityClient } from './data/shared-clients.js';
export { parseAnswer, normaliseStatus } from './data/parse-availability.js';
export { statusOf, stateOf, expectedDateOf } from './data/stock-state.js';
export {
  NotifyClient,
  getNotifyClient,
  OUTBOX_KEY,
  SUBSCRIBED_KEY,
  type NotifyClientOptions,
  type NotifySignup,
  type NotifyRequestBody,
  type NotifyOutcome,
  type OutboxEntry,
  type OutboxReport,
  type SubscriptionRecord,
  type NotifyListener,
} from './data/notify-client.js';
export { offersNotify, isPlausibleEmail } from './data/notify-rules.js';
export {
  KLAVIYO_NOTIFY_ENDPOINT,
  KLAVIYO_REVISION,
  klaviyoVariantId,
  type NotifyTargetName,
  type NotifyTargetSettings,
} from './data/notify-targets.js';
export {
  decideBackorder,
  outcomeOf,
  isBackorderChoice,
  backorderChoices,
  type BackorderChoice,
  type BackorderRefusal,
  type BackorderDecision,
  type BackorderOutcome,
  type BackorderPolicyInput,
} from './data/backorder-policy.js';
export type * from './data/types.js';
export type * from './events.js';
export type { Messages, MessageText } from './i18n/messages.js';
export type { MessageOverrides } from './i18n/overrides.js';

/**
 * The script-tag entry: registers every element under its default tag and
 * exports everything `index.ts` does (on `window.BackorderElements` in the
 * classic-script build). Safe to load twice.
 */
import { StockProvider } from './elements/stock-provider/stock-provider.js';
import { StockStatus } from './elements/stock-status/stock-status.js';
import { NotifyMeForm } from './elements/notify-me-form/notify-me-form.js';
import { BackorderOption } from './elements/backorder-option/backorder-option.js';
import { BackorderSummary } from './elements/backorder-summary/backorder-summary.js';

import { loadPageTexts } from './elements/shared/backorder-element.js';

export * from './index.js';

/**
 * Registers every element under its default tag name. The provider first:
 * elements upgraded after it find it at once, so this entry needs no
 * `ContextRoot` for late providers (the per-element modules attach one).
 */
export function defineAll(): void {
  StockProvider.define();
  StockStatus.define();
  NotifyMeForm.define();
  BackorderOption.define();
  BackorderSummary.define();
}

loadPageTexts();
defineAll();

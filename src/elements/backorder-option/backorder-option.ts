import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  decideBackorder,
  isBackorderChoice,
  outcomeOf,
  type BackorderChoice,
  type BackorderDecision,
} from '../../data/backorder-policy.js';
import { today } from '../../data/calendar-date.js';
import { wholeUnits } from '../../data/quantity.js';
import type { BackorderChangeDetail } from '../../events.js';
import { backorderOptionTexts, sharedTexts } from '../../i18n/catalogues/en.js';
import { withStylesAndTexts } from '../shared/backorder-element.js';
import { SkuElement } from '../shared/sku-element.js';
import { defineElement } from '../shared/define-element.js';
import {
  FormControlMixin,
  getFormState,
  getFormValue,
  resetFormValue,
  restoreFormValue,
  validationAnchor,
  valueMissingMessage,
} from '../shared/form-control.js';
import { backorderOptionStyles } from './backorder-option.styles.js';
import { describeBackorder, describeCharge } from './describe-backorder.js';

const englishTexts = { ...sharedTexts, ...backorderOptionTexts };

/**
 * Lets the shopper choose, on a checkout or cart line, what happens to units
 * that cannot ship now: `split`, `together` or `cancel`. A form control: the
 * choice is submitted under `name`, takes part in `required` validation and
 * resets with the form. With nothing to decide (everything in stock, still
 * loading, or stock unknown) it renders nothing and submits nothing; when stock
 * cannot be read it shows a neutral note and never blocks the checkout.
 *
 * ```html
 * <form>
 *   <backorder-option sku="TEE-RED-M" quantity="3" name="line-1-backorder"></backorder-option>
 * </form>
 * ```
 *
 * @tagname backorder-option
 *
 * @slot notify - Shown when the shopper drops units (`cancel`, or backorder refused), e.g. a
 *   `<notify-me-form>`. Its fallback is a link to `notify-href`, when set.
 *
 * @csspart base - The `<fieldset>` holding the choices.
 * @csspart legend - The `<legend>`: how many units are not in stock.
 * @csspart reason - Why no backorder is offered, or only part of it (over `backorderLimit`).
 * @csspart option - Each choice: a `<label>` with its radio button.
 * @csspart note - The charge note (a polite live region), and the neutral note in the `error` state.
 * @csspart notify - The wrapper of the `notify` slot.
 * @csspart notify-link - The fallback link to `notify-href`.
 *
 * @fires backorder-change - The choice, or what it means, changed.
 *   `detail: { sku, choice, quantity, shipNow, backordered, removed, expectedDate, chargeNow }`.
 * @fires change - The shopper picked a choice; `value` already holds it (bubbles, like a native control).
 * @fires input - Just before `change`, once per pick (bubbles, composed, like a native control).
 * @fires stock-change - The state or the answer for the SKU changed. `detail: { sku, state, availability }`.
 */
export class BackorderOption extends FormControlMixin(
  withStylesAndTexts(SkuElement, backorderOptionStyles, englishTexts),
) {
  static override get properties(): PropertyDeclarations {
    return {
      quantity: { type: Number },
      label: {},
      defaultChoice: { attribute: 'default-choice' },
      notifyHref: { attribute: 'notify-href' },
      selected: { state: true, attribute: false },
    };
  }

  /** Registers the element as `tag`; does nothing if that tag is already defined. */
  static define(tag = 'backorder-option'): void {
    defineElement(tag, this);
  }

  /** Units in the cart line: a whole number, 0 or more (default 1). A cart stepper sets it; the choices follow. */
  quantity = 1;

  /** The line's name where a `<backorder-summary>` lists it ("Merino Crew Tee, Blue / L"); default: the SKU. */
  label?: string;

  /**
   * The choice preselected when it is offered (default `split`, or `together`
   * when nothing ships now). `none` preselects nothing: with `required`, the
   * shopper must choose.
   */
  defaultChoice?: BackorderChoice | 'none';

  /**
   * Where the shopper can sign up for a back-in-stock e-mail; shown as a link
   * when units are dropped and nothing is slotted into `notify`.
   */
  notifyHref?: string;

  /** The choice set by the shopper or by `value`; undefined = the default. */
  private selected: BackorderChoice | '' | undefined;

  /** The last decision and the inputs it was worked out from. */
  #memo: { inputs: unknown[]; decision: BackorderDecision | undefined } | undefined;
  /**
   * What the last `backorder-change` said, as JSON; undefined while there is
   * nothing to decide (as at the start, when no event has been fired).
   */
  #announcedChoice: string | undefined;

  /**
   * The policy's answer for the current inputs, worked out when read and
   * memoised on them, so `value`, `FormData` and validity follow a `quantity`
   * set in the same task instead of waiting for the next update.
   */
  get #decision(): BackorderDecision | undefined {
    const config = this.config;
    const entry = this.lookedUp ? this.availability.entry : undefined;
    const { lowStockThreshold, maxBackorderDays, chargeNowDays } = config;
    const quantity = wholeUnits(this.quantity, 1);
    const preferredChoice = isBackorderChoice(this.defaultChoice) ? this.defaultChoice : undefined;
    const day = today();
    const inputs = [
      entry,
      quantity,
      lowStockThreshold,
      maxBackorderDays,
      chargeNowDays,
      day,
      preferredChoice,
    ];
    if (!this.#memo || inputs.some((input, i) => input !== this.#memo!.inputs[i])) {
      const decision =
        entry?.kind === 'found'
          ? decideBackorder({
              availability: entry.availability,
              quantity,
              lowStockThreshold,
              maxBackorderDays,
              chargeNowDays,
              today: day,
              preferredChoice,
            })
          : undefined;
      this.#memo = { inputs, decision };
    }
    return this.#memo.decision;
  }

  /**
   * The choice in force: `split`, `together`, `cancel`; `''` when there is
   * nothing to decide or nothing is chosen. Setting a choice that is not
   * offered keeps it for when it is, and uses the default meanwhile.
   */
  get value(): BackorderChoice | '' {
    const decision = this.#decision;
    if (!decision || decision.choices.length === 0) return '';
    const selected = this.selected;
    if (selected === '') return '';
    if (selected && decision.choices.includes(selected)) return selected;
    return this.defaultChoice === 'none' && !decision.refusal ? '' : (decision.defaultChoice ?? '');
  }

  set value(choice: BackorderChoice | '') {
    // With nothing to decide yet, an empty value changes nothing: a framework
    // binding an empty model (Vue's v-model from ref('')) keeps the default.
    if (!isBackorderChoice(choice) && this.choices.length === 0) return;
    this.selected = isBackorderChoice(choice) ? choice : '';
  }

  /**
   * The line's plan under the choice in force, shaped like the
   * `backorder-change` detail: also for a line all in stock (everything ships
   * now, `choice: null`). Undefined while its stock is not known (loading,
   * `unknown`, `error`).
   */
  get outcome(): BackorderChangeDetail | undefined {
    const decision = this.#decision;
    if (!decision) return undefined;
    const choice = this.value || null;
    return {
      sku: this.sku.trim(),
      choice,
      quantity: decision.quantity,
      ...outcomeOf(decision, choice ?? undefined),
      // As in backorder-change: no date when there is nothing to decide.
      expectedDate: decision.choices.length > 0 ? decision.expectedDate : undefined,
    };
  }

  /** The choices on offer; empty when there is nothing to decide. */
  get choices(): readonly BackorderChoice[] {
    return this.#decision?.choices ?? [];
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Each radio shows whether it is the choice in force, read from the DOM: also when a
    // binding puts the old choice back right after the shopper picked another.
    const value = this.value;
    for (const radio of this.renderRoot.querySelectorAll('input'))
      radio.checked = radio.value === value;
    this.announceStockChange();
    this.#announceChoice();
  }

  /** Fires `backorder-change` when the choice or its meaning changes; once with `choice: null` when it goes away. */
  #announceChoice(): void {
    const deciding = this.choices.length > 0;
    const outcome = this.outcome;
    const fingerprint = deciding ? JSON.stringify(outcome) : undefined;
    if (fingerprint === this.#announcedChoice) return;
    this.#announcedChoice = fingerprint;
    this.emit(
      'backorder-change',
      outcome ?? {
        sku: this.sku.trim(),
        choice: null,
        quantity: 0,
        shipNow: 0,
        backordered: 0,
        removed: 0,
        expectedDate: undefined,
        chargeNow: true,
      },
    );
  }

  /**
   * A radio was picked. Its own `input` (composed, fired before our `value`
   * changes) and `change` stay inside; the host fires one of each, with the
   * form already holding the new value, like a native control.
   */
  #onChoice(event: Event): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    if (event.type !== 'change' || !isBackorderChoice(input.value) || input.value === this.value)
      return;
    this.selected = input.value;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  override [getFormValue](): string | null {
    return this.choices.length === 0 ? null : this.value;
  }

  /** Only a choice made (by the shopper or `value`) is restored; defaults and a forced `cancel` are worked out again. */
  override [getFormState](): string {
    return this.selected ?? '';
  }

  override [resetFormValue](): void {
    this.selected = undefined;
  }

  override [restoreFormValue](state: string): void {
    this.selected = isBackorderChoice(state) ? state : undefined;
  }

  override [valueMissingMessage](): string {
    return this.texts('backorderRequired');
  }

  override [validationAnchor](): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLInputElement>('input[type="radio"]') ?? undefined;
  }

  override render() {
    if (this.state === 'error') {
      return html`<p part="note" class="error" role="status">${this.texts('backorderError')}</p>`;
    }
    const decision = this.#decision;
    if (!decision || decision.choices.length === 0) return nothing;
    const t = this.texts;
    const texts = describeBackorder(decision, t, this.resolvedLocale);
    const value = this.value;
    const charge = describeCharge(decision, value, t);
    const showNotify = value === 'cancel' && decision.refusal !== 'discontinued';
    return html`
      <fieldset
        part="base"
        ?disabled=${this.effectivelyDisabled}
        aria-describedby=${texts.reason ? 'reason note' : 'note'}
      >
        <legend part="legend">${texts.legend}</legend>
        ${texts.reason ? html`<p part="reason" class="reason" id="reason">${texts.reason}</p>` : nothing}
        <div class="options" @input=${this.#onChoice} @change=${this.#onChoice}>
          ${decision.choices.map(
            (choice) => html`
              <label part="option" class="option">
                <input type="radio" name="choice" .value=${choice} ?required=${this.required} />
                <span>${texts.options[choice]}</span>
              </label>
            `,
          )}
        </div>
        <p part="note" class="note" id="note" role="status">${charge}</p>
        ${
          showNotify
            ? html`<div part="notify" class="notify">
                <slot name="notify"
                  >${
                    this.notifyHref
                      ? html`<a part="notify-link" href=${this.notifyHref}
                          >${t('backorderNotifyLink')}</a
                        >`
                      : nothing
                  }</slot
                >
              </div>`
            : nothing
        }
      </fieldset>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'backorder-option': BackorderOption;
  }
}

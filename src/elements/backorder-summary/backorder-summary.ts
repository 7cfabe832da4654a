import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type ReactiveController,
} from 'lit';
import { today } from '../../data/calendar-date.js';
import { wholeUnits } from '../../data/quantity.js';
import type { BackorderChangeDetail } from '../../events.js';
import {
  backorderOptionTexts,
  backorderSummaryTexts,
  sharedTexts,
} from '../../i18n/catalogues/en.js';
import { BackorderElement, withStylesAndTexts } from '../shared/backorder-element.js';
import { defineElement } from '../shared/define-element.js';
import { backorderSummaryStyles } from './backorder-summary.styles.js';
import { describePlan, planDeliveries } from './describe-summary.js';

/** What the summary reads from a `<backorder-option>` line (of this copy of the library or another). */
interface SummaryLineElement extends HTMLElement {
  sku: string;
  quantity: number;
  label?: string;
  readonly outcome: BackorderChangeDetail | undefined;
  addController(controller: ReactiveController): void;
  removeController(controller: ReactiveController): void;
}

// Also the texts it reuses from <backorder-option> (see Messages).
const englishTexts = { ...sharedTexts, ...backorderOptionTexts, ...backorderSummaryTexts };

const isLine = (element: Element): element is SummaryLineElement =>
  'outcome' in element && 'sku' in element && 'addController' in element;

/**
 * The delivery plan of a checkout, so the shopper knows what arrives when: one
 * group per delivery in date order ("Ships now", "Around Dec 9"), naming each
 * line and its units, then what is removed, and how many units are charged
 * now and how many when they ship. It reads the `<backorder-option>` lines of
 * its form (the form it is inside, or `form="ID"`), follows every choice,
 * quantity and answer, and renders nothing while every unit ships now.
 *
 * ```html
 * <form id="checkout">
 *   <backorder-option sku="TEE-BLUE-L" quantity="3" name="bo-1" label="Merino Tee, Blue / L"></backorder-option>
 * </form>
 * <backorder-summary form="checkout"></backorder-summary>
 * ```
 *
 * @tagname backorder-summary
 *
 * @csspart base - The box around the plan.
 * @csspart title - Its heading, "Your deliveries".
 * @csspart delivery - One delivery: its date and its lines.
 * @csspart removed - The units removed from the order.
 * @csspart charge - How many units are charged now and when they ship.
 */
export class BackorderSummary extends withStylesAndTexts(
  BackorderElement,
  backorderSummaryStyles,
  englishTexts,
) {
  static override get properties(): PropertyDeclarations {
    return {
      formId: { attribute: 'form' },
    };
  }

  /** Registers the element as `tag`; does nothing if that tag is already defined. */
  static define(tag = 'backorder-summary'): void {
    defineElement(tag, this);
  }

  /** The id of the `<form>` whose lines it sums up; default: the form it is inside. */
  formId?: string;

  #lines: SummaryLineElement[] = [];
  /** The plan in words; no groups while every unit ships now. */
  #words: ReturnType<typeof describePlan> = { groups: [], charge: '' };
  /** The plan already told; changes from it are announced. */
  #told: string | undefined;
  #announcement = '';
  #root: Node | undefined;
  /**
   * Added to every line, so a new quantity, label, choice or answer reaches
   * the plan, and a line leaving the page too.
   */
  readonly #lineWatcher: ReactiveController = {
    hostUpdated: () => this.requestUpdate(),
    hostDisconnected: () => this.requestUpdate(),
  };
  /** A line's events reach the whole root: new lines, lines outside the form (`form=`). */
  readonly #onLineEvent = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#root = this.getRootNode();
    this.#root.addEventListener('stock-change', this.#onLineEvent);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#root?.removeEventListener('stock-change', this.#onLineEvent);
    this.#watchLines([]);
  }

  /** The form whose lines are summed up: `form="ID"` in the same root, else the enclosing form. */
  get form(): HTMLFormElement | null {
    if (!this.formId) return this.closest('form');
    const named = (this.getRootNode() as Document).getElementById?.(this.formId);
    return named instanceof HTMLFormElement ? named : null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const form = this.isConnected ? this.form : null;
    this.#watchLines(form ? [...form.elements].filter(isLine) : []);
    const plan = planDeliveries(
      this.#lines.map((line) => ({
        name: line.label?.trim() || line.sku.trim(),
        quantity: wholeUnits(line.quantity, 1),
        outcome: line.outcome,
      })),
    );
    const words = describePlan(plan, this.texts, this.resolvedLocale, today());
    const loading = this.#lines.some((line) => line.getAttribute('state') === 'loading');
    this.state = loading ? 'loading' : plan.news ? 'backorder' : 'in-stock';
    this.#words = plan.news ? words : { groups: [], charge: '' };
    if (loading || this.#lines.length === 0) return;
    // The first plan every line agrees on is the page as it loads, not news;
    // later changes are told in the plan's own words.
    const fingerprint = JSON.stringify(plan);
    if (this.#told !== undefined && fingerprint !== this.#told)
      this.#announcement = words.groups
        .map(({ title, items }) => `${title}: ${items.join(', ')}.`)
        .join(' ');
    this.#told = fingerprint;
  }

  /** Follows the updates of exactly `lines`. */
  #watchLines(lines: SummaryLineElement[]): void {
    for (const line of this.#lines)
      if (!lines.includes(line)) line.removeController(this.#lineWatcher);
    for (const line of lines)
      if (!this.#lines.includes(line)) line.addController(this.#lineWatcher);
    this.#lines = lines;
  }

  override render() {
    const { groups, charge } = this.#words;
    return html`
      <div class="announcement" role="status">${this.#announcement}</div>
      ${
        groups.length > 0
          ? html`<section part="base" class="base" aria-labelledby="title">
              <p part="title" class="title" id="title">${this.texts('summaryTitle')}</p>
              <ul>
                ${groups.map(
                  ({ title, items, part }) =>
                    html`<li part=${part ?? nothing}>
                      <span class="when">${title}</span>
                      <ul>
                        ${items.map((item) => html`<li>${item}</li>`)}
                      </ul>
                    </li>`,
                )}
              </ul>
              <p part="charge" class="charge">${charge}</p>
            </section>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'backorder-summary': BackorderSummary;
  }
}

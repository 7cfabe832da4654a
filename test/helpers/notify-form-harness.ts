import type { NotifyMeForm } from '../../src/elements/notify-me-form/notify-me-form.js';
import { until } from './mock-endpoint.js';

/** The form's fields, by id. */
export type NotifyField = 'email' | 'quantity' | 'consent' | 'marketing' | 'trap';

/**
 * Works a `<notify-me-form>` as a shopper does, through its shadow DOM: fill
 * in, tick, submit, read the result and the errors. One place for what every
 * notify test does, so a change to the form's markup is one change here
 * (the pattern of Material Web's `harness.ts`).
 *
 * ```ts
 * const form = new NotifyFormHarness(el);
 * await form.signUp('ada@example.com');
 * expect(form.result()).to.contain('We will e-mail');
 * ```
 */
export class NotifyFormHarness {
  constructor(readonly element: NotifyMeForm) {}

  /** The first element in the shadow root matching `selector`, if any. */
  part<T extends Element = HTMLElement>(selector: string): T | null {
    return this.element.shadowRoot!.querySelector<T>(selector);
  }

  /** A field; throws when the form does not show it. */
  field(id: NotifyField): HTMLInputElement {
    const field = this.part<HTMLInputElement>(`#${id}`);
    if (!field) throw new Error(`<notify-me-form> shows no #${id}`);
    return field;
  }

  /** Whether the form shows this field. */
  has(id: NotifyField): boolean {
    return this.part(`#${id}`) !== null;
  }

  /** The `<form>`; null while a result is shown instead. */
  get form(): HTMLFormElement | null {
    return this.part<HTMLFormElement>('form');
  }

  get submitButton(): HTMLButtonElement {
    return this.part<HTMLButtonElement>('button[type="submit"]')!;
  }

  /** Whether a sign-up is on its way (the form is busy). */
  get sending(): boolean {
    return this.part('form[aria-busy="true"]') !== null;
  }

  /** Types `value` into a text field, with the `input` event typing fires. */
  async fill(value: string, id: NotifyField = 'email'): Promise<HTMLInputElement> {
    await this.element.updateComplete;
    const field = this.field(id);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    return field;
  }

  /** Ticks (or unticks) a box. */
  tick(id: 'consent' | 'marketing', checked = true): void {
    this.field(id).checked = checked;
  }

  /** Submits the form as Enter or the button would, without waiting. */
  requestSubmit(): void {
    this.form!.requestSubmit();
  }

  /** Submits the form and waits for the element to show it took it. */
  async submit(): Promise<void> {
    this.requestSubmit();
    await this.element.updateComplete;
  }

  /** Fills in the address, ticks the consent box when there is one, and submits. */
  async signUp(email = 'ada@example.com', consent = true): Promise<void> {
    await this.fill(email);
    if (this.has('consent')) this.tick('consent', consent);
    await this.submit();
  }

  /** The result text, in the polite live region; empty when there is none. */
  result(): string {
    return this.part('[role="status"]')?.textContent?.trim() ?? '';
  }

  /** Waits until the result text contains `text`. */
  async resultIncludes(text: string, timeout = 3000): Promise<void> {
    await until(() => this.result().includes(text), timeout, `the result "${text}"`);
  }

  /** Waits until no sign-up is on its way, and the answer is shown. */
  async answered(timeout = 3000): Promise<void> {
    await until(() => !this.sending, timeout, 'the answer');
    await this.element.updateComplete;
  }

  /** Whether a field is marked invalid. */
  invalid(id: NotifyField): boolean {
    return this.field(id).getAttribute('aria-invalid') === 'true';
  }
}

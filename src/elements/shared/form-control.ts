import type { LitElement, PropertyDeclarations, PropertyValues } from 'lit';
import type { Constructor } from '../../config/config-attributes.js';

/** The value the control submits; `null` = not taking part, `''` = taking part, nothing chosen. */
export const getFormValue = Symbol('getFormValue');
/**
 * What the browser keeps to restore the control (back/forward navigation):
 * only what the user chose, so a default is worked out again on return.
 */
export const getFormState = Symbol('getFormState');
/** Puts the control back to its default (the form was reset). */
export const resetFormValue = Symbol('resetFormValue');
/** Puts back a value the browser saved (back/forward navigation, autofill). */
export const restoreFormValue = Symbol('restoreFormValue');
/** The text shown when `required` and nothing is chosen. */
export const valueMissingMessage = Symbol('valueMissingMessage');
/** The inner element the browser points at when the control is invalid. */
export const validationAnchor = Symbol('validationAnchor');

/** What the form-control mixin adds to an element. */
export interface FormControl {
  /** Name under which the value is submitted. */
  name: string;
  /** Whether the control is disabled (not submitted, not validated). */
  disabled: boolean;
  /** Whether a choice must be made before the form can be sent. */
  required: boolean;
  /** Whether the control is disabled by itself or by a disabled `<fieldset>`. */
  readonly effectivelyDisabled: boolean;
  /** The form the control belongs to. */
  readonly form: HTMLFormElement | null;
  /** The `<label>` elements that point at the control. */
  readonly labels: NodeList;
  /** The control's validity, as for native controls. */
  readonly validity: ValidityState;
  /** The browser's message for the current validity problem, or `''`. */
  readonly validationMessage: string;
  /** Whether the control takes part in validation. */
  readonly willValidate: boolean;
  /** Checks validity; fires `invalid` when invalid. */
  checkValidity(): boolean;
  /** Checks validity and shows the browser's message when invalid. */
  reportValidity(): boolean;
  /** Sends the current value and validity to the form; runs on every change and update. */
  syncFormState(): void;
  /** @internal Called by the browser when the form resets. */
  formResetCallback(): void;
  /** @internal Called by the browser to restore a saved value. */
  formStateRestoreCallback(state: string | File | FormData | null, reason: string): void;
  /** @internal Called by the browser when an ancestor `<fieldset>` is (un)disabled. */
  formDisabledCallback(disabled: boolean): void;
  /** Hook: the value to submit. */
  [getFormValue](): string | null;
  /** Hook: the state to restore later (default: the value). */
  [getFormState](): string;
  /** Hook: back to the default value. */
  [resetFormValue](): void;
  /** Hook: restore a saved value. */
  [restoreFormValue](state: string): void;
  /** Hook: the `valueMissing` message. */
  [valueMissingMessage](): string;
  /** Hook: the inner element validation messages point at. */
  [validationAnchor](): HTMLElement | undefined;
}

/**
 * Makes a Lit element a form control through `ElementInternals`: it is
 * submitted under `name`, takes part in `required` validation, resets and
 * restores with the form, and follows a disabled `<fieldset>`. No hidden
 * inputs in the light DOM.
 *
 * The element implements the hooks (`[getFormValue]()` and friends); the
 * mixin sends value and validity to the form as soon as anything changes
 * (a property set, before the update renders it) and after every update, so
 * a script that changes a property and submits in the same task is checked
 * against the new value.
 *
 * ```ts
 * class MyChoice extends FormControlMixin(LitElement) {
 *   override [getFormValue]() { return this.value; }
 * }
 * ```
 */
export function FormControlMixin<T extends Constructor<LitElement>>(
  base: T,
): T & Constructor<FormControl> & { formAssociated: boolean } {
  class FormControlElement extends base {
    /** Tells the browser this element takes part in forms. */
    static get formAssociated() {
      return true;
    }

    static get properties(): PropertyDeclarations {
      return {
        name: { reflect: true },
        disabled: { type: Boolean, reflect: true },
        required: { type: Boolean, reflect: true },
      };
    }

    /** Name under which the value is submitted. */
    name = '';

    /** Whether the control is disabled (not submitted, not validated). */
    disabled = false;

    /** Whether a choice must be made before the form can be sent. */
    required = false;

    readonly #internals: ElementInternals;
    #disabledByFieldset = false;

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.#internals = this.attachInternals();
    }

    get effectivelyDisabled(): boolean {
      return this.disabled || this.#disabledByFieldset;
    }

    get form(): HTMLFormElement | null {
      return this.#internals.form;
    }

    get labels(): NodeList {
      return this.#internals.labels;
    }

    get validity(): ValidityState {
      return this.#internals.validity;
    }

    get validationMessage(): string {
      return this.#internals.validationMessage;
    }

    get willValidate(): boolean {
      return this.#internals.willValidate;
    }

    checkValidity(): boolean {
      this.syncFormState();
      return this.#internals.checkValidity();
    }

    reportValidity(): boolean {
      this.syncFormState();
      return this.#internals.reportValidity();
    }

    syncFormState(): void {
      const value = this[getFormValue]();
      this.#internals.setFormValue(value === '' ? null : value, this[getFormState]());
      if (this.required && value === '' && !this.effectivelyDisabled) {
        const message = this[valueMissingMessage]();
        try {
          this.#internals.setValidity({ valueMissing: true }, message, this[validationAnchor]());
        } catch {
          // The anchor must sit in this element's shadow tree; without one the host is the anchor.
          this.#internals.setValidity({ valueMissing: true }, message);
        }
      } else {
        this.#internals.setValidity({});
      }
    }

    override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
      super.requestUpdate(...args);
      // Before the first update the constructor may still be running (no internals yet).
      if (this.hasUpdated) this.syncFormState();
    }

    override updated(changed: PropertyValues): void {
      super.updated(changed);
      this.syncFormState();
    }

    formResetCallback(): void {
      this[resetFormValue]();
    }

    formStateRestoreCallback(state: string | File | FormData | null): void {
      if (typeof state === 'string') this[restoreFormValue](state);
    }

    formDisabledCallback(disabled: boolean): void {
      this.#disabledByFieldset = disabled;
      this.requestUpdate();
    }

    [getFormValue](): string | null {
      return null;
    }

    [getFormState](): string {
      return this[getFormValue]() ?? '';
    }

    [resetFormValue](): void {}

    [restoreFormValue](_state: string): void {}

    [valueMissingMessage](): string {
      return 'Please choose an option.';
    }

    [validationAnchor](): HTMLElement | undefined {
      return undefined;
    }
  }
  return FormControlElement;
}

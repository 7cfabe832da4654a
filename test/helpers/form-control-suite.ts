import { expect } from '@open-wc/testing';
import type { FormControl } from '../../src/elements/shared/form-control.js';

/** A form-associated element in a `<form>`, ready with its default value. */
export interface FormControlFixture<E extends HTMLElement & FormControl> {
  form: HTMLFormElement;
  el: E;
}

/** How the suite asks for a fixture. */
export interface FixtureOptions {
  name: string;
  required?: boolean;
  disabled?: boolean;
  /** Nothing preselected, so `required` can fail. */
  noDefault?: boolean;
}

/** What the suite needs to know about one form control. */
export interface FormControlSuiteOptions<E extends HTMLElement & FormControl> {
  /**
   * Renders the control inside a `<form>` with `name` (and `required`,
   * `disabled` when asked; `noDefault`: nothing preselected) and waits until
   * it is ready.
   */
  fixture: (options: FixtureOptions) => Promise<FormControlFixture<E>>;
  /** The value submitted by default. */
  defaultValue: string;
  /** Another value the user can pick. */
  otherValue: string;
  /** Picks `value` the way a user does, and waits for the element to settle. */
  pick: (el: E, value: string) => Promise<void>;
  /** Waits for the element to settle after a change. */
  settle: (el: E) => Promise<void>;
}

/**
 * The shared test suite for every form-associated element: `FormData`,
 * reset, `required` validity, disabled (own and by `<fieldset>`), state
 * restore and the `name`. Call it inside the element's `describe`.
 */
export function runFormControlSuite<E extends HTMLElement & FormControl>(
  options: FormControlSuiteOptions<E>,
): void {
  const { fixture, defaultValue, otherValue, pick, settle } = options;

  describe('as a form control', () => {
    it('is form-associated and belongs to its form', async () => {
      const { form, el } = await fixture({ name: 'line' });
      expect((el.constructor as unknown as { formAssociated: boolean }).formAssociated).to.equal(
        true,
      );
      expect(el.form).to.equal(form);
      expect(el.willValidate).to.equal(true);
    });

    it('submits its default value under its name', async () => {
      const { form } = await fixture({ name: 'line' });
      expect(new FormData(form).getAll('line')).to.deep.equal([defaultValue]);
    });

    it('submits what the user picks', async () => {
      const { form, el } = await fixture({ name: 'line' });
      await pick(el, otherValue);
      expect(new FormData(form).get('line')).to.equal(otherValue);
    });

    it('submits under a changed name', async () => {
      const { form, el } = await fixture({ name: 'line' });
      el.name = 'renamed';
      await settle(el);
      const data = new FormData(form);
      expect(data.get('renamed')).to.equal(defaultValue);
      expect(data.has('line')).to.equal(false);
    });

    it('goes back to its default when the form resets', async () => {
      const { form, el } = await fixture({ name: 'line' });
      await pick(el, otherValue);
      form.reset();
      await settle(el);
      expect(new FormData(form).get('line')).to.equal(defaultValue);
    });

    it('restores a saved value', async () => {
      const { form, el } = await fixture({ name: 'line' });
      el.formStateRestoreCallback(otherValue, 'restore');
      await settle(el);
      expect(new FormData(form).get('line')).to.equal(otherValue);
    });

    it('is valid when required and a value is chosen', async () => {
      const { form, el } = await fixture({ name: 'line', required: true });
      expect(el.checkValidity()).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('is invalid with a message when required and nothing is chosen', async () => {
      const { form, el } = await fixture({ name: 'line', required: true, noDefault: true });
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.not.equal('');
      expect(el.checkValidity()).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
      expect(new FormData(form).has('line')).to.equal(false);
      await pick(el, otherValue);
      expect(el.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('is valid without required even when nothing is chosen', async () => {
      const { form, el } = await fixture({ name: 'line', noDefault: true });
      expect(el.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).has('line')).to.equal(false);
    });

    it('is neither submitted nor validated when disabled', async () => {
      const { form, el } = await fixture({
        name: 'line',
        disabled: true,
        required: true,
        noDefault: true,
      });
      expect(el.effectivelyDisabled).to.equal(true);
      expect(el.willValidate).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).has('line')).to.equal(false);
      el.disabled = false;
      await settle(el);
      expect(el.willValidate).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
    });

    it('follows a disabled <fieldset> around it', async () => {
      const { form, el } = await fixture({ name: 'line' });
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(el);
      fieldset.disabled = true;
      await settle(el);
      expect(el.effectivelyDisabled).to.equal(true);
      expect(new FormData(form).has('line')).to.equal(false);
      fieldset.disabled = false;
      await settle(el);
      expect(el.effectivelyDisabled).to.equal(false);
      expect(new FormData(form).get('line')).to.equal(defaultValue);
    });
  });
}

import { warn } from '../../data/report.js';

/**
 * Registers `constructor` as `tag`, doing nothing when the tag is taken
 * (the bundle loaded twice, or another copy of the elements on the page).
 * When the class already has another tag, a subclass is registered instead,
 * since the platform lets one constructor hold only one name.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry || registry.get(tag)) return;
  const hasName =
    typeof registry.getName === 'function'
      ? registry.getName(constructor) !== null
      : Object.hasOwn(constructor, '__backorderTag');
  try {
    if (hasName) {
      registry.define(tag, class extends (constructor as typeof HTMLElement) {});
    } else {
      registry.define(tag, constructor);
      Object.defineProperty(constructor, '__backorderTag', { value: tag });
    }
  } catch (error) {
    // A page can race us to the name; never throw into the host page.
    warn(`could not define <${tag}>:`, error);
  }
}

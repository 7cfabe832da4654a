import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A host that has a SKU and may take it from a variant picker on the page. */
export interface SkuFollowingHost extends ReactiveControllerHost, HTMLElement {
  sku: string;
  /** CSS selector of the `<select>`, input or radio group whose value is the SKU. */
  skuFrom?: string;
}

/**
 * The value of the picker `selector` points at: a `<select>` or text input's
 * value, the checked radio among matching radios, or the checked radio inside
 * a matching container (a radio group). Undefined when nothing is chosen.
 */
export function readPickedSku(root: ParentNode, selector: string): string | undefined {
  let matches: Element[];
  try {
    matches = [...root.querySelectorAll(selector)];
  } catch {
    return undefined; // Not a valid selector: nothing to follow.
  }
  for (const match of matches) {
    if (
      match instanceof HTMLInputElement &&
      (match.type === 'radio' || match.type === 'checkbox')
    ) {
      if (match.checked) return match.value;
      continue;
    }
    if (match instanceof HTMLSelectElement || match instanceof HTMLInputElement) return match.value;
    const checked = match.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (checked) return checked.value;
  }
  return undefined;
}

/**
 * Lets an element follow a variant picker without glue code: with
 * `sku-from="#variant"` its `sku` is the picker's value, now and after every
 * `change` or `input` on the page that touches the picker. The element calls
 * `sync()` in `willUpdate`, so a new selector is read in the same update.
 */
export class SkuFromController implements ReactiveController {
  readonly #host: SkuFollowingHost;
  #root: Document | ShadowRoot | undefined;
  #listening = false;

  constructor(host: SkuFollowingHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#root = this.#host.getRootNode() as Document | ShadowRoot;
    // The picker may come later in the document than the element.
    if (this.#host.skuFrom) queueMicrotask(() => this.sync());
  }

  hostDisconnected(): void {
    this.#listen(false);
    this.#root = undefined;
  }

  /** Listens to the page's `change` and `input` only while following a picker: a listing of hundreds adds none. */
  #listen(on: boolean): void {
    if (on === this.#listening || !this.#root) return;
    for (const type of ['change', 'input']) {
      if (on) this.#root.addEventListener(type, this.#onPickerEvent, true);
      else this.#root.removeEventListener(type, this.#onPickerEvent, true);
    }
    this.#listening = on;
  }

  readonly #onPickerEvent = (event: Event): void => {
    const selector = this.#host.skuFrom;
    if (!selector || !(event.target instanceof Element)) return;
    try {
      if (!event.target.closest(selector) && !event.target.matches(selector)) return;
    } catch {
      return;
    }
    this.sync();
  };

  /** Reads the picker and sets `sku` when it changed. */
  sync(): void {
    const selector = this.#host.skuFrom;
    if (!selector || !this.#root) return;
    this.#listen(true);
    const picked = readPickedSku(this.#root, selector);
    if (picked !== undefined && picked !== this.#host.sku) this.#host.sku = picked;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StockState } from '../../data/types.js';
// The script-tag builds load this module as a part of its own, with its own
// copy of report.ts: harmless, as the one message it warns about is its own.
import { warnOnce } from '../../data/report.js';
import type { Translate } from '../../i18n/format.js';

/** A host that names the page's purchase button by id. */
export interface PurchaseButtonHost extends ReactiveControllerHost, HTMLElement {
  /** The id of the `<button>` in the host's root. */
  controls?: string;
}

let mirrors = 0;

/**
 * Makes the page's own purchase button (`controls="ID"`) follow the stock:
 * `out-of-stock` and `discontinued` disable it, `backorder` and `preorder`
 * relabel it, and every other state leaves the shop's own label and
 * `disabled`. While loading, on `error` or `unknown` the button is exactly as
 * the shop made it. The button's own child nodes are kept and put back, and a
 * `disabled` the shop set (or changed) itself is never overwritten with ours.
 *
 * The status text is mirrored into a hidden light-DOM child of the host, so the
 * button's `aria-describedby` can point at it from the same root; the host
 * slots it into a hidden slot (named by the host), without which
 * Chromium leaves an unslotted child out of the accessibility tree.
 */
export class PurchaseButtonController implements ReactiveController {
  readonly #host: PurchaseButtonHost;
  readonly #slot: string;
  #button: HTMLButtonElement | undefined;
  #observer: MutationObserver | undefined;
  /** Our label, while it stands in for the shop's child nodes and aria-label. */
  #label: Text | undefined;
  #shopLabel: [Node[], string | null] = [[], null];
  /** What we set `disabled` to; undefined while it is the shop's. */
  #ownDisabled: boolean | undefined;
  #shopDisabled = false;
  #mirror: HTMLElement | undefined;

  /** `slot`: the name of the hidden slot the host renders for the mirrored status text. */
  constructor(host: PurchaseButtonHost, slot: string) {
    this.#host = host;
    this.#slot = slot;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.sync();
  }

  /** The element `controls` names in the host's root, if any. */
  #find(): HTMLElement | null {
    const id = this.#host.isConnected && this.#host.controls;
    return (id && (this.#host.getRootNode() as Document).getElementById?.(id)) || null;
  }

  /**
   * Shows `state` on the button (none: the shop's own), with `description`,
   * the status text, as its accessible description. Call after every update.
   */
  sync(state?: StockState, t?: Translate, description = ''): void {
    const found = this.#find();
    const button = found instanceof HTMLButtonElement ? found : undefined;
    if (found && !button) warnOnce(`controls="${found.id}" is no <button>`);
    if (button !== this.#button) {
      if (this.#button) this.#show(this.#button);
      this.#button = button;
    }
    // The button may come later, or be replaced or removed by the page.
    this.#observer ??= new MutationObserver(() => {
      if (this.#find() !== (this.#button ?? null) || !(this.#button?.isConnected ?? true))
        this.#host.requestUpdate();
    });
    this.#observer.disconnect();
    if (this.#host.isConnected && this.#host.controls)
      this.#observer.observe(this.#host.getRootNode(), { childList: true, subtree: true });
    if (button) this.#show(button, state, t, description);
  }

  /** Shows `state` on `button`; without one, puts the shop's label, `disabled` and description back. */
  #show(button: HTMLButtonElement, state?: StockState, t?: Translate, text?: string) {
    // disabled: the shop's value is the button's, unless that is still ours.
    if (button.disabled !== this.#ownDisabled) this.#shopDisabled = button.disabled;
    this.#ownDisabled = state === 'out-of-stock' || state === 'discontinued' || undefined;
    button.disabled = this.#ownDisabled || this.#shopDisabled;

    const words =
      state === 'backorder'
        ? t!('statusButtonBackorder')
        : state === 'preorder'
          ? t!('statusButtonPreorder')
          : undefined;
    // Our text, if it still stands alone in the button (the shop has not redrawn it since).
    let label =
      button.childNodes.length === 1 && button.firstChild === this.#label ? this.#label : undefined;
    if (words && !label) {
      this.#shopLabel = [[...button.childNodes], button.getAttribute('aria-label')];
      button.replaceChildren((label = new Text()));
    }
    const [children, ariaLabel] = this.#shopLabel;
    if (label && !words) {
      button.replaceChildren(...children);
      label = undefined;
    }
    if (label) label.data = words!;
    // A shop's aria-label would hide the new words from assistive technology.
    if (ariaLabel !== null && label !== this.#label)
      button.setAttribute('aria-label', label ? words! : ariaLabel);
    this.#label = label;

    const mirror = (this.#mirror ??= Object.assign(document.createElement('span'), {
      id: `bo-status-text-${++mirrors}`,
      hidden: true,
      slot: this.#slot,
    }));
    const described = state && !['loading', 'error', 'unknown'].includes(state) && text;
    const ids = (button.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((token) => token && token !== mirror.id);
    if (described) {
      if (mirror.textContent !== described) mirror.textContent = described;
      if (mirror.parentNode !== this.#host) this.#host.append(mirror);
      ids.push(mirror.id);
    } else mirror.remove();
    if (ids.length > 0) button.setAttribute('aria-describedby', ids.join(' '));
    else button.removeAttribute('aria-describedby');
  }
}

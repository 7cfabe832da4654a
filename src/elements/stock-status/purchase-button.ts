import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StockState } from '../../data/types.js';
import type { Translate } from '../../i18n/format.js';

/** A host that names the page's purchase button by id. */
export interface PurchaseButtonHost extends ReactiveControllerHost, HTMLElement {
  /** The id of the `<button>` in the host's root. */
  controls?: string;
}

let mirrors = 0;

/** The hidden slot the host renders for the mirrored status text. */
export const MIRROR_SLOT = 'button-description';

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
 * slots it into a hidden `<slot name="button-description">`, without which Chromium
 * leaves an unslotted child out of the accessibility tree.
 */
export class PurchaseButtonController implements ReactiveController {
  private readonly host: PurchaseButtonHost;
  private observer: MutationObserver | undefined;
  private button: HTMLButtonElement | undefined;
  /** The text shown in place of the shop's content, while relabelled. */
  private ownLabel: Text | undefined;
  private shopChildren: Node[] = [];
  private shopAriaLabel: string | null = null;
  /** What we set `disabled` to; undefined while it is the shop's. */
  private ownDisabled: boolean | undefined;
  private shopDisabled = false;
  private mirror: HTMLElement | undefined;
  private warned: string | undefined;

  constructor(host: PurchaseButtonHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.sync(undefined, undefined);
  }

  /**
   * Shows `state` on the button (none: the shop's own), with `description`,
   * the status text, as its accessible description. Call after every update.
   */
  sync(state: StockState | undefined, t: Translate | undefined, description = ''): void {
    const host = this.host;
    const id = host.isConnected ? host.controls?.trim() : undefined;
    const found = id ? (host.getRootNode() as Document).getElementById?.(id) : undefined;
    if (found && !(found instanceof HTMLButtonElement) && this.warned !== id) {
      this.warned = id;
      console.warn(
        `[backorder-elements] controls="${id}" is a <${found.localName}>, not a <button>: left alone.`,
      );
    }
    const button = found instanceof HTMLButtonElement ? found : undefined;
    if (button !== this.button) {
      this.release();
      this.button = button;
    }
    this.watch(id ? (host.getRootNode() as Node) : undefined);
    if (!button) return;

    const known = state && !['loading', 'error', 'unknown'].includes(state);
    this.setDisabled(button, state === 'out-of-stock' || state === 'discontinued');
    this.setLabel(
      button,
      state === 'backorder'
        ? t?.('statusButtonBackorder')
        : state === 'preorder'
          ? t?.('statusButtonPreorder')
          : undefined,
    );
    this.describe(button, known ? description : undefined);
  }

  /** Watches `root` for the button coming, going or being replaced. */
  private watch(root: Node | undefined): void {
    if (!root) {
      this.observer?.disconnect();
      this.observer = undefined;
      return;
    }
    if (this.observer) return;
    this.observer = new MutationObserver(() => {
      const id = this.host.controls?.trim();
      const found = id ? (this.host.getRootNode() as Document).getElementById?.(id) : null;
      if ((found ?? undefined) !== this.button || !this.button?.isConnected)
        this.host.requestUpdate();
    });
    this.observer.observe(root, { childList: true, subtree: true });
  }

  /** Puts the shop's label, `disabled` and description back, and lets go of the button. */
  private release(): void {
    const button = this.button;
    if (!button) return;
    this.setDisabled(button, false);
    this.setLabel(button, undefined);
    this.describe(button, undefined);
    this.button = undefined;
  }

  private setDisabled(button: HTMLButtonElement, disable: boolean): void {
    // The shop's value: the button as it is, unless it is still what we set.
    if (this.ownDisabled === undefined || button.disabled !== this.ownDisabled)
      this.shopDisabled = button.disabled;
    const wanted = disable || this.shopDisabled;
    if (button.disabled !== wanted) button.disabled = wanted;
    this.ownDisabled = disable ? true : undefined;
  }

  private setLabel(button: HTMLButtonElement, label: string | undefined): void {
    const own = this.ownLabel;
    // Still our text alone: the shop has not redrawn the button since.
    const ours = own !== undefined && button.childNodes.length === 1 && button.firstChild === own;
    if (label === undefined) {
      if (ours) {
        button.replaceChildren(...this.shopChildren);
        if (button.getAttribute('aria-label') === own.data) {
          if (this.shopAriaLabel === null) button.removeAttribute('aria-label');
          else button.setAttribute('aria-label', this.shopAriaLabel);
        }
      }
      this.ownLabel = undefined;
      this.shopChildren = [];
      return;
    }
    if (!ours) {
      this.shopChildren = [...button.childNodes];
      this.shopAriaLabel = button.getAttribute('aria-label');
      this.ownLabel = document.createTextNode(label);
      button.replaceChildren(this.ownLabel);
    } else {
      own.data = label;
    }
    // A shop's aria-label would hide the new words from assistive technology.
    if (this.shopAriaLabel !== null) button.setAttribute('aria-label', label);
  }

  /** Points `aria-describedby` at a hidden copy of `text`; none removes it. */
  private describe(button: HTMLButtonElement, text: string | undefined): void {
    let mirror = this.mirror;
    if (text && !mirror) {
      mirror = this.mirror = document.createElement('span');
      mirror.id = `bo-status-text-${++mirrors}`;
      mirror.hidden = true;
      mirror.slot = MIRROR_SLOT;
      mirror.dataset.backorderElements = '';
    }
    if (!mirror) return;
    const tokens = (button.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((token) => token && token !== mirror.id);
    if (text) {
      if (mirror.textContent !== text) mirror.textContent = text;
      if (mirror.parentNode !== this.host) this.host.append(mirror);
      tokens.push(mirror.id);
    } else {
      mirror.remove();
    }
    if (tokens.length > 0) button.setAttribute('aria-describedby', tokens.join(' '));
    else button.removeAttribute('aria-describedby');
  }
}

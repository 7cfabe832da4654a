import { ContextConsumer } from '@lit/context';
import {
  css,
  LitElement,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { ConfigAttributes, type Constructor } from '../../config/config-attributes.js';
import { onPageConfigChange, resolveConfig, type BackorderConfig } from '../../config/config.js';
import { stockConfigContext } from '../../config/context.js';
import { resolveLocale, translator, type Translate } from '../../i18n/format.js';
import { sharedTexts } from '../../i18n/catalogues/en.js';
import { loadCatalogue, type Messages } from '../../i18n/messages.js';
import type { StockState } from '../../data/types.js';
import { tokenStyles } from './tokens.styles.js';

/**
 * The style every element starts from: the shared tokens, box sizing and
 * `[hidden]`, on the host too (an element's own `:host { display }` would
 * otherwise beat the browser's `[hidden] { display: none }`).
 */
export const baseStyles = [
  tokenStyles,
  css`
    :host {
      box-sizing: border-box;
    }
    :host([hidden]) {
      display: none !important;
    }
    :host *,
    :host *::before,
    :host *::after {
      box-sizing: inherit;
    }
    [hidden] {
      display: none !important;
    }
  `,
];

/**
 * Starts loading the texts of the page's language (the configured locale,
 * else `<html lang>`, else the browser's) as the library starts, before any
 * element renders: a Swedish or German page then has them before its first
 * paint, and no element lays out its space for English texts first.
 */
export function loadPageTexts(): void {
  const root = globalThis.document?.documentElement;
  if (root) void loadCatalogue(resolveLocale(resolveConfig().locale, root));
}

/** The configuration, locale and translator an element works with. */
interface Resolved {
  config: BackorderConfig;
  locale: string;
  t: Translate;
}

/**
 * What every backorder element shares: the configuration attributes, the
 * nearest `<stock-provider>`'s configuration through `@lit/context`, the page
 * defaults from `configure()`, the locale, and the reflected `state`.
 */
export class BackorderElement extends ConfigAttributes(LitElement) {
  // Static getters rather than static fields, here and in every element: with
  // useDefineForClassFields off (Lit's reactive properties need it), an
  // ES2022 static field compiles to a static block, which Safari runs only
  // from 16.4; getters keep the script-tag builds running from Safari 15.4.
  static override get styles(): CSSResultGroup {
    return baseStyles;
  }

  /**
   * The English texts the element shows: the fallback for every language, and
   * the texts while another language loads. Each element names its parts of
   * `catalogues/en.ts`, so a page ships only the texts of its elements.
   */
  static get englishTexts(): Partial<Messages> {
    return sharedTexts;
  }

  static override get properties(): PropertyDeclarations {
    return {
      state: { reflect: true },
    };
  }

  /** The provider's configuration, kept current. */
  readonly #providedConfig = new ContextConsumer(this, {
    context: stockConfigContext,
    subscribe: true,
  });

  /** The current state, reflected so the store's CSS can style it. */
  state: StockState = 'loading';

  /**
   * True while the texts of the element's language are loading: answers wait
   * (the element shows its loading state), so no English answer flashes first.
   * @internal
   */
  textsLoading = false;

  #stopWatchingPageConfig?: () => void;
  /** The configuration, locale and translator worked out for the current update. */
  #resolved: Resolved | undefined;
  /** Whether `#resolved` is this update's: set in `willUpdate`, until `updated`. */
  #resolvedThisUpdate = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopWatchingPageConfig = onPageConfigChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatchingPageConfig?.();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#resolved = this.#resolve();
    this.#resolvedThisUpdate = true;
    const loading = loadCatalogue(this.#resolved.locale);
    this.textsLoading = loading !== undefined;
    void loading?.then(() => this.requestUpdate());
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#resolvedThisUpdate = false;
  }

  /**
   * What the element shows is worked out once per update, in `willUpdate`, and
   * reused by `render()` and by anything that runs until the next change. A
   * change (an attribute, the provider, `configure()`, a language arriving)
   * requests an update: from then on, until that update, it is worked out
   * afresh on every read, so event handlers and getters never see stale settings.
   */
  get #current(): Resolved {
    const resolved = this.#resolved;
    return resolved && (this.#resolvedThisUpdate || !this.isUpdatePending)
      ? resolved
      : this.#resolve();
  }

  #resolve(): Resolved {
    const config = resolveConfig(this.attributeConfig, this.#providedConfig.value);
    const locale = resolveLocale(config.locale, this);
    const { englishTexts } = this.constructor as typeof BackorderElement;
    return { config, locale, t: translator(locale, config.messages, englishTexts) };
  }

  /** The configuration in force: attribute, provider, `configure()`, built-in. */
  get config(): BackorderConfig {
    return this.#current.config;
  }

  /** The locale in force for this element. */
  get resolvedLocale(): string {
    return this.#current.locale;
  }

  /** A translator for this element's locale and text overrides. */
  protected get texts(): Translate {
    return this.#current.t;
  }

  /** Fires one of our events (named in `HTMLElementEventMap`): bubbling, composed, with a plain-object detail. */
  protected emit<K extends keyof HTMLElementEventMap>(
    type: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
    cancelable = false,
  ): boolean {
    /** @internal Each element lists the events it fires with `@fires`. */
    return this.dispatchEvent(
      new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }),
    );
  }
}

/**
 * `base` with an element's own styles (after the shared `baseStyles`) and the
 * English texts it shows (`englishTexts`): the statics every element would
 * otherwise write out again.
 *
 * ```ts
 * export class StockStatus extends withStylesAndTexts(SkuElement, stockStatusStyles, texts) {}
 * ```
 */
export const withStylesAndTexts = <T extends Constructor<BackorderElement>>(
  base: T,
  styles: CSSResultGroup,
  texts: Partial<Messages>,
): T =>
  class extends base {
    static get styles(): CSSResultGroup {
      return [baseStyles, styles];
    }
    static get englishTexts(): Partial<Messages> {
      return texts;
    }
  };

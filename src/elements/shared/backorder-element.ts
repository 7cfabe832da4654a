import { ContextConsumer } from '@lit/context';
import { css, LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import type { SourceName } from '../../data/sources/index.js';
import {
  onPageConfigChange,
  type NotifyTargetName,
  resolveConfig,
  type BackorderConfig,
  type ConfigInput,
} from '../../config/config.js';
import { stockConfigContext } from '../../config/context.js';
import { resolveLocale, translator, type Translate } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import type { StockState } from '../../data/types.js';

/** The style every element starts from. */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
  }
  :host *,
  :host *::before,
  :host *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
`;

/**
 * What every backorder element shares: the configuration attributes, the
 * nearest `<stock-provider>`'s configuration through `@lit/context`, the page
 * defaults from `configure()`, the locale, and the reflected `state`.
 */
export class BackorderElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The provider's configuration, kept current. */
  private readonly providedConfig = new ContextConsumer(this, {
    context: stockConfigContext,
    subscribe: true,
  });

  /** Availability URL; `{sku}` in it means one request per SKU. */
  @property() endpoint?: string;

  /** Back-in-stock subscription URL. */
  @property({ attribute: 'notify-endpoint' }) notifyEndpoint?: string;

  /** BCP 47 tag for texts, numbers and dates; default: nearest `lang`, then the browser. */
  @property() locale?: string;

  /** `quantity` at or below this is `low-stock` (default 5). */
  @property({ attribute: 'low-stock-threshold', type: Number }) lowStockThreshold?: number;

  /** A backorder expected later than this many days is not offered (default 21). */
  @property({ attribute: 'max-backorder-days', type: Number }) maxBackorderDays?: number;

  /** Backordered units expected within this many days are charged now (default 7). */
  @property({ attribute: 'charge-now-days', type: Number }) chargeNowDays?: number;

  /** Most SKUs in one availability request (default 50). */
  @property({ attribute: 'batch-size', type: Number }) batchSize?: number;

  /** Seconds an answer stays fresh (default 60). */
  @property({ attribute: 'cache-ttl', type: Number }) cacheTtl?: number;

  /** Seconds between re-checks while the page is visible; 0 = never (default). */
  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval?: number;

  /** Seconds before a request counts as failed (default 8). */
  @property({ type: Number }) timeout?: number;

  /** Where availability comes from: `json` (default), `shopify` or `woocommerce`. */
  @property() source?: SourceName;

  /** Shopify: the public Storefront API access token. */
  @property({ attribute: 'storefront-token' }) storefrontToken?: string;

  /** Where sign-ups go: `json` (default) or `klaviyo`. */
  @property({ attribute: 'notify-target' }) notifyTarget?: NotifyTargetName;

  /** Klaviyo: the company's public API key. */
  @property({ attribute: 'klaviyo-company-id' }) klaviyoCompanyId?: string;

  /** Klaviyo: the catalog-variant id prefix before the SKU (default `$custom:::$default:::`). */
  @property({ attribute: 'klaviyo-variant-prefix' }) klaviyoVariantPrefix?: string;

  /** Texts that replace built-in ones for this element (property only). */
  @property({ attribute: false }) messages?: Partial<Messages>;

  /** The current state, reflected so the store's CSS can style it. */
  @property({ reflect: true }) state: StockState = 'loading';

  private stopWatchingPageConfig?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingPageConfig = onPageConfigChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingPageConfig?.();
  }

  /** This element's own settings (level 1 of the resolution). */
  protected ownConfig(): ConfigInput {
    return {
      endpoint: this.endpoint,
      notifyEndpoint: this.notifyEndpoint,
      locale: this.locale,
      lowStockThreshold: this.lowStockThreshold,
      maxBackorderDays: this.maxBackorderDays,
      chargeNowDays: this.chargeNowDays,
      batchSize: this.batchSize,
      cacheTtl: this.cacheTtl,
      refreshInterval: this.refreshInterval,
      timeout: this.timeout,
      messages: this.messages,
      source: this.source,
      storefrontToken: this.storefrontToken,
      notifyTarget: this.notifyTarget,
      klaviyoCompanyId: this.klaviyoCompanyId,
      klaviyoVariantPrefix: this.klaviyoVariantPrefix,
    };
  }

  /** The configuration in force: attribute, provider, `configure()`, built-in. */
  get config(): BackorderConfig {
    return resolveConfig(this.ownConfig(), this.providedConfig.value);
  }

  /** The locale in force for this element. */
  get resolvedLocale(): string {
    return resolveLocale(this.config.locale, this);
  }

  /** A translator for this element's locale and overrides. */
  protected textsFor(config: BackorderConfig = this.config): Translate {
    return translator(resolveLocale(config.locale, this), config.messages);
  }

  /** Fires one of our events: bubbling, composed, with a plain-object detail. */
  protected emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }),
    );
  }
}

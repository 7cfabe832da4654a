import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConfigInput, NotifyTargetName } from '../../config/config.js';
import type { SourceName } from '../../data/sources/index.js';
import { stockConfigContext } from '../../config/context.js';
import type { Messages } from '../../i18n/messages.js';
import { baseStyles } from '../shared/backorder-element.js';
import { defineElement } from '../shared/define-element.js';
import { LitElement } from 'lit';

/**
 * Holds the configuration for every backorder element inside it, shared
 * through `@lit/context`. Renders its children only. A provider inside
 * another provider adds to (and overrides) the outer one's settings.
 *
 * ```html
 * <stock-provider endpoint="/api/availability" notify-endpoint="/api/notify" locale="sv-SE">
 *   <stock-status sku="TEE-RED-M"></stock-status>
 * </stock-provider>
 * ```
 *
 * @slot - The page content that uses this configuration.
 */
export class StockProvider extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** Registers the element as `tag`; does nothing if that tag is already defined. */
  static define(tag = 'stock-provider'): void {
    defineElement(tag, this);
  }

  private readonly outer = new ContextConsumer(this, {
    context: stockConfigContext,
    subscribe: true,
  });

  private readonly provider = new ContextProvider(this, { context: stockConfigContext });

  /** Availability URL; `{sku}` in it means one request per SKU. */
  @property() endpoint?: string;

  /** Back-in-stock subscription URL. */
  @property({ attribute: 'notify-endpoint' }) notifyEndpoint?: string;

  /** BCP 47 tag for texts, numbers and dates. */
  @property() locale?: string;

  /** `quantity` at or below this is `low-stock`. */
  @property({ attribute: 'low-stock-threshold', type: Number }) lowStockThreshold?: number;

  /** A backorder expected later than this many days is not offered. */
  @property({ attribute: 'max-backorder-days', type: Number }) maxBackorderDays?: number;

  /** Backordered units expected within this many days are charged with the order. */
  @property({ attribute: 'charge-now-days', type: Number }) chargeNowDays?: number;

  /** Most SKUs in one availability request. */
  @property({ attribute: 'batch-size', type: Number }) batchSize?: number;

  /** Seconds an answer stays fresh. */
  @property({ attribute: 'cache-ttl', type: Number }) cacheTtl?: number;

  /** Seconds between re-checks while the page is visible; 0 = never. */
  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval?: number;

  /** Seconds before a request counts as failed. */
  @property({ type: Number }) timeout?: number;

  /** Where availability comes from: `json` (default), `shopify` or `woocommerce`. */
  @property() source?: SourceName;

  /** Shopify: the public Storefront API access token. */
  @property({ attribute: 'storefront-token' }) storefrontToken?: string;

  /** Where sign-ups go: `json` (default) or `klaviyo`. */
  @property({ attribute: 'notify-target' }) notifyTarget?: NotifyTargetName;

  /** Klaviyo: the company's public API key. */
  @property({ attribute: 'klaviyo-company-id' }) klaviyoCompanyId?: string;

  /** Klaviyo: the catalog-variant id prefix before the SKU. */
  @property({ attribute: 'klaviyo-variant-prefix' }) klaviyoVariantPrefix?: string;

  /** Texts that replace built-in ones for the whole subtree (property only). */
  @property({ attribute: false }) messages?: Partial<Messages>;

  /** The configuration this provider hands down: the outer provider's, then its own on top. */
  get providedConfig(): ConfigInput {
    const own: ConfigInput = {
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
      source: this.source,
      storefrontToken: this.storefrontToken,
      notifyTarget: this.notifyTarget,
      klaviyoCompanyId: this.klaviyoCompanyId,
      klaviyoVariantPrefix: this.klaviyoVariantPrefix,
    };
    const merged: ConfigInput = { ...this.outer.value };
    for (const [key, value] of Object.entries(own)) {
      if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
    }
    merged.messages = { ...this.outer.value?.messages, ...this.messages };
    return merged;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.provider.setValue(this.providedConfig);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'stock-provider': StockProvider;
  }
}

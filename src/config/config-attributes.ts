import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { SourceName } from '../data/sources/index.js';
import { parseMessagesAttribute, type MessageOverrides } from '../i18n/overrides.js';
import type { ConfigInput, NotifyTargetName } from './config.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/** The public face of the configuration attributes (declared apart so type declarations can name it). */
export declare class ConfigAttributesElement {
  endpoint?: string;
  notifyEndpoint?: string;
  locale?: string;
  lowStockThreshold?: number;
  maxBackorderDays?: number;
  chargeNowDays?: number;
  batchSize?: number;
  cacheTtl?: number;
  refreshInterval?: number;
  timeout?: number;
  source?: SourceName;
  storefrontToken?: string;
  notifyTarget?: NotifyTargetName;
  klaviyoCompanyId?: string;
  klaviyoVariantPrefix?: string;
  messages?: MessageOverrides;
  get attributeConfig(): ConfigInput;
}

/**
 * The configuration attributes, declared once for `<stock-provider>` and every
 * element: each sets level 1 (element) or 2 (provider) of the resolution.
 */
export const ConfigAttributes = <Base extends Constructor<LitElement>>(base: Base) => {
  class WithConfigAttributes extends base {
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

    /** Backordered units expected within this many days are charged with the order (default 7). */
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

    /**
     * Texts that replace built-in ones, by message id (or by locale, then id).
     * As an attribute, JSON: `messages='{"statusInStock":"Available"}'`;
     * invalid JSON is ignored with a console warning.
     */
    @property({ converter: { fromAttribute: parseMessagesAttribute } }) messages?: MessageOverrides;

    /** The settings made on this element itself; unset ones are undefined. */
    get attributeConfig(): ConfigInput {
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
        source: this.source,
        storefrontToken: this.storefrontToken,
        notifyTarget: this.notifyTarget,
        klaviyoCompanyId: this.klaviyoCompanyId,
        klaviyoVariantPrefix: this.klaviyoVariantPrefix,
        messages: this.messages,
      };
    }
  }
  return WithConfigAttributes as Constructor<ConfigAttributesElement> & Base;
};

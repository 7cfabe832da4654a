import type { LitElement, PropertyDeclarations } from 'lit';
import type { SourceName } from '../data/sources/source.js';
import { parseMessagesAttribute, type MessageOverrides } from '../i18n/overrides.js';
import { builtInDefaults, type ConfigInput, type NotifyTargetName } from './config.js';

/** A class making `T`s, as mixins take and return them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Constructor<T> = new (...args: any[]) => T;

/**
 * The public face of the configuration attributes, one optional property per
 * setting (named apart, so type declarations can name it).
 */
export interface ConfigAttributesElement extends ConfigInput {
  /** The settings made on this element itself; unset ones are undefined. */
  readonly attributeConfig: ConfigInput;
}

/**
 * The configuration attributes, declared once for `<stock-provider>` and every
 * element: each sets level 1 (element) or 2 (provider) of the resolution.
 */
export const ConfigAttributes = <Base extends Constructor<LitElement>>(base: Base) => {
  class WithConfigAttributes extends base {
    static get properties(): PropertyDeclarations {
      return {
        endpoint: {},
        notifyEndpoint: { attribute: 'notify-endpoint' },
        locale: {},
        lowStockThreshold: { attribute: 'low-stock-threshold', type: Number },
        maxBackorderDays: { attribute: 'max-backorder-days', type: Number },
        chargeNowDays: { attribute: 'charge-now-days', type: Number },
        batchSize: { attribute: 'batch-size', type: Number },
        cacheTtl: { attribute: 'cache-ttl', type: Number },
        refreshInterval: { attribute: 'refresh-interval', type: Number },
        timeout: { type: Number },
        source: {},
        storefrontToken: { attribute: 'storefront-token' },
        notifyTarget: { attribute: 'notify-target' },
        klaviyoCompanyId: { attribute: 'klaviyo-company-id' },
        klaviyoVariantPrefix: { attribute: 'klaviyo-variant-prefix' },
        messages: { converter: { fromAttribute: parseMessagesAttribute } },
      };
    }

    /** Availability URL; `{sku}` in it means one request per SKU. */
    endpoint?: string;

    /** Back-in-stock subscription URL. */
    notifyEndpoint?: string;

    /** BCP 47 tag for texts, numbers and dates; default: nearest `lang`, then the browser. */
    locale?: string;

    /** `quantity` at or below this is `low-stock` (default 5). */
    lowStockThreshold?: number;

    /** A backorder expected later than this many days is not offered (default 21). */
    maxBackorderDays?: number;

    /** Backordered units expected within this many days are charged with the order (default 7). */
    chargeNowDays?: number;

    /** Most SKUs in one availability request (default 50). */
    batchSize?: number;

    /** Seconds an answer stays fresh (default 60). */
    cacheTtl?: number;

    /** Seconds between re-checks while the page is visible; 0 = never (default). */
    refreshInterval?: number;

    /** Seconds before a request counts as failed (default 8). */
    timeout?: number;

    /** Where availability comes from: `json` (default), `shopify` or `woocommerce`. */
    source?: SourceName;

    /** Shopify: the public Storefront API access token. */
    storefrontToken?: string;

    /** Where sign-ups go: `json` (default) or `klaviyo`. */
    notifyTarget?: NotifyTargetName;

    /** Klaviyo: the company's public API key. */
    klaviyoCompanyId?: string;

    /** Klaviyo: the catalog-variant id prefix before the SKU (default `$custom:::$default:::`). */
    klaviyoVariantPrefix?: string;

    /**
     * Texts that replace built-in ones, by message id (or by locale, then id).
     * As an attribute, JSON: `messages='{"statusInStock":"Available"}'`;
     * invalid JSON is ignored with a console warning.
     */
    messages?: MessageOverrides;

    /** The settings made on this element itself; unset ones are undefined. */
    get attributeConfig(): ConfigInput {
      const own: Record<string, unknown> = {};
      for (const key in builtInDefaults) own[key] = this[key as keyof this];
      return own;
    }
  }
  return WithConfigAttributes as Constructor<ConfigAttributesElement> & Base;
};

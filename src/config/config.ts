import { KLAVIYO_DEFAULT_VARIANT_PREFIX, type NotifyTargetName } from '../data/notify-targets.js';
import type { SourceName } from '../data/sources/source.js';
import {
  clampSetting,
  isUsableSetting,
  SETTING_RANGES,
  type RangedSetting,
} from '../data/settings.js';
import { isRecord, parseJson } from '../data/json.js';
import { pageSingleton } from '../data/page-singleton.js';
import { callListeners, warn } from '../data/report.js';
import { mergeMessageOverrides, type MessageOverrides } from '../i18n/overrides.js';

/** Everything an element can be configured with, fully resolved. */
export interface BackorderConfig {
  /** Availability URL; none means elements show nothing and warn once. */
  endpoint: string | undefined;
  /** Back-in-stock subscription URL; none means the form says sign-up is unavailable. */
  notifyEndpoint: string | undefined;
  /** BCP 47 tag for texts, numbers and dates; undefined means nearest `lang`, then the browser. */
  locale: string | undefined;
  /** `quantity` at or below this is `low-stock`. */
  lowStockThreshold: number;
  /** A backorder expected later than this many days is not offered. */
  maxBackorderDays: number;
  /** Backordered units expected within this many days are charged with the order. */
  chargeNowDays: number;
  /** Most SKUs in one availability request. */
  batchSize: number;
  /** Seconds an answer stays fresh. */
  cacheTtl: number;
  /** Seconds between re-checks while the page is visible; 0 = never. */
  refreshInterval: number;
  /** Seconds before a request counts as failed. */
  timeout: number;
  /** Texts that replace the built-in ones, by message id, or by locale then message id. */
  messages: MessageOverrides;
  /** Where availability comes from: `json` (our contract), `shopify` or `woocommerce`. */
  source: SourceName;
  /** Shopify: the public Storefront API access token. */
  storefrontToken: string | undefined;
  /** Where sign-ups go: `json` (our contract) or `klaviyo`. */
  notifyTarget: NotifyTargetName;
  /** Klaviyo: the company's public API key (sent as `company_id`). */
  klaviyoCompanyId: string | undefined;
  /** Klaviyo: the catalog-variant id prefix before the SKU. */
  klaviyoVariantPrefix: string;
}

/** Where sign-ups go. */
export type { NotifyTargetName };

/** A partial configuration: what one level (attribute, provider, `configure`) sets. */
export type ConfigInput = Partial<BackorderConfig>;

/** The built-in defaults, the last level of the resolution. */
export const builtInDefaults: Readonly<BackorderConfig> = Object.freeze({
  endpoint: undefined,
  notifyEndpoint: undefined,
  locale: undefined,
  lowStockThreshold: 5,
  maxBackorderDays: 21,
  chargeNowDays: 7,
  batchSize: 50,
  cacheTtl: 60,
  refreshInterval: 0,
  timeout: 8,
  messages: {},
  source: 'json',
  storefrontToken: undefined,
  notifyTarget: 'json',
  klaviyoCompanyId: undefined,
  klaviyoVariantPrefix: KLAVIYO_DEFAULT_VARIANT_PREFIX,
});

const CHOICES: Partial<Record<keyof BackorderConfig, readonly unknown[]>> = {
  source: ['json', 'shopify', 'woocommerce'],
  notifyTarget: ['json', 'klaviyo'],
};

/**
 * Whether `value` makes sense for `key`; one that does not falls through to
 * the next level. Numbers are finite and not negative (the client's settings:
 * see SETTING_RANGES), names one of the choices, texts not empty; but an
 * empty Klaviyo prefix is a real choice (catalog ids that are the bare SKU).
 */
function usable(key: keyof BackorderConfig, value: unknown): boolean {
  if (key in SETTING_RANGES) return isUsableSetting(key as RangedSetting, value);
  if (typeof builtInDefaults[key] === 'number')
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (CHOICES[key]) return CHOICES[key].includes(value);
  return typeof value === 'string' && (key === 'klaviyoVariantPrefix' || value.trim() !== '');
}

/**
 * Resolves the configuration, first match wins: the element's own
 * attributes, the nearest `<stock-provider>`, the page defaults from
 * `configure()`, the built-in defaults. Values that make no sense at one level
 * (a negative threshold, an empty endpoint) fall through to the next; a
 * `timeout`, `cache-ttl` or `refresh-interval` longer than a browser timer
 * holds, or a `batch-size` over 250, is clamped. Message overrides merge: a
 * closer level wins text by text.
 */
export function resolveConfig(...levels: (ConfigInput | undefined)[]): BackorderConfig {
  const all = [...levels, store.defaults, store.fromScripts];
  const resolved: Record<string, unknown> = { ...builtInDefaults };
  for (const key of Object.keys(builtInDefaults) as (keyof BackorderConfig)[]) {
    const value = all.find((level) => usable(key, level?.[key]))?.[key];
    if (value === undefined) continue;
    // The client's settings are clamped to what a timer holds (see SETTING_RANGES).
    resolved[key] = key in SETTING_RANGES ? clampSetting(key as RangedSetting, value, 0) : value;
  }
  resolved.messages = mergeMessageOverrides(...all.map((level) => level?.messages).reverse());
  return resolved as unknown as BackorderConfig;
}

/**
 * Page defaults live on `globalThis` under a registered symbol, so that two
 * copies of the bundle on one page (the script loaded twice) share them: the
 * `configure()` a shop calls reaches the elements whichever copy defined them.
 */
interface PageConfigStore {
  defaults: ConfigInput;
  listeners: Set<() => void>;
  /** What `<script type="application/json" data-backorder-config>` blocks set, under `defaults`. */
  fromScripts?: ConfigInput;
  /** The blocks read so far (each is read and reported once per page). */
  scripts?: WeakSet<Element>;
}
const store = pageSingleton<PageConfigStore>('page-config', () => ({
  defaults: {},
  listeners: new Set(),
}));
const changed = () => callListeners(store.listeners);

/**
 * Reads the page's `<script type="application/json" data-backorder-config>`
 * blocks not read yet: page defaults written before any script runs, with
 * the keys of `configure()`, which merges over them. A block that is not a
 * JSON object is reported once and ignored. Runs when the library loads and
 * again once the document is parsed; elements update when a block adds
 * something.
 */
export function readConfigScripts(): void {
  const seen = (store.scripts ??= new WeakSet());
  let read = false;
  for (const script of globalThis.document?.querySelectorAll('script[data-backorder-config]') ??
    []) {
    if (seen.has(script)) continue;
    seen.add(script);
    const parsed = parseJson(script.textContent ?? '');
    if (isRecord(parsed)) {
      store.fromScripts = merged(store.fromScripts, parsed);
      read = true;
    } else {
      warn('ignored <script data-backorder-config>: not a JSON object');
    }
  }
  if (read) changed();
}

readConfigScripts();
if (globalThis.document?.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', readConfigScripts, { once: true });
}

function merged(base: ConfigInput | undefined, over: ConfigInput): ConfigInput {
  return { ...base, ...over, messages: mergeMessageOverrides(base?.messages, over.messages) };
}

/**
 * Sets page-wide defaults for every element (level 3 of the resolution).
 * Later calls merge into earlier ones; elements already on the page update.
 *
 * ```ts
 * configure({ endpoint: '/api/availability', locale: 'sv-SE' });
 * ```
 */
export function configure(defaults: ConfigInput): void {
  store.defaults = merged(store.defaults, defaults);
  changed();
}

/** Removes every page default, also those of config blocks (for tests). */
export function resetConfiguration(): void {
  store.defaults = {};
  store.fromScripts = undefined;
  changed();
}

/** Calls `listener` whenever `configure()` changes the page defaults; returns the unsubscribe. */
export function onPageConfigChange(listener: () => void): () => void {
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}

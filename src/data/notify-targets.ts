import { parseJson } from './json.js';
import { lazyModule } from './lazy-module.js';
import type { NotifyRequestBody } from './notify-types.js';

/** The `notify-target` names we know. */
export type NotifyTargetName = 'json' | 'klaviyo';

/**
 * Where a sign-up goes and what that target needs besides the endpoint. An
 * outbox entry keeps it, so a sign-up sent again after a reload goes to the
 * same target in the same way.
 */
export type NotifyTargetSettings =
  | { name: 'json' }
  | {
      name: 'klaviyo';
      /** The company's public API key (site ID), sent as `company_id`. */
      companyId: string;
      /** Put before the SKU to make the catalog-variant id. */
      variantPrefix: string;
    };

/** One HTTP request for one attempt of one sign-up. */
export interface NotifyTargetRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * How one sign-up target talks: builds the `POST` for a sign-up and reads
 * the reason out of a refusal. The notify client does the rest (outbox,
 * idempotency, timeouts, outcomes) for every target alike.
 */
export interface NotifyTarget {
  readonly name: NotifyTargetName;
  /** The request for one attempt; `key` is the sign-up's idempotency key. */
  request(endpoint: string, body: NotifyRequestBody, key: string): NotifyTargetRequest;
  /** The refusal's reason from an error answer's text, when the target sent one. */
  errorMessage(text: string): string | undefined;
}

/** Klaviyo's client (public key) back-in-stock subscription URL. */
export const KLAVIYO_NOTIFY_ENDPOINT = 'https://a.klaviyo.com/client/back-in-stock-subscriptions';
/** The Klaviyo API revision we are written against (sent as the `revision` header). */
export const KLAVIYO_REVISION = '2026-04-15';
/** Klaviyo's default catalog-variant id prefix: custom catalog, default catalog. */
export const KLAVIYO_DEFAULT_VARIANT_PREFIX = '$custom:::$default:::';

/** The longest refusal reason kept from an answer, in UTF-16 units. */
const REASON_LIMIT = 500;

/** A refusal's reason: a non-empty string, trimmed and cut to a sane length; else undefined. */
export function reasonText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim()
    ? value.trim().slice(0, REASON_LIMIT)
    : undefined;
}

/** Our own contract: the sign-up as JSON, with an `Idempotency-Key`; a refusal's `message`. */
export const jsonTarget: NotifyTarget = {
  name: 'json',
  request: (endpoint, body, key) => ({
    url: endpoint,
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Idempotency-Key': key,
    },
    body: JSON.stringify(body),
  }),
  errorMessage: (text) => reasonText((parseJson(text) as { message?: unknown } | null)?.message),
};

const SHOPIFY_VARIANT_GID = /^gid:\/\/shopify\/ProductVariant\/(\d+)$/;

/**
 * The Klaviyo catalog-variant id for a SKU: `prefix` + SKU. A Shopify variant
 * `gid://` becomes its number, as Klaviyo's Shopify catalog names variants.
 */
export function klaviyoVariantId(sku: string, prefix = KLAVIYO_DEFAULT_VARIANT_PREFIX): string {
  return `${prefix}${SHOPIFY_VARIANT_GID.exec(sku)?.[1] ?? sku}`;
}

/** The settings that say where sign-ups go (an element's configuration has them). */
export interface SignupSettings {
  notifyTarget: NotifyTargetName;
  notifyEndpoint: string | undefined;
  klaviyoCompanyId: string | undefined;
  klaviyoVariantPrefix: string;
}

/** Where sign-ups go: an endpoint and its target; or, when that cannot work, what is `missing`. */
export type SignupRoute =
  | { endpoint: string; target: NotifyTargetSettings; missing?: undefined }
  | { missing: 'endpoint' | 'klaviyo-company-id' };

/**
 * Where sign-ups go with these settings: our JSON contract at
 * `notifyEndpoint`, or Klaviyo (at its own endpoint unless `notifyEndpoint`
 * says otherwise) for the company `klaviyoCompanyId`.
 */
export function signupRoute(settings: SignupSettings): SignupRoute {
  if (settings.notifyTarget === 'klaviyo') {
    if (!settings.klaviyoCompanyId) return { missing: 'klaviyo-company-id' };
    return {
      endpoint: settings.notifyEndpoint ?? KLAVIYO_NOTIFY_ENDPOINT,
      target: {
        name: 'klaviyo',
        companyId: settings.klaviyoCompanyId.trim(),
        variantPrefix: settings.klaviyoVariantPrefix,
      },
    };
  }
  return settings.notifyEndpoint
    ? { endpoint: settings.notifyEndpoint, target: { name: 'json' } }
    : { missing: 'endpoint' };
}

/**
 * The Klaviyo target, in its own module: loaded when a sign-up for Klaviyo is
 * sent. Marked pure, so a page that only reads a constant of this module (the
 * configuration reads the default prefix) leaves the rest out.
 */
const klaviyo = /* @__PURE__ */ lazyModule(
  'the Klaviyo target',
  () => import('./klaviyo-target.js'),
);

/**
 * The target for stored settings; our JSON contract for none or anything
 * unknown. Undefined when the target's module could not load: the caller
 * keeps the sign-up (a Klaviyo sign-up never goes out in our JSON shape).
 */
export async function notifyTargetFor(
  settings: NotifyTargetSettings | undefined,
): Promise<NotifyTarget | undefined> {
  if (settings?.name === 'klaviyo' && typeof settings.companyId === 'string') {
    return (await klaviyo.load())?.klaviyoTarget(
      settings.companyId,
      typeof settings.variantPrefix === 'string'
        ? settings.variantPrefix
        : KLAVIYO_DEFAULT_VARIANT_PREFIX,
    );
  }
  return jsonTarget;
}

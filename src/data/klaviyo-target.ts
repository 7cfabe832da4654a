import { parseJson } from './json.js';
import {
  KLAVIYO_REVISION,
  klaviyoVariantId,
  reasonText,
  type NotifyTarget,
} from './notify-targets.js';

function withQuery(endpoint: string, name: string, value: string): string {
  try {
    const url = new URL(endpoint, globalThis.location?.href);
    url.searchParams.set(name, value);
    return url.href;
  } catch {
    const separator = endpoint.includes('?') ? '&' : '?';
    return `${endpoint}${separator}${name}=${encodeURIComponent(value)}`;
  }
}

/**
 * Klaviyo's client back-in-stock subscription API: `POST
 * {endpoint}?company_id=…` with a JSON:API body, a `revision` header and no
 * idempotency header (Klaviyo documents none; a subscription for the same
 * address and variant is one subscription). A refusal's first `errors[].detail`.
 */
export function klaviyoTarget(companyId: string, variantPrefix: string): NotifyTarget {
  return {
    name: 'klaviyo',
    request: (endpoint, body) => ({
      url: withQuery(endpoint, 'company_id', companyId),
      headers: {
        'Content-Type': 'application/vnd.api+json',
        Accept: 'application/vnd.api+json',
        revision: KLAVIYO_REVISION,
      },
      body: JSON.stringify({
        data: {
          type: 'back-in-stock-subscription',
          attributes: {
            channels: ['EMAIL'],
            profile: { data: { type: 'profile', attributes: { email: body.email } } },
          },
          relationships: {
            variant: {
              data: { type: 'catalog-variant', id: klaviyoVariantId(body.sku, variantPrefix) },
            },
          },
        },
      }),
    }),
    errorMessage(text) {
      const errors = (parseJson(text) as { errors?: unknown } | null)?.errors;
      if (!Array.isArray(errors)) return undefined;
      for (const error of errors as { detail?: unknown; title?: unknown }[]) {
        const message = reasonText(error?.detail) ?? reasonText(error?.title);
        if (message) return message;
      }
      return undefined;
    },
  };
}

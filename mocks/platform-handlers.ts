import { http, HttpResponse } from 'msw';
import { KLAVIYO_NOTIFY_ENDPOINT } from '../src/data/notify-targets.js';

/** The demo's mocked Shopify Storefront API (GraphQL) URL. */
export const SHOPIFY_ENDPOINT = 'https://northwind-demo.myshopify.com/api/2025-10/graphql.json';
/** The public Storefront token the mocked shop accepts. */
export const SHOPIFY_TOKEN = 'demo-storefront-token';
/** The demo's mocked WooCommerce Store API products collection. */
export const WOO_ENDPOINT = 'https://shop.example/wp-json/wc/store/v1/products';

/** The public API key (company id) the mocked Klaviyo account has. */
export const KLAVIYO_COMPANY_ID = 'NwDemo';

/** A back-in-stock subscription the mocked Klaviyo accepted. */
export interface KlaviyoSignup {
  email: string;
  variantId: string;
  /** The JSON:API body as received. */
  body: unknown;
  request: Request;
}

/** A ProductVariant as the Storefront API returns it from `nodes(ids:)`. */
export interface ShopifyVariant {
  __typename?: 'ProductVariant';
  id: string;
  availableForSale: boolean;
  currentlyNotInStock: boolean;
  quantityAvailable: number | null;
}

/** The fields of a Store API product that we read (the real answer has many more). */
export interface WooProduct {
  id: number;
  name: string;
  type?: string;
  is_purchasable: boolean;
  is_in_stock: boolean;
  is_on_backorder: boolean;
  low_stock_remaining: number | null;
  stock_availability: { text: string; class: string };
}

/** The demo tee's variants on the mocked Shopify store, by the demo's own SKU. */
export const shopifyVariants: Record<string, ShopifyVariant> = {
  'TEE-BLUE-S': {
    id: 'gid://shopify/ProductVariant/44100001',
    availableForSale: true,
    currentlyNotInStock: false,
    quantityAvailable: 24,
  },
  'TEE-BLUE-M': {
    id: 'gid://shopify/ProductVariant/44100002',
    availableForSale: true,
    currentlyNotInStock: false,
    quantityAvailable: 3,
  },
  'TEE-BLUE-L': {
    id: 'gid://shopify/ProductVariant/44100003',
    availableForSale: true,
    currentlyNotInStock: true,
    quantityAvailable: -2,
  },
  'TEE-RED-M': {
    id: 'gid://shopify/ProductVariant/44100004',
    availableForSale: false,
    currentlyNotInStock: false,
    quantityAvailable: 0,
  },
};

/** The demo tee's variations on the mocked WooCommerce store, by the demo's own SKU. */
export const wooProducts: Record<string, WooProduct> = {
  'TEE-BLUE-S': {
    id: 501,
    name: 'Merino Crew Tee - Blue, S',
    type: 'variation',
    is_purchasable: true,
    is_in_stock: true,
    is_on_backorder: false,
    low_stock_remaining: null,
    stock_availability: { text: 'In stock', class: 'in-stock' },
  },
  'TEE-BLUE-M': {
    id: 502,
    name: 'Merino Crew Tee - Blue, M',
    type: 'variation',
    is_purchasable: true,
    is_in_stock: true,
    is_on_backorder: false,
    low_stock_remaining: 3,
    stock_availability: { text: 'Only 3 left in stock', class: 'in-stock' },
  },
  'TEE-BLUE-L': {
    id: 503,
    name: 'Merino Crew Tee - Blue, L',
    type: 'variation',
    is_purchasable: true,
    is_in_stock: true,
    is_on_backorder: true,
    low_stock_remaining: null,
    stock_availability: { text: 'Available on backorder', class: 'available-on-backorder' },
  },
  'TEE-RED-M': {
    id: 504,
    name: 'Merino Crew Tee - Red, M',
    type: 'variation',
    is_purchasable: true,
    is_in_stock: false,
    is_on_backorder: false,
    low_stock_remaining: null,
    stock_availability: { text: 'Out of stock', class: 'out-of-stock' },
  },
};

/** How the mocked platforms misbehave, for tests and the demo. */
export interface PlatformMockOptions {
  /** The token may not read `quantityAvailable` (partial data with an ACCESS_DENIED error). */
  shopifyNoInventoryScope?: () => boolean;
  /** Called for every request, with the ids asked for. */
  onRequest?: (platform: 'shopify' | 'woocommerce', ids: string[], request: Request) => void;
  /** Called for every back-in-stock subscription Klaviyo accepted (202). */
  onKlaviyoSignup?: (signup: KlaviyoSignup) => void;
}

/** A JSON:API error answer as Klaviyo sends it. */
function klaviyoError(
  status: number,
  code: string,
  title: string,
  detail: string,
  source?: object,
) {
  return HttpResponse.json(
    {
      errors: [
        {
          id: crypto.randomUUID(),
          status,
          code,
          title,
          detail,
          source: source ?? {},
          links: {},
          meta: {},
        },
      ],
    },
    { status, headers: { 'Content-Type': 'application/vnd.api+json' } },
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a client back-in-stock body is not what Klaviyo documents, or undefined when it is. */
function klaviyoBodyProblem(body: unknown): { detail: string; pointer: string } | undefined {
  const data = isRecord(body) ? body.data : undefined;
  if (!isRecord(data))
    return { detail: 'The request body must contain a `data` object.', pointer: '/data' };
  if (data.type !== 'back-in-stock-subscription') {
    return {
      detail: `"${String(data.type)}" is not a valid choice for type.`,
      pointer: '/data/type',
    };
  }
  const attributes = isRecord(data.attributes) ? data.attributes : {};
  const channels = attributes.channels;
  if (
    !Array.isArray(channels) ||
    channels.length === 0 ||
    !channels.every((channel) => ['EMAIL', 'SMS', 'PUSH', 'WHATSAPP'].includes(channel as string))
  ) {
    return {
      detail: 'channels must be a non-empty list of EMAIL, SMS, PUSH or WHATSAPP.',
      pointer: '/data/attributes/channels',
    };
  }
  const profile =
    isRecord(attributes.profile) && isRecord(attributes.profile.data)
      ? attributes.profile.data
      : undefined;
  const email = isRecord(profile?.attributes) ? profile.attributes.email : undefined;
  if (
    profile?.type !== 'profile' ||
    typeof email !== 'string' ||
    !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)
  ) {
    return {
      detail: 'A valid email is required for the EMAIL channel.',
      pointer: '/data/attributes/profile/data/attributes/email',
    };
  }
  const relationships = isRecord(data.relationships) ? data.relationships : {};
  const variant =
    isRecord(relationships.variant) && isRecord(relationships.variant.data)
      ? relationships.variant.data
      : undefined;
  if (
    variant?.type !== 'catalog-variant' ||
    typeof variant.id !== 'string' ||
    !/^\$[a-z_]+:::[^:]+:::.+$/.test(variant.id)
  ) {
    return {
      detail: 'A catalog variant id of the form integration:::catalog:::external_id is required.',
      pointer: '/data/relationships/variant/data/id',
    };
  }
  return undefined;
}

/** MSW handlers for a Storefront API and a Store API that know the demo tee. */
export function platformHandlers(options: PlatformMockOptions = {}) {
  const variantsById = new Map(
    Object.values(shopifyVariants).map((variant) => [variant.id, variant]),
  );
  const productsById = new Map(
    Object.values(wooProducts).map((product) => [String(product.id), product]),
  );
  return [
    http.post(SHOPIFY_ENDPOINT, async ({ request }) => {
      if (request.headers.get('X-Shopify-Storefront-Access-Token') !== SHOPIFY_TOKEN) {
        return HttpResponse.json(
          {
            errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
          },
          { status: 401 },
        );
      }
      const body = (await request.json()) as { query?: string; variables?: { ids?: unknown } };
      const ids = body.variables?.ids;
      if (!Array.isArray(ids) || !body.query?.includes('nodes(ids:')) {
        return HttpResponse.json({
          errors: [
            {
              message: 'Variable $ids of type [ID!]! was provided invalid value',
              extensions: { code: 'INVALID_VARIABLE' },
            },
          ],
        });
      }
      options.onRequest?.('shopify', ids.map(String), request);
      const noInventory = options.shopifyNoInventoryScope?.() ?? false;
      const nodes = ids.map((id) => {
        const variant = variantsById.get(String(id));
        if (!variant) return null;
        return {
          __typename: 'ProductVariant',
          ...variant,
          quantityAvailable: noInventory ? null : variant.quantityAvailable,
        };
      });
      if (noInventory) {
        return HttpResponse.json({
          data: { nodes },
          errors: nodes.map((_, index) => ({
            message:
              'Access denied for quantityAvailable field. Required access: `unauthenticated_read_product_inventory` access scope.',
            locations: [{ line: 3, column: 70 }],
            path: ['nodes', index, 'quantityAvailable'],
            extensions: { code: 'ACCESS_DENIED' },
          })),
        });
      }
      return HttpResponse.json({ data: { nodes } });
    }),
    http.get(WOO_ENDPOINT, ({ request }) => {
      const url = new URL(request.url);
      const include = url.searchParams.get('include');
      if (include === null || !/^\d+(,\d+)*$/.test(include)) {
        return HttpResponse.json(
          {
            code: 'rest_invalid_param',
            message: 'Invalid parameter(s): include',
            data: { status: 400, params: { include: 'include[0] is not of type integer.' } },
          },
          { status: 400 },
        );
      }
      const ids = include.split(',');
      options.onRequest?.('woocommerce', ids, request);
      return HttpResponse.json(
        ids.map((id) => productsById.get(id)).filter((product) => product !== undefined),
      );
    }),
    // Klaviyo's client back-in-stock API: 202 with no body, or JSON:API errors.
    http.post(KLAVIYO_NOTIFY_ENDPOINT, async ({ request }) => {
      const companyId = new URL(request.url).searchParams.get('company_id');
      if (!companyId) {
        return klaviyoError(
          400,
          'invalid',
          'Invalid input.',
          'The `company_id` query parameter is required.',
          { parameter: 'company_id' },
        );
      }
      if (companyId !== KLAVIYO_COMPANY_ID) {
        return klaviyoError(
          400,
          'invalid',
          'Invalid input.',
          `"${companyId}" is not a valid company id.`,
          { parameter: 'company_id' },
        );
      }
      if (!/^\d{4}-\d{2}-\d{2}/.test(request.headers.get('revision') ?? '')) {
        return klaviyoError(
          400,
          'invalid_revision',
          'Invalid revision.',
          'A valid `revision` header is required.',
        );
      }
      if (!request.headers.get('Content-Type')?.startsWith('application/vnd.api+json')) {
        return klaviyoError(
          415,
          'unsupported_media_type',
          'Unsupported media type.',
          'Content-Type must be application/vnd.api+json.',
        );
      }
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        body = undefined;
      }
      const problem = klaviyoBodyProblem(body);
      if (problem)
        return klaviyoError(400, 'invalid', 'Invalid input.', problem.detail, {
          pointer: problem.pointer,
        });
      const data = (
        body as {
          data: {
            attributes: { profile: { data: { attributes: { email: string } } } };
            relationships: { variant: { data: { id: string } } };
          };
        }
      ).data;
      options.onKlaviyoSignup?.({
        email: data.attributes.profile.data.attributes.email,
        variantId: data.relationships.variant.data.id,
        body,
        request,
      });
      return new HttpResponse(null, { status: 202 });
    }),
  ];
}

import { isRecord } from '../json.js';
import { AnswerShapeError, type ParsedAnswer } from '../parse-availability.js';
import type { Availability } from '../types.js';
import { SourceRejection, type AvailabilitySource, type SourceOptions } from './source.js';

const VARIANT_GID = 'gid://shopify/ProductVariant/';

/** The Storefront API id for a SKU given as a variant id, numeric or `gid://`. */
export function shopifyVariantId(sku: string): string {
  return /^\d+$/.test(sku) ? `${VARIANT_GID}${sku}` : sku;
}

const QUERY = `query BackorderElementsAvailability($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on ProductVariant { id availableForSale currentlyNotInStock quantityAvailable }
  }
}`;

/**
 * One variant in our model: not `availableForSale` is out of stock; for sale
 * but `currentlyNotInStock` is a backorder; otherwise `quantityAvailable`
 * (when the token may read it) gives in-stock or low-stock, and without it the
 * variant is simply in stock.
 */
export function shopifyVariantToAvailability(
  sku: string,
  node: Record<string, unknown>,
): Availability | string {
  const { availableForSale, currentlyNotInStock, quantityAvailable } = node;
  if (typeof availableForSale !== 'boolean') return `${sku}: availableForSale: expected a boolean`;
  const quantity =
    typeof quantityAvailable === 'number' && Number.isFinite(quantityAvailable)
      ? Math.max(0, Math.floor(quantityAvailable))
      : undefined;
  if (!availableForSale) return { sku, status: 'out-of-stock', quantity: 0 };
  if (currentlyNotInStock === true)
    return { sku, status: 'backorder', quantity: quantity ?? 0, backorderable: true };
  // Inventory not tracked (or not readable): for sale means in stock.
  if (quantity === undefined || quantity === 0) return { sku, status: 'in-stock' };
  return { sku, quantity };
}

/**
 * Shopify's Storefront API: one GraphQL `nodes(ids: [...])` query per batch,
 * `POST`ed to the shop's `…/api/{version}/graphql.json` with the public
 * Storefront access token.
 */
export function shopifySource(options: SourceOptions): AvailabilitySource {
  return {
    name: 'shopify',
    key: options.storefrontToken ?? '',
    // The Storefront API takes at most 250 ids in one nodes() query.
    batchLimit: () => 250,
    request(endpoint, skus) {
      const headers: Record<string, string> = {
        Accept: 'application/json',
        'Content-Type': 'application/json',
      };
      if (options.storefrontToken)
        headers['X-Shopify-Storefront-Access-Token'] = options.storefrontToken;
      return {
        url: endpoint,
        method: 'POST',
        headers,
        body: JSON.stringify({ query: QUERY, variables: { ids: skus.map(shopifyVariantId) } }),
      };
    },
    read(json, skus): ParsedAnswer {
      if (!isRecord(json)) throw new AnswerShapeError('expected a GraphQL answer object');
      const data = json.data;
      const nodes = isRecord(data) ? data.nodes : undefined;
      if (!Array.isArray(nodes)) {
        const errors = Array.isArray(json.errors) ? json.errors : [];
        const messages = errors
          .map((error) =>
            isRecord(error) && typeof error.message === 'string' ? error.message : '',
          )
          .filter(Boolean);
        if (messages.length > 0)
          throw new SourceRejection(`Shopify: ${messages.join('; ').slice(0, 300)}`);
        throw new AnswerShapeError('expected data.nodes in the GraphQL answer');
      }
      // nodes come back in the order of ids; partial data (a field the token may
      // not read) comes with `errors` too, and is used as it is.
      const answer: ParsedAnswer = { items: [], dropped: [] };
      skus.forEach((sku, index) => {
        const node = nodes[index];
        if (!isRecord(node)) return;
        const item = shopifyVariantToAvailability(sku, node);
        if (typeof item === 'string') answer.dropped.push(item);
        else answer.items.push(item);
      });
      return answer;
    },
  };
}

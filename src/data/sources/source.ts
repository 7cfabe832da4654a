import type { ParsedAnswer } from '../parse-availability.js';

/** The `source` names we know. */
export type SourceName = 'json' | 'shopify' | 'woocommerce';

/** One HTTP request a source wants sent for a batch of SKUs. */
export interface SourceRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Where availability comes from: our JSON contract, or a shop platform's own
 * API. A source only builds requests and reads answers; the client does the
 * batching, caching, timeouts and retries for every source alike.
 */
export interface AvailabilitySource {
  /** The `source` name that selects it. */
  readonly name: string;
  /** What else tells two instances apart (a token), so clients are shared only when it matches. */
  readonly key?: string;
  /** Most SKUs one request can carry at this endpoint (the client also applies `batch-size`). */
  batchLimit(endpoint: string): number;
  /** The request for `skus` (sorted, at most `batchLimit`). */
  request(endpoint: string, skus: readonly string[]): SourceRequest;
  /**
   * Reads a JSON answer into our model, one item per SKU it knows about.
   * @throws AnswerShapeError when the answer is not the platform's shape.
   * @throws SourceRejection when the platform answered with an error of its own.
   */
  read(json: unknown, skus: readonly string[], endpoint: string): ParsedAnswer;
}

/** The platform answered, but with an error of its own (a GraphQL `errors` list with HTTP 200). Not retried. */
export class SourceRejection extends Error {
  override name = 'SourceRejection';
}

/** Settings some sources need besides the endpoint. */
export interface SourceOptions {
  /** Shopify: the public Storefront API access token. */
  storefrontToken?: string;
}

/**
 * Whether `sku` can be sent at all: `encodeURIComponent` throws on a lone
 * UTF-16 surrogate, and no platform's id holds one. The client fails such a
 * SKU alone, before any source builds a request, so its neighbours still go.
 */
export function canEncode(sku: string): boolean {
  try {
    encodeURIComponent(sku);
    return true;
  } catch {
    return false;
  }
}

import { parseAnswer } from '../parse-availability.js';
import type { AvailabilitySource } from './source.js';

const isTemplate = (endpoint: string) => endpoint.includes('{sku}');

/**
 * Our own contract: `GET {endpoint}?skus=A,B` (each SKU encoded on its own,
 * joined with literal commas), or one `GET` per SKU when the endpoint holds
 * `{sku}`.
 */
export const jsonSource: AvailabilitySource = {
  name: 'json',
  batchLimit: (endpoint) => (isTemplate(endpoint) ? 1 : Infinity),
  request(endpoint, skus) {
    const headers = { Accept: 'application/json' };
    if (isTemplate(endpoint)) {
      return { url: endpoint.replaceAll('{sku}', encodeURIComponent(skus[0]!)), headers };
    }
    const separator = endpoint.includes('?') ? '&' : '?';
    return {
      url: `${endpoint}${separator}skus=${skus.map(encodeURIComponent).join(',')}`,
      headers,
    };
  },
  read: (json, _skus, endpoint) => parseAnswer(json, isTemplate(endpoint)),
};

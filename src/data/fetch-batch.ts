import { parseJson } from './json.js';
import { warn } from './report.js';
import type { FailedRequest } from './retry-policy.js';
import type { AvailabilitySource } from './sources/source.js';
import type { Availability } from './types.js';

/** A failed availability request: what subscribers and the retry policy see of it. */
export class RequestFailure extends Error {
  constructor(readonly detail: FailedRequest & { message: string }) {
    super(detail.message);
  }
}

/** How a client fetches its batches. */
export interface BatchRequest {
  source: AvailabilitySource;
  endpoint: string;
  fetch: typeof fetch;
  /** Ms before a request counts as failed, from when it is sent. */
  timeoutMs: number;
}

/**
 * Fetches one batch and reads the answer into one item per SKU. A bad item
 * or field is dropped and a SKU listed twice keeps its first item, with one
 * console warning for the whole answer. `controller` aborts the request; the
 * timeout aborts it through the same controller. `onResponse` is called as
 * soon as the answer's headers are in (the connection is as good as free).
 * @throws RequestFailure when the request or the answer as a whole failed.
 */
export async function fetchBatch(
  skus: string[],
  controller: AbortController,
  { source, endpoint, fetch, timeoutMs }: BatchRequest,
  onResponse: () => void = () => {},
): Promise<Map<string, Availability>> {
  // The timeout starts now that the request really goes (never while it waits for a slot).
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  try {
    const request = source.request(endpoint, skus);
    const response = await fetch(request.url, {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
    });
    onResponse();
    if (!response.ok) {
      throw new RequestFailure({
        kind: 'http',
        status: response.status,
        message: `availability endpoint answered HTTP ${response.status}`,
        retryAfter: response.headers.get('Retry-After'),
      });
    }
    text = await response.text();
  } catch (failure) {
    if (failure instanceof RequestFailure) throw failure;
    throw new RequestFailure(
      controller.signal.aborted
        ? { kind: 'timeout', message: `no answer within ${timeoutMs / 1000} s` }
        : { kind: 'network', message: `availability request failed: ${String(failure)}` },
    );
  } finally {
    clearTimeout(timer);
  }

  const json = parseJson(text);
  if (json === undefined)
    throw new RequestFailure({ kind: 'not-json', message: 'availability answer is not JSON' });
  let answer;
  try {
    answer = source.read(json, skus, endpoint);
  } catch (failure) {
    // Known by name: a platform adapter loaded as a file of its own (the
    // script-tag builds) throws its own copy of SourceRejection and AnswerShapeError.
    const { name, message } = failure as Error;
    if (name === 'SourceRejection') throw new RequestFailure({ kind: 'rejected', message });
    if (name !== 'AnswerShapeError') throw failure;
    throw new RequestFailure({
      kind: 'bad-shape',
      message: `availability answer has the wrong shape: ${message}`,
    });
  }
  // A SKU listed twice: the first item counts, and the console says so once.
  const items = new Map<string, Availability>();
  const twice = new Set<string>();
  for (const item of answer.items) {
    if (items.has(item.sku)) twice.add(item.sku);
    else items.set(item.sku, item);
  }
  const ignored = [...answer.dropped];
  for (const sku of twice) ignored.push(`${sku}: listed more than once; the first item counts`);
  if (ignored.length > 0) {
    warn(
      `ignored ${ignored.length} availability item(s) or field(s) that break the contract:\n  ${ignored.join('\n  ')}`,
    );
  }
  return items;
}

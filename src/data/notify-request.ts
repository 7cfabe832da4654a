import { notifyTargetFor } from './notify-targets.js';
import { outcomeOfAnswer, type NotifyOutcome } from './notify-outcome.js';
import type { OutboxEntry } from './notify-types.js';

/** A v4 UUID for an `Idempotency-Key`. */
export function randomKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID exists only in secure contexts; build a v4 UUID by hand elsewhere.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `endpoint` as an absolute URL, so a sign-up kept for later goes to the same place from any page. */
export function absoluteUrl(endpoint: string): string {
  try {
    return new URL(endpoint, globalThis.location?.href).href;
  } catch {
    return endpoint;
  }
}

/**
 * One attempt at a sign-up: the `POST` its target builds, aborted after the
 * entry's `timeout` seconds (8 when unset), and what the answer means
 * (`outcomeOfAnswer`), with a refusal's reason read from the body. Never
 * rejects: no answer is `queued` with status 0, and so is a sign-up whose
 * target's module could not load (a Klaviyo sign-up never goes out in
 * another shape).
 */
export async function attemptSignup(
  fetchImpl: typeof fetch,
  entry: OutboxEntry,
): Promise<NotifyOutcome> {
  const controller = new AbortController();
  const seconds = typeof entry.timeout === 'number' && entry.timeout > 0 ? entry.timeout : 8;
  const timer = setTimeout(() => controller.abort(), seconds * 1000);
  try {
    const target = await notifyTargetFor(entry.target);
    if (!target) return { kind: 'queued', status: 0 };
    const request = target.request(entry.endpoint, entry.body, entry.key);
    const response = await fetchImpl(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
    });
    const outcome = outcomeOfAnswer(response.status);
    // The target cuts the reason to a sane length; none when the body cannot be read.
    if ('message' in outcome)
      outcome.message = target.errorMessage(await response.text().catch(() => ''));
    return outcome;
  } catch {
    return { kind: 'queued', status: 0 };
  } finally {
    clearTimeout(timer);
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getAvailabilityClient, settingsKey } from '../data/shared-clients.js';
import { warnOnce } from '../data/report.js';
import { platformSource } from '../data/sources/platform-sources.js';
import { jsonSource } from '../data/sources/json-source.js';
import type { BackorderConfig } from '../config/config.js';
import type { AvailabilityEntry } from '../data/types.js';

const NO_ANSWER: AvailabilityEntry = Object.freeze({ kind: 'unknown' });
const LOADING: AvailabilityEntry = Object.freeze({ kind: 'loading' });
const NO_SOURCE: AvailabilityEntry = Object.freeze({
  kind: 'error',
  error: { kind: 'network' as const, willRetry: false, message: 'the source could not load' },
});

/**
 * Keeps an element subscribed to one SKU on the shared availability client,
 * re-subscribing when the SKU or the endpoint settings change and letting go
 * when the element leaves the page.
 *
 * ```ts
 * private availability = new AvailabilityController(this);
 * override willUpdate() { this.availability.watch(this.#sku, this.#config); }
 * ```
 */
export class AvailabilityController implements ReactiveController {
  /** `textsLoading`: the host's texts are on their way (see `BackorderElement`); answers wait. */
  readonly #host: ReactiveControllerHost & { readonly textsLoading?: boolean };
  #sku: string | undefined;
  #config: BackorderConfig | undefined;
  #watchKey = '';
  #unsubscribe: (() => void) | undefined;
  #current: AvailabilityEntry = NO_ANSWER;
  /** Which SKU from which source `#current` is about. */
  #currentFor = '';
  #connected = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** What the client knows about the watched SKU. */
  get entry(): AvailabilityEntry {
    return this.#host.textsLoading ? LOADING : this.#current;
  }

  /** Whether there is an endpoint to ask (without one, elements show nothing). */
  get hasEndpoint(): boolean {
    return Boolean(this.#config?.endpoint);
  }

  /** Watches `sku` with these settings; cheap to call on every update. */
  watch(sku: string | undefined, config: BackorderConfig): void {
    const trimmed = sku?.trim() || undefined;
    const key = JSON.stringify([
      trimmed,
      config.source,
      config.storefrontToken,
      ...settingsKey(config),
    ]);
    this.#sku = trimmed;
    this.#config = config;
    // A detached element (updates can still run after removal) asks for nothing.
    if (!this.#connected || (key === this.#watchKey && this.#unsubscribe)) return;
    this.#watchKey = key;
    this.#subscribe();
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#config && !this.#unsubscribe) this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    const sku = this.#sku;
    const config = this.#config;
    if (!sku || !config) {
      this.#current = NO_ANSWER;
      return;
    }
    if (!config.endpoint) {
      warnOnce(
        'no availability endpoint: set `endpoint` (element, <stock-provider> or configure())',
      );
      this.#current = NO_ANSWER;
      return;
    }
    // A platform adapter loads on first use; until then the element is loading.
    const adapter = platformSource(config.source);
    if (adapter && !adapter.value) {
      this.#current = adapter.settled ? NO_SOURCE : LOADING;
      if (!adapter.settled) void adapter.load().then(() => this.#host.requestUpdate());
      return;
    }
    const client = getAvailabilityClient({
      endpoint: config.endpoint,
      source: adapter?.value?.({ storefrontToken: config.storefrontToken }) ?? jsonSource,
      batchSize: config.batchSize,
      cacheTtl: config.cacheTtl,
      timeout: config.timeout,
      refreshInterval: config.refreshInterval,
    });
    this.#unsubscribe = client.subscribe(sku, (entry) => {
      this.#current = entry;
      this.#host.requestUpdate();
    });
    // Same SKU from the same endpoint, new settings (a timeout, a cache TTL): keep
    // what the shopper sees until the new answer comes, instead of flashing
    // "Checking stock…" again. Another endpoint's answer is not this one's.
    const currentFor = JSON.stringify([
      sku,
      config.endpoint,
      config.source,
      config.storefrontToken,
    ]);
    const known = client.peek(sku);
    const keepShowing =
      known.kind === 'loading' &&
      currentFor === this.#currentFor &&
      this.#current.kind !== 'loading';
    if (!keepShowing) this.#current = known;
    this.#currentFor = currentFor;
  }
}

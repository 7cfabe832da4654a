import { AvailabilityClient, type AvailabilityClientOptions } from './availability-client.js';
import { pageSingleton } from './page-singleton.js';

/** The settings that tell one shared client from another, besides where availability comes from. */
export interface ClientSettings {
  endpoint?: string;
  batchSize?: number;
  cacheTtl?: number;
  timeout?: number;
  refreshInterval?: number;
}

/** `settings` in one order, for the keys that name a shared client: equal settings, equal keys. */
export const settingsKey = (settings: ClientSettings): unknown[] => [
  settings.endpoint,
  settings.batchSize,
  settings.cacheTtl,
  settings.timeout,
  settings.refreshInterval,
];

// Shared by every copy of the library on the page: one client per source and settings.
const sharedClients = pageSingleton(
  'availability-clients',
  () => new Map<string, AvailabilityClient>(),
);

/**
 * The one client for these options on this page: every element asking with
 * the same endpoint and settings shares its batching and cache.
 */
export function getAvailabilityClient(options: AvailabilityClientOptions): AvailabilityClient {
  const { source } = options;
  const key = JSON.stringify([source?.name ?? 'json', source?.key ?? '', ...settingsKey(options)]);
  let client = sharedClients.get(key);
  if (!client) sharedClients.set(key, (client = new AvailabilityClient(options)));
  return client;
}

/** Every shared client made so far (for tests and benchmarks). */
export function sharedAvailabilityClients(): AvailabilityClient[] {
  return [...sharedClients.values()];
}

/** Disposes and forgets every shared client (tests use this between cases). */
export function resetSharedAvailabilityClients(): void {
  for (const client of sharedClients.values()) client.dispose();
  sharedClients.clear();
}

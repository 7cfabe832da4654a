/**
 * The longest delay a browser timer holds, in seconds (2^31 − 1 ms, about
 * 24.8 days): a longer one fires at once, so longer settings are clamped to it.
 */
export const MAX_TIMER_SECONDS = 2_147_483;

/**
 * Ranges of the client's numeric settings, shared by `resolveConfig` and the
 * client itself (which is public API too): below the minimum a value is not
 * used (the next level or the default is), above the maximum it is clamped.
 * At most 250 SKUs a request keeps a URL under the 8 KB many servers allow.
 */
export const SETTING_RANGES = {
  batchSize: [1, 250],
  cacheTtl: [0, MAX_TIMER_SECONDS],
  refreshInterval: [0, MAX_TIMER_SECONDS],
  timeout: [0.001, MAX_TIMER_SECONDS],
} as const;

/** A setting the client has a range for. */
export type RangedSetting = keyof typeof SETTING_RANGES;

/** Whether `value` is a number the setting can use (clamped by {@link clampSetting}). */
export function isUsableSetting(key: RangedSetting, value: unknown): value is number {
  return typeof value === 'number' && value >= SETTING_RANGES[key][0] && !Number.isNaN(value);
}

/** `value` clamped to the setting's range, or `fallback` when it is not usable. */
export function clampSetting(key: RangedSetting, value: unknown, fallback: number): number {
  return isUsableSetting(key, value) ? Math.min(value, SETTING_RANGES[key][1]) : fallback;
}

import { warn } from './report.js';

/** Part of the library that is fetched with `import()` the first time a page needs it. */
export interface LazyModule<T> {
  /** The module once it has loaded; undefined before, while loading, or after a failed load. */
  readonly value: T | undefined;
  /** Whether loading has finished, well or not. */
  readonly settled: boolean;
  /** Starts loading (once per page); resolves with the module, or undefined when it could not load (warned once). Never rejects. */
  load(): Promise<T | undefined>;
}

/**
 * Loads `importer` on first use. Languages, platform adapters, the Klaviyo
 * target and the purchase button's code load this way, so a page that never
 * needs one never downloads it: from their own chunks in the npm modules, from
 * files beside the script in the script-tag builds (scripts/build/on-demand.ts).
 *
 * ```ts
 * const swedish = lazyModule('the sv texts', () => import('./catalogues/sv.js'));
 * ```
 */
export function lazyModule<T>(what: string, importer: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T | undefined> | undefined;
  const lazy = {
    value: undefined as T | undefined,
    settled: false,
    load: () =>
      (loading ??= importer()
        .then(
          (value) => (lazy.value = value),
          (error: unknown) => {
            warn(`could not load ${what}:`, error);
            return undefined;
          },
        )
        .finally(() => (lazy.settled = true))),
  };
  return lazy;
}

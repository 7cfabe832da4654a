/**
 * The one `T` of the page, kept on `globalThis` under a registered symbol, so
 * that every copy of the library on a page (a script loaded twice, the
 * script-tag build next to the npm modules) shares it.
 */
export function pageSingleton<T>(name: string, make: () => T): T {
  const page = globalThis as Record<symbol, unknown>;
  return (page[Symbol.for(`backorder-elements.${name}`)] ??= make()) as T;
}

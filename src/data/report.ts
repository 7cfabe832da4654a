/**
 * The library's console messages, prefixed `[backorder-elements]` so a
 * shop's developer knows where they come from. Never throws.
 */
export function warn(message: string, ...details: unknown[]): void {
  console.warn(`[backorder-elements] ${message}`, ...details);
}

const told = new Set<string>();

/** {@link warn}, only the first time a message comes up on the page. */
export function warnOnce(message: string): void {
  if (!told.has(message)) warn(message);
  told.add(message);
}

/**
 * Calls every listener (a copy of the list, so one may unsubscribe): one
 * that throws is reported in the console and stops neither the others nor
 * the caller, and never reaches the host page.
 */
export function callListeners<A extends unknown[]>(
  listeners: Iterable<(...args: A) => void>,
  ...args: A
): void {
  for (const listener of [...listeners]) {
    try {
      listener(...args);
    } catch (error) {
      console.error('[backorder-elements] a listener failed', error);
    }
  }
}

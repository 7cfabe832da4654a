/**
 * What the clients learn from the page: whether the HTML is still being
 * parsed, whether the page is visible, when it comes back from the
 * back/forward cache, and when the device comes back online. Injected in tests; the defaults read `document` and
 * `window`, and do nothing where there is no DOM.
 */

/** Tells the client whether the page is visible, and when that changes. */
export interface VisibilitySource {
  isVisible(): boolean;
  /** Calls `listener` when visibility changes; returns a function that stops that. */
  onChange(listener: () => void): () => void;
}

/** Tells the client when the page is shown again from the back/forward cache. */
export interface RestoreSource {
  /** Calls `listener` on every such restore; returns a function that stops that. */
  onRestore(listener: () => void): () => void;
}

/**
 * Tells the client whether the HTML parser is still adding elements. While it
 * is, the parser yields between chunks, so only full batches go out and the
 * rest waits for the end of parsing instead of one task.
 */
export interface ParsingSource {
  isParsing(): boolean;
  /** Calls `listener` once parsing is done; returns a function that stops that. */
  onParsed(listener: () => void): () => void;
}

const hasDom = typeof document !== 'undefined';

/** Listens to `type` on `target` (nothing without a DOM); returns the function that stops. */
function listen(
  target: EventTarget,
  type: string,
  listener: (event: Event) => void,
  once?: boolean,
): () => void {
  if (!hasDom) return () => {};
  target.addEventListener(type, listener, { once });
  return () => target.removeEventListener(type, listener);
}

export const documentVisibility: VisibilitySource = {
  isVisible: () => !hasDom || document.visibilityState !== 'hidden',
  onChange: (listener) => listen(globalThis.document, 'visibilitychange', listener),
};

export const documentParsing: ParsingSource = {
  isParsing: () => hasDom && document.readyState === 'loading',
  onParsed: (listener) => listen(globalThis.document, 'DOMContentLoaded', listener, true),
};

export const windowRestore: RestoreSource = {
  onRestore: (listener) =>
    listen(
      globalThis,
      'pageshow',
      (event) => (event as PageTransitionEvent).persisted && listener(),
    ),
};

/** Calls `listener` when the device comes back online; returns the function that stops that. */
export const windowOnline = (listener: () => void): (() => void) =>
  listen(globalThis, 'online', listener);

/** Why watched answers are asked for again: a poll, the tab shown again, a back/forward-cache restore. */
export type RefreshReason = 'poll' | 'shown' | 'restored';

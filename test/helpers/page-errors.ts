/** What reached the page's global error handlers during a test. */
export interface PageErrors {
  /** `error` events on `window` (uncaught exceptions) and `unhandledrejection` reasons. */
  readonly caught: unknown[];
  /** Stops listening. */
  stop(): void;
}

/**
 * Records every uncaught exception and unhandled promise rejection on the
 * page, so a test can assert that nothing was thrown into the host page.
 */
export function watchPageErrors(): PageErrors {
  const caught: unknown[] = [];
  const onError = (event: ErrorEvent) => {
    caught.push(event.error ?? event.message);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    caught.push(event.reason);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    caught,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Every element matching `selector` in `root` and in all shadow roots below it. */
export function queryDeep(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...queryDeep(element.shadowRoot, selector));
  }
  return found;
}

/** Lets queued tasks (events, timers, image loads) run. */
export const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An `it` that runs `check()` after the body, so that a page-level failure
 * (an error thrown into the page, a CSP violation) fails the test that caused
 * it instead of an `afterEach` hook, which would skip the rest of the file.
 */
export function itChecked(check: () => void) {
  return (title: string, body: () => Promise<void>): Mocha.Test =>
    it(title, async () => {
      await body();
      await settle(0);
      check();
    });
}

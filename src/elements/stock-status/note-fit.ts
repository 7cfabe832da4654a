/**
 * Whether each merchant's note is cut short, worked out for every
 * `<stock-status>` on the page at once, in the next frame: first every
 * measurement, then every change. Measuring in each element's own update
 * would make the browser lay out the page once per element: a listing of a
 * thousand notes took three times as long as one without.
 */

/** Measures a note (reads the layout, changes nothing) and returns the change to make, if any. */
export type NoteFit = () => (() => void) | undefined;

const waiting = new Set<NoteFit>();
let frame: number | undefined;
const fitOf = new WeakMap<Element, NoteFit>();
let observer: ResizeObserver | undefined;

/** Runs `fit` in the next frame, with every other note waiting. */
export function fitSoon(fit: NoteFit): void {
  waiting.add(fit);
  frame ??= requestAnimationFrame(() => {
    frame = undefined;
    const fits = [...waiting];
    waiting.clear();
    for (const change of fits.map((each) => each())) change?.();
  });
}

/** Runs `fit` now (in the next frame) and whenever `note` changes size, until `unwatchNote`. */
export function watchNote(note: Element, fit: NoteFit): void {
  fitOf.set(note, fit);
  // One observer for the page; its callback only schedules, since changing
  // the layout inside it would loop.
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const each = fitOf.get(entry.target);
      if (each) fitSoon(each);
    }
  });
  observer.observe(note);
}

/** Stops watching `note`. */
export function unwatchNote(note: Element): void {
  fitOf.delete(note);
  observer?.unobserve(note);
}

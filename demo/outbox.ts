// Each demo page keeps its own notify outbox. The gallery's specimens sign up to
// endpoints that fail on purpose (503, 422, 429, one that never answers): their
// sign-ups must never be sent again from another page, and the sign-ups another
// page keeps must not be sent, or lost, by the gallery.
import { OUTBOX_KEY } from '../src/data/notify-client.js';

/** The gallery's notify endpoints, each answering one way only. */
export const GALLERY_NOTIFY = {
  subscribed: '/api/notify-subscribed',
  down: '/api/notify-down',
  hang: '/api/notify-hang',
  refused: '/api/notify-refused',
  busy: '/api/notify-busy',
};
const ASIDE_KEY = 'backorder-demo:outbox-aside';
const galleryPaths: string[] = Object.values(GALLERY_NOTIFY);

function read(key: string): { endpoint?: string }[] {
  const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
  return Array.isArray(value) ? value : [];
}

function write(key: string, entries: unknown[]): void {
  if (entries.length > 0) localStorage.setItem(key, JSON.stringify(entries));
  else localStorage.removeItem(key);
}

/**
 * Drops the gallery's sign-ups from the outbox, before the elements load. (The
 * gallery puts the outbox back when it closes, but a request cut off as it
 * closes can still be saved a moment later.)
 */
export function dropGallerySignups(): void {
  try {
    write(
      OUTBOX_KEY,
      read(OUTBOX_KEY).filter(
        (entry) => !galleryPaths.includes(new URL(entry.endpoint ?? '/', location.href).pathname),
      ),
    );
  } catch {
    // Storage blocked: there is no outbox to tidy.
  }
}

/** For the gallery: the other pages' sign-ups wait aside while it is open, and come back when it closes. */
export function setOutboxAside(): void {
  const aside = () => {
    try {
      write(ASIDE_KEY, [...read(ASIDE_KEY), ...read(OUTBOX_KEY)]);
      localStorage.removeItem(OUTBOX_KEY);
    } catch {
      // As above.
    }
  };
  aside();
  addEventListener('pagehide', () => {
    try {
      write(OUTBOX_KEY, read(ASIDE_KEY));
      localStorage.removeItem(ASIDE_KEY);
    } catch {
      // As above.
    }
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) aside();
  });
}

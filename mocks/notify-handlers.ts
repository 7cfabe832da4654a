import { http, HttpResponse } from 'msw';

/** The back-in-stock endpoint of the demo and the tests. */
export const NOTIFY_PATH = '/api/notify';

/** What the mock notify endpoint does: the demo's scenario switcher picks one. */
export type NotifyScenario = 'normal' | 'already-subscribed' | 'down' | 'invalid';

/** The notify scenarios, with the words the demo shows for them. */
export const notifyScenarios: Record<NotifyScenario, string> = {
  normal: 'Sign-ups accepted (201)',
  'already-subscribed': 'Already subscribed (409)',
  down: 'Notify endpoint down (503)',
  invalid: 'Address refused (422)',
};

/** A sign-up the mock endpoint received. */
export interface ReceivedSignup {
  key: string | null;
  body: unknown;
}

/** Options for the handlers; tests and the demo read `onRequest` to count sign-ups. */
export interface NotifyHandlerOptions {
  scenario?: () => NotifyScenario;
  onRequest?: (signup: ReceivedSignup) => void;
}

/**
 * MSW handler for `POST /api/notify`: 201 normally, 409 when already
 * subscribed, 503 when down, 422 with a `message` when the address is refused.
 */
export function notifyHandlers(options: NotifyHandlerOptions = {}) {
  const scenarioOf = options.scenario ?? (() => 'normal' as const);
  return [
    http.post(NOTIFY_PATH, async ({ request }) => {
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        body = undefined;
      }
      options.onRequest?.({ key: request.headers.get('Idempotency-Key'), body });
      switch (scenarioOf()) {
        case 'already-subscribed':
          return HttpResponse.json({ status: 'already-subscribed' }, { status: 409 });
        case 'down':
          return HttpResponse.json({ error: 'unavailable' }, { status: 503 });
        case 'invalid':
          return HttpResponse.json(
            { message: 'This address cannot receive e-mail.' },
            { status: 422 },
          );
        default:
          return HttpResponse.json({ status: 'subscribed' }, { status: 201 });
      }
    }),
  ];
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getNotifyClient, type OutboxReport } from '../data/notify-client.js';
import { signupRoute, type SignupRoute, type SignupSettings } from '../data/notify-targets.js';
import { warnOnce } from '../data/report.js';

/** What the console says when sign-ups cannot go anywhere. */
const MISSING = {
  endpoint: 'no notify endpoint: set `notify-endpoint` (element, <stock-provider> or configure())',
  'klaviyo-company-id': 'notify-target="klaviyo" needs `klaviyo-company-id`, your public API key',
};

/**
 * Connects an element to the page's notify client: while the element is on
 * the page it hears every change (and re-renders), and `onReport` gets each
 * sign-up the outbox settled; the first element on a page sends the sign-ups
 * left over from earlier visits. It also says where sign-ups go, and warns
 * when they cannot go anywhere.
 *
 * ```ts
 * readonly #notify = new NotifyController(this, (report) => this.#onOutboxReport(report));
 * ```
 */
export class NotifyController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onReport: (report: OutboxReport) => void;
  #stopListening: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, onReport: (report: OutboxReport) => void) {
    this.#host = host;
    this.#onReport = onReport;
    host.addController(this);
  }

  hostConnected(): void {
    const client = getNotifyClient();
    this.#stopListening = client.subscribe((report) =>
      report ? this.#onReport(report) : this.#host.requestUpdate(),
    );
    // Sign-ups left over from an earlier visit go out once per page, with their own keys.
    void client.resume();
  }

  hostDisconnected(): void {
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  /** Where sign-ups go with `settings`; when they cannot go anywhere, the console says why, once. */
  route(settings: SignupSettings): SignupRoute {
    const route = signupRoute(settings);
    if (route.missing) warnOnce(MISSING[route.missing]);
    return route;
  }
}

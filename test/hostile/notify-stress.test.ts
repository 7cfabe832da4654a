import { expect, fixtureSync } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import {
  OUTBOX_KEY,
  resetSharedNotifyClient,
  SUBSCRIBED_KEY,
  type OutboxEntry,
} from '../../src/data/notify-client.js';
import { NotifyMeForm } from '../../src/elements/notify-me-form/notify-me-form.js';
import type { NotifyErrorEvent, NotifySuccessEvent } from '../../src/events.js';
import { until, useMockEndpoint, worker } from '../helpers/mock-endpoint.js';
import { NotifyFormHarness } from '../helpers/notify-form-harness.js';
import { storedOutbox } from '../helpers/outbox.js';
import { settle, itChecked, watchPageErrors, type PageErrors } from '../helpers/page-errors.js';

NotifyMeForm.define();

const NOTIFY = '/api/notify';
const SKU = 'TEE-RED-M';

/** Answers every notify POST with `status()` after `wait` ms, and counts the POSTs. */
function serveNotify(status: () => number, wait = 0, body: object = {}): { posts: unknown[] } {
  const posts: unknown[] = [];
  worker.use(
    http.post(NOTIFY, async ({ request }) => {
      posts.push(await request.json());
      if (wait) await delay(wait);
      return HttpResponse.json(body, { status: status() });
    }),
  );
  return { posts };
}

function form(): NotifyMeForm {
  return fixtureSync<NotifyMeForm>(
    `<notify-me-form sku="${SKU}" always notify-endpoint="${NOTIFY}" locale="en"></notify-me-form>`,
  );
}

/** The form's harness: fill in, submit, read the result. */
const harness = (el: NotifyMeForm) => new NotifyFormHarness(el);

/** An outbox entry as an earlier visit would have left it. */
function waitingEntry(): OutboxEntry {
  return {
    key: '5b0c7a57-0000-4000-8000-000000000001',
    endpoint: new URL(NOTIFY, location.href).href,
    body: { sku: SKU, email: 'ada@example.com', consent: true, locale: 'en', quantity: 1 },
    timeout: 8,
    createdAt: new Date().toISOString(),
    attempts: 1,
  };
}

describe('hostile: notify under stress', () => {
  useMockEndpoint();
  let pageErrors: PageErrors;
  const itSafely = itChecked(() =>
    expect(pageErrors.caught, 'errors thrown into the page').to.deep.equal([]),
  );
  beforeEach(() => {
    localStorage.clear();
    resetSharedNotifyClient();
    pageErrors = watchPageErrors();
  });
  afterEach(() => {
    pageErrors.stop();
    resetSharedNotifyClient();
    localStorage.clear();
  });

  itSafely('sends one POST for a storm of 20 clicks and Enter presses', async () => {
    const { posts } = serveNotify(() => 201, 400);
    const el = form();
    const field = await harness(el).fill('ada@example.com');
    const button = harness(el).submitButton;
    for (let i = 0; i < 10; i++) button.click();
    await el.updateComplete;
    for (let i = 0; i < 10; i++) {
      button.click();
      await delay(5);
    }
    field.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await harness(el).resultIncludes('We will e-mail');
    await settle(150);
    expect(posts).to.have.length(1);
  });

  for (const sku of ['__proto__', 'constructor', 'hasOwnProperty']) {
    itSafely(`remembers a sign-up for a SKU named "${sku}" on the next visit`, async () => {
      serveNotify(() => 201);
      const el = fixtureSync<NotifyMeForm>(
        `<notify-me-form sku="${sku}" always notify-endpoint="${NOTIFY}" locale="en"></notify-me-form>`,
      );
      await harness(el).fill('ada@example.com');
      harness(el).requestSubmit();
      await harness(el).resultIncludes('We will e-mail');
      expect(JSON.parse(localStorage.getItem(SUBSCRIBED_KEY) ?? '{}')).to.have.own.property(sku);

      // The next page load.
      resetSharedNotifyClient();
      el.remove();
      const again = fixtureSync<NotifyMeForm>(
        `<notify-me-form sku="${sku}" always notify-endpoint="${NOTIFY}" locale="en"></notify-me-form>`,
      );
      await again.updateComplete;
      expect(harness(again).result()).to.contain(
        'You are on the list for this item (a***@example.com)',
      );
    });
  }

  describe('storage that fights back', () => {
    let restore: (() => void) | undefined;
    afterEach(() => {
      restore?.();
      restore = undefined;
    });

    /** `localStorage.setItem` throws QuotaExceededError, as on a full disk or in old Safari private mode. */
    function fillStorage(): void {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      restore = () => (Storage.prototype.setItem = setItem);
    }

    /** Reading `window.localStorage` throws SecurityError, as with cookies blocked. */
    function blockStorage(): void {
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
      restore = () => {
        if (own) Object.defineProperty(window, 'localStorage', own);
        else delete (window as { localStorage?: Storage }).localStorage;
      };
    }

    const cases: [string, () => void][] = [
      ['full (QuotaExceededError)', fillStorage],
      ['unavailable (SecurityError)', blockStorage],
    ];
    for (const [what, sabotage] of cases) {
      itSafely(`signs up when storage is ${what}`, async () => {
        const { posts } = serveNotify(() => 201);
        sabotage();
        const el = form();
        await harness(el).fill('ada@example.com');
        const success = new Promise<NotifySuccessEvent>((resolve) =>
          el.addEventListener('notify-success', resolve as EventListener, { once: true }),
        );
        harness(el).requestSubmit();
        expect((await success).detail.email).to.equal('ada@example.com');
        await el.updateComplete;
        expect(harness(el).result()).to.contain('We will e-mail ada@example.com');
        expect(posts).to.have.length(1);
      });

      itSafely(`says it could not keep a failed sign-up when storage is ${what}`, async () => {
        serveNotify(() => 503);
        sabotage();
        const el = form();
        await harness(el).fill('ada@example.com');
        const error = new Promise<NotifyErrorEvent>((resolve) =>
          el.addEventListener('notify-error', resolve as EventListener, { once: true }),
        );
        harness(el).requestSubmit();
        expect((await error).detail).to.include({ status: 503, queued: false });
        await el.updateComplete;
        expect(harness(el).result()).to.equal(
          'We could not sign you up just now, and this device could not save your sign-up for later. Please try again in a few minutes.',
        );
        expect(harness(el).form, 'the form stays, to try again').to.exist;
        expect(harness(el).field('email').value).to.equal('ada@example.com');
      });
    }
  });

  describe('an outbox entry the server keeps refusing', () => {
    for (const status of [400, 403, 404, 410, 422]) {
      itSafely(
        `is removed after the first ${status}, the shopper is told, and no more POSTs follow`,
        async () => {
          const entry = waitingEntry();
          localStorage.setItem(`${OUTBOX_KEY}:${entry.key}`, JSON.stringify(entry));
          const { posts } = serveNotify(() => status, 0, { message: 'Address refused' });
          const errors: NotifyErrorEvent[] = [];
          const el = form();
          el.addEventListener('notify-error', (event) => errors.push(event as NotifyErrorEvent));
          await until(() => errors.length > 0, 3000, 'notify-error');
          await el.updateComplete;

          expect(posts).to.have.length(1);
          expect(errors[0]!.detail).to.deep.equal({
            sku: SKU,
            email: 'ada@example.com',
            status,
            queued: false,
          });
          expect(storedOutbox(), 'the outbox is empty').to.deep.equal([]);
          expect(localStorage.getItem(SUBSCRIBED_KEY), 'not recorded as signed up').to.equal(null);
          expect(harness(el).result()).to.match(/could not sign you up/i);
          expect(harness(el).form, 'the form is back to send it again').to.exist;

          // Coming back online, or the next page load, sends nothing more.
          window.dispatchEvent(new Event('online'));
          await settle(150);
          resetSharedNotifyClient();
          el.remove();
          form();
          await settle(150);
          expect(posts).to.have.length(1);
          expect(errors).to.have.length(1);
        },
      );
    }
  });

  describe('two tabs of one shop', function () {
    // Each tab loads the elements' modules: allow for a busy machine.
    this.timeout(30000);
    /** What the endpoint saw, per Idempotency-Key. */
    interface Seen {
      delivered: Map<string, number>;
      inFlight: Map<string, number>;
      /** POSTs that went out while another with the same key was still in flight. */
      overlaps: number;
    }
    let frames: HTMLIFrameElement[] = [];
    afterEach(() => {
      frames.forEach((frame) => frame.remove());
      frames = [];
      delete (window as { notifyEndpoint?: unknown }).notifyEndpoint;
    });

    /** Plays the notify endpoint for the tabs: `status()`, after a short wait. */
    function playEndpoint(status: () => number): Seen {
      const seen: Seen = { delivered: new Map(), inFlight: new Map(), overlaps: 0 };
      (window as { notifyEndpoint?: unknown }).notifyEndpoint = async (
        _url: string,
        init: RequestInit,
      ) => {
        const key = new Headers(init.headers).get('Idempotency-Key')!;
        const now = (seen.inFlight.get(key) ?? 0) + 1;
        seen.inFlight.set(key, now);
        if (now > 1) seen.overlaps++;
        const answer = status();
        await delay(answer < 300 ? 20 : 5);
        seen.inFlight.set(key, seen.inFlight.get(key)! - 1);
        if (answer < 300) seen.delivered.set(key, (seen.delivered.get(key) ?? 0) + 1);
        return new Response('{}', { status: answer });
      };
      return seen;
    }

    /**
     * A shop page in a same-origin iframe: its own copy of the elements and
     * its own notify client, sharing `localStorage` and Web Locks with the
     * other tab, as two tabs do.
     */
    async function openTab(): Promise<Window> {
      const frame = document.createElement('iframe');
      frame.src = '/test/fixtures/shop-tab.html';
      document.body.append(frame);
      frames.push(frame);
      await until(
        () => frame.contentWindow?.customElements?.get('notify-me-form') !== undefined,
        15000,
        'the tab to load',
      );
      return frame.contentWindow!;
    }

    itSafely(
      'lose no sign-up made at the same moment during a 503, and send each once after recovery (20 trials)',
      async () => {
        let status = 503;
        const seen = playEndpoint(() => status);
        const tabs = await Promise.all([openTab(), openTab()]);
        for (let trial = 0; trial < 20; trial++) {
          const forms = tabs.map((tab) => {
            const el = tab.document.createElement('notify-me-form') as NotifyMeForm;
            el.setAttribute('sku', `TRIAL-${trial}`);
            el.setAttribute('notify-endpoint', NOTIFY);
            el.setAttribute('locale', 'en');
            el.always = true;
            tab.document.body.replaceChildren(el);
            return el;
          });
          await Promise.all(
            forms.map((el, tab) => harness(el).fill(`shopper${trial}-${tab}@example.com`)),
          );
          const errors = forms.map(
            (el) =>
              new Promise<NotifyErrorEvent>((resolve) =>
                el.addEventListener('notify-error', resolve as EventListener, { once: true }),
              ),
          );
          // Both tabs submit in the same task.
          for (const el of forms) harness(el).requestSubmit();
          for (const error of await Promise.all(errors)) {
            expect(error.detail).to.include({ status: 503, queued: true });
          }
        }
        expect(storedOutbox(), 'every sign-up is kept').to.have.length(40);

        // The endpoint recovers; both tabs come back online at the same moment.
        status = 201;
        for (const tab of tabs) tab.dispatchEvent(new Event('online'));
        await until(() => seen.delivered.size === 40, 15000, 'every sign-up delivered');
        await settle(100);
        expect(storedOutbox(), 'nothing left to send').to.deep.equal([]);
        expect(
          [...seen.delivered.values()].every((count) => count === 1),
          'each delivered once',
        ).to.equal(true);
        expect(seen.overlaps, 'never sent twice at once').to.equal(0);
      },
    );
  });
});

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

const shadow = (el: NotifyMeForm) => el.shadowRoot!;
const messageText = (el: NotifyMeForm) =>
  shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';

async function typeEmail(el: NotifyMeForm, email = 'ada@example.com'): Promise<HTMLInputElement> {
  await el.updateComplete;
  const field = shadow(el).querySelector<HTMLInputElement>('#email')!;
  field.value = email;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  return field;
}

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
    const field = await typeEmail(el);
    const button = shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
    for (let i = 0; i < 10; i++) button.click();
    await el.updateComplete;
    for (let i = 0; i < 10; i++) {
      button.click();
      await delay(5);
    }
    field.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await until(() => messageText(el).includes('We will e-mail'), 3000, 'the confirmation');
    await settle(150);
    expect(posts).to.have.length(1);
  });

  for (const sku of ['__proto__', 'constructor', 'hasOwnProperty']) {
    itSafely(`remembers a sign-up for a SKU named "${sku}" on the next visit`, async () => {
      serveNotify(() => 201);
      const el = fixtureSync<NotifyMeForm>(
        `<notify-me-form sku="${sku}" always notify-endpoint="${NOTIFY}" locale="en"></notify-me-form>`,
      );
      await typeEmail(el);
      shadow(el).querySelector('form')!.requestSubmit();
      await until(() => messageText(el).includes('We will e-mail'), 3000, 'the confirmation');
      expect(JSON.parse(localStorage.getItem(SUBSCRIBED_KEY) ?? '{}')).to.have.own.property(sku);

      // The next page load.
      resetSharedNotifyClient();
      el.remove();
      const again = fixtureSync<NotifyMeForm>(
        `<notify-me-form sku="${sku}" always notify-endpoint="${NOTIFY}" locale="en"></notify-me-form>`,
      );
      await again.updateComplete;
      expect(messageText(again)).to.contain('You are on the list for this item (a***@example.com)');
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
        await typeEmail(el);
        const success = new Promise<NotifySuccessEvent>((resolve) =>
          el.addEventListener('notify-success', resolve as EventListener, { once: true }),
        );
        shadow(el).querySelector('form')!.requestSubmit();
        expect((await success).detail.email).to.equal('ada@example.com');
        await el.updateComplete;
        expect(messageText(el)).to.contain('We will e-mail ada@example.com');
        expect(posts).to.have.length(1);
      });

      itSafely(`keeps a failed sign-up in memory and says so when storage is ${what}`, async () => {
        serveNotify(() => 503);
        sabotage();
        const el = form();
        await typeEmail(el);
        const error = new Promise<NotifyErrorEvent>((resolve) =>
          el.addEventListener('notify-error', resolve as EventListener, { once: true }),
        );
        shadow(el).querySelector('form')!.requestSubmit();
        expect((await error).detail).to.include({ status: 503, queued: true });
        await el.updateComplete;
        expect(messageText(el)).to.contain('saved on this device');
      });
    }
  });

  describe('an outbox entry the server keeps refusing', () => {
    for (const status of [400, 403, 404, 410, 422]) {
      itSafely(
        `is removed after the first ${status}, the shopper is told, and no more POSTs follow`,
        async () => {
          localStorage.setItem(OUTBOX_KEY, JSON.stringify([waitingEntry()]));
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
          expect(localStorage.getItem(OUTBOX_KEY), 'the outbox is empty').to.equal(null);
          expect(localStorage.getItem(SUBSCRIBED_KEY), 'not recorded as signed up').to.equal(null);
          expect(messageText(el)).to.match(/could not sign you up/i);
          expect(shadow(el).querySelector('form'), 'the form is back to send it again').to.exist;

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
});

import type { NotifyOutcome } from '../../data/notify-outcome.js';
import { maskEmail } from '../../data/notify-rules.js';
import type { OutboxEntry, SubscriptionRecord } from '../../data/notify-types.js';
import type { NotifyErrorDetail, NotifySuccessDetail } from '../../events.js';
import type { Messages } from '../../i18n/messages.js';

/** A text to show, kept as its message id and parameters: translated when rendered, so it follows the language. */
export type ResultText = readonly [id: keyof Messages, params?: Record<string, string | number>];

/** How a result reads: neutral, good news, or a problem. */
export type Tone = 'info' | 'success' | 'error';

/** What the form shows and fires for what became of a sign-up. */
export type OutcomeDescription = {
  /** `done`: the result with "sign up another address"; `form`: the form again, to correct or retry. */
  view: 'form' | 'done';
  tone: Tone;
  result: ResultText;
} & (
  | { event: 'notify-success'; detail: NotifySuccessDetail }
  | { event: 'notify-error'; detail: NotifyErrorDetail }
);

/** The result of a sign-up the endpoint refused for good, or that could not be kept. */
const REFUSED = {
  'too-many-attempts': 'notifyTooManyAttempts',
  rejected: 'notifyFailed',
  unsaved: 'notifyNotSaved',
} as const;

/**
 * Why a sign-up waits on the device: our server answered with a failure (a
 * 5xx, or a 429 on a retry), or it could not be reached (no answer, 408).
 */
function queuedText(email: string, status: number): ResultText {
  const answered = status > 0 && status !== 408;
  return [answered ? 'notifyQueuedServerError' : 'notifyQueued', { email }];
}

/**
 * Turns what became of the sign-up of `email` for `sku` into what the form
 * shows and the event it fires: on the list (2xx, 409) is a success; kept on
 * the device to send later is news, not an error, and the form is done;
 * anything else brings the form back with the reason.
 */
export function describeOutcome(
  sku: string,
  email: string,
  outcome: NotifyOutcome,
): OutcomeDescription {
  const { kind, status } = outcome;
  if (kind === 'subscribed') {
    const { alreadySubscribed } = outcome;
    return {
      view: 'done',
      tone: 'success',
      result: [alreadySubscribed ? 'notifyAlreadySubscribed' : 'notifySuccess', { email }],
      event: 'notify-success',
      detail: { sku, email, alreadySubscribed },
    };
  }
  const queued = kind === 'queued';
  return {
    view: queued ? 'done' : 'form',
    tone: queued ? 'info' : 'error',
    result:
      kind === 'invalid'
        ? outcome.message
          ? ['notifyInvalidReason', { message: outcome.message }]
          : ['notifyInvalid']
        : queued
          ? queuedText(email, status)
          : [REFUSED[kind]],
    event: 'notify-error',
    detail: { sku, email, status, queued },
  };
}

/**
 * What a returning shopper sees of what the device knows: that they are on
 * the list, or that their sign-up waits to be sent (and why); undefined for
 * neither, and the form shows.
 */
export function describeKnown(
  subscribed: SubscriptionRecord | undefined,
  waiting: OutboxEntry | undefined,
): ResultText | undefined {
  if (subscribed) return ['notifyOnList', { email: subscribed.email }];
  if (waiting) return queuedText(maskEmail(waiting.body.email), waiting.lastStatus ?? 0);
  return undefined;
}

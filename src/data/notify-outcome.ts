/** What became of a sign-up. */
export type NotifyOutcome =
  /** 2xx, or 409 (`alreadySubscribed`): the shopper is on the list; status 0 when another tab delivered it meanwhile. */
  | { kind: 'subscribed'; status: number; alreadySubscribed: boolean }
  /** 400 or 422: the server's `message`, as plain text, when it sent one. */
  | { kind: 'invalid'; status: number; message: string | undefined }
  /** 429 for a fresh sign-up: try again later. Not queued. */
  | { kind: 'too-many-attempts'; status: number }
  /** Any other 4xx: retrying will not help. Not queued. */
  | { kind: 'rejected'; status: number; message: string | undefined }
  /** 5xx, 408, timeout or network error (`status` 0), or a 429 for one waiting already: kept in the outbox and sent again later. */
  | { kind: 'queued'; status: number }
  /** As `queued`, but the device could not keep it (storage disabled or full): try again later. */
  | { kind: 'unsaved'; status: number };

/**
 * What the answer to a sign-up means, by its HTTP status (0: no answer at
 * all, or a timeout): 2xx is on the list, 409 on it already; 400 and 422
 * refuse the address, 429 says "later", any other 4xx refuses it for good;
 * 408, 5xx and no answer are worth sending again. A refusal's reason is
 * in the answer's body: `message` is for the caller to fill in.
 */
export function outcomeOfAnswer(status: number): NotifyOutcome {
  if (status >= 200 && status < 300)
    return { kind: 'subscribed', status, alreadySubscribed: false };
  if (status === 409) return { kind: 'subscribed', status, alreadySubscribed: true };
  if (status === 400 || status === 422) return { kind: 'invalid', status, message: undefined };
  if (status === 429) return { kind: 'too-many-attempts', status };
  if (status >= 400 && status < 500 && status !== 408)
    return { kind: 'rejected', status, message: undefined };
  return { kind: 'queued', status };
}

/**
 * What an attempt at a sign-up comes to: `queued` whenever it stays in the
 * outbox, which is after `queued`, and after `too-many-attempts` for one
 * `waiting` there already (it stays waiting, as `queued` with status 429; a
 * fresh sign-up that meets a 429 is not kept, and the shopper tries again).
 * Anything else settles it: delivered, or refused for good.
 */
export function afterAttempt(outcome: NotifyOutcome, waiting: boolean): NotifyOutcome {
  return outcome.kind === 'too-many-attempts' && waiting
    ? { kind: 'queued', status: outcome.status }
    : outcome;
}

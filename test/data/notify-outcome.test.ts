import { expect } from '@open-wc/testing';
import {
  afterAttempt,
  outcomeOfAnswer,
  type NotifyOutcome,
} from '../../src/data/notify-outcome.js';

describe('notify outcomes', () => {
  describe('outcomeOfAnswer: what an answer to a sign-up means', () => {
    const cases: [number, NotifyOutcome][] = [
      [200, { kind: 'subscribed', status: 200, alreadySubscribed: false }],
      [201, { kind: 'subscribed', status: 201, alreadySubscribed: false }],
      [202, { kind: 'subscribed', status: 202, alreadySubscribed: false }],
      [204, { kind: 'subscribed', status: 204, alreadySubscribed: false }],
      [409, { kind: 'subscribed', status: 409, alreadySubscribed: true }],
      [400, { kind: 'invalid', status: 400, message: undefined }],
      [422, { kind: 'invalid', status: 422, message: undefined }],
      [429, { kind: 'too-many-attempts', status: 429 }],
      [401, { kind: 'rejected', status: 401, message: undefined }],
      [403, { kind: 'rejected', status: 403, message: undefined }],
      [404, { kind: 'rejected', status: 404, message: undefined }],
      [410, { kind: 'rejected', status: 410, message: undefined }],
      [408, { kind: 'queued', status: 408 }],
      [500, { kind: 'queued', status: 500 }],
      [502, { kind: 'queued', status: 502 }],
      [503, { kind: 'queued', status: 503 }],
      [0, { kind: 'queued', status: 0 }],
      [302, { kind: 'queued', status: 302 }],
    ];
    for (const [status, outcome] of cases) {
      it(`${status}: ${outcome.kind}`, () => {
        expect(outcomeOfAnswer(status)).to.deep.equal(outcome);
      });
    }
  });

  describe('afterAttempt: what an attempt comes to, queued while it stays in the outbox', () => {
    const queued = (status: number): NotifyOutcome => ({ kind: 'queued', status });
    const tooMany: NotifyOutcome = { kind: 'too-many-attempts', status: 429 };
    const settled: NotifyOutcome[] = [
      { kind: 'subscribed', status: 201, alreadySubscribed: false },
      { kind: 'subscribed', status: 409, alreadySubscribed: true },
      { kind: 'invalid', status: 422, message: 'No' },
      { kind: 'rejected', status: 404, message: undefined },
    ];
    const cases: [NotifyOutcome, boolean, NotifyOutcome][] = [
      [queued(503), false, queued(503)],
      [queued(0), true, queued(0)],
      // A fresh sign-up that meets a 429 is not kept: the shopper tries again.
      [tooMany, false, tooMany],
      // One waiting already stays waiting: it is queued, and says so.
      [tooMany, true, queued(429)],
      ...settled.flatMap((outcome): [NotifyOutcome, boolean, NotifyOutcome][] => [
        [outcome, false, outcome],
        [outcome, true, outcome],
      ]),
    ];
    for (const [outcome, waiting, after] of cases) {
      it(`${outcome.kind} ${outcome.status}, ${waiting ? 'waiting already' : 'a fresh sign-up'}: ${after.kind}`, () => {
        expect(afterAttempt(outcome, waiting)).to.deep.equal(after);
      });
    }
  });
});

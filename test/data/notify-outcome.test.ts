import { expect } from '@open-wc/testing';
import { outcomeOfAnswer, staysQueued, type NotifyOutcome } from '../../src/data/notify-outcome.js';

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

  describe('staysQueued: what stays in the outbox after an attempt', () => {
    const cases: [NotifyOutcome, boolean, boolean][] = [
      [{ kind: 'queued', status: 503 }, false, true],
      [{ kind: 'queued', status: 0 }, true, true],
      [{ kind: 'too-many-attempts', status: 429 }, false, false],
      [{ kind: 'too-many-attempts', status: 429 }, true, true],
      [{ kind: 'subscribed', status: 201, alreadySubscribed: false }, true, false],
      [{ kind: 'invalid', status: 422, message: 'No' }, true, false],
      [{ kind: 'rejected', status: 404, message: undefined }, true, false],
    ];
    for (const [outcome, waiting, stays] of cases) {
      it(`${outcome.kind} ${outcome.status}, ${waiting ? 'waiting already' : 'a fresh sign-up'}: ${stays ? 'stays' : 'settled'}`, () => {
        expect(staysQueued(outcome, waiting)).to.equal(stays);
      });
    }
  });
});

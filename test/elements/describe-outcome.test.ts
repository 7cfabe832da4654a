import { expect } from '@open-wc/testing';
import type { NotifyOutcome } from '../../src/data/notify-client.js';
import {
  describeOutcome,
  queuedText,
  type OutcomeDescription,
} from '../../src/elements/notify-me-form/describe-outcome.js';

const SKU = 'TEE-RED-M';
const EMAIL = 'ada@example.com';

describe('describeOutcome', () => {
  const error = (status: number, queued = false) => ({
    event: 'notify-error' as const,
    detail: { sku: SKU, email: EMAIL, status, queued },
  });
  const cases: [string, NotifyOutcome, OutcomeDescription][] = [
    [
      'on the list',
      { kind: 'subscribed', status: 201, alreadySubscribed: false },
      {
        view: 'done',
        tone: 'success',
        result: ['notifySuccess', { email: EMAIL }],
        event: 'notify-success',
        detail: { sku: SKU, email: EMAIL, alreadySubscribed: false },
      },
    ],
    [
      'on the list already (409)',
      { kind: 'subscribed', status: 409, alreadySubscribed: true },
      {
        view: 'done',
        tone: 'success',
        result: ['notifyAlreadySubscribed', { email: EMAIL }],
        event: 'notify-success',
        detail: { sku: SKU, email: EMAIL, alreadySubscribed: true },
      },
    ],
    [
      'an address refused with a reason',
      { kind: 'invalid', status: 422, message: 'Not deliverable' },
      {
        view: 'form',
        tone: 'error',
        result: ['notifyInvalidReason', { message: 'Not deliverable' }],
        ...error(422),
      },
    ],
    [
      'an address refused without one',
      { kind: 'invalid', status: 400, message: undefined },
      { view: 'form', tone: 'error', result: ['notifyInvalid'], ...error(400) },
    ],
    [
      'too many attempts',
      { kind: 'too-many-attempts', status: 429 },
      { view: 'form', tone: 'error', result: ['notifyTooManyAttempts'], ...error(429) },
    ],
    [
      'refused for good',
      { kind: 'rejected', status: 404, message: 'No such list' },
      { view: 'form', tone: 'error', result: ['notifyFailed'], ...error(404) },
    ],
    [
      'kept after a server error',
      { kind: 'queued', status: 503 },
      {
        view: 'done',
        tone: 'info',
        result: ['notifyQueuedServerError', { email: EMAIL }],
        ...error(503, true),
      },
    ],
    [
      'kept without an answer',
      { kind: 'queued', status: 0 },
      { view: 'done', tone: 'info', result: ['notifyQueued', { email: EMAIL }], ...error(0, true) },
    ],
    [
      'not kept: storage is off',
      { kind: 'unsaved', status: 0 },
      { view: 'form', tone: 'error', result: ['notifyNotSaved'], ...error(0) },
    ],
  ];
  for (const [what, outcome, description] of cases) {
    it(`${what}: ${description.result[0]}, ${description.event}`, () => {
      expect(describeOutcome(SKU, EMAIL, outcome)).to.deep.equal(description);
    });
  }

  describe('queuedText: why a sign-up waits on the device', () => {
    const cases: [number, string][] = [
      [0, 'notifyQueued'],
      [408, 'notifyQueued'],
      [429, 'notifyQueuedServerError'],
      [500, 'notifyQueuedServerError'],
      [503, 'notifyQueuedServerError'],
    ];
    for (const [status, id] of cases) {
      it(`status ${status}: ${id}`, () => {
        expect(queuedText('a***@example.com', status)).to.deep.equal([
          id,
          { email: 'a***@example.com' },
        ]);
      });
    }
  });
});

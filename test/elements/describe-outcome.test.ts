import { expect } from '@open-wc/testing';
import type { NotifyOutcome } from '../../src/data/notify-client.js';
import type { OutboxEntry, SubscriptionRecord } from '../../src/data/notify-types.js';
import {
  describeKnown,
  describeOutcome,
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

  describe('describeKnown: what a returning shopper sees', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const waiting = (lastStatus?: number): OutboxEntry => ({
      key: 'k',
      endpoint: 'https://shop.example/api/notify',
      body: { sku: SKU, email: 'ada@example.com', consent: true, locale: 'en', quantity: 1 },
      timeout: 8,
      createdAt: at,
      attempts: 1,
      lastStatus,
    });
    const masked = { email: 'a***@example.com' };
    const cases: [string, SubscriptionRecord | undefined, OutboxEntry | undefined, unknown][] = [
      ['nothing: the form', undefined, undefined, undefined],
      ['on the list', { email: 'a***@example.com', at }, undefined, ['notifyOnList', masked]],
      [
        'on the list, a waiting one aside',
        { ...masked, at },
        waiting(503),
        ['notifyOnList', masked],
      ],
      ['waiting, no answer yet', undefined, waiting(), ['notifyQueued', masked]],
      ['waiting after no answer', undefined, waiting(0), ['notifyQueued', masked]],
      ['waiting after a 408', undefined, waiting(408), ['notifyQueued', masked]],
      ['waiting after a 429', undefined, waiting(429), ['notifyQueuedServerError', masked]],
      ['waiting after a 503', undefined, waiting(503), ['notifyQueuedServerError', masked]],
    ];
    for (const [what, subscribed, pending, text] of cases) {
      it(what, () => {
        expect(describeKnown(subscribed, pending)).to.deep.equal(text);
      });
    }
  });
});

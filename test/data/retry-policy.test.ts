import { expect } from '@open-wc/testing';
import type { RefreshReason } from '../../src/data/page-signals.js';
import {
  planRefresh,
  planRetry,
  retryAfterMs,
  type FailedRequest,
} from '../../src/data/retry-policy.js';

const SETTINGS = { maxRetries: 4, retryDelay: 2000, cacheTtl: 60_000 };
const NOW = Date.parse('2026-11-26T12:00:00Z');

describe('retry policy', () => {
  describe('which failures are retried', () => {
    const cases: [string, FailedRequest, boolean][] = [
      ['a 500', { kind: 'http', status: 500 }, true],
      ['a 503', { kind: 'http', status: 503 }, true],
      ['a 408', { kind: 'http', status: 408 }, true],
      ['a 429', { kind: 'http', status: 429 }, true],
      ['a timeout', { kind: 'timeout' }, true],
      ['a network error', { kind: 'network' }, true],
      ['an answer that is not JSON', { kind: 'not-json' }, true],
      ['an answer of the wrong shape', { kind: 'bad-shape' }, true],
      ['a 404', { kind: 'http', status: 404 }, false],
      ['a 400', { kind: 'http', status: 400 }, false],
      ['a platform error', { kind: 'rejected' }, false],
      ['a SKU that cannot be sent', { kind: 'invalid-sku' }, false],
    ];
    for (const [what, failure, retried] of cases) {
      it(`${retried ? 'retries' : 'does not retry'} ${what}`, () => {
        const plan = planRetry(failure, 1, SETTINGS, NOW);
        expect(plan.retryIn !== undefined).to.equal(retried);
        // Not retried: remembered as the SKU's answer for cache-ttl.
        if (!retried) expect(plan.rememberFor).to.equal(60_000);
      });
    }
  });

  it('backs off 2, 4, 8, 16 s for one SKU, then stops and remembers for cache-ttl', () => {
    const plans = [1, 2, 3, 4, 5].map((attempt) =>
      planRetry({ kind: 'http', status: 500 }, attempt, SETTINGS, NOW),
    );
    expect(plans.map((plan) => plan.retryIn)).to.deep.equal([2000, 4000, 8000, 16_000, undefined]);
    // Until the retry, the failure stands in for an answer: new elements wait for it.
    expect(plans.map((plan) => plan.rememberFor)).to.deep.equal([2000, 4000, 8000, 16_000, 60_000]);
  });

  it('waits for Retry-After and pauses the whole endpoint meanwhile', () => {
    const plan = planRetry({ kind: 'http', status: 429, retryAfter: '3' }, 1, SETTINGS, NOW);
    expect(plan).to.deep.equal({ retryIn: 3000, rememberFor: 3000, pauseFor: 3000 });
    // The back-off still counts when it is longer.
    expect(
      planRetry({ kind: 'http', status: 503, retryAfter: '3' }, 3, SETTINGS, NOW).retryIn,
    ).to.equal(8000);
    expect(planRetry({ kind: 'http', status: 500 }, 1, SETTINGS, NOW).pauseFor).to.equal(0);
  });

  it('ignores Retry-After on an answer that is not retried', () => {
    const plan = planRetry({ kind: 'http', status: 404, retryAfter: '30' }, 1, SETTINGS, NOW);
    expect(plan).to.deep.equal({ retryIn: undefined, rememberFor: 60_000, pauseFor: 0 });
  });

  describe('Retry-After', () => {
    it('reads delta-seconds', () => {
      expect(retryAfterMs('3', NOW)).to.equal(3000);
      expect(retryAfterMs(' 0 ', NOW)).to.equal(0);
    });
    it('reads an HTTP date', () => {
      expect(retryAfterMs('Thu, 26 Nov 2026 12:00:10 GMT', NOW)).to.equal(10_000);
      expect(retryAfterMs('Thu, 26 Nov 2026 11:00:00 GMT', NOW), 'in the past').to.equal(0);
    });
    it('caps a long wait at 60 s', () => {
      expect(retryAfterMs('86400', NOW)).to.equal(60_000);
      expect(retryAfterMs('Fri, 01 Jan 2100 00:00:00 GMT', NOW)).to.equal(60_000);
    });
    it('ignores what it cannot read', () => {
      for (const value of [null, undefined, '', 'soon', '-5', '1.5e3'])
        expect(retryAfterMs(value, NOW), String(value)).to.equal(undefined);
    });
  });

  describe('which watched answers are asked for again (planRefresh)', () => {
    const INTERVAL = 30_000;
    const answer = (age: number, failures = 0) => ({ receivedAt: NOW - age, failures });
    const cases: [
      RefreshReason,
      { receivedAt: number; failures: number } | undefined,
      'force' | 'if-stale' | undefined,
    ][] = [
      ['poll', answer(1000), 'force'],
      ['poll', undefined, 'force'],
      ['poll', answer(1000, 2), undefined],
      ['shown', answer(INTERVAL), 'force'],
      ['shown', answer(INTERVAL - 1), undefined],
      ['shown', undefined, 'force'],
      ['shown', answer(INTERVAL, 1), undefined],
      ['restored', answer(1000), 'if-stale'],
      ['restored', answer(1000, 3), 'if-stale'],
      ['restored', undefined, 'if-stale'],
    ];
    for (const [why, record, plan] of cases) {
      const what = record
        ? `an answer ${NOW - record.receivedAt} ms old${record.failures ? ', failing' : ''}`
        : 'no answer';
      it(`${why}, ${what}: ${plan ?? 'not now'}`, () => {
        expect(planRefresh(why, record, NOW, INTERVAL)).to.equal(plan);
      });
    }
  });
});

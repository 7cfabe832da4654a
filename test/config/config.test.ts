import { expect } from '@open-wc/testing';
import { configure, resetConfiguration, resolveConfig } from '../../src/config/config.js';

describe('resolveConfig', () => {
  afterEach(() => resetConfiguration());

  it('clamps timeout, cache-ttl and refresh-interval to the longest timer (2^31 - 1 ms)', () => {
    const config = resolveConfig({ timeout: 2_200_000, cacheTtl: 1e12, refreshInterval: 9e9 });
    expect(config.timeout).to.equal(2_147_483);
    expect(config.cacheTtl).to.equal(2_147_483);
    expect(config.refreshInterval).to.equal(2_147_483);
  });

  it('clamps batch-size to 250 SKUs, so URLs stay short', () => {
    expect(resolveConfig({ batchSize: 10_000 }).batchSize).to.equal(250);
  });

  it('skips values below the minimum, or not numbers, for the next level', () => {
    configure({ timeout: 5, batchSize: 20 });
    const config = resolveConfig({ timeout: 0, batchSize: NaN, cacheTtl: -1 });
    expect([config.timeout, config.batchSize, config.cacheTtl]).to.deep.equal([5, 20, 60]);
  });
});

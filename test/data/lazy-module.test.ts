import { expect } from '@open-wc/testing';
import { lazyModule } from '../../src/data/lazy-module.js';

describe('lazyModule', () => {
  it('imports once, on first use, and shares the module', async () => {
    let imports = 0;
    const lazy = lazyModule('a part', async () => ({ value: ++imports }));
    expect(imports, 'nothing before use').to.equal(0);
    expect([lazy.value, lazy.settled]).to.deep.equal([undefined, false]);
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect(first).to.equal(second);
    expect(imports).to.equal(1);
    expect([lazy.value, lazy.settled]).to.deep.equal([first, true]);
  });

  it('a failed import resolves undefined and warns once; it never rejects', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const lazy = lazyModule('the Swedish texts', () => Promise.reject(new TypeError('offline')));
      expect(await lazy.load()).to.equal(undefined);
      expect(await lazy.load()).to.equal(undefined);
      expect([lazy.value, lazy.settled]).to.deep.equal([undefined, true]);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include('could not load the Swedish texts');
    } finally {
      console.warn = warn;
    }
  });
});

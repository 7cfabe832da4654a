import { expect } from '@open-wc/testing';
import { isPlausibleEmail, maskEmail, offersNotify } from '../../src/data/notify-rules.js';
import { inDays } from '../helpers/mock-endpoint.js';

describe('notify rules', () => {
  const options = { lowStockThreshold: 5, maxBackorderDays: 21 };
  const found = (availability: object) => ({
    kind: 'found' as const,
    availability: { sku: 'A', ...availability },
  });

  it('offers the form for out-of-stock and far backorders only', () => {
    expect(offersNotify(found({ status: 'out-of-stock' }), options)).to.equal(true);
    expect(offersNotify(found({ quantity: 0 }), options)).to.equal(true);
    expect(offersNotify(found({ status: 'backorder', restockDate: inDays(30) }), options)).to.equal(
      true,
    );
    expect(offersNotify(found({ status: 'backorder', restockDate: inDays(21) }), options)).to.equal(
      false,
    );
    expect(offersNotify(found({ status: 'backorder', restockDate: inDays(5) }), options)).to.equal(
      false,
    );
    expect(
      offersNotify(found({ quantity: 0, backorderable: true, leadTimeDays: 40 }), options),
    ).to.equal(true);
    expect(offersNotify(found({ status: 'backorder' }), options)).to.equal(false);
    expect(offersNotify(found({ status: 'discontinued' }), options)).to.equal(false);
    expect(offersNotify(found({ status: 'in-stock' }), options)).to.equal(false);
    expect(offersNotify({ kind: 'loading' }, options)).to.equal(false);
    expect(offersNotify({ kind: 'unknown' }, options)).to.equal(false);
  });

  it('accepts plausible addresses only', () => {
    expect(isPlausibleEmail('ada@example.com')).to.equal(true);
    expect(isPlausibleEmail('ada.l+shop@mail.example.co.uk')).to.equal(true);
    for (const bad of [
      '',
      'ada',
      'ada@',
      '@example.com',
      'ada@example',
      'a da@example.com',
      'ada@@example.com',
    ]) {
      expect(isPlausibleEmail(bad), bad).to.equal(false);
    }
  });

  it('masks an address', () => {
    expect(maskEmail('ada@example.com')).to.equal('a***@example.com');
    expect(maskEmail('nonsense')).to.equal('***');
  });
});

import { expect } from '@open-wc/testing';
import {
  validateSignup,
  type SignupErrors,
  type SignupFields,
} from '../../src/elements/notify-me-form/validate-signup.js';

describe('validateSignup', () => {
  const ada = 'ada@example.com';
  const cases: [string, SignupFields, SignupErrors][] = [
    ['an address alone', { email: ada }, {}],
    ['no address', { email: '' }, { email: 'notifyEmailMissing' }],
    ['an address without a domain', { email: 'ada@example' }, { email: 'notifyEmailInvalid' }],
    [
      'an address with a space',
      { email: 'ada lovelace@example.com' },
      { email: 'notifyEmailInvalid' },
    ],
    ['the consent box ticked', { email: ada, consent: true }, {}],
    [
      'the consent box unticked',
      { email: ada, consent: false },
      { consent: 'notifyConsentMissing' },
    ],
    ['a quantity of 3', { email: ada, quantity: '3' }, {}],
    ['a quantity of 1 with spaces', { email: ada, quantity: ' 1 ' }, {}],
    ['a quantity of 0', { email: ada, quantity: '0' }, { quantity: 'notifyQuantityInvalid' }],
    [
      'a fractional quantity',
      { email: ada, quantity: '2.5' },
      { quantity: 'notifyQuantityInvalid' },
    ],
    ['a negative quantity', { email: ada, quantity: '-2' }, { quantity: 'notifyQuantityInvalid' }],
    ['an empty quantity', { email: ada, quantity: '' }, { quantity: 'notifyQuantityInvalid' }],
    [
      'a quantity that is no number',
      { email: ada, quantity: 'two' },
      { quantity: 'notifyQuantityInvalid' },
    ],
    [
      'everything wrong',
      { email: '', consent: false, quantity: '0' },
      {
        email: 'notifyEmailMissing',
        consent: 'notifyConsentMissing',
        quantity: 'notifyQuantityInvalid',
      },
    ],
  ];
  for (const [what, fields, errors] of cases) {
    it(`${what}: ${Object.values(errors).join(', ') || 'no error'}`, () => {
      expect(validateSignup(fields)).to.deep.equal(errors);
    });
  }

  it('lists the errors in the order of the fields, so the first is the one to focus', () => {
    const errors = validateSignup({ quantity: 'x', consent: false, email: 'x' });
    expect(Object.keys(errors)).to.deep.equal(['email', 'consent', 'quantity']);
  });
});

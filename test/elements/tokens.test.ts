import { expect, fixture, html } from '@open-wc/testing';
import { NotifyMeForm } from '../../src/elements/notify-me-form/notify-me-form.js';
import { useMockEndpoint } from '../helpers/mock-endpoint.js';

NotifyMeForm.define();

/** Each renamed colour: its name, the name it had before, and what reads it inside the element. */
const RENAMED: [now: string, old: string, token: string, byDefault: string][] = [
  ['--bo-color-text', '--bo-text-color', 'color', ''],
  ['--bo-color-muted', '--bo-muted-color', '--_bo-muted', '#57606a'],
  ['--bo-color-surface', '--bo-surface-color', '--_bo-surface', 'Canvas'],
  ['--bo-color-border', '--bo-border-color', '--_bo-border', '#8c959f'],
  ['--bo-color-accent', '--bo-accent-color', '--_bo-accent', '#0969da'],
  ['--bo-color-accent-text', '--bo-accent-text-color', '--_bo-accent-text', '#ffffff'],
  ['--bo-color-focus', '--bo-focus-color', '--_bo-focus-color', '#0969da'],
];

/** What `token` holds on a form inside a page that sets `style`. */
async function tokenUnder(style: string, token: string): Promise<string> {
  const page = await fixture<HTMLElement>(html`
    <div style=${`color: rgb(9, 9, 9); ${style}`}>
      <notify-me-form sku="A" always notify-endpoint="/api/notify"></notify-me-form>
    </div>
  `);
  const form = page.querySelector('notify-me-form')!;
  await form.updateComplete;
  const computed = getComputedStyle(form);
  return token === 'color' ? computed.color : computed.getPropertyValue(token).trim();
}

describe('the --bo-* colours', () => {
  useMockEndpoint();

  for (const [now, old, token, byDefault] of RENAMED) {
    describe(now, () => {
      it('is read', async () => {
        expect(await tokenUnder(`${now}: rgb(1, 2, 3)`, token)).to.equal('rgb(1, 2, 3)');
      });

      it(`falls back to its old name ${old} until the next release`, async () => {
        expect(await tokenUnder(`${old}: rgb(4, 5, 6)`, token)).to.equal('rgb(4, 5, 6)');
      });

      it(`wins over ${old} where both are set`, async () => {
        const both = `${old}: rgb(4, 5, 6); ${now}: rgb(1, 2, 3)`;
        expect(await tokenUnder(both, token)).to.equal('rgb(1, 2, 3)');
      });

      it('has its default when neither is set', async () => {
        expect(await tokenUnder('', token)).to.equal(byDefault || 'rgb(9, 9, 9)');
      });
    });
  }
});

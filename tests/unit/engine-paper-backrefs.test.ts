/**
 * "The newspaper said" goes back to a paper the story named by a paper's word ("The Kellport
 * Ledger", "the Orlando Sentinel"), where only broadcasters' and agencies' words counted before;
 * "the agency" still never means a paper.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './engine-readings';

describe('paper back-references', () => {
  it.each([
    ['The Kellport Ledger reported that the plant would close. The newspaper said the owners had been told in May.', 'the Kellport Ledger'],
    ['Doctors were warned, the Castleford Sentinel reported. The paper said the warning came too late.', 'the Castleford Sentinel'],
    ['Ministers met on Friday, according to the Dunmore Chronicle. The newspaper said no deal was reached.', 'the Dunmore Chronicle'],
  ])('%s', (text, name) => {
    const source = /The (?:newspaper|paper)/.exec(text)![0];
    expect(speakerOf(text, source)).toEqual({ name, type: 'named-organization' });
  });

  it('reads "the agency" as no paper named before it', () => {
    const text = 'The bill was filed on Monday, according to the Harbour Star. It cites a memo from the national immigration agency. The agency said foreign nationals could be barred.';
    expect(speakerOf(text, 'The agency')?.name).not.toBe('the Harbour Star');
  });
});

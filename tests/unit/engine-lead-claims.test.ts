/**
 * A lead that ends on its source, then a paragraph opening on another speaker's quotation: the
 * quotation is that speaker's, and the lead keeps its own sentence (invented texts from a review of
 * new genres; the shape of most news openings).
 */
import { describe, expect, it } from 'vitest';
import { readClaims } from './engine-readings';

describe('the next paragraph’s quotation is its own speaker’s', () => {
  it('a lead that lost its claim to the quotation keeps its sentence', () => {
    const text = 'Jaya Sterling has postponed the remaining 22 dates of her world tour after undergoing emergency surgery on her vocal cords, her representatives said on Monday.\n\n' +
      '"Jaya is resting at home and recovering well, but her doctors have been clear that she must not sing for at least eight weeks," her publicist, Corinne Vale, said in a statement.';
    const readings = readClaims(text);
    expect(readings.find((r) => r.source === 'her representatives')?.claim)
      .toBe('Jaya Sterling has postponed the remaining 22 dates of her world tour after undergoing emergency surgery on her vocal cords');
    expect(readings.find((r) => r.source === 'her publicist, Corinne Vale,')?.claim).toMatch(/^"Jaya is resting at home/u);
  });

  it('a lead keeps its claim and no piece of the next quotation', () => {
    const text = 'The museum has cancelled its summer exhibition, its director said on Friday.\n\n' +
      '"We are bitterly disappointed and we know many visitors will be too, but the building is simply not safe," the trustees\' chair, Alan Bright, said.';
    expect(readClaims(text).find((r) => r.source === 'its director')?.claim).toBe('The museum has cancelled its summer exhibition');
  });

  it('near miss: a quotation with no speaker of its own stays with the lead', () => {
    const text = 'The plan has failed, the minister said on Monday.\n\n"We tried everything we could think of, and nothing worked."';
    expect(readClaims(text).find((r) => r.source === 'the minister')?.claim).toContain('We tried everything');
  });

  it('a plural possessive before the name is the source’s role, not more of the quotation', () => {
    const text = '"We are bitterly disappointed and we know many visitors will be too, but the building is simply not safe," the trustees\' chair, Alan Bright, said.';
    expect(readClaims(text)).toContainEqual({
      source: "the trustees' chair, Alan Bright,", cue: 'said',
      claim: '"We are bitterly disappointed and we know many visitors will be too, but the building is simply not safe,"',
    });
  });

  it('an indirect claim that runs into the next sentence\'s quotation is two pieces, the quotation whole', () => {
    const text = 'The 61-year-old added that staff had been "run off their feet" and that he did not blame the nurses. "The people on the ward were wonderful. It\'s the system that failed her."';
    expect(readClaims(text)[0].claim).toBe('that staff had been "run off their feet" and that he did not blame the nurses … "The people on the ward were wonderful. It\'s the system that failed her."');
  });

  it.each([
    ['The plan, he said, would cost about $40 million.', 'The plan … would cost about $40 million'],
    ['Six children have been admitted to hospital, it said, one of whom is in intensive care.', 'Six children have been admitted to hospital … one of whom is in intensive care'],
  ])('a claim around a cue set inside it with commas keeps its rest: %s', (text, claim) => {
    expect(readClaims(text)[0].claim).toBe(claim);
  });

  it('near miss: what follows the cue about its source is no claim ("…, a banker said, asking not to be named")', () => {
    const text = 'The bank has hired advisers to sound out buyers, a banker said, asking not to be named because the talks are private.';
    expect(readClaims(text)[0].claim).toBe('The bank has hired advisers to sound out buyers');
  });
});

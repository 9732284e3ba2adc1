/**
 * Readings a held-out review of ten invented articles found wrong (review 16): a body named again
 * by its head alone, and "the woman" after an unnamed speaker whose description holds a place name.
 */
import { describe, expect, it } from 'vitest';
import { readSources, speakerOf } from './engine-readings';
import { withSubjectBeforeRelative } from '../../utils/attribution/relative-subject';

describe('review 16', () => {
  it.each([
    ['Brightwell Home is recalling 300,000 air fryers, the Consumer Product Safety Agency said on Monday. The Agency said it had received 87 reports of fires.', 'The Agency', 'the Consumer Product Safety Agency'],
    ['Reservoirs are at 41 per cent, the Valdora Water Authority said. The Authority warned that rationing could start in April.', 'The Authority', 'the Valdora Water Authority'],
    ['The New York Times reported the memo on Monday. The Times said the memo was dated June.', 'The Times', 'the New York Times'],
  ])('takes a body named again by its head alone for the body named in full: %s', (text, source, name) => {
    expect(speakerOf(text, source)).toEqual({ name, type: 'named-organization' });
  });

  it('keeps "the House" apart from the White House', () => {
    const text = 'The White House said it would veto the bill. The House said it would vote on Friday.';
    expect(speakerOf(text, 'The House')?.name).not.toBe('the White House');
  });

  it('takes "The woman" for the unnamed patient who spoke, not the town in her description', () => {
    const text = 'One patient, a retired bus driver from Ashby who has waited 16 months for a hip replacement, said she could no longer climb the stairs. The woman, who asked not to be named, said her appointment had been cancelled three times.';
    // (and, as that mention says she asked not to be named, an anonymous source in all her readings)
    expect(speakerOf(text, 'The woman, who asked not to be named,')).toEqual({ name: 'One patient', type: 'anonymous-source' });
  });
});

describe('review 16: "the company" in a product recall', () => {
  const text = 'Kitchen appliance maker Brightwell Home is recalling 300,000 air fryers. The agency had 87 reports involving the Brightwell CrispPro 5 model. ' +
    '"I flagged it in October," the campaigner told the Daily Ledger. An internal email seen by the Daily Ledger suggests engineers knew in January. The company said it was reviewing the email.';
  it('is the maker, not its product nor the paper the story was told by', () => {
    expect(speakerOf(text, 'The company')).toEqual({ name: 'Brightwell Home', type: 'named-organization' });
  });
  it('keeps a film maker a person', () => {
    expect(speakerOf('The documentary film maker Tobin Vask said the festival was brave.', 'The documentary film maker Tobin Vask')?.type).toBe('named-person');
  });
});

describe('review 16: "the regulator"', () => {
  it('is the public body named before, not the product it regulates', () => {
    const text = 'Brightwell Home is recalling air fryers, the Consumer Product Safety Agency said. The Agency had 87 reports involving the Brightwell CrispPro 5 model. Four people suffered minor burns, according to the regulator.';
    expect(speakerOf(text, 'the regulator')).toEqual({ name: 'the Consumer Product Safety Agency', type: 'named-organization' });
  });
});

describe('review 16: a subject with a clause describing it', () => {
  it.each([
    ['A man who had driven his elderly parents out of the valley said the smoke had been so thick that he could barely see the road.', 'A man who had driven his elderly parents out of the valley'],
    ['A victim impact statement read to the court said the family had been destroyed.', 'A victim impact statement read to the court'],
    ['A statement posted on the website of the Harbour Trust said the sale had been cancelled.', 'A statement posted on the website of the Harbour Trust'],
  ])('is the source whole, not the noun inside the clause: %s', (text, source) => {
    expect(readSources(text).map((r) => r.source)).toEqual([source]);
  });

  it('leaves a main verb\'s subject and object out ("The mayor met residents who lived by the bridge …")', () => {
    const text = 'The mayor met residents who lived by the bridge said it was unsafe.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const reading = { source: at('the bridge'), cue: at('said'), content: [at('it was unsafe')] };
    expect(withSubjectBeforeRelative(text, [reading])[0].source).toEqual(at('the bridge'));
  });
});

describe('review 16: a sports club', () => {
  it('is a body by its name\'s last word, and "the club" the one the claim opens with', () => {
    const text = 'Redmere Rovers have completed the signing of striker Tomas Ferreira-Lund from Ostavia Sporting for a club-record fee, the club announced on Wednesday.';
    expect(speakerOf(text, 'the club')).toEqual({ name: 'Redmere Rovers', type: 'named-organization' });
  });
});

describe('review 16: a club or firm named again by its first word', () => {
  it.each([
    ['Redmere Rovers signed the striker on Wednesday. Redmere said the fee was a club record.', 'Redmere', 'Redmere Rovers'],
    ['Kelby Rovers lost again on Saturday. The board met on Sunday, and Kelby said the manager would stay.', 'Kelby', 'Kelby Rovers'],
  ])('%s', (text, source, name) => {
    expect(speakerOf(text, source)).toEqual({ name, type: 'named-organization' });
  });
});

describe('review 16: names and appositions', () => {
  it('reads a campaign\'s name with its "for" whole', () => {
    expect(speakerOf('Patients\' group Voices for Northvale Care said the figures were shameful.', 'Patients\' group Voices for Northvale Care')).toEqual({ name: 'Voices for Northvale Care', type: 'named-organization' });
  });
  it('takes a report for its source, not the body that compiled it', () => {
    const text = 'The report, compiled by the independent Clinical Standards Observatory, found that 14,000 people had waited over a year.';
    expect(speakerOf(text, 'The report, compiled by the independent Clinical Standards Observatory,')).toEqual({ name: 'The report', type: 'document' });
  });
});

/**
 * Headlines whose first clause's subject speaks after the comma ("Central bank holds rates steady,
 * says inflation is easing"): the subject is the speaker and the clause after the verb the claim,
 * not the other way round; and a headline's common noun for a body is the body the story names.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution/annotate';
import { model, speakerOf } from './engine-readings';

/** The reading whose cue is the headline's verb, as source, cue, claim and resolved name. */
function headlineReading(text: string, verb: string) {
  const at = text.indexOf(verb);
  const found = annotate(text, model).find((a) => a.cue?.start === at);
  return found && {
    source: found.source ? text.slice(found.source.start, found.source.end) : null,
    cue: text.slice(found.cue!.start, found.cue!.end),
    claim: found.claim,
    name: found.resolvedSource.name,
  };
}

describe('a headline whose subject goes on to speak', () => {
  it.each([
    ['Central bank holds rates steady, says inflation is easing\n\nThe Bank of Norland kept its main rate at 4.5 per cent on Thursday. Governor Ilse Brandt said price rises had slowed.',
      'says', { source: 'Central bank', cue: 'says', claim: 'inflation is easing', name: 'the Bank of Norland' }],
    ['Mayor Vows to Fight Cuts, Says City Will Sue\n\nMayor Dana Whitfield said on Monday that the city would take the state to court.',
      'Says', { source: 'Mayor', cue: 'Says', claim: 'City Will Sue', name: 'Dana Whitfield' }],
    ['Minister to quit, says party has lost its way\n\nHousing minister Carol Pike will resign on Friday, she said.',
      'says', { source: 'Minister', cue: 'says', claim: 'party has lost its way', name: 'Carol Pike' }],
    ['Brisa Home Appliances cuts 300 jobs, says it will close its Leeds plant\n\nThe company said the plant had lost money for three years.',
      'says', { source: 'Brisa Home Appliances', cue: 'says', claim: 'it will close its Leeds plant', name: 'Brisa Home Appliances' }],
  ])('reads %s', (text, verb, reading) => {
    expect(headlineReading(text, verb)).toEqual(reading);
  });

  it.each([
    // the speaker after the verb is a short noun phrase, not a clause
    ['Winter ferry timetable is unsafe, warns union\n\nThe union said crews were being asked to work longer shifts.', 'warns', 'union'],
    // "IT boss" is a speaker, not the pronoun "it" opening a clause
    ['Acme cuts 200 jobs, says IT boss\n\nAcme Logistics said on Tuesday it would cut 200 jobs.', 'says', 'IT boss'],
    // a long speaker with capitals is a speaker, and replaces the taggers' swapped reading
    ['Government cuts leave councils broke, says former council leader Dame Ann Lee\n\nDame Ann Lee said the cuts were deep.', 'says', 'former council leader Dame Ann Lee'],
    // a question or adverbial clause has no subject to speak
    ['How the strike ended, says veteran organiser Ruth Gale in a new book that will be out in May\n\nThe book is out in May.', 'says', null],
  ])('leaves %s to its other readings', (text, verb, source) => {
    const reading = headlineReading(text, verb);
    expect(reading?.source ?? null).toBe(source);
  });
});

describe("a headline's bare noun for a body", () => {
  it('is the body its claim names, as "the company" would be', () => {
    const text = 'Halvorsen Foods hit by cyberattack; card data may be exposed, company says\n\nHalvorsen Foods, which runs 40 shops, said on Monday that its tills had been attacked. In a statement, the company said it had called in the police.';
    expect(headlineReading(text, 'says')).toEqual({ source: 'company', cue: 'says', claim: 'Halvorsen Foods hit by cyberattack; card data may be exposed', name: 'Halvorsen Foods' });
    // and so a later "the company" is not the headline's bare noun
    expect(headlineReading(text, 'said it had called')?.name).toBe('Halvorsen Foods');
  });
});

describe("a headline's bare trade noun named only below it", () => {
  it('is the first business the story names', () => {
    const text = 'Storm live: 40,000 homes without power, utility says\n\nLast updated 9:10 a.m.\n\nHarlow Valley Electric said in a statement that about 40,000 customers had lost power overnight.';
    expect(headlineReading(text, 'says')?.name).toBe('Harlow Valley Electric');
  });
  it('is never the firm a regulator rules on', () => {
    const text = "Storm live: drug rejected, regulator says\n\nHalden Therapeutics said its lupus drug had been turned down by the National Medicines Board.";
    expect(headlineReading(text, 'says')?.name).toBe('regulator');
  });
  it('is not a place or a public body named first', () => {
    const text = 'Storm live: 40,000 homes without power, utility says\n\nThe Ministry of Energy said crews from Norland were on their way.';
    expect(headlineReading(text, 'says')?.name).toBe('utility');
  });
});

describe('a first line that is no headline', () => {
  it.each([
    // a sentence, not a headline: its lower-case body noun is not the body named in it
    ["The Cleveland Police Patrolmen's Association endorsed the candidate. The Cleveland police said the march had been peaceful.", 'The Cleveland police', 'The Cleveland police'],
    ['Harlow Bank reported a profit on Tuesday, and a rival bank said its own results would follow.', 'a rival bank', 'a rival bank'],
    // "A company" has its article: a story's lead, not a headline's bare noun
    ['A company said on Tuesday it would build a plant in the town.\n\nBrenner Foods, a supplier, said it welcomed the news.', 'A company', 'A company'],
  ])('leaves the noun as written: %s', (text, source, name) => {
    expect(speakerOf(text, source)?.name).toBe(name);
  });
});


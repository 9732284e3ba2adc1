/**
 * Deeds read as statements by the r44 held-out review (helper's articles at 6b858bb), fixed in
 * session 33 (deeds-read-as-cues.ts); sentences invented here anew.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, readSources } from './engine-readings';

describe('session 33: deeds are no statements (r44 review)', () => {
  it.each([
    ['A drugmaker has raised the price of an old asthma inhaler by 400 percent.'],
    ['Veltra Rail increased fares on its coastal line by 6 percent in January.'],
    ['A Labour MP claimed £9,200 in expenses for a second home owned by his sister.'],
    ['Some of the guests have started a fund to help the couple rebook their wedding.'],
    ['Others applauded him off the pitch after the final whistle.'],
    ['The mural, which covered the side of a former cinema on Dock Road, showed Mary Quill, a lifeboat volunteer who drowned in 1998.'],
    ['Its office was closed on Monday, and calls to its helpline go unanswered.'],
    ['Smog linked to 40 extra hospital admissions as city chokes'],
    ['Rainfall is forecast to stay below average until March.'],
    ['Not everyone sees it that way.'],
    ['Reefs can recover if the water cools quickly, but prolonged heat stress can kill the coral.'],
  ])('reads no statement in: %s', (text) => {
    expect(readClaims(text)).toEqual([]);
  });

  it('keeps "claimed" of words, and a photo that shows what happened', () => {
    expect(readClaims('Harlan claimed the vote had been rigged.').map((r) => r.cue)).toEqual(['claimed']);
    expect(readClaims('Satellite photos released by the agency showed a slick about 12 miles long.').map((r) => r.cue)).toEqual(['showed']);
  });

  it('keeps a claim a relative clause gives after its cue, modal first', () => {
    const text = 'The rules, which officials said will take effect in May, do not cover contractors.';
    expect(readClaims(text).map((r) => r.cue)).toEqual(['said']);
  });

  it('reads no statement in a report\'s participle after its noun', () => {
    const text = 'The analysis, posted online on Monday by Colin Marsh, a retired chemist, lists 12 passages that it says match earlier work.';
    expect(readClaims(text).map((r) => r.cue)).not.toContain('posted online');
  });
});

describe('session 33: news of a decision, and requests inside a claim (r44 review)', () => {
  it('reads no statement in someone being told of a decision by no one named', () => {
    expect(readClaims('The 47-year-old coach was told of the decision at the stadium on Sunday evening.')).toEqual([]);
    expect(readClaims('He was told that the club would not renew his contract.').map((r) => r.cue)).toEqual(['was told']);
  });

  it('reads no second statement in a passive request inside a claim', () => {
    const text = 'Marsh said district nurses had been asked to visit every patient over 85 on the council\'s lists.';
    expect(readClaims(text).map((r) => r.cue)).toEqual(['said']);
  });
});

describe('session 33: "it" in a relative clause is its sentence\'s subject (r44 review)', () => {
  it('resolves "that it says" to the document that opens the sentence, not to a body named before', () => {
    const text = 'Harlow College said it would review the matter.\n\n' +
      'The analysis, posted online on Tuesday by Irene Falk, a retired physicist, lists 21 passages in the thesis that it says closely match earlier work.';
    expect(readSources(text).find((r) => r.source === 'it')).toEqual({ source: 'it', name: 'The analysis', type: 'document' });
  });
});

describe('session 33: a lede\'s trailing source before what the news brings about (r44 review)', () => {
  it('reads "…, the council has confirmed, adding £40 a year to …"', () => {
    const text = 'Parking charges in Tamford will rise by 8% in April, the council has confirmed, adding £60 a year to the cost of a resident permit and prompting anger from traders.';
    expect(readClaims(text)).toEqual([{ source: 'the council', cue: 'has confirmed', claim: 'Parking charges in Tamford will rise by 8% in April' }]);
  });
});

describe('session 33: a participle\'s claim ends where its sentence\'s own verb starts (r44 review)', () => {
  it('ends "A petition calling for …" before "had gathered"', () => {
    const text = 'A petition calling for the dean\'s resignation had gathered more than 900 signatures by Friday, and students marched to the library.';
    expect(readClaims(text).map((r) => r.claim)).toEqual(['the dean\'s resignation']);
  });

  it('keeps a clause said with "saying" whole', () => {
    const text = 'Voters saying the economy is getting worse now outnumber those who see it improving.';
    expect(readClaims(text).find((r) => r.cue === 'saying')?.claim).toMatch(/^the economy is getting worse/u);
  });
});

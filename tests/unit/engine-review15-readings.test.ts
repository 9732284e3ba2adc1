/**
 * Readings a held-out review of ten invented articles found wrong (review 15).
 */
import { describe, expect, it } from 'vitest';
import { readClaims, speakerOf } from './engine-readings';

describe('review 15', () => {
  it.each([
    ['Firefighters used boats to rescue residents trapped in upstairs rooms, the Carrow Fire and Rescue Service said early on Friday.', 'Firefighters used boats to rescue residents trapped in upstairs rooms'],
  ])('takes the clause before a trailing source for the claim, not when it spoke: %s', (text, claim) => {
    expect(readClaims(text).map((r) => r.claim)).toEqual([claim]);
  });

  it('keeps a claim after the cue that opens with a word of time', () => {
    expect(readClaims('The county clerk said early voting would start on Monday.').map((r) => r.claim)).toEqual(['early voting would start on Monday']);
  });
});

describe('review 15: a future claim keeps its day', () => {
  it.each([
    ['He said the delegations would meet again on Thursday.', 'the delegations would meet again on Thursday'],
    ['She said the talks would resume again on Thursday in Vienna.', 'the talks would resume again on Thursday in Vienna'],
  ])('%s', (text, claim) => {
    expect(readClaims(text).map((r) => r.claim)).toEqual([claim]);
  });
});

describe('review 15: a name after "said" opens the claim', () => {
  it('cuts a cue run over the claim\'s subject and verb back to "said"', () => {
    expect(readClaims('Valdane said Lumora expected to ship half a million units by the end of the year.')).toEqual([
      { source: 'Valdane', cue: 'said', claim: 'Lumora expected to ship half a million units by the end of the year' },
    ]);
  });
});

describe('review 15: the clause after "told" and its listener', () => {
  it.each([
    ['Several shopkeepers told this newspaper they feared years of disruption from building work.', 'they feared years of disruption from building work'],
    ['The union said the plan was unfair, while several drivers told reporters they feared for their jobs.', 'they feared for their jobs'],
  ])('starts the claim at the clause\'s subject: %s', (text, claim) => {
    expect(readClaims(text).filter((r) => r.cue === 'told').map((r) => r.claim)).toEqual([claim]);
  });

  it('keeps the "that" of a claim after the listener', () => {
    expect(readClaims('Tad Morley told reporters that he would leave it to others to judge.').map((r) => r.claim)).toEqual(['that he would leave it to others to judge']);
  });
});

describe('review 15: who a name is', () => {
  it.each([
    ['The river burst its banks at dawn, said Group Commander Helen Strand.', 'Group Commander Helen Strand', { name: 'Helen Strand', type: 'named-person' }],
    ['Commuters at Lanford bus station said they had waited for hours.', 'Commuters at Lanford bus station', { name: 'Commuters at Lanford bus station', type: 'unnamed-group' }],
    ['In an interview with Screenlight magazine, Venn spoke about fame. Screenlight reported that Venn had turned down two roles.', 'Screenlight', { name: 'Screenlight', type: 'named-organization' }],
  ])('%s', (text, source, expected) => {
    expect(speakerOf(text, source)).toEqual(expected);
  });
});

describe('review 15: "he" after a co-star apposed at the sentence\'s start', () => {
  it('is the co-star the story turned to, not the spokesman who spoke before', () => {
    const text = 'A festival spokesman said the director stood by his comments.\n\nVenn\'s co-star, Rafael Otero, tried to calm the waters. "This will blow over," he told reporters on the red carpet.';
    expect(speakerOf(text, 'he')).toEqual({ name: 'Rafael Otero', type: 'named-person' });
  });
});

describe('review 15: "the woman said" after an unnamed witness spoke', () => {
  const detective = 'Detective Inspector Ruth Calloway, who is leading the inquiry, appealed for witnesses. "Somebody knows what happened," she said.\n\n';
  const witness = 'A witness, who lives in a flat overlooking the towpath, told the Bramford Gazette she had heard two men shouting.\n\n';
  it('is the witness who spoke after the named detective', () => {
    expect(speakerOf(`${detective}${witness}"Then it went quiet," the woman said.`, 'the woman')).toEqual({ name: 'A witness', type: 'unnamed-person' });
  });
  it('is the named detective when she is the one who spoke last', () => {
    expect(speakerOf(`${witness}${detective}"We will find them," the woman said.`, 'the woman')).toEqual({ name: 'Ruth Calloway', type: 'named-person' });
  });
});

describe('review 15: a body named again by its last words', () => {
  it('is the body named in full before', () => {
    const text = 'The Tamsin Valley Water Board opened its sluices on Monday. The Water Board said in a statement that the defences had held.';
    expect(speakerOf(text, 'The Water Board')).toEqual({ name: 'the Tamsin Valley Water Board', type: 'named-organization' });
  });
  it('is neither of two bodies whose names end the same way', () => {
    const text = 'The Russian Foreign Ministry and the Ukrainian Foreign Ministry met on Monday. The Foreign Ministry said the talks had been useful.';
    expect(speakerOf(text, 'The Foreign Ministry')?.name).toBe('the Foreign Ministry');
  });
});

describe('review 15: a title-case headline\'s capitals name no one', () => {
  const body = '\n\nThe study of 12,000 adults, published on Monday, found that walking helped. Aides to Governor Tom Farmer said he would back it.';
  it.each([
    ['Daily Walk Cuts Heart Risk by a Third, Large Trial Finds', 'Large Trial', 'document'],
    ['Bridge Closure Will Last Until Spring, Engineers Say', 'Engineers', 'unnamed-group'],
    ['Farmer Says Walking Plan Will Pass Soon', 'Farmer', 'named-person'],
  ])('%s', (headline, source, type) => {
    expect(speakerOf(headline + body, source)?.type).toBe(type);
  });
});

describe('review 15: a participle after a reported clause', () => {
  it('belongs to the claim, not to a second reading of the speaker', () => {
    expect(readClaims('Friends said she remained fiercely private, refusing most interview requests.')).toEqual([
      { source: 'Friends', cue: 'said', claim: 'she remained fiercely private, refusing most interview requests' },
    ]);
  });
  it('stays a reading of the speaker when it reports speech', () => {
    expect(readClaims('The mayor said the bridge was safe, adding that repairs would start in May.').map((r) => r.cue)).toEqual(['said', 'adding']);
  });
});

describe('review 15: a second speaker inside one claim', () => {
  it('ends the first claim before ", but <speaker> said"', () => {
    const text = 'Police video of the incident shows him with his hands in the air in the moments before he was shot, but Officer Dana Shelby said he refused to follow her commands.';
    expect(readClaims(text)[0].claim).toBe('him with his hands in the air in the moments before he was shot');
  });
  it('gets a reading of its own, and the first claim ends before it', () => {
    // as the last line of a paragraph, where the taggers run the first claim over the second speaker
    const text = 'The Old Market Traders\' Association said in a letter to councillors that the tower would bring much-needed footfall, while several shopkeepers told this newspaper they feared years of disruption from building work.\n';
    expect(readClaims(text)).toEqual([
      { source: 'The Old Market Traders\' Association', cue: 'said', claim: 'that the tower would bring much-needed footfall' },
      { source: 'several shopkeepers', cue: 'told', claim: 'they feared years of disruption from building work' },
    ]);
  });
  it('gives a later "told" its own clause, not the claim before its source', () => {
    const text = 'The association said in a letter to councillors that the tower would bring footfall, while several shopkeepers told this newspaper they feared years of disruption.';
    expect(readClaims(text).find((r) => r.cue === 'told')?.claim).toBe('they feared years of disruption');
  });
  it('does not split at a subject that is a pronoun or a negation', () => {
    const text = 'Cook said Carter stopped the practice, but Cook did not say when.';
    // (and "did not say when" is no claim of its own)
    expect(readClaims(text).map((r) => [r.source, r.claim])).toEqual([['Cook', 'Carter stopped the practice']]);
  });
});

describe('review 15: "the company" after analysts named with their employer', () => {
  it('is the story\'s firm, not the analysts\' bank', () => {
    const text = 'Lumora Systems unveiled a folding tablet on Tuesday. Analysts at Brightwater Securities wrote in a note that the tablet could add 2 billion dollars to Lumora\'s revenue. The company said production would start in May.';
    expect(speakerOf(text, 'The company')?.name).toBe('Lumora Systems');
  });
});

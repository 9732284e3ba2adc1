/**
 * Readings found wrong by the r37 and r38 held-out reviews (16 new articles each, written and
 * hand-scored by a helper at cc69e3a and 4e05a46; names invented here anew or changed).
 */
import { describe, expect, it } from 'vitest';
import { readClaims, readSources, speakerOf } from './engine-readings';

describe('session 30: resolution (r37 review)', () => {
  it('resolves "the bank" to the named bank, not a generic one in its claim', () => {
    const text = 'Northmoor Bank said on Wednesday that hackers had stolen the details of 1.8 million customers, in one of the largest data breaches at a British bank.\n\n' +
      'The bank said it had discovered the intrusion on March 12. It said no passwords had been taken.';
    expect(speakerOf(text, 'The bank')?.name).toBe('Northmoor Bank');
    expect(speakerOf(text, 'It')?.name).toBe('Northmoor Bank');
  });
});

describe('session 30: refusals, acts and nouns of saying (r37 review)', () => {
  it.each([
    'Marchenko would not confirm that account.',
    'A spokesman for one of the companies declined to say whether its chief executive would appear.',
    'Northmoor would not comment on that account.',
    'She could not say when construction would begin.',
    'She clenched her fist and stared at her box.',
    'She paused for several seconds before answering.',
    "He then closed his folder and left the podium, ignoring a shouted question about the ambassador's return date.",
    'The organisers again faced questions about the imbalance.',
  ])('reads no claim: %s', (text) => {
    expect(readClaims(text)).toEqual([]);
  });

  it('reads what a commentator called the final, not whom she commented for', () => {
    const text = 'Former champion Marta Silvana, commenting for a television network, called the final "the best match in a decade."';
    expect(readClaims(text).map((r) => r.cue)).toEqual(['called']);
  });

  it('keeps a warning that is no one\'s inside the claim', () => {
    const text = 'Transport Secretary Alan Prewett has said that no specific warning about the junction had reached his desk.';
    expect(readClaims(text).map((r) => r.cue)).toEqual(['has said']);
  });
});

describe('session 30: types of unnamed sources (r37 review)', () => {
  it.each([
    ['One senior Conservative on the committee said the minister\'s position was "becoming very uncomfortable."', 'unnamed-person'],
    ['A small group of protesters near the cathedral held banners accusing the former president of failing to prosecute officials.', 'unnamed-group'],
  ])('%s', (text, type) => {
    expect(readSources(text).map((r) => r.type)).toEqual([type]);
  });
});

describe('session 30: more from the r37 review', () => {
  it('reads a headline subject whose claim holds a quotation', () => {
    const text = 'Okonjo wins first major title, says nerves "nearly swallowed" her\n\nAdaeze Okonjo won on Saturday.';
    expect(readClaims(text).map((r) => [r.source, r.claim])).toContainEqual(['Okonjo', 'nerves "nearly swallowed" her']);
  });

  it('reads court papers as a document', () => {
    expect(readSources('Court papers seen by reporters show that the minister received payments from the firm.').map((r) => [r.source, r.type]))
      .toEqual([['Court papers seen by reporters', 'document']]);
  });

  it('keeps a place between a quantifier and its people in the source', () => {
    expect(readSources('But many Millbrook residents said they had never heard of it.').map((r) => [r.source, r.type]))
      .toEqual([['many Millbrook residents', 'unnamed-group']]);
  });
});

describe('session 30: a byline line (r37 review)', () => {
  it('names no one by the desk and place after the byline', () => {
    const text = 'Rail regulator tells MPs it warned ministers\nBy Harriet Odum, Political Staff | LONDON, March 5\n\nThe head of the national rail regulator told a committee on Tuesday that she had warned ministers.';
    expect(readSources(text).map((r) => r.name)).not.toContain('LONDON');
  });
});

describe('session 30: pronouns (r37 review)', () => {
  it('reads "She" as the candidate the sentence before turned to, by her apposed name', () => {
    const text = 'The incumbent, Gloria Ashwood, defended her record.\n\nThe third candidate, businesswoman Helen Tsao, positioned herself as an outsider. She promised to cut the budget by 10 percent.';
    expect(speakerOf(text, 'She')?.name).toBe('Helen Tsao');
  });

  it('reads "He" as the spokesman quoted last, not the man quoted before him', () => {
    const text = 'Later, the chief operating officer, Marcus Bellamy, said the company had been waiting for funding. "The money was in the plan," he said.\n\n' +
      'A Department for Transport spokesman said on Tuesday evening that the department "does not recognise" the description. He said the letters had dealt with network-wide issues.';
    expect(speakerOf(text, 'He')?.name).toBe('Department for Transport');
  });
});

describe('session 30: a plural possessive in an unnamed body (r37 review)', () => {
  it('resolves "which" to the parents\' association right before it', () => {
    const text = "Dr. Arjun Mehra ordered unvaccinated children to stay home. The order has been criticised by a local parents' association, which argues that it punishes families for a personal decision.";
    expect(speakerOf(text, 'which')?.name).toBe("a local parents' association");
  });
});

describe('session 30: acts inside a claim, seeming, being seen (r38 review)', () => {
  it.each([
    ['Opposition leader Tomas Berglund said the government had known about the spy ring for months.', 'had known about'],
    ['Shahid said the union would continue the occupation until management agreed to meet students.', 'agreed'],
    ['One of them said investigators had obtained internal messages discussing the transfers.', 'discussing'],
  ])('reads no claim of its own from an act inside another claim: %s', (text, cue) => {
    expect(readClaims(text).map((r) => r.cue)).not.toContain(cue);
  });

  it.each([
    'Supreme Court justices on Wednesday appeared sharply divided over whether a state law violates the First Amendment.',
    "Its president, Luca Ferrante, was seen leaving the agency's offices shortly after the decision was read out.",
  ])('reads no claim from how someone looked: %s', (text) => {
    expect(readClaims(text)).toEqual([]);
  });
});

describe('session 30: times and places read as speakers (r38 review)', () => {
  it('reads no agent in "expected by the end of June"', () => {
    const text = 'Linda Oseni argued the case for the state. A decision is expected by the end of June.';
    expect(readSources(text).filter((r) => r.name === 'Linda Oseni')).toHaveLength(1);
  });

  it('reads a name after "the district of" as a place, not the speaker', () => {
    expect(readSources('Village elders in the district of Harool said dozens of families had already left.').map((r) => r.name)).not.toContain('Harool');
  });
});

describe('session 30: someone quoted inside an answer (r38 review)', () => {
  it('reads the one the interviewee quotes, not the turn\'s label', () => {
    const text = 'Q: Why did you become a chef?\n\nA: My father said, "You will be poor and tired for the rest of your life." I did it anyway.\n\nQ: Any regrets?\n\nA: None.';
    expect(readClaims(text).map((r) => r.source)).toContain('My father');
    expect(readClaims(text).filter((r) => r.cue === 'said').map((r) => r.source)).toEqual(['My father']);
  });
});

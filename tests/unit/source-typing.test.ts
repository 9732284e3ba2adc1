import { describe, expect, it } from 'vitest';
import { describeSources } from '../../utils/attribution/source-typing';
import type { AttributionSpans, SourceType } from '../../utils/attribution/types';

/** Builds `found` for one attribution whose source is the `nth` occurrence of `source` in `text`. */
function sourceAt(text: string, source: string, nth = 0): AttributionSpans {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(source, at + 1);
  if (at < 0) throw new Error(`fixture has no "${source}"`);
  return { source: { start: at, end: at + source.length }, cue: null, content: [] };
}

function typeOf(text: string, source: string, nth = 0): SourceType {
  const found = [sourceAt(text, source, nth)];
  return describeSources(text, found)[0].sourceType;
}

describe('describeSources: one source type per kind of sourcing', () => {
  const cases: Array<[string, string, SourceType]> = [
    ['Marta Ilves, the mayor of Brellin, said the bridge would reopen.', 'Marta Ilves', 'named-person'],
    ['Sen. Tobias Wren said the vote was close.', 'Sen. Tobias Wren', 'named-person'],
    ['The Harbor Gazette reported that the port was closed.', 'The Harbor Gazette', 'named-organization'],
    ['The Ministry of Rivers said the dam was safe.', 'The Ministry of Rivers', 'named-organization'],
    ['A Ministry of Rivers spokesman said the dam was safe.', 'A Ministry of Rivers spokesman', 'named-organization'],
    ['Police said two people were hurt.', 'Police', 'named-organization'],
    ['A new poll found most residents oppose the toll.', 'A new poll', 'document'],
    ['The report says costs doubled.', 'The report', 'document'],
    ['A witness said the car sped away.', 'A witness', 'unnamed-person'],
    ['Critics say the plan is too costly.', 'Critics', 'unnamed-group'],
    // a name given an age is a person's, even one a country shares
    ['Jordan, 17, said he now cycles to college.', 'Jordan, 17,', 'named-person'],
    ['Jordan said the border would stay open.', 'Jordan', 'named-organization'],
    // a person's role beside a name a trade word ends is a person's; a firm named for a person stays a firm
    ['Cormac Power, the chief executive, said the cable would be fixed.', 'Cormac Power, the chief executive,', 'named-person'],
    ['Chief executive Cormac Power told analysts the cable would be fixed.', 'Chief executive Cormac Power', 'named-person'],
    ['Fraser Homes said it would build 300 houses.', 'Fraser Homes', 'named-organization'],
    ['Stella Records said the album would be out in June.', 'Stella Records', 'named-organization'],
    // a relative clause after the comma does not make a short plural phrase unreadable
    ['One of the librarians, who did not want to be named, said the roof leaked.', 'One of the librarians, who did not want to be named,', 'anonymous-source'],
    ['Several fact checkers, including the Harbor Gazette, said the claim was false.', 'Several fact checkers, including the Harbor Gazette,', 'unnamed-group'],
    ['Farmers in the valley say the drought is the worst in memory.', 'Farmers in the valley', 'unnamed-group'],
    ['Republicans argued the bill went too far.', 'Republicans', 'unnamed-group'],
    ['Sources said the talks had stalled.', 'Sources', 'anonymous-source'],
    ['A senior official said the deal was near.', 'A senior official', 'anonymous-source'],
    ['Two people familiar with the discussions said the offer was rejected.', 'Two people familiar with the discussions', 'anonymous-source'],
    ['A diplomat, who spoke on condition of anonymity, said the envoy left.', 'A diplomat', 'anonymous-source'],
    ['Officials said the border would stay shut.', 'Officials', 'anonymous-source'],
  ];
  it.each(cases)('%s -> "%s" is %s', (text, source, type) => {
    expect(typeOf(text, source)).toBe(type);
  });
});

describe('describeSources: pronouns and second mentions take their referent', () => {
  it('resolves "he" to the named person with the apposition as description', () => {
    const text = 'Pavel Dorn, a Velmar Palace spokesman, denied the claim. He said the talks would go on.';
    const [d] = describeSources(text, [sourceAt(text, 'He')]);
    expect(d.sourceType).toBe('named-person');
    expect(d.resolvedSource.name).toBe('Pavel Dorn');
    expect(d.resolvedSource.description).toBe('Pavel Dorn, a Velmar Palace spokesman');
  });

  it('resolves a bare surname to the full name seen earlier', () => {
    const text = 'Foreign Minister Inga Solberg met the envoy on Monday. Solberg said little afterwards.';
    const [d] = describeSources(text, [sourceAt(text, 'Solberg', 1)]);
    expect(d.sourceType).toBe('named-person');
    expect(d.resolvedSource.name).toBe('Inga Solberg');
  });

  it('resolves "the newspaper" to the outlet named before', () => {
    const text = 'The Corran Daily Herald first reported the leak. The newspaper said the files were genuine.';
    const [d] = describeSources(text, [sourceAt(text, 'The newspaper')]);
    expect(d.sourceType).toBe('named-organization');
    expect(d.resolvedSource.name).toBe('the Corran Daily Herald');
  });

  it('keeps an anonymous diplomat anonymous when "she" speaks again, with the full description', () => {
    const text =
      'A diplomat briefed on the negotiations said the draft was ready. She added that a vote could come soon.';
    const found = [sourceAt(text, 'A diplomat'), sourceAt(text, 'She')];
    const [first, second] = describeSources(text, found);
    expect(first.sourceType).toBe('anonymous-source');
    expect(second.sourceType).toBe('anonymous-source');
    expect(second.resolvedSource.description).toBe('A diplomat briefed on the negotiations');
  });

  it('resolves "the spokeswoman" to the named person the text described as one', () => {
    const text = 'Lena Marsh, a spokeswoman for the port authority, confirmed the delay. The spokeswoman said ships were waiting.';
    const [d] = describeSources(text, [sourceAt(text, 'The spokeswoman')]);
    expect(d.sourceType).toBe('named-person');
    expect(d.resolvedSource.name).toBe('Lena Marsh');
  });

  it('skips a male name for "she"', () => {
    const text = 'Maria Costa met Daniel Reyes on Friday. "We disagree," she said.';
    const [d] = describeSources(text, [sourceAt(text, 'she')]);
    expect(d.resolvedSource.name).toBe('Maria Costa');
  });

  it('resolves a role no list holds ("the Brellin shipbuilder") to the person named just before', () => {
    const text = 'Oskar Malm bought the yard in May. "We will hire," the Brellin shipbuilder said.';
    const [d] = describeSources(text, [sourceAt(text, 'the Brellin shipbuilder')]);
    expect(d.sourceType).toBe('named-person');
    expect(d.resolvedSource.name).toBe('Oskar Malm');
  });

  it('keeps the current speaker for "he" past another name', () => {
    const text = 'Pavel Dorn said the port would reopen. The decision followed talks with Sen. Arno Keel and the unions. "We expect ships by June," he said.';
    const quote = text.indexOf('“') >= 0 ? text.indexOf('“') : text.indexOf('"We');
    const he = sourceAt(text, 'he said');
    const found = [sourceAt(text, 'Pavel Dorn'), { ...he, source: { start: he.source!.start, end: he.source!.start + 2 }, content: [{ start: quote, end: quote + 24 }] }];
    const [, second] = describeSources(text, found);
    expect(second.resolvedSource.name).toBe('Pavel Dorn');
  });

  /** The resolved name of the "he"/"she" just before `cue`, in a text whose first source is `first`. */
  const pronounAfter = (text: string, first: string, cue: string) => {
    const at = text.indexOf(cue);
    const quoteEnd = text.lastIndexOf(',', at);
    const quoteStart = text.lastIndexOf('"', quoteEnd - 2);
    const pronoun = { start: at, end: at + cue.split(' ')[0].length };
    const found = [sourceAt(text, first), { source: pronoun, cue: null, content: [{ start: quoteStart, end: quoteEnd + 2 }] }];
    return describeSources(text, found)[1].resolvedSource.name;
  };

  it.each([
    // the story turns to someone new, who then speaks: "he" is that person, not the last speaker
    ['Pavel Dorn said the port would reopen. Ferry captain James Keel looked tired. "We need ships," he said.', 'James Keel'],
    ['Pavel Dorn said the port would reopen.\n\nClub captain James Keel apologised after the match. "I let them down," he wrote.', 'James Keel'],
    ['Pavel Dorn said the port would reopen. James Keel was not convinced. "We need ships," he said.', 'James Keel'],
    // a name that is no sentence's subject, or a possessive, or a clause opener, leaves the speaker in place
    ['Pavel Dorn said the port would reopen. He also praised James Keel for the deal. "We need ships," he said.', 'Pavel Dorn'],
    ['Pavel Dorn said the port would reopen. James Keel\'s office declined to comment. "We need ships," he said.', 'Pavel Dorn'],
    ['Pavel Dorn said the port would reopen. Dorn also confirmed that James Keel would leave. "We need ships," he said.', 'Pavel Dorn'],
    ['Pavel Dorn said the port would reopen. After the vote James Keel left the room. "We need ships," he said.', 'Pavel Dorn'],
  ])('"he" after a new subject or not: %s', (text, name) => {
    expect(pronounAfter(text, 'Pavel Dorn', 'he said') === name || pronounAfter(text, 'Pavel Dorn', 'he wrote') === name).toBe(true);
  });

  it('names the pair behind "both men"', () => {
    const text = 'Arno Keel debated Tomas Vey on Sunday. Both men said the tax would rise.';
    const [d] = describeSources(text, [sourceAt(text, 'Both men')]);
    expect(d.sourceType).toBe('named-person');
    expect(d.resolvedSource.name).toBe('Arno Keel and Tomas Vey');
  });

  it('takes the name in apposition over the role before it', () => {
    const text = 'Another critic, Ruth Almqvist, called the rules reckless.';
    const [d] = describeSources(text, [sourceAt(text, 'Another critic, Ruth Almqvist,')]);
    expect(d.sourceType).toBe('named-person');
    expect(d.resolvedSource.name).toBe('Ruth Almqvist');
  });

  it('finds the named speaker when the span is only a circumstance', () => {
    const text = 'Ida Renner, the county clerk, said in a statement that ballots were safe.';
    const [d] = describeSources(text, [sourceAt(text, 'in a statement')]);
    expect(d.resolvedSource.name).toBe('Ida Renner');
    expect(d.resolvedSource.description).toBe('Ida Renner, the county clerk');
  });

  it('reads a coordination by its last conjunct and "many of whom" as a group', () => {
    const text = 'State and local leaders objected. Residents, many of whom lost power, were angry.';
    expect(describeSources(text, [sourceAt(text, 'State and local leaders')])[0].sourceType).toBe('unnamed-group');
    expect(describeSources(text, [sourceAt(text, 'many of whom')])[0].sourceType).toBe('unnamed-group');
  });

  it('returns one result per attribution, in the order given, and types a missing source', () => {
    const text = 'Critics say the plan fails. The report says costs doubled.';
    const found = [sourceAt(text, 'The report'), sourceAt(text, 'Critics'), { source: null, cue: null, content: [{ start: 0, end: 5 }] }];
    const out = describeSources(text, found);
    expect(out.map((d) => d.sourceType)).toEqual(['document', 'unnamed-group', 'unnamed-group']);
  });
});

import { describe, expect, it } from 'vitest';
import { prepareDoc } from '@/utils/attribution/features';
import { restOfClause } from '@/utils/attribution/clause-complement';
import { readClaims } from './engine-readings';

/** The reading of `cue` (its words) from its complement, with a role path that marks nothing. */
function complementOf(text: string, cue: string) {
  const doc = prepareDoc(text);
  const first = doc.tokens.findIndex((t) => t.start === text.indexOf(cue));
  const last = doc.tokens.findIndex((t) => t.end === text.indexOf(cue) + cue.length);
  const path = new Int32Array(doc.tokens.length);
  const found = restOfClause(doc, { from: first, to: last + 1 }, path, 0, doc.tokens.length, new Uint8Array(doc.tokens.length));
  return found && { cue: text.slice(found.cue!.start, found.cue!.end), claim: found.content.map((s) => text.slice(s.start, s.end)) };
}

describe('a cue the role tagger gave no claim is read from its complement', () => {
  it.each([
    ['Westmore Council wants to shut the library in April.', 'wants', 'to shut the library in April'],
    ['The researchers hope to begin recruiting next spring, the paper says.', 'hope', 'to begin recruiting next spring'],
    ['Investigators believe the fire started in the kitchen (a gas leak is suspected).', 'believe', 'the fire started in the kitchen'],
    ['Ruiz pledged to cut the fare for Mr. Lund and his neighbours.', 'pledged', 'to cut the fare for Mr. Lund and his neighbours'],
    // a second clause joined by "but" or by "and" before an auxiliary is not the claim (found by review)
    ['Delgado wants to delay the vote until after the recess but has not said how long.', 'wants', 'to delay the vote until after the recess'],
    ['The governor supports a gradual rise but wants exemptions for restaurants.', 'supports', 'a gradual rise'],
    ['Lund refused the offer and has since left the club.', 'refused', 'the offer'],
    // but an adjective pair or "not only … but also" stays whole
    ['Ruiz called them painful but necessary.', 'called', 'them painful but necessary'],
    ['Colleagues remembered her as exacting but generous.', 'remembered', 'her as exacting but generous'],
    // a list runs on past the commas between its items; an aside after a comma does not
    ['She wants to triple the size of the program, grow the corps and create a reserve.', 'wants', 'to triple the size of the program, grow the corps and create a reserve'],
    ['She wants to triple the size of the program, which costs $1 billion and employs 70,000.', 'wants', 'to triple the size of the program'],
    ['The panel recommended not only tighter rules but also a watchdog.', 'recommended', 'not only tighter rules but also a watchdog'],
  ])('%s', (text, cue, claim) => {
    expect(complementOf(text, cue)).toEqual({ cue, claim: [claim] });
  });
  it.each([
    // an adjunct, not a complement; a noun after its determiner or before an auxiliary; a naming
    // participle; a core verb of saying (a name after it is the speaker); a one-word complement
    ['Ruiz made the pledge at a conference in Leeds.', 'made the pledge'],
    ['The support he has is fragile.', 'support'],
    ['Current pledges would put the world on track for 2.6 degrees.', 'pledges'],
    ['The new phone, called the Fold Pro, goes on sale in May.', 'called'],
    ['“It is over,” said Karen Doyle of the union.', 'said'],
    ['Lund agreed.', 'agreed'],
    // a time phrase after the verb: it describes its subject (found by review)
    ['Shoppers questioned this morning outside the store said prices had risen.', 'questioned'],
    ['The cuts proposed this spring would close four libraries.', 'proposed'],
  ])('near miss: %s', (text, cue) => {
    expect(complementOf(text, cue)).toBeNull();
  });
});

describe('read whole', () => {
  it('keeps a wish the taggers give no claim', () => {
    const text = 'Westmarsh Borough Council wants to shut the Harrowgate Lane branch in April as part of a package of cuts.';
    expect(readClaims(text)).toContainEqual({ source: 'Westmarsh Borough Council', cue: 'wants', claim: 'to shut the Harrowgate Lane branch in April as part of a package of cuts' });
  });
});

describe('near miss: "according to" is followed by its source, not its claim', () => {
  it('reads no complement', () => {
    expect(complementOf('According to Ana Ruiz, the harbour master, the ferry will be raised in June.', 'According to')).toBeNull();
  });
});

describe('near miss: a complement holding another cue is that cue’s reading', () => {
  it('reads no complement', () => {
    const text = 'The agency published a report on Thursday warning that heatwaves would become more frequent.';
    const doc = prepareDoc(text);
    const at = (w: string) => doc.tokens.findIndex((t) => t.text === w);
    const isCue = new Uint8Array(doc.tokens.length);
    isCue[at('warning')] = 1;
    const path = new Int32Array(doc.tokens.length);
    expect(restOfClause(doc, { from: at('published'), to: at('published') + 1 }, path, 0, doc.tokens.length, isCue)).toBeNull();
  });
});

describe('found by the second review', () => {
  it('a that-clause ends before the sentence’s own attribution after a comma', () => {
    const text = 'Officials hope that the talks will end the strike, the ministry said.';
    const doc = prepareDoc(text);
    const at = (w: string) => doc.tokens.findIndex((t) => t.text === w);
    const isCue = new Uint8Array(doc.tokens.length);
    isCue[at('said')] = 1;
    const found = restOfClause(doc, { from: at('hope'), to: at('hope') + 1 }, new Int32Array(doc.tokens.length), 0, doc.tokens.length, isCue);
    expect(found && text.slice(found.content[0].start, found.content[0].end)).toBe('that the talks will end the strike');
  });
  it('"that" before a noun is a determiner, so the complement still ends at its comma', () => {
    expect(complementOf('Nordgrid expects that number to rise, though repairs are under way.', 'expects')).toEqual({ cue: 'expects', claim: ['that number to rise'] });
  });
  it('near miss: no one in particular holds no claim', () => {
    const text = 'Everyone wants a bargain.';
    const doc = prepareDoc(text);
    const path = new Int32Array(doc.tokens.length);
    path[0] = 1; // the role tagger's source: "Everyone"
    expect(restOfClause(doc, { from: 1, to: 2 }, path, 0, doc.tokens.length, new Uint8Array(doc.tokens.length))).toBeNull();
  });
});

describe('found by the third review', () => {
  it.each([
    // a bare noun after "that" opens the clause; a cue set apart by commas inside it is an aside
    ['Farmers hope that rain, which is forecast for Friday, will save the harvest.', 'hope', 'that rain, which is forecast for Friday, will save the harvest'],
    ['Analysts believe that the merger, announced last week, will be approved.', 'believe', 'that the merger, announced last week, will be approved'],
  ])('%s', (text, cue, claim) => {
    const doc = prepareDoc(text);
    const at = (w: string) => doc.tokens.findIndex((t) => t.text === w);
    const isCue = new Uint8Array(doc.tokens.length);
    if (text.includes('announced')) isCue[at('announced')] = 1;
    const found = restOfClause(doc, { from: at(cue), to: at(cue) + 1 }, new Int32Array(doc.tokens.length), 0, doc.tokens.length, isCue);
    expect(found && text.slice(found.content[0].start, found.content[0].end)).toBe(claim);
  });
});

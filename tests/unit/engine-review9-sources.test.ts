/**
 * Who speaks, in genres a review of new articles brought: a plural subject with a place adverb
 * after it, a passive's agent after a time, and a person of a nation ("the Swede") in sports copy
 * (invented sentences).
 */
import { describe, expect, it } from 'vitest';
import { readSources } from './engine-readings';
import { readPhrase } from '../../utils/attribution/source-phrase';

describe('sources in new genres', () => {
  it('"Farmers downstream" are a group, not the spokeswoman quoted before', () => {
    const text = 'Ilinca Serban, a ministry spokeswoman, said the dam was safe.\n\nFarmers downstream have complained that water levels in the river have already fallen.';
    expect(readSources(text)).toContainEqual({ source: 'Farmers downstream', name: 'Farmers downstream', type: 'unnamed-group' });
  });

  it('a passive\'s agent after a time is its source ("was announced on Sunday by her daughter")', () => {
    const text = 'Her death was announced on Sunday by her daughter, Fiona Acheson-Reid.';
    expect(readSources(text)[0]).toMatchObject({ source: 'her daughter, Fiona Acheson-Reid', name: 'Fiona Acheson-Reid' });
  });

  it.each([
    ['Rovers manager Stefan Lindqvist said Marco Castellano was not for sale. "He is happy here," the Swede said.', 'the Swede', 'Stefan Lindqvist'],
    ['Kofi Amankwah scored twice on Saturday. "It was a special night," the Ghanaian said.', 'the Ghanaian', 'Kofi Amankwah'],
  ])('a person of a nation is the one the story named: %s', (text, source, name) => {
    expect(readSources(text).find((r) => r.source === source)?.name).toBe(name);
  });

  it('near miss: a nation\'s adjective before a noun is no person ("The American economy")', () => {
    // the phrase reader itself, as the taggers can cut a source to "The American" before "economy"
    expect(readPhrase('The American', 0, ' economy, until recently, seemed strong')).not.toMatchObject({ kind: 'refer' });
    expect(readPhrase('the Swede', 0, ' said.')).toMatchObject({ kind: 'refer', head: 'swede' });
  });
});

describe('a source the tagger cut to a relative clause’s last noun phrase', () => {
  it('is widened to the name the clause describes ("Alan Whitcombe, who worked … at the Portcallan Marine Station,")', () => {
    const text = 'Professor Alan Whitcombe, who worked alongside her for more than twenty years at the Portcallan Marine Station, called her "the finest field biologist of her generation".';
    expect(readSources(text)[0]).toMatchObject({ name: 'Alan Whitcombe', type: 'named-person' });
  });

  it('a body named inside the relative clause makes no spokesman of the role before it', () => {
    const text = 'Hillary Clinton spoke in Iowa. The former secretary of state, who was declared the winner of the Iowa caucuses by the narrowest of margins, said she would fight on.';
    expect(readSources(text).at(-1)).toMatchObject({ name: 'Hillary Clinton', type: 'named-person' });
  });
});

describe('a name inside a relative clause on the source is no apposition', () => {
  it.each([
    ['A second analyst, who covers the stock for a Frankfurt bank and asked not to be named, said the guidance was too optimistic.', 'A second analyst', 'anonymous-source'],
    ['Marco Rubio spoke first. Rubio\'s deputy campaign manager, Rich Beeson, who oversaw Mitt Romney\'s 2012 ground game, said the team was ready.', 'Rich Beeson', 'named-person'],
  ])('%s', (text, name, type) => {
    expect(readSources(text).at(-1)).toMatchObject({ name, type });
  });
});

describe('a pronoun no one was found for', () => {
  it('is no antecedent of a later role ("the minister" is not "he")', () => {
    const text = 'The plan, he said, would cost about $40 million. The measures were necessary, the minister said, because the virus was spreading quickly.';
    expect(readSources(text).find((r) => r.source === 'the minister')?.name).toBe('the minister');
  });
});

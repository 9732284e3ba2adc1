/**
 * The writer's own "I": outside every quotation and transcript turn it is the writer, named in the
 * byline, never someone the text names, and never whom a later "she" points to.
 */
import { describe, expect, it } from 'vitest';
import { describeSources } from '../../utils/attribution/source-typing';
import type { AttributionSpans } from '../../utils/attribution/types';

/** One reading per source word (its nth occurrence), in text order. */
function readingsFor(text: string, sources: Array<[string, number]>): AttributionSpans[] {
  return sources.map(([word, nth]) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
    if (at < 0) throw new Error(`fixture has no "${word}"`);
    return { source: { start: at, end: at + word.length }, cue: null, content: [] };
  });
}

const described = (text: string, sources: Array<[string, number]>) =>
  describeSources(text, readingsFor(text, sources)).map((d) => d.resolvedSource);

describe('the writer’s "I"', () => {
  it('is the writer, not the speaker before it', () => {
    const text = 'Ana Ruiz said the plan would fail. I believe she is wrong.';
    expect(described(text, [['Ana Ruiz', 0], ['I', 0]])[1]).toMatchObject({ name: 'I', description: 'the writer' });
  });

  it('is the writer after a writer\'s own colon ("Let me be clear:"), which labels no turn', () => {
    const text = 'Ana Ruiz told a meeting that work would begin this year.\n\nLet me be clear: I have argued that councils should say no.';
    expect(described(text, [['Ana Ruiz', 0], ['I', 0]])[1]).toMatchObject({ name: 'I', description: 'the writer' });
  });

  it('is nobody a later "she" points to', () => {
    const text = 'I asked the senator about the vote on Monday. She said it would pass.';
    const [, she] = described(text, [['I', 0], ['She', 0]]);
    expect(she.name).not.toBe('I');
    expect(she.description).not.toBe('the writer');
  });

  it.each([
    // inside a quotation the "I" is the quoted speaker's
    ['“The plan is sound,” Ana Ruiz said. “I believe voters will back it.”', 'I'],
    // an answer to a question set as its own paragraph, and a speech given in full
    ['Ana Ruiz has a new novel out.\n\nWhy a ferry?\n\nI think people underestimate ferries.', 'I'],
    ['Ana Ruiz addressed the nation. This is the full text of her speech.\n\nGood evening. I believe this budget is fair.', 'I'],
    // a transcript turn's "I" is the one answering
    ['Ana Ruiz said the party had lost its way.\nA: I think the party needs a change.', 'I'],
  ])('near miss, someone else’s "I": %s', (text, word) => {
    const [, i] = described(text, [['Ana Ruiz', 0], [word, 0]]);
    expect(i.description).not.toBe('the writer');
    expect(i.name).toBe('Ana Ruiz');
  });
});

describe('a given name tells "she" from "he"', () => {
  it.each([
    ['Ken Ashby said his group would table a motion. A petition started by resident Sue Partridge has gathered 1,200 signatures. She said the council had ignored them.', 'Ken Ashby', 'She', 'Sue Partridge'],
    ['Olwen Price said the fund was fair. Geraint Howells disagreed. He said the fund was far too small.', 'Olwen Price', 'He', 'Geraint Howells'],
  ])('%s', (text, first, pronoun, name) => {
    expect(described(text, [[first, 0], [pronoun, 0]])[1].name).toBe(name);
  });
});

describe('the byline names the writer, whom no "she" in the story means', () => {
  it('leaves "By Ellen Marsh" out of the people a pronoun may stand for', () => {
    const text = 'Why our library matters\n\nBy Ellen Marsh\n\nThe roof still leaks. She said the council had promised to act.';
    expect(described(text, [['She', 0]])[0].name).not.toBe('Ellen Marsh');
  });
  it('near miss: a name after "by" inside a sentence is still a person', () => {
    const text = 'The petition was started by Sue Partridge in May. She said the council had ignored it.';
    expect(described(text, [['She', 0]])[0].name).toBe('Sue Partridge');
  });
});

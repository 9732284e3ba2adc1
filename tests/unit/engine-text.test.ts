import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_TOKENS, quoteState, splitSentences } from '../../utils/attribution/sentences';
import { tokenize } from '../../utils/attribution/tokenize';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);
const sentenceTexts = (text: string): string[] => {
  const tokens = tokenize(text);
  return splitSentences(text, tokens).map((s) => text.slice(tokens[s.from].start, tokens[s.to - 1].end));
};

describe('tokenize', () => {
  it.each([
    ['possessives apart, contractions whole', 'The union’s leader didn’t sign.', ['The', 'union', '’s', 'leader', 'didn’t', 'sign', '.']],
    ['abbreviations with inner dots stay one word', 'The U.S. port', ['The', 'U.S', '.', 'port']],
    ['quotes and commas are tokens', '“No,” she said', ['“', 'No', ',', '”', 'she', 'said']],
    ['an emoji is one token', 'ok 😀 fine', ['ok', '😀', 'fine']],
  ])('%s', (_label, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps UTF-16 offsets of the original text', () => {
    const text = 'Ünïcode 😀 said';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('splitSentences', () => {
  it.each([
    ['titles and initials do not end a sentence', 'Gov. Maria T. Okafor spoke. Talks resumed.', ['Gov. Maria T. Okafor spoke.', 'Talks resumed.']],
    ['a closing quote stays with its sentence', '“We are done.” The strike ended.', ['“We are done.”', 'The strike ended.']],
    ['a line break ends a headline', 'Port strike ends\nDockers return on Monday.', ['Port strike ends', 'Dockers return on Monday.']],
    ['a lower-case word after a dot continues', 'The 3.5 percent raise vs. inflation held.', ['The 3.5 percent raise vs. inflation held.']],
    ['"no." is an abbreviation only before a number', 'She voted no. Bill No. 4 passed.', ['She voted no.', 'Bill No. 4 passed.']],
  ])('%s', (_label, text, expected) => {
    expect(sentenceTexts(text)).toEqual(expected);
  });

  it('caps the length of a sentence without punctuation', () => {
    const text = 'word '.repeat(MAX_SENTENCE_TOKENS * 3 + 5);
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    expect(sentences).toHaveLength(4);
    expect(Math.max(...sentences.map((s) => s.to - s.from))).toBe(MAX_SENTENCE_TOKENS);
  });

  it('numbers paragraphs at blank lines', () => {
    const text = 'One. Two.\n\nThree.';
    expect(splitSentences(text, tokenize(text)).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});

describe('quoteState', () => {
  const inside = (text: string): string => {
    const tokens = tokenize(text);
    const state = quoteState(text, tokens);
    return tokens.filter((_, i) => state[i]).map((t) => t.text).join(' ');
  };
  it.each([
    ['curly quotes', 'He said “the dock is shut” today.', '“ the dock is shut ”'],
    ['straight quotes', 'He said "the dock is shut" today.', '" the dock is shut "'],
    ['an unclosed quote ends with its paragraph', '“The dock is shut\n\nLater news', '“ The dock is shut'],
  ])('%s', (_label, text, expected) => {
    expect(inside(text)).toBe(expected);
  });
});

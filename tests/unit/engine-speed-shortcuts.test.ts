/**
 * Shortcuts taken for speed must give exactly what the code they replaced gave: the cue hashes
 * finished from a template state, the unnamed-mention scan that jumps over a run, the remembered
 * phrase readings, the char-code scan back to a sentence start, and interned token texts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mix } from '../../utils/attribution/feature-hash';
import { mixFromState, templateState } from '../../utils/attribution/cue-scores';
import { indexUnnamedMentions, mentionOfRun } from '../../utils/attribution/source-nouns';
import { readPhrase } from '../../utils/attribution/source-phrase';
import { readPhraseRemembered, type PhraseMemo } from '../../utils/attribution/source-phrase-memo';
import { sentenceStartBefore } from '../../utils/attribution/sentences';
import type { Mention } from '../../utils/attribution/source-entity';
import { tokenize } from '../../utils/attribution/tokenize';
import { internGeneration } from '../../utils/attribution/token-intern';
import { prepareDoc, type PreparedDoc } from '../../utils/attribution/features';

const int = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

describe('cue hashes from a template state', () => {
  it('equal mix on any arguments', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 200 }), int, int, int, int, (id, b, c, d, e) => {
      expect(mixFromState(templateState(id), b, c, d, e)).toBe(mix(id, b, c, d, e));
      expect(mixFromState(templateState(id), b, 0, 0, 0)).toBe(mix(id, b));
    }), { numRuns: 500 });
  });
});

/** The scan as it was: every position where a lowercase run may start, none skipped. */
function everyPosition(text: string): Mention[] {
  // the definitions of source-nouns.ts, each tested on one unit (or a high surrogate and the next unit)
  const lower = /\p{Ll}/u, letter = /[\p{L}\p{N}]/u, runChar = /[\p{Ll}\p{N}'’-]/u;
  const isRunChar = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return runChar.test(c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]);
  };
  const out: Mention[] = [];
  const readings: PhraseMemo = new Map();
  for (let i = 0; i < text.length; i++) {
    if (!lower.test(text[i]) || (i > 0 && letter.test(text[i - 1]))) continue;
    let end = i + 1;
    while (end < text.length && isRunChar(end)) end++;
    const m = mentionOfRun(text, i, end, readings);
    if (m) out.push(m);
  }
  return out;
}

const PIECES = [
  'the', 'a', 'two', 'senior', 'officials', 'official', 'report', 'reports', 'sources', 'critics', 'diplomat', 'agency',
  'ex-officials', "officials'", 'x9officials', 'état', 'éofficials', '𝟎officials', 'officials𝟎', 'a𝑎officials', '\ud800officials',
  'spokesman', 'for', 'Treasury', 'who', 'declined', 'to', 'be', 'named', 'Officials', ' ', ' ', ' ', '-', "'", '’', ',', '.', '\n', '9',
];

describe('unnamed mention scan', () => {
  it('finds exactly the mentions of visiting every position', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(JSON.stringify(indexUnnamedMentions(text))).toBe(JSON.stringify(everyPosition(text)));
    }), { numRuns: 400 });
  });

  it('finds them in a written example', () => {
    const text = 'Two senior officials, who declined to be named, said ex-officials and a spokesman for the Treasury met critics.';
    expect(indexUnnamedMentions(text).map((m) => text.slice(m.start, m.end))).toEqual(everyPosition(text).map((m) => text.slice(m.start, m.end)));
    expect(indexUnnamedMentions(text).length).toBeGreaterThan(1);
  });
});

const PHRASES = [
  'the spokesman', 'a spokesman', 'officials', 'the official', 'two senior officials', 'the report', 'a report', 'the newspaper',
  'her lawyers', 'critics', 'the minister', 'Ana Ruiz', 'he', 'in a statement', 'many of them', 'the two candidates', 'the agency',
];
const AFTERS = [
  '', ' said on Monday.', ' for the Treasury said', ' who declined to be named, said', ', speaking on condition of anonymity.',
  ' familiar with the talks said', '. Later he left', ' of Lorien said', ' told reporters',
];

describe('remembered phrase readings', () => {
  it('equal reading each phrase afresh, whatever was read before', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...PHRASES), fc.constantFrom(...AFTERS), fc.nat(500)), { maxLength: 30 }), (reads) => {
      const memo: PhraseMemo = new Map();
      for (const [phrase, after, offset] of reads) expect(readPhraseRemembered(phrase, offset, after, memo)).toEqual(readPhrase(phrase, offset, after));
    }), { numRuns: 300 });
  });
});

describe('sentence start before a cue', () => {
  /** The loop as it was, a regex per unit. */
  const byRegex = (text: string, cue: number): number => {
    let start = cue;
    while (start > 0 && cue - start < 300 && !/[.!?\n]/u.test(text[start - 1])) start--;
    return cue - start >= 300 ? -1 : start;
  };
  it('matches the regex scan', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 700 }), fc.nat(), (text, at) => {
      const cue = text.length === 0 ? 0 : at % (text.length + 1);
      expect(sentenceStartBefore(text, cue)).toBe(byRegex(text, cue));
    }), { numRuns: 300 });
    const long = 'word '.repeat(100);
    expect(sentenceStartBefore(long, 450)).toBe(-1);
    expect(sentenceStartBefore(`${long}. He said`, 508)).toBe(501);
  });
});

describe('interned token texts', () => {
  /** More distinct words than the intern table holds, so it fills up and is emptied. */
  const manyWords = Array.from({ length: 16000 }, (_, i) => `w${(i * 7919).toString(36)}${i % 5 === 0 ? 'X' : ''}`).join(' ');

  it('give tokens with exactly the text and lower case of their span, table full or not', () => {
    for (const text of [manyWords, 'Officials SAID the Plan "was sound," it said.', manyWords.slice(0, 5000)]) {
      const tokens = tokenize(text);
      expect(tokens.length).toBeGreaterThan(0);
      for (const t of tokens) {
        expect(t.text).toBe(text.slice(t.start, t.end));
        expect(t.lower).toBe(t.text.toLowerCase());
      }
    }
  });

  it('leave the prepared token facts the same however full the table was', () => {
    const text = 'The minister said on Monday that the PLAN, which critics called “dead,” would pass. Ana Ruiz agreed.';
    const facts = (d: PreparedDoc) => [d.word, d.shape, d.suffix, d.suffix2, d.lex].map((a) => [...a]);
    const first = facts(prepareDoc(text));
    prepareDoc(manyWords);
    expect(facts(prepareDoc(text))).toEqual(first);
    prepareDoc(manyWords.slice(3000));
    expect(facts(prepareDoc(text))).toEqual(first);
    // after 16,000 new words in one text the table is full: the last tokens get no slot, same facts
    const n = first[0].length;
    expect(facts(prepareDoc(`${manyWords} ${text}`)).map((a) => a.slice(-n))).toEqual(first);
  });

  it("keep a reading session's words: texts of 9,000 distinct words in all, read again, empty the table no more", () => {
    const texts = Array.from({ length: 9 }, (_, k) => Array.from({ length: 1000 }, (_, i) => `s${(k * 1000 + i).toString(36)}`).join(' '));
    // the first two passes settle whatever earlier texts left in the table
    for (let pass = 0; pass < 2; pass++) for (const text of texts) tokenize(text);
    const generation = internGeneration();
    for (const text of texts) tokenize(text);
    expect(internGeneration()).toBe(generation);
  });

  it('stay right for tokens alike in their first 32 characters (one crowded run of slots, searched no further than a few probes)', () => {
    const alike = Array.from({ length: 9000 }, (_, i) => `${'q'.repeat(32)}${i.toString(36).padStart(4, 'a')}`);
    const text = `${alike.join(' ')} The minister said.`;
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([...alike, 'The', 'minister', 'said', '.']);
    for (const t of tokens) expect(t.lower).toBe(t.text.toLowerCase());
    const tail = 'The minister said.';
    const facts = (d: PreparedDoc) => [d.word, d.shape, d.suffix, d.suffix2, d.lex].map((a) => [...a]);
    expect(facts(prepareDoc(text)).map((a) => a.slice(-4))).toEqual(facts(prepareDoc(tail)));
  });
});

/**
 * Source typing reads words by char codes where it once ran a regex or split a string, for
 * speed; each such check must answer exactly as the code it replaced, on any string. The
 * replaced code is written out here as the definition.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { phraseWords } from '../../utils/attribution/source-phrase-words';
import { describeAfter, describeBefore, previousWord } from '../../utils/attribution/source-description';
import { capitalised } from '../../utils/attribution/name-word-shape';
import { classifyName, isAcronym, type NameKind } from '../../utils/attribution/source-entity';
import { GROUP_NOUNS, PERSON_ROLE_NOUNS, PERSON_TITLES } from '../../utils/attribution/source-lexicon';
import { ORG_HEADS } from '../../utils/attribution/source-lexicon-bodies';
import { COUNTRY_NAMES, FEMALE_GIVEN_NAMES, KNOWN_ORGANIZATIONS, MALE_GIVEN_NAMES } from '../../utils/attribution/source-lexicon-names';

const PIECES = [
  'the', 'a', 'The', 'former', 'spokesman', 'Minister', 'minister', 'Ana', 'Ruiz', 'NATO', 'U.S.', 'Bank', 'of', 'Lorien', 'Party',
  'Republicans', 'Chinese', 'who', 'Who', 'with', 'familiar', 'close', 'speaking', 'involved', 'briefed', 'whom', 'x9', '42',
  "Ruiz's", 'Users’', 'in-house', 'AT&T', 'and/or', 'É', 'é', 'ſ', 'K', '\u0301', 'Σ', '𝐀', '𝑎', '\ud800', '\udc00',
  ' ', ' ', ' ', '\u00a0', '\t', '\n', ',', '.', ';', ':', '(', ')', '"', "'", '’', '-', '&', '/',
];
const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
const anyText = fc.oneof(pieceText, fc.string({ unit: 'binary', maxLength: 40 }));

describe('phraseWords', () => {
  const WORD = /[\p{L}\p{N}]+(?:[.'’&/-][\p{L}\p{N}]+)*/gu;
  const byRegex = (phrase: string, offset: number) =>
    [...phrase.matchAll(WORD)].map((m) => {
      const text = m[0].replace(/['’]s?$/u, (mark) => (mark.length < m[0].length ? '' : mark));
      return { text, lower: text.toLowerCase(), start: offset + m.index };
    }).filter((w) => w.text !== '');

  it('finds the words the regex finds, possessive marks cut', () => {
    fc.assert(fc.property(anyText, fc.nat(1000), (phrase, offset) => {
      expect(phraseWords(phrase, offset)).toEqual(byRegex(phrase, offset));
    }), { numRuns: 3000 });
  });
});

describe('previousWord', () => {
  const byRegex = (text: string, pos: number): string => {
    let end = pos;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
    if (end === pos) return '';
    let start = end;
    while (start > 0 && end - start < 40 && /[\p{L}\p{N}.'’-]/u.test(text[start - 1])) start--;
    return text.slice(start, end);
  };
  it('is the word the regex scan found', () => {
    fc.assert(fc.property(anyText, fc.nat(), (text, at) => {
      const pos = at % (text.length + 1);
      expect(previousWord(text, pos)).toBe(byRegex(text, pos));
    }), { numRuns: 3000 });
  });
});

describe('describeBefore', () => {
  const MODIFIERS = new Set(`former senior deputy chief top acting then vice press foreign national security assistant
    campaign interim longtime veteran lead associate executive general principal special
    state federal local regional district county city party white house`.split(/\s+/));
  /** The title chain as it was read: the 80 units before the name split at spaces. */
  const bySplit = (text: string, start: number): string => {
    const previous = previousWord(text, start).toLowerCase();
    if (!previous || (!PERSON_ROLE_NOUNS.has(previous) && !PERSON_TITLES.has(previous))) return '';
    const before = text.slice(Math.max(0, start - 80), start);
    const ws = before.split(/[ \u00a0]+/u).filter(Boolean);
    if (!/[ \u00a0]$/u.test(before) || ws.length === 0) return '';
    const last = ws[ws.length - 1].toLowerCase();
    if (!PERSON_ROLE_NOUNS.has(last) && !PERSON_TITLES.has(last)) return '';
    let i = ws.length - 1;
    while (i > 0 && ws.length - i < 6) {
      const w = ws[i - 1];
      const lower = w.toLowerCase().replace(/['’]s$/u, '');
      const fits = /^\p{Lu}[\p{L}.&-]*(?:['’]s)?$/u.test(w) || MODIFIERS.has(lower) || PERSON_ROLE_NOUNS.has(lower);
      if (!fits || /[,.;:]$/.test(w) || /^(?:The|A|An|But|And|In|On|At)$/.test(w)) break;
      i--;
    }
    return ws.slice(i).join(' ');
  };
  const chain = fc.array(fc.constantFrom('former', 'senior', 'Kremlin', 'White', 'House', 'press', 'secretary', 'spokesman', 'Sen.',
    'minister', 'The', 'said,', 'party’s', 'x', ' ', ' ', ' ', '\u00a0', '  '), { maxLength: 24 }).map((p) => p.join(''));

  it('reads the chain the split read', () => {
    fc.assert(fc.property(fc.oneof(chain, anyText), fc.nat(), (text, at) => {
      const start = at % (text.length + 1);
      expect(describeBefore(text, start)).toBe(bySplit(text, start));
    }), { numRuns: 3000 });
    expect(describeBefore('said former Kremlin spokesman Ana Ruiz', 30)).toBe('former Kremlin spokesman');
  });
});

describe('describeAfter', () => {
  /** The description after a mention as it was read, the participle regex asked at every place. */
  const STOP_AT = /[;:!?"“”()\[\]\n]|[.](?=\s)|,\s+(?:said|says|told|added|according)\b|\s(?:said|says|told|added|stated|argued|wrote|reported|claimed|warned|explained|confirmed|denied)\b/u;
  const clause = (t: string): string => {
    const m = STOP_AT.exec(t);
    return (m ? t.slice(0, m.index) : t).trim();
  };
  const participleStart = /\s+(?:who|familiar|briefed|close|with|involved|speaking)\b/iuy;
  const byRegex = (text: string, end: number): string => {
    participleStart.lastIndex = end;
    if (text[end] !== ',' && !participleStart.test(text)) return '';
    const after = text.slice(end, end + 200);
    const appos = /^\s*,\s+((?:a|an|the|who|whose|one of|now|then|formerly|former|both)\b[^]*)/iu.exec(after);
    if (appos) {
      const body = clause(appos[1]);
      const cut = /^(?:who|whose)\b/iu.test(body) ? -1 : body.indexOf(',');
      return (cut >= 0 ? body.slice(0, cut) : body).replace(/[,\s]+$/u, '').slice(0, 160);
    }
    const participle = /^\s+((?:who|familiar with|briefed on|close to|with knowledge of|involved in|speaking on)\b[^]*)/iu.exec(after);
    const described = participle ? clause(participle[1]).split(/,\s+/u)[0].slice(0, 160) : '';
    // a clause cut at its verb of saying to a bare "who" describes no one
    return /^(?:who|whose)(?:\s+(?:also|had|has|have|then|later))?$/iu.test(described) ? '' : described;
  };

  it('reads what the participle regex, asked at every place, let it read', () => {
    const after = fc.array(fc.constantFrom(' ', '  ', '\t', '\u00a0', 'who', 'Who', 'WITH', 'ſpeaking', 'familiar', 'close', 'closer',
      'with', 'knowledge', 'of', 'to', 'on', 'in', 'the', 'talks', 'a', ',', '.', 'said', 'x', 'É'), { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(after, anyText), fc.nat(), (text, at) => {
      const end = at % (text.length + 1);
      expect(describeAfter(text, end)).toBe(byRegex(text, end));
    }), { numRuns: 4000 });
    expect(describeAfter('Ana Ruiz who was not authorised to speak said', 8)).toBe('who was not authorised to speak');
    // a long s folds to "s" under the i flag, so the non-ASCII unit is left to the regex
    expect(describeAfter('Ana Ruiz ſpeaking on the record', 8)).toBe('ſpeaking on the record');
    expect(describeAfter('Ana Ruiz, a ministry spokeswoman, said', 8)).toBe('a ministry spokeswoman');
  });
});

describe('name word checks', () => {
  it('capitalised is /^\\p{Lu}/u', () => {
    fc.assert(fc.property(anyText, (w) => {
      expect(capitalised(w)).toBe(/^\p{Lu}/u.test(w));
    }), { numRuns: 2000 });
  });

  it('isAcronym is the letters without . & - matching /^[A-Z]+$/, two to six of them', () => {
    const acronym = fc.array(fc.constantFrom('A', 'B', 'Z', 'a', '.', '&', '-', 'É', '1', '𝐀'), { maxLength: 9 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(acronym, anyText), (w) => {
      const letters = w.replace(/[.&-]/g, '');
      expect(isAcronym(w)).toBe(letters.length >= 2 && letters.length <= 6 && /^[A-Z]+$/.test(letters));
    }), { numRuns: 2000 });
  });

  /** Classification as it was written, over lower-cased words without a final dot. */
  const byLists = (words: string[]): NameKind => {
    if (words.length === 0) return 'unknown';
    const gender = (w: string) => (FEMALE_GIVEN_NAMES.has(w.toLowerCase()) ? 'f' : MALE_GIVEN_NAMES.has(w.toLowerCase()) ? 'm' : null);
    const lower = words.map((w) => w.toLowerCase().replace(/\.$/u, ''));
    const last = lower[lower.length - 1];
    if (words.length > 2 && ORG_HEADS.has(lower[0]) && (lower[1] === 'of' || lower[1] === 'for')) return 'organization';
    if (GROUP_NOUNS.has(last) || (words.length === 1 && /(?:ans|ians|ists|ites|ese|ats|ics)$/.test(last))) return 'group';
    if (ORG_HEADS.has(last) || (words.length > 1 && !gender(words[0]) && ORG_HEADS.has(last.replace(/s$/u, ''))) || ORG_HEADS.has(lower[0])) return 'organization';
    if (COUNTRY_NAMES.has(lower.join('_')) || KNOWN_ORGANIZATIONS.has(lower.join('_'))) return 'organization';
    if (words.length === 1 && isAcronym(words[0])) return 'organization';
    if (lower.some((w, i) => i > 0 && (w === 'of' || w === 'for'))) return 'organization';
    if (gender(words[0]) !== null && words.length >= 2) return 'person';
    if (words.length >= 2 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.$/u.test(w))) return 'person';
    return 'unknown';
  };

  it('classifyName of words with their lower case equals the classification by lists', () => {
    const word = fc.constantFrom('Ana', 'Ruiz', 'Mary', 'John', 'Bank', 'Banks', 'of', 'Of.', 'for', 'Lorien', 'NATO', 'U.S.', 'Party',
      'Republicans', 'Chinese', 'Ministry', 'J.', 'United', 'States', 'Kremlin', 'É', 'Σ', 'O’Neil', 'X-Ray', 'Inc.', 'ana');
    fc.assert(fc.property(fc.array(word, { maxLength: 5 }), (words) => {
      expect(classifyName(words.map((text) => ({ text, lower: text.toLowerCase() })))).toBe(byLists(words));
    }), { numRuns: 3000 });
  });

  it('lower-cases a name word by word as a whole (the name keys are built that way)', () => {
    const word = fc.oneof(fc.constantFrom('ΟΔΟΣ', 'Σ', 'ΑΣ’', 'İstanbul', 'Ana', 'O’NEIL', 'ß', 'K'), fc.string({ unit: 'grapheme', maxLength: 6 }))
      .filter((w) => w !== '' && !/[\s]/u.test(w));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
      expect(words.map((w) => w.toLowerCase()).join(' ')).toBe(words.join(' ').toLowerCase());
    }), { numRuns: 2000 });
  });
});

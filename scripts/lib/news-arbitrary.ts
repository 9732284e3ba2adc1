/**
 * fast-check generators of news-like text: sentences that mix reporting cues, names, unnamed
 * sources and every kind of quote mark, with unbalanced quotes, odd spacing and Unicode noise,
 * so fuzzing reaches the engine's real code paths instead of stopping at "no cue found".
 */
import fc from 'fast-check';

const NAMES = [
  'Ana Ruiz', 'Dmitri Volkov', 'Ngozi Okafor', 'José Álvarez-Núñez', "Siobhán O'Neill", '李明', 'Ahmed Al-Farsi',
  'Mr. Tanaka', 'Dr. Lena Fischer', 'the ministry', 'a senior official', 'officials', 'two people familiar with the talks',
  'the newspaper', 'a spokeswoman for the council', 'police', 'the report', 'he', 'she', 'they', 'The Daily Lantern',
];
const CUES = [
  'said', 'says', 'told reporters', 'added', 'claimed', 'denied', 'warned', 'said in a statement', 'wrote', 'argued',
  'insisted', 'confirmed', 'announced', 'told the BBC', 'said on Tuesday', 'has said', 'would say',
];
const QUOTES: [string, string][] = [['"', '"'], ['“', '”'], ['‘', '’'], ['«', '»'], ['„', '“'], ["'", "'"], ['"', ''], ['', '”'], ['「', '」']];
const WORDS = [
  'the', 'plan', 'will', 'fail', 'we', 'never', 'agreed', 'to', 'that', 'prices', 'rose', 'sharply', 'in', 'March', 'it', 'is',
  'not', 'true', 'according', 'sources', 'a', 'deal', 'was', 'close', 'bridge', 'elections', '2024', '12%', '€4m', 'U.S.', 'e.g.',
];
const NOISE = ['', ' ', '  ', '\n', '\u00a0', '\u200b', '—', '…', '🚢', '👩🏽‍⚕️', 'é', '\u0301', '\ud83d', '\udea2', '\t', ';', ':', '(', ')'];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const words = fc.array(pick(WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));

/** One sentence in one of the shapes news uses to attribute, or a plain one. */
const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(QUOTES), words, pick(CUES), pick(NAMES)).map(([[o, c], w, cue, who]) => `${o}${w},${c} ${cue} ${who}.`),
  fc.tuple(pick(NAMES), pick(CUES), words).map(([who, cue, w]) => `${who} ${cue} ${w}.`),
  fc.tuple(pick(NAMES), pick(CUES), pick(QUOTES), words).map(([who, cue, [o, c], w]) => `${who} ${cue}: ${o}${w}.${c}`),
  fc.tuple(pick(NAMES), words).map(([who, w]) => `According to ${who}, ${w}.`),
  fc.tuple(pick(QUOTES), words, pick(NAMES), pick(CUES), words).map(([[o, c], a, who, cue, b]) => `${o}${a},${c} ${who} ${cue}, ${o}${b}.${c}`),
  words.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}.`),
);

/** A news-like text of a few paragraphs, with noise spliced in and sometimes cut anywhere (even mid-pair). */
export const newsLikeText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(sentence, pick(NOISE), pick([' ', ' ', '\n\n', '\n', ''])), { minLength: 1, maxLength: 24 }),
    fc.option(fc.nat(), { nil: undefined }),
  )
  .map(([parts, cut]) => {
    const text = parts.map(([s, noise, gap]) => `${s}${noise}${gap}`).join('');
    return cut === undefined ? text : text.slice(0, cut % (text.length + 1));
  });

/** Any UTF-16 code unit, lone surrogates included: what a broken page or file can really hold. */
export const rawUtf16Text: fc.Arbitrary<string> = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
  maxLength: 400,
});

/** Unicode strings as fast-check builds them: whole graphemes, and any code point. */
export const graphemeText = fc.string({ unit: 'grapheme', maxLength: 400 });
/** Any code point (no half surrogates). */
export const binaryText = fc.string({ unit: 'binary', maxLength: 400 });

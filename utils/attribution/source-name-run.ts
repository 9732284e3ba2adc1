/**
 * A source the tagger cut inside a name ("Ana" of "Ana Ruiz criticized …, saying", "Senator" of
 * "Senator Ana Ruiz") is widened to the whole run of capitalised words: a reader names the person,
 * not a fragment of their name.
 */
import { ORG_HEADS } from './source-lexicon-bodies';
import type { Span } from './types';
import { NAME_PARTICLES } from './name-particles';

/** The capitalised words (and name particles between them) right after the span, on one line. */
const NAME_GOES_ON = new RegExp(`^(?:[ \\u00a0](?:\\p{Lu}[\\p{L}’'-]*\\.?|(?:${[...NAME_PARTICLES].join('|')})(?=[ \\u00a0]\\p{Lu})))+`, 'u');
/** Capitalised words that end a name: days, months, the pronoun "I", and words that open a clause. */
const NOT_NAME = new Set(
  'I Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December But And Or So Yet The A An This That These Those He She It They We You'.split(' '),
);

/** A dotted initial or title inside a name ("J.", "Dr.", "Jr."): its dot ends no sentence. */
const NAME_ABBREVIATION = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Prof|Rev)\.$/u;

/**
 * How many characters of the run still belong to the name: up to a day, a month or another word
 * that ends one, and never past a full stop (a dotted initial's dot is no full stop).
 */
function nameLength(run: string): number {
  let length = 0;
  for (const m of run.matchAll(/[ \u00a0]([^ \u00a0]+)/gu)) {
    const word = m[1];
    if (NOT_NAME.has(word.replace(/\.$/u, ''))) break;
    length = m.index + m[0].length;
    if (word.endsWith('.') && !NAME_ABBREVIATION.test(word)) return length - 1;
  }
  return length;
}

/**
 * The source widened over the rest of a name it stops inside: its last word is capitalised and
 * the next words are too. Never over the cue, a line break or a full stop that ends the name's sentence.
 */
export function widenCutName(text: string, source: Span | null, cue: Span | null): Span | null {
  if (!source) return source;
  const last = /\p{Lu}[\p{L}’'-]*$/u.exec(text.slice(Math.max(source.start, source.end - 40), source.end));
  if (!last) return source;
  const limit = cue && cue.start >= source.end ? cue.start : Math.min(text.length, source.end + 80);
  // a plural's apostrophe inside a body's name ("The Ashbourne Rovers Supporters|' Trust") goes on with it
  const apostrophe = last[0].endsWith('s') && /^['’][ \u00a0]\p{Lu}/u.test(text.slice(source.end, source.end + 3)) ? 1 : 0;
  const m = NAME_GOES_ON.exec(text.slice(source.end + apostrophe, limit));
  if (!m) return source;
  const length = nameLength(m[0]);
  return length > 0 ? { start: source.start, end: source.end + apostrophe + length } : source;
}

/**
 * A body's name before its "and", maybe after "the" and a spokesperson's "for" ("A spokesman for
 * the Teal Valley Fire and |Rescue Service"): the part the tagger left out, read back to the phrase's start.
 */
const BODY_NAME_BEFORE_AND = /(?:\b[Aa]n?\s+(?:\p{Ll}+\s+)?(?:spokesman|spokeswoman|spokesperson|official|member|director)\s+(?:for|of|from|at)\s+)?(?:\b[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}and\s+$/u;
/** "and" right before the source: the only place the pattern can end (checked first, as most sources have none). */
const AND_BEFORE = /\band\s+$/u;
/** The last word of a source, lower-cased. */
const LAST_WORD = /(\p{L}+)\W*$/u;

/**
 * The source widened back over the start of a body's name it was cut from at "and" ("Rescue
 * Service" of "the Teal Valley Fire and Rescue Service"), when the source ends in a body's head.
 */
export function widenCutBodyName(text: string, source: Span | null): Span | null {
  if (!source || !/^\p{Lu}/u.test(text.slice(source.start, source.start + 1)) || !AND_BEFORE.test(text.slice(Math.max(0, source.start - 6), source.start))) return source;
  const last = LAST_WORD.exec(text.slice(source.start, source.end));
  if (!last || !ORG_HEADS.has(last[1].toLowerCase())) return source;
  const from = Math.max(0, source.start - 100);
  const m = BODY_NAME_BEFORE_AND.exec(text.slice(from, source.start));
  return m ? { start: from + m.index, end: source.end } : source;
}

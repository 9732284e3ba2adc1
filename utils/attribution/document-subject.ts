/**
 * "A 1972 letter from the museum's then director, Cedric Oldfield, newly released under the
 * archive policy, shows that …": the taggers take the name inside the subject for the source of
 * "shows". A document's verb whose sentence opens with a document's noun phrase is that document's.
 */
import { DOCUMENT_CUES, isDocumentWord } from './sourcing-recall-words';
import { sentenceStartBefore } from './sentences';
import type { Span } from './types';
import { FINITE_WORD } from './source-lexicon';

/** A comma and a word that joins a clause of its own ("…, and officials"). */
const CLAUSE_JOIN = /,\s+(?:and|but|while|as|so|yet|or)\s/u;

/** The sentence's opening up to the source: a determiner, then words with no clause's end. */
const DOCUMENT_OPENING = /^(?:An?|The|This|That|These|Those)\s+[^.;:!?"“”]*$/u;
/** Words of the opening after its determiner. */
const WORD = /[\p{L}\d'’-]+/gu;

/** Whether one of the first five words after the determiner is a document's noun in lower case ("An earlier review", "A 1972 letter"). */
function opensWithDocument(opening: string): boolean {
  let k = 0;
  for (const w of opening.matchAll(WORD)) {
    if (k > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(w[0]) && isDocumentWord(w[0])) return true;
    if (++k > 5) return false;
  }
  return false;
}

/** The source widened back to the document the sentence opens with, when its cue is a document's verb; else unchanged. */
export function widenToDocumentSubject(text: string, source: Span | null, cue: Span | null): Span | null {
  if (!source || !cue || cue.start < source.end || !DOCUMENT_CUES.has(text.slice(cue.start, cue.end).toLowerCase())) return source;
  let start = sentenceStartBefore(text, source.start);
  if (start < 0) return source;
  while (start < source.start && /\s/u.test(text[start])) start++;
  if (start >= source.start) return source;
  const opening = text.slice(start, source.start);
  // not across a clause of its own ("The figures were released on Monday, and officials estimated")
  if (!DOCUMENT_OPENING.test(opening) || !opensWithDocument(opening) || FINITE_WORD.test(opening) || CLAUSE_JOIN.test(opening)) return source;
  return { start, end: source.end };
}

/** A document's participle left dangling at a source's end ("A report by the Ifo Institute published" before "on Monday found"). */
const DANGLING_PARTICIPLE = /\s+(?:published|released|issued|commissioned|conducted|compiled|posted|filed|unveiled|presented|obtained|seen|reviewed)$/u;

/**
 * A source without a participle the taggers left at its end when its phrase ("published on Monday")
 * was cut off before the cue: the document is the noun phrase before it.
 */
export function withoutDanglingParticiple(text: string, source: Span | null, cue: Span | null): Span | null {
  if (!source || !cue || cue.start <= source.end || text.slice(source.end, cue.start).trim() === '') return source;
  const m = DANGLING_PARTICIPLE.exec(text.slice(source.start, source.end));
  return m && m.index > 0 ? { start: source.start, end: source.start + m.index } : source;
}

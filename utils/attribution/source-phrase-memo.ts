/**
 * Phrase readings remembered over one text: a long text repeats its phrases ("the minister",
 * "officials"), and a reading depends only on the phrase and two facts of the text after it,
 * most often on neither ("the report" is a document whatever follows).
 */
import { readWith, type PhraseReading } from './source-phrase';
import { afterFacts, type AfterUse } from './source-phrase-after';
import { isRolePlural } from './source-kinds';

/** One phrase's readings: the one that read nothing after the phrase, else one per `afterFacts` value (0–7). */
export interface Remembered {
  free: PhraseReading | undefined;
  byFacts: Array<PhraseReading | undefined>;
}

/** Readings of one text, by phrase. */
export type PhraseMemo = Map<string, Remembered>;

/**
 * `readPhrase`, remembered in `memo` (one per text) by phrase, and by `afterFacts` only for the
 * phrases whose reading looked after them, so the text after a phrase is read only when it
 * matters. Name readings hold their offset, so they are read afresh.
 */
export function readPhraseRemembered(phrase: string, offset: number, after: string, memo: PhraseMemo): PhraseReading {
  let remembered = memo.get(phrase);
  if (remembered === undefined) {
    const use: AfterUse = { read: false };
    const reading = readWith(phrase, offset, after, -1, use);
    remembered = { free: use.read ? undefined : reading, byFacts: new Array<PhraseReading | undefined>(8).fill(undefined) };
    if (use.read) remembered.byFacts[afterFacts(after)] = reading;
    memo.set(phrase, remembered);
    return reading;
  }
  if (remembered.free !== undefined) {
    // a reading that read nothing after the phrase holds for any text after it
    if (remembered.free.kind === 'name') remembered.free = readWith(phrase, offset, after, -1);
    return remembered.free;
  }
  const facts = afterFacts(after);
  let reading = remembered.byFacts[facts];
  if (reading === undefined || reading.kind === 'name') {
    reading = readWith(phrase, offset, after, facts);
    remembered.byFacts[facts] = reading;
  }
  return reading;
}

/**
 * A phrase read loose that opens on a plural of people, maybe after a quantifier ("Archaeologists
 * working at …", "Some policymakers at the central bank"), read by its opening words alone (an
 * unlisted role's modifiers read loose); null when that reads no group.
 */
export function readRolePluralOpening(phrase: string, start: number, after: string, memo: PhraseMemo): PhraseReading | null {
  const m = /^(?:((?:[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Ff]ew|[Tt]wo|[Tt]hree|[Ff]our|[Oo]ther|[Aa]ll|[Bb]oth|[Tt]he)\s+))?(\p{L})(\p{Ll}+)/u.exec(phrase);
  if (m === null || !isRolePlural(m[2].toUpperCase() + m[3])) return null;
  const reread = readPhraseRemembered((m[1] ?? '') + (m[2] + m[3]).toLowerCase(), start, after, memo);
  return reread.kind === 'typed' ? reread : null;
}

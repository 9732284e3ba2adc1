/**
 * Phrase readings remembered over one text: a long text repeats its phrases ("the minister",
 * "officials"), and a reading depends only on the phrase and two facts of the text after it.
 */
import { afterFacts, readWith, type PhraseReading } from './source-phrase';

/** Readings of one text, by phrase, then by the `afterFacts` value (0–3) they were read with. */
export type PhraseMemo = Map<string, Array<PhraseReading | undefined>>;

/**
 * `readPhrase`, remembered in `memo` (one per text) by phrase and `afterFacts`, all of `after` a
 * reading reads, so each repeated phrase is read once. Name readings hold their offset, so they
 * are read afresh.
 */
export function readPhraseRemembered(phrase: string, offset: number, after: string, memo: PhraseMemo): PhraseReading {
  const facts = afterFacts(after);
  let byFacts = memo.get(phrase);
  if (byFacts === undefined) memo.set(phrase, (byFacts = [undefined, undefined, undefined, undefined]));
  let reading = byFacts[facts];
  if (reading === undefined || reading.kind === 'name') {
    reading = readWith(phrase, offset, after, facts);
    byFacts[facts] = reading;
  }
  return reading;
}

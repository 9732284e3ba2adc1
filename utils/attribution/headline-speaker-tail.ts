/**
 * Headlines that put their speaker last: "Data Leak Hit 40,000 Customers, Thornbury Bank Admits",
 * "Most voters back the bypass, poll shows", "Ferry cuts unsafe, warns union". The taggers, trained
 * on sentences, find the common "…, X Says" but few other verbs, and a title-case verb after a name
 * ("Union Warns") read as part of the name.
 */
import type { AttributionSpans } from './types';
import { isOneShortSentence } from './headline-case';

/** Verbs a headline ends on (or opens its tail with) to say who claims it; lower case. */
export const HEADLINE_SAYING_VERBS: ReadonlySet<string> = new Set([
  'says', 'admits', 'warns', 'insists', 'denies', 'confirms', 'concedes', 'argues', 'predicts', 'reveals', 'vows', 'pledges',
  'urges', 'finds', 'shows', 'suggests', 'fears', 'believes', 'claims', 'tells', 'announces', 'alleges', 'estimates', 'reports',
]);

/** The claim (at least three words), its comma, the speaker (one to six words), then the verb, at the line's end. */
const SPEAKER_THEN_VERB = /^(\S+(?:\s+\S+){2,}?),\s+(\p{L}[\p{L}\p{N}'’.&-]*(?:\s+[\p{L}\p{N}'’.&-]+){0,5}?)\s+(\p{L}+)\.?$/u;
/** The claim, its comma, the verb, then the speaker to the line's end ("…, warns union"). */
const VERB_THEN_SPEAKER = /^(\S+(?:\s+\S+){2,}?),\s+(\p{L}+)\s+(\p{L}[\p{L}\p{N}'’.&-]*(?:\s+[\p{L}\p{N}'’.&-]+){0,5}?)\.?$/u;
/** Words that make the speaker part a clause of its own, not a speaker ("…, and nobody says", "…, what the data shows", "…, reports from Wales"). */
const NOT_SPEAKER_START = /^(?:and|but|or|so|as|if|when|while|which|who|whom|what|how|why|where|here['’]?s|that|it|this|these|those|you|we|i|nobody|no one|everyone|from|in|on|at|of|for|with|about)\b/iu;
/** Headline verbs that are plural nouns as often ("shows you cannot miss", "reports from rural Wales"): read only with the speaker before them. */
const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set(['shows', 'reports', 'finds', 'claims', 'estimates', 'fears', 'reveals', 'pledges', 'vows', 'tells']);

/** Whether a word is a headline's verb of saying. */
const isSayingVerb = (word: string): boolean => HEADLINE_SAYING_VERBS.has(word.toLowerCase());

/**
 * The reading of a headline line [at, at + line.length) whose speaker comes after its claim, or
 * null: the claim is everything before the last comma, the cue the verb.
 */
export function readSpeakerTail(at: number, line: string): AttributionSpans | null {
  // a headline is one short sentence: a line of sentences is the story's first paragraph
  if (!isOneShortSentence(line)) return null;
  const after = SPEAKER_THEN_VERB.exec(line);
  if (after && isSayingVerb(after[3]) && !NOT_SPEAKER_START.test(after[2]) && !after[2].split(/\s+/u).some(isSayingVerb)) {
    const speaker = after[1].length + line.slice(after[1].length).indexOf(after[2]);
    const verb = speaker + after[2].length + line.slice(speaker + after[2].length).indexOf(after[3]);
    return reading(at, after[1].length, [speaker, speaker + after[2].length], [verb, verb + after[3].length]);
  }
  const before = VERB_THEN_SPEAKER.exec(line);
  if (before && isSayingVerb(before[2]) && !NOUN_LIKE_VERBS.has(before[2].toLowerCase()) && !NOT_SPEAKER_START.test(before[3])) {
    const verb = before[1].length + line.slice(before[1].length).indexOf(before[2]);
    const speaker = verb + before[2].length + line.slice(verb + before[2].length).indexOf(before[3]);
    return reading(at, before[1].length, [speaker, speaker + before[3].length], [verb, verb + before[2].length]);
  }
  return null;
}

/** A reading from offsets within the line. */
function reading(at: number, claimEnd: number, source: [number, number], cue: [number, number]): AttributionSpans {
  return { source: { start: at + source[0], end: at + source[1] }, cue: { start: at + cue[0], end: at + cue[1] }, content: [{ start: at, end: at + claimEnd }] };
}

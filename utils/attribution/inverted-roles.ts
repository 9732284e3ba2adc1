/**
 * "Karim Adeyemi, 34, of Lindford Road, Castlebridge, denies causing serious injury": a long
 * subject (age, address) can make the role tagger read the subject as the claim and the verb's
 * object as the source. A "source" after the cue that opens like a clause ("causing …", "that …",
 * "to …") is no one; with a "claim" before the cue that is a name with an age, the two are
 * swapped back.
 */
import type { AttributionSpans, Span } from './types';

/** How a claim after its verb opens: a participle, "that", "to". Sources open with a name or a determiner. */
const OPENS_CLAUSE = /^(?:that|to|\p{Ll}+ing)\b/u;
/**
 * A person named with an age, as court and crime reports introduce defendants ("Karim Adeyemi,
 * 34, of …"), quoting nothing: a subject, never a claim. Anything else before the cue may be a
 * claim ("The deal is done, said managing director Anna Berg": "managing" opens no clause).
 */
const SUBJECT_WITH_AGE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,\s*\d{1,3},[^"“”«»]*$/u;

/** The piece without trailing commas and spaces ("Karim Adeyemi, 34, of Lindford Road, Castlebridge,"). */
function trimmedSubject(text: string, s: Span): Span {
  let end = s.end;
  while (end > s.start && /[\s,]/u.test(text[end - 1])) end--;
  return { start: s.start, end };
}

/** The readings whose source and claim were read the wrong way round, set right. */
export function withInvertedRolesRestored(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return found.map((f) => {
    const { source, cue, content } = f;
    if (!source || !cue || source.start < cue.end || content.length !== 1 || content[0].end > cue.start) return f;
    if (!OPENS_CLAUSE.test(text.slice(source.start, source.end)) || !SUBJECT_WITH_AGE.test(text.slice(content[0].start, content[0].end))) return f;
    return { ...f, source: trimmedSubject(text, content[0]), content: [source] };
  });
}

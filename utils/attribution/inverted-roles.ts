/**
 * "Karim Adeyemi, 34, of Lindford Road, Castlebridge, denies causing serious injury": a long
 * subject (age, address) can make the role tagger read the subject as the claim and the verb's
 * object as the source. A "source" after the cue that opens like a clause ("causing …", "that …",
 * "to …") is no one; with a claim before the cue that opens with a capital and quotes nothing, the
 * two are swapped back.
 */
import type { AttributionSpans, Span } from './types';

/** How a claim after its verb opens: a participle, "that", "to". Sources open with a name or a determiner. */
const OPENS_CLAUSE = /^(?:that|to|\p{Ll}+ing)\b/u;
/** A subject: opens with a capital, quotes nothing. */
const SUBJECT_LIKE = /^\p{Lu}[^"“”«»]*$/u;

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
    if (!OPENS_CLAUSE.test(text.slice(source.start, source.end)) || !SUBJECT_LIKE.test(text.slice(content[0].start, content[0].end))) return f;
    return { ...f, source: trimmedSubject(text, content[0]), content: [source] };
  });
}

/**
 * "Friends said she remained fiercely private, refusing most interview requests": a participle
 * after a reported clause's comma says more about that clause's subject ("she"), not what the
 * speaker said. The cue tagger sometimes takes it for a second verb of saying with no subject, and
 * the shared-subject pass would then give it the speaker. Unless it is a verb of saying itself
 * ("…, adding that …"), it goes back into the claim before it.
 */
import { SPEECH_VERBS } from './cue-lexicon';
import { REPORTS_CLAUSE } from './shared-subject';
import type { AttributionSpans, Span } from './types';

/** Participles that report speech or thought: "…, adding that", "…, saying", "…, citing". */
export const SPEECH_PARTICIPLES = new Set(`saying adding noting arguing explaining insisting warning calling citing claiming stating asking
  urging accusing describing telling writing suggesting acknowledging pointing referring blaming praising criticising
  criticizing questioning denying confirming announcing promising vowing predicting recalling complaining declaring
  stressing emphasising emphasizing charging alleging responding replying joking quipping conceding admitting
  dismissing rejecting welcoming thanking labelling labeling branding`.split(/\s+/u));
/** Participles of a state of mind, which after a reported clause are its subject's, "that" or not. */
const MIND_PARTICIPLES: ReadonlySet<string> = new Set(['fearing', 'hoping', 'worrying', 'believing', 'expecting', 'knowing', 'suspecting', 'sensing', 'realising', 'realizing', 'reasoning']);

/** Whether a participle's source is its owner's, or the start of it ("One" of "One of them"). */
function sameSubject(source: Span, owner: Span | null): boolean {
  return owner !== null && source.start === owner.start && source.end <= owner.end;
}

/** "that" right after the participle. */
const THAT_AFTER = /^\s+that\b/u;
/** One lower-case word in -ing: the whole cue of such a participle. */
const PARTICIPLE = /^\p{Ll}+ing$/u;
/** Only a comma between the claim and the participle. */
const COMMA_GAP = /^,\s+$/u;

/** The readings with each such participle folded back into the claim before it (order kept). */
export function withClaimParticiples(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const byEnd = new Map<number, number>();
  found.forEach((f, i) => {
    const last = f.content[f.content.length - 1];
    if (last && f.cue && REPORTS_CLAUSE.test(text.slice(f.cue.start, f.cue.end))) byEnd.set(last.end, i);
  });
  if (byEnd.size === 0) return found;
  const out = found.slice();
  const dropped = new Set<number>();
  found.forEach((f, i) => {
    if (f.cue === null || f.content.length !== 1) return;
    const verb = text.slice(f.cue.start, f.cue.end);
    // a participle of saying, or one that takes a "that" clause ("revealing that …"), reports speech;
    // one of fear or hope is the reported clause's subject's state of mind ("…, fearing that …")
    const mind = MIND_PARTICIPLES.has(verb);
    if (!PARTICIPLE.test(verb) || SPEECH_PARTICIPLES.has(verb) || (SPEECH_VERBS.has(verb) && !mind) || (THAT_AFTER.test(text.slice(f.cue.end, f.cue.end + 6)) && !mind)) return;
    const comma = text.lastIndexOf(',', f.cue.start);
    const owner = comma >= 0 && COMMA_GAP.test(text.slice(comma, f.cue.start)) ? byEnd.get(comma) : undefined;
    if (owner === undefined || dropped.has(owner)) return;
    // (a source of its own only for a state of mind, and only the owner's, echoed by the tagger: "One of them said …, fearing")
    if (f.source !== null && (!mind || !sameSubject(f.source, found[owner].source))) return;
    const o = out[owner], last = o.content[o.content.length - 1];
    if (f.content[0].end <= last.end) return;
    out[owner] = { ...o, content: [...o.content.slice(0, -1), { start: last.start, end: f.content[0].end }] };
    dropped.add(i);
  });
  return dropped.size === 0 ? found : out.filter((_, i) => !dropped.has(i));
}

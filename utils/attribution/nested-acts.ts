/**
 * "Hurricane Lorna pushed seawater into coastal towns, state officials said": an act inside
 * another source's claim is part of what that source said, not a statement of its own. A reading
 * whose source and cue lie inside another reading's claim, and whose verb is no verb of saying or
 * thinking ("pushed", "rejected", "plans"), is dropped; "…, officials said Ruiz had warned that …"
 * keeps Ruiz's warning.
 */
import { CORE_SPEECH_VERBS, SPEECH_VERBS } from './cue-lexicon';
import { containmentIndex, someHolding, spanInside } from './sorted-offsets';
import type { AttributionSpans, Span } from './types';

/** Auxiliaries and adverbs before a cue's verb ("has long argued", "had demanded"). */
const BEFORE_VERB = /^(?:(?:has|have|had|will|would|was|were|is|are|do|does|did|don['’]t|doesn['’]t|didn['’]t|also|now|still|just|long|later|then|not|never|already|previously|repeatedly|once|often|first|\p{L}+ly)\s+)+/iu;


/** Verbs of saying by a medium, of talk and of thought the lexicon leaves out ("blogged", "talked about", "doubt"). */
const MEDIUM_VERB = /^(?:blogg|tweet|post|e-?mail|text|messag|testif|broadcast|publish|talk|discuss|mention|describ|call|refer|allud|lik[ea]n|express|remember|recall|think|thought|believ|doubt|know|knew|admit|jeer|chant|shout|ask|assum|characteri|denounc|propos|live-tweet|forg[oe]t)/u;

/** Whether the cue reports speech or thought: its verb, "according to", or a colon. */
function saysOrThinks(text: string, cue: Span): boolean {
  const written = text.slice(cue.start, cue.end).toLowerCase();
  // ("made clear", "made it clear" report too)
  if (!/\p{L}/u.test(written) || written.includes('according') || /\bclear\b/u.test(written)) return true;
  const verb = written.replace(/^\p{L}+['’](?:ve|s|d|ll|re)\s+/u, '').replace(BEFORE_VERB, '').split(/\s+/u, 1)[0].replace(/[^\p{L}-]+$/u, '');
  // "agreed a fee" is a deal, and inside another's claim "until management agreed | to meet students" is
  // a commitment; "agreed that …", "agreed with …" report one
  // (a cue read with its "to", "have agreed to | meet again", stays one: the taggers saw it reported)
  if (AGREE.test(verb)) return /\s(?:that|to|with|on)$/u.test(written) || AGREED_THAT.test(text.slice(cue.end, cue.end + 8));
  // knowing about something ("the government had known about the spy ring"), and a participle on a
  // noun ("internal messages | discussing the transfers"), say nothing
  if (KNOWN_ABOUT.test(written)) return false;
  if (SPEECH_VERBS.has(verb) || CORE_SPEECH_VERBS.has(verb)) return true;
  return MEDIUM_VERB.test(verb) && !(verb.endsWith('ing') && NOUN_BEFORE.test(text.slice(Math.max(0, cue.start - 24), cue.start)));
}

/** Agreeing, which reports speech only with what was agreed to or with whom. */
const AGREE = /^agree[ds]?$/u;
const AGREED_THAT = /^\s+(?:that|with|on)\b/u;
/** Knowing about something. */
const KNOWN_ABOUT = /\b(?:known|knew|know|knows)\s+about$/u;
/** A plural noun right before a participle ("messages discussing"). */
const NOUN_BEFORE = /\b\p{Ll}{3,}s\s+$/u;

/** Same offsets. */
const same = (a: Span | null, b: Span | null): boolean => a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);

/**
 * The readings without acts read inside another reading's claim: with their source inside it too,
 * with no source ("is accused of …" inside the prosecutors' claim), or with the other reading's own
 * source lent to a verb of its claim ("Analysts said the alliance appeared to …").
 */
export function withoutNestedActs(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const claims = containmentIndex(found.flatMap((owner) => owner.content.map((c) => ({ start: c.start, end: c.end, owner }))));
  return found.filter((f) => {
    if (!f.cue || saysOrThinks(text, f.cue)) return true;
    const { cue, source } = f;
    return !someHolding(claims, cue, (c) => c.owner !== f && (source === null || spanInside(source, c) || same(source, c.owner.source)));
  });
}

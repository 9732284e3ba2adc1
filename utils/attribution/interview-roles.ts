/**
 * A printed interview's "Q:" and "A:" turns: the interviewer asks, and the answers are the words of
 * the one interviewed, whom the headline or intro names as such.
 */
import { newEntity, type Entity, type Mention } from './source-entity';
import type { Span } from './types';

/** Which side of the interview a source span is: its label "Q" or "A" before a colon, else null. */
export function interviewSide(text: string, span: Span): 'Q' | 'A' | null {
  if (span.end - span.start !== 1 || text.charCodeAt(span.end) !== 58) return null;
  const label = text[span.start];
  return label === 'Q' || label === 'A' ? label : null;
}

/** The interviewer: someone of the outlet, unnamed in the text. */
export function interviewer(): Entity {
  return newEntity('the interviewer', 'the interviewer', 'unnamed-person', false, true);
}

/** Who is interviewed, named after these words ("an interview with novelist Katya Morrow"). */
const INTERVIEWED_AFTER = /\b(?:interview(?:ed)?\s+with|Q&A\s+with|conversation\s+with|sat\s+down\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with)|speaks\s+(?:to|with)|talks\s+(?:to|with)|interviewed|(?:we|I)\s+asked)\s+(?!(?:us|me|our)\b|the\s+\p{Lu})/giu;
/** Who is interviewed, named before these words ("Governor Elisa Moreau spoke to our economics editor"). */
const INTERVIEWED_BEFORE = /\b(?:spoke|talked|speaks|talks|sat\s+down)\s+(?:to|with)\s+(?:us|me|our\b|the\s+\p{Lu})/giu;
/** The longest first line read as a headline. */
const HEADLINE_LENGTH = 100;
/** How far from those words the name may be. */
const NAME_REACH = 60;

/**
 * The one interviewed: the person the intro (before the first turn, at `before`) says was
 * interviewed ("an interview with …", "… spoke to our editor"), else the one a short headline
 * names, else someone unnamed: the person named most may be the reporter, a prosecutor or
 * someone the questions are about.
 */
export function interviewee(text: string, mentions: readonly Mention[], before: number): Entity {
  const intro = text.slice(0, before);
  const people = mentions.filter((m) => m.end <= before && m.name === true && m.entity.type === 'named-person' && !m.entity.plural);
  for (const m of intro.matchAll(INTERVIEWED_AFTER)) {
    const at = m.index + m[0].length;
    const named = people.find((p) => p.start >= at && p.start - at <= NAME_REACH);
    if (named) return named.entity;
  }
  for (const m of intro.matchAll(INTERVIEWED_BEFORE)) {
    const named = people.filter((p) => p.end <= m.index && m.index - p.end <= NAME_REACH).pop();
    if (named) return named.entity;
  }
  // else the person a short headline names ("Laura Bush sees hope, help for Afghan women")
  const headline = text.indexOf('\n');
  // not a name after "by": that is who wrote or asked ("Under cross-examination by Simon Reyes")
  const inHeadline = headline > 0 && headline <= HEADLINE_LENGTH ? people.find((p) => p.end <= headline && !/\bby\s+$/iu.test(text.slice(Math.max(0, p.start - 4), p.start))) : undefined;
  if (inHeadline) return inHeadline.entity;
  return newEntity('the interviewee', 'the interviewee', 'unnamed-person', false, true);
}

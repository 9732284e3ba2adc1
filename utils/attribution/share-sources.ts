/**
 * Shares of people as sources: "58% said", "with 64% saying", "a majority of renters said". They
 * are the findings of a poll or survey when the story reports one (a document), else a group of
 * people; never one person, and the share right before a cue is its source when the taggers gave none.
 */
import type { SourceType, Span } from './types';

const SHARE =
  '(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under|more than|less than|fewer than) )?' +
  '(?:\\d+(?:\\.\\d+)?(?: ?%| percent| per cent)|(?:a |the )?(?:slim |narrow |large |clear |vast |bare )?majority|(?:a |one )?(?:half|third|quarter|fifth)|two[- ]thirds|three[- ]quarters)';

/** A source phrase that is a share of people ("58%", "about 30 percent of renters", "a majority of voters"). */
const SHARE_PHRASE = new RegExp(`^${SHARE}(?: of\\b.*)?$`, 'iu');

/** A share standing right before the cue, after "with" or a clause's start ("…, with 64% saying"). */
const SHARE_BEFORE = new RegExp(`(?:^|[\\s(,;—–-])(${SHARE}(?: of (?:the |those |all )?(?:\\p{L}+ ){0,3}?\\p{L}+)?) $`, 'iu');

/** Nouns naming a poll or survey: its findings speak through the shares of people it reports. */
const SURVEY = /\b(?:poll|polls|polling|survey|surveys|surveyed|questionnaire|census)\b/iu;

/** How far back a poll may be mentioned and still be the one the share comes from. */
const SURVEY_DISTANCE = 2500;

/** Whether a source phrase is a share of people. */
export function isShareOfPeople(phrase: string): boolean {
  return SHARE_PHRASE.test(phrase.trim());
}

/** The share right before a cue that has no source ("with 64% saying"), as the source span; else null. */
export function shareBeforeCue(text: string, cue: Span | null): Span | null {
  if (!cue) return null;
  const from = Math.max(0, cue.start - 80);
  const m = SHARE_BEFORE.exec(text.slice(from, cue.start));
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** The type of a share of people at `start`: the poll's findings (document) when one is reported before it, else a group. */
export function shareType(text: string, start: number): SourceType {
  return SURVEY.test(text.slice(Math.max(0, start - SURVEY_DISTANCE), start)) ? 'document' : 'unnamed-group';
}

/**
 * The writer's own "I": outside every quotation (a first person inside a quote is its speaker's:
 * adoptQuoteSpeakers), transcript turn, answer to a question or piece given in someone's own
 * words, "I" is the writer, named in the byline, not in the text; nobody a later "he" or "she"
 * points to, so the entity never joins the timeline.
 */
import { lineStartWithin } from './sentences';
import { newEntity, type Entity } from './source-entity';
import { quotationOpenAt } from './quote-extent';

const WRITERS = new WeakSet<Entity>();

/** The writer, speaking as `phrase` ("I", "me"): a person the byline names. */
export function writer(phrase: string): Entity {
  const entity = newEntity(phrase, 'the writer', 'named-person', false);
  WRITERS.add(entity);
  return entity;
}

/** Whether an entity is the writer's (`writer`): kept off the timeline of mentions. */
export function isWriter(entity: Entity): boolean {
  return WRITERS.has(entity);
}

/**
 * A paragraph opening with a speaker's label ("A:", "SANDERS:", "Ana Ruiz:"): a transcript turn,
 * whose "I" is that speaker; a writer's "Let me be clear:" is none.
 */
const TURN_LABEL = /^\s*(?:A|\p{Lu}[\p{Lu}.'’ -]{1,30}|\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){0,2}):\s/u;
/** A piece that gives someone's own words whole: a speech's full text, an "as told to" piece. */
const SPOKEN_TEXT = /\b(?:(?:full\s+)?(?:text|transcript)\s+of\s+(?:his|her|their|the)\s+(?:speech|remarks|address|statement|letter|testimony)|as\s+told\s+to|in\s+(?:his|her|their)\s+own\s+words)\b/iu;
/** How far into a piece its introduction may say so. */
const SPOKEN_TEXT_REACH = 2000;

/** How far back an "I" looks for its paragraph's start: a megabyte without a line break stays linear. */
const PARAGRAPH_REACH = 5000;

/** The last text asked about and whether its opening says it gives someone's own words: asked once per text, not per "I". */
let spokenText: { text: string; spoken: boolean } | null = null;

/** Whether the piece's opening says it gives someone's own words (SPOKEN_TEXT), remembered for the last text. */
function givesOwnWords(text: string): boolean {
  if (spokenText === null || spokenText.text !== text) spokenText = { text, spoken: SPOKEN_TEXT.test(text.slice(0, SPOKEN_TEXT_REACH)) };
  return spokenText.spoken;
}

/** Whether an "I" at `pos` is the writer's (see the file's header). */
export function writerSpeaks(text: string, pos: number): boolean {
  const from = Math.max(0, pos - PARAGRAPH_REACH);
  const paragraph = lineStartWithin(text, from, pos);
  return !quotationOpenAt(text, paragraph, pos) && !TURN_LABEL.test(text.slice(paragraph, paragraph + 40)) &&
    !answersQuestion(text, paragraph) && !givesOwnWords(text);
}

/** Whether the paragraph before the one at `paragraph` is a short question on its own: this one answers it. */
function answersQuestion(text: string, paragraph: number): boolean {
  let end = paragraph - 1;
  while (end > 0 && /\s/u.test(text[end - 1])) end--;
  if (end <= 0 || text[end - 1] !== '?') return false;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return end - start <= 200 && !/["“”]/u.test(text.slice(start, end));
}

/**
 * Phrases built on a reporting word that attribute nothing: the writer's own turns ("Having said
 * that,", "It goes without saying", "It's worth noting that", "needless to say", "so to speak")
 * and "It's unclear whether …"; a body's product recall ("recalled 10,000 kettles"), a fall in an
 * amount ("declined 6 percent") and a time phrase the taggers read as a cue ("this week to
 * discuss"). Read as cues they would mark the writer's prose as someone's claim.
 */
import { FINITE_AUXILIARIES } from './source-lexicon';
import { TIME_NOUNS } from './time-words';
import { COLLECTIVE_NOUNS, isOrganisationNoun, ORG_HEADS, TRADE_HEADS } from './source-lexicon-bodies';
import { isPersonTitle, loweredNameGender } from './source-entity';
import type { AttributionSpans } from './types';
import { keepEach } from './reading-passes';

/** Each idiom around its cue: what ends right before the cue, and what the cue starts with. */
const IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
  [/\b[Hh]aving\s+$/u, /^said\s+(?:that|this)\s*,/u],
  [/(?:^|[.;]\s+|\n)[Tt]hat\s+$/u, /^said\s*,/u],
  [/\bgoes\s+without\s+$/u, /^saying\b/u],
  [/\bworth\s+$/u, /^(?:noting|mentioning)\b/u],
  [/\b[Nn]eedless\s+to\s+$/u, /^say\b/u],
  [/\bso\s+to\s+$/u, /^speak\b/u],
];
/** A cue that is itself such a phrase, or "It's unclear" / "it is not clear" (whether, how, …): the writer's, not a source's. */
const WHOLE_IDIOM = /^(?:(?:it['’]s|it\s+is|it\s+was|it\s+remains)\s+(?:not\s+)?(?:unclear|clear|uncertain)|goes\s+without\s+saying|needless\s+to\s+say|so\s+to\s+speak)$/iu;

/** How an idiom's cue starts. */
const IDIOM_CUE_START = /^(?:said|saying|say|speak|noting|mentioning)\b/u;

/** The verbs of saying whose object can be "nothing". */
const SAYING = 'say|says|said|saying|tell|tells|told|telling';
/** A cue that ends on a verb of saying. */
const SAYING_CUE = new RegExp(`\\b(?:${SAYING})$`, 'iu');
/** A claim that is only "nothing" or "anything" (maybe about something), or a greeting ("said goodbye to"): no claim was made. */
const NOTHING_SAID = /^(?:(?:goodbye|farewell|hello)\b|(?:anything|nothing)(?:\s+(?:about|on|of|regarding|further|more|else|new|when|as|after|before|while|until|because|since|if|for|in|at|to|and|but|or)\b|\W*$))/iu;

/** A cue widened over "nothing" or "anything" as its object ("said nothing about"). */
const CUE_SAYS_NOTHING = new RegExp(`\\b(?:${SAYING})\\s+(?:anything|nothing)\\b`, 'iu');

/** Words that open a subordinate clause: a verb after one belongs to it ("anything when the lights went out"). */
const SUBORDINATORS = new Set('when as after before while until because since if though although whether'.split(' '));
/** Finite verbs and auxiliaries, and past forms no "-ed" shows. */
const FINITE = new Set([...FINITE_AUXILIARIES, ...'am be do went came made took gave got saw found felt thought knew left kept meant stood seemed'.split(' ')]);

/**
 * Whether "nothing" or "anything" is the subject of a clause the claim goes on with ("nothing more
 * could be done", "anything but an apology would be unacceptable"): a finite verb before any
 * subordinating word. Then the claim says something.
 */
function opensClause(said: string): boolean {
  const words = said.toLowerCase().split(/[^\p{L}'’]+/u);
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (SUBORDINATORS.has(w)) return false;
    if (FINITE.has(w) || (w.length > 4 && w.endsWith('ed'))) return true;
  }
  return false;
}

/** A story a work tells ("The film tells the story of …"): its plot, no one's claim. */
const STORY_TOLD = /^(?:a\s+(?:story|tale)|stories|the\s+(?:story|tale)\s+of)\b/iu;
/** A source that is a work: a film, book or show tells a story, it claims nothing. */
const WORK = /\b(?:film|movie|book|novel|documentary|play|series|show|exhibition|musical|opera|memoir|biopic)s?$/iu;

/**
 * "Ruiz said nothing about the plan", "Nobody said anything", "The film tells the story of …": a
 * verb of saying whose object is nothing, a greeting or a work's plot attributes no claim.
 */
function saysNothing(text: string, f: AttributionSpans): boolean {
  const cue = f.cue!, claim = f.content[0];
  // the cue widened over its object ("said nothing about")
  if (CUE_SAYS_NOTHING.test(text.slice(cue.start, cue.end))) return true;
  if (f.content.length !== 1 || claim.start < cue.end || text.slice(cue.end, claim.start).trim() !== '') return false;
  const said = text.slice(claim.start, claim.end);
  const storyOfWork = STORY_TOLD.test(said) && f.source !== null && WORK.test(text.slice(f.source.start, f.source.end));
  return ((NOTHING_SAID.test(said) && !opensClause(said)) || storyOfWork) && SAYING_CUE.test(text.slice(cue.start, cue.end));
}

/** The readings less those whose cue sits in such a phrase, those that say nothing, a noun read as a cue before a participle, and the falls and time phrases above. */
export function withoutIdiomCues(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return keepEach(text, found, hasNoIdiomCue);
}

/** Nouns the taggers may take for an intention's verb ("X plans to …"). */
const NOUN_CUES = /^(?:plan|plans|bid|deal|vow|pledge)$/iu;
/** A claim opening on a past participle ("approved despite protests"). */
const PARTICIPLE_OPENING = /^\p{Ll}+ed\b/u;

/** "Harbour plan approved despite protests": a noun before a participle is no intention's verb, and a headline's noun no cue. */
function nounBeforeParticiple(text: string, f: AttributionSpans): boolean {
  const cue = f.cue!, claim = f.content[0];
  return claim !== undefined && claim.start >= cue.end && NOUN_CUES.test(text.slice(cue.start, cue.end)) && PARTICIPLE_OPENING.test(text.slice(claim.start, claim.end));
}

/** A recall's verb, and what a remembered saying opens with ("recalled that", "recalled how", a quotation). */
const RECALL_CUE = /^recall(?:s|ed|ing)?$/iu;
const REMEMBERED = /^(?:that|how|when|what|why|who|whether|being|having|["“‘'])/iu;

/**
 * "The sheriff's office recalled a misprinted map", "Halvorsen recalled 10,000 kettles": a body
 * recalling a thing withdraws a product; only people recall as memory ("She recalled the day …").
 */
function productRecall(text: string, f: AttributionSpans): boolean {
  const cue = f.cue!, claim = f.content[0];
  if (!f.source || !claim || claim.start < cue.end || !RECALL_CUE.test(text.slice(cue.start, cue.end))) return false;
  const source = text.slice(f.source.start, f.source.end).trim();
  const head = source.slice(source.lastIndexOf(' ') + 1).replace(/['’]s?$/u, '').toLowerCase();
  const said = text.slice(claim.start, claim.end);
  if (REMEMBERED.test(said)) return false;
  // a body's noun recalls things; so does anyone who recalls a count of things or its own ("600 line
  // workers", "a batch of seals", "its earnings guidance"), never a person remembering
  // (not a family, couple or crew, whose members remember)
  return (isOrganisationNoun(head) && !COLLECTIVE_NOUNS.has(head)) || ORG_HEADS.has(head) || TRADE_HEADS.has(head) || (RECALLED_GOODS.test(said) && mayBeFirm(source));
}

/** What a recall of goods opens with: a number, a quantity or a batch, or "its". */
const RECALLED_GOODS = /^(?:\d[\d,.]*\b|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\s|(?:a|one|another)\s+(?:batch|lot|shipment|consignment|model|line)\b|batches\b|its\s)/iu;
/**
 * Whether a subject may be a firm's name: capitalised, not a title's or a known given name's ("Dr.
 * Ines Varga", "Marta Quill" recall meetings as memory), not a described person ("The retired
 * teacher") nor a pronoun.
 */
function mayBeFirm(source: string): boolean {
  const first = source.split(/\s+/u)[0];
  return /^\p{Lu}/u.test(first) && !/^(?:The|A|An|He|She|I|We|You|They)$/u.test(first) && !isPersonTitle(first) && loweredNameGender(first.toLowerCase()) === null;
}

/** "declined" as a fall ("Revenue declined 6 percent", "declined to $281 million"): an amount after it, maybe after "by" or "to". */
const DECLINE_CUE = /^declin(?:e|es|ed|ing)$/iu;
const AMOUNT = /^(?:(?:by|to)\s+)?(?:[$£€]\s?\d|\d[\d,.]*\s*(?:%|percent|per\s+cent|points?\b|basis\b|million\b|billion\b))/iu;

/** A fall in an amount read as declining to comment: "declined" before a number. */
function amountDeclined(text: string, f: AttributionSpans): boolean {
  const cue = f.cue!, claim = f.content[0];
  return claim !== undefined && claim.start >= cue.end && DECLINE_CUE.test(text.slice(cue.start, cue.end)) && AMOUNT.test(text.slice(claim.start, claim.start + 40));
}

/** A cue that is a time phrase and an infinitive ("this week to discuss"): a purpose the taggers ran over, no one's reporting verb ("last month ordered" is one). */
const TIME_PHRASE_CUE = new RegExp(`^(?:this|last|next|that)\\s+(?:${TIME_NOUNS})\\s+to\\s`, 'iu');

/** Whether `withoutIdiomCues` keeps a reading (a step for reading-passes.ts). */
function hasNoIdiomCue(text: string, f: AttributionSpans): boolean {
  if (!f.cue) return true;
  if (saysNothing(text, f) || nounBeforeParticiple(text, f) || productRecall(text, f) || amountDeclined(text, f)) return false;
  if (TIME_PHRASE_CUE.test(text.slice(f.cue.start, f.cue.end))) return false;
  if (WHOLE_IDIOM.test(text.slice(f.cue.start, f.cue.end))) return false;
  // every idiom's cue is one of a few words: the rest need no look around
  if (!IDIOM_CUE_START.test(text.slice(f.cue.start, f.cue.start + 12))) return true;
  const before = text.slice(Math.max(0, f.cue.start - 24), f.cue.start);
  const from = text.slice(f.cue.start, f.cue.start + 24);
  return !IDIOMS.some(([end, start]) => end.test(before) && start.test(from));
}

/**
 * Finds what a pronoun or a second mention ("he", "they", "the newspaper", "the official")
 * stands for by walking back over indexed mentions from the source, a bounded number of steps,
 * so a reader sees "Ana Ruiz, a ministry spokeswoman" instead of "she".
 */
import type { Entity, Mention } from './source-entity';
import type { Span } from './types';
import { ANONYMOUS_ROLE_NOUNS, COLLECTIVE_NOUNS, COMPANY_NOUNS, OUTLET_NOUNS, PERSON_ROLE_NOUNS } from './source-lexicon';
import { PERSON_SHAPED } from './source-phrase';
import { headPattern, mentionsWord } from './head-patterns';

/** How far back a pronoun or second mention may look, in mentions and in characters. */
const MAX_STEPS = 60;
const MAX_DISTANCE = 4000;
/** How far back a role description ("the senator") may find its named person without a matching title. */
const NAMED_ROLE_DISTANCE = 1500;

/** Index of the last mention in `list` (sorted by start) that starts before `pos`, by binary search. */
function lastBefore(list: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** True when the mention lies inside one of the spans. */
function inside(m: Mention, spans: Span[]): boolean {
  for (const s of spans) if (m.start >= s.start && m.end <= s.end) return true;
  return false;
}

/**
 * Mentions sorted by start, searched backwards from a position. Mentions added later (typed
 * sources, which arrive in text order) live in a second list merged on the fly, so adding one
 * is an append instead of an insertion into the middle of a long array (linear on long texts).
 * At equal starts an added mention counts as earlier than an indexed one, the newest added first.
 */
export class MentionTimeline {
  private readonly items: Mention[];
  private readonly added: Mention[] = [];
  /** Per head-noun pattern, which mentions it names (see `resolveDescription`), for this text only. */
  readonly wordAnswers = new Map<RegExp, Map<Mention, boolean>>();
  constructor(mentions: Mention[]) {
    this.items = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /**
   * Nearest mention before `pos`, outside `skip` spans, that `accept` takes. Walks the two sorted
   * lists backwards, merged on the fly, nearest start first (a plain loop: no closure per call).
   */
  findBack(pos: number, skip: Span[], accept: (m: Mention) => boolean): Mention | null {
    const { items, added } = this;
    let i = lastBefore(items, pos);
    let j = lastBefore(added, pos);
    let steps = 0;
    while (i >= 0 || j >= 0) {
      const m = j < 0 || (i >= 0 && items[i].start >= added[j].start) ? items[i--] : added[j--];
      if (steps >= MAX_STEPS) return null;
      if (m.end > pos) continue;
      if (pos - m.end > MAX_DISTANCE) return null;
      steps++;
      if (skip.length > 0 && inside(m, skip)) continue;
      if (accept(m)) return m;
    }
    return null;
  }

  /** Nearest mention starting within `distance` after `pos` that `accept` takes. */
  findForward(pos: number, distance: number, accept: (m: Mention) => boolean): Mention | null {
    const { items, added } = this;
    let i = lastBefore(items, pos) + 1;
    let j = lastBefore(added, pos) + 1;
    while (i < items.length || j < added.length) {
      const m = i >= items.length || (j < added.length && added[j].start <= items[i].start) ? added[j++] : items[i++];
      if (m.start - pos > distance) return null;
      if (m.start >= pos && accept(m)) return m;
    }
    return null;
  }

  /** Adds a mention found later (a typed source), keeping the order; in text order this appends. */
  add(m: Mention): void {
    const i = lastBefore(this.added, m.start) + 1;
    if (i === this.added.length) this.added.push(m);
    else this.added.splice(i, 0, m);
  }

  /** Mentions that cover `pos` (a name inside a source phrase), among the five starting nearest. */
  covering(pos: number): Mention | null {
    const { items, added } = this;
    let i = lastBefore(items, pos + 1);
    let j = lastBefore(added, pos + 1);
    for (let seen = 0; seen < 5 && (i >= 0 || j >= 0); seen++) {
      const m = j < 0 || (i >= 0 && items[i].start >= added[j].start) ? items[i--] : added[j--];
      if (m.start <= pos && m.end > pos) return m;
    }
    return null;
  }
}

/**
 * One timeline that lives as long as the module. V8 holds the hidden class of class instances
 * only weakly; with no instance alive, a garbage collection between two texts would free it and
 * throw away the optimised code of every method (measured: each text after a full collection ran
 * slower). Keeping one instance keeps the class, so the optimised code survives.
 */
export const KEEP_TIMELINE_SHAPE = new MentionTimeline([]);

const isPerson = (e: Entity): boolean =>
  !e.plural && (e.type === 'named-person' || e.type === 'unnamed-person' || e.type === 'anonymous-source');

/** A person a "he" can point to: a named one, or an unnamed one who has spoken or was referred to. */
const isSpeaker = (e: Entity, m: Mention): boolean =>
  isPerson(e) && ((e.type === 'named-person' && e.person === true) || m.spoke === true || m.refer !== undefined);
/** Second chance for "he": any capitalised name not known to be a body. */
const isAnyPerson = (e: Entity): boolean => isPerson(e) && e.type === 'named-person';

/** How far back the last speaker stays the default referent of "he" / "she". */
const SPEAKER_DISTANCE = 600;
const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'i', 'me', 'my']);

/** Which antecedents a pronoun can take; null for pronouns that never point back ("you"). */
function pronounFilter(word: string): ((e: Entity, m: Mention) => boolean) | null {
  switch (word) {
    case 'he': case 'him': case 'his':
      return (e, m) => isSpeaker(e, m) && e.gender !== 'f';
    case 'she': case 'her': case 'hers':
      return (e, m) => isSpeaker(e, m) && e.gender !== 'm';
    case 'i': case 'me': case 'my':
      return isSpeaker;
    case 'we': case 'us': case 'our':
      return (e) => e.type !== 'document';
    case 'they': case 'them': case 'their':
      return (e) => e.plural || e.type === 'named-organization' || e.type === 'unnamed-group';
    case 'it': case 'its': case 'this': case 'that': case 'which':
      return (e) => !e.plural && (e.type === 'named-organization' || e.type === 'document');
    case 'who': case 'whom': case 'whose':
      // "who" is for people: bodies take "which", and a bare capitalised place is no one.
      return (e) => e.type !== 'document' && e.type !== 'named-organization' && (e.type !== 'named-person' || e.person === true);
    default:
      return null;
  }
}

/** The entity a pronoun stands for, or null when nothing fits within the window. */
export function resolvePronoun(word: string, pos: number, skip: Span[], timeline: MentionTimeline): Entity | null {
  const accept = pronounFilter(word);
  if (!accept) return null;
  let found: Mention | null = null;
  if (word === 'who' || word === 'whom' || word === 'whose' || word === 'which' || word === 'that') {
    const near = timeline.findBack(pos, [], (m) => pos - m.end < 60);
    if (near && (accept(near.entity, near) || word === 'that' || near.refer)) found = near;
  }
  if (!found && PERSONAL.has(word)) {
    // News keeps its current speaker: "Ruiz said X. ... She added" means Ruiz even past other names.
    // One walk: the nearest accepted mention comes first, the speaker at it or further back.
    let nearest: Mention | null = null;
    const speaker = timeline.findBack(pos, skip, (m) => {
      if (!accept(m.entity, m)) return false;
      nearest ??= m;
      return m.spoke === true && m.entity.type === 'named-person' && pos - m.end < SPEAKER_DISTANCE;
    });
    const near = nearest as Mention | null;
    found = speaker && near && near.entity !== speaker.entity && near.spoke !== true ? speaker : near;
  } else found ??= timeline.findBack(pos, skip, (m) => accept(m.entity, m));
  if (!found && PERSONAL.has(word)) found = timeline.findBack(pos, skip, (m) => isAnyPerson(m.entity) && accept({ ...m.entity, person: true }, m));
  if (!found) return null;
  if (found.refer === undefined) return found.entity;
  return resolveDescription(found.refer, found.start, skip, timeline) ?? found.entity;
}

const INTRODUCED = /^(?:a|an|one|another|two|three|four|some|several)\s/iu;
const OUTLET_NAME = /\b(?:Times|Post|News|Journal|Herald|Tribune|Gazette|Guardian|Telegraph|Observer|Daily|Press|Reuters|Bloomberg|Politico|Axios|Magazine|Review|Radio|TV|Network|Broadcasting|Wire)\b|^[A-Z]{2,5}$/u;

/**
 * The entity a definite description ("the official", "the newspaper") refers back to: one whose
 * name or description uses the same head noun, or for outlets the nearest outlet-like name.
 */
export function resolveDescription(head: string, pos: number, skip: Span[], timeline: MentionTimeline): Entity | null {
  const word = mentionsWord(headPattern(head), timeline.wordAnswers);
  // One walk back, for the nearest mention with the head word that is named and, passed on the
  // way, the nearest that introduced someone and the nearest of any kind. A name described by the
  // role ("Lena Marsh, a spokeswoman") beats the bare role noun inside that apposition.
  let introduced: Mention | null = null, nearest: Mention | null = null;
  const named = timeline.findBack(pos, skip, (m) => {
    if (!word(m)) return false;
    if (m.entity.type === 'named-person' || m.entity.type === 'named-organization') return true;
    nearest ??= m;
    // An unnamed first mention ("a witness ... the witness") counts only if it introduced someone.
    if (introduced === null && INTRODUCED.test(m.entity.name)) introduced = m;
    return false;
  });
  if (named) return named.entity;
  if (introduced) return (introduced as Mention).entity;
  if (OUTLET_NOUNS.has(head)) {
    const outlet = timeline.findBack(pos, skip, (m) => m.refer === undefined && m.entity.type === 'named-organization' && OUTLET_NAME.test(m.entity.name));
    if (outlet) return outlet.entity;
  }
  if (COMPANY_NOUNS.has(head) || COLLECTIVE_NOUNS.has(head)) {
    // "the company", "the carmaker", "the team": news names the firm or club before describing it
    const firm = timeline.findBack(pos, skip, (m) => m.name === true && m.entity.type === 'named-organization' && pos - m.end < NAMED_ROLE_DISTANCE);
    if (firm) return firm.entity;
  }
  if ((PERSON_ROLE_NOUNS.has(head) || PERSON_SHAPED.test(head)) && !ANONYMOUS_ROLE_NOUNS.has(head)) {
    // "the senator", "the Indiana governor": news names a person before describing them by role.
    const person = timeline.findBack(pos, skip, (m) => m.entity.type === 'named-person' && !m.entity.plural && pos - m.end < NAMED_ROLE_DISTANCE);
    if (person) return person.entity;
  }
  return (nearest as Mention | null)?.entity ?? null;
}

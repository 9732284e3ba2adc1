/**
 * Finds what a definite description ("the official", "the newspaper", "the trust") refers back
 * to, apart from the pronouns of coreference.ts: a description has a head noun to match, so its
 * walk back looks for that word, a name apposed to it, or the body its kind of noun means.
 */
import { bodyNamedAsKind, KIND_WORDS, nameApposedTo } from './body-kinds';
import type { Entity, Mention } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';
import { ANONYMOUS_ROLE_NOUNS, DEMONYMS, PERSON_ROLE_NOUNS, SPEAKS_AFTER_NAME, SPOKES_NOUNS } from './source-lexicon';
import { COLLECTIVE_NOUNS, COMPANY_NOUNS, isOrganisationNoun, KIN_COLLECTIVES, OUTLET_NOUNS } from './source-lexicon-bodies';
import { PERSON_SHAPED } from './source-phrase';
import { headNounGender } from './name-gender';
import { personForRole, TITLED_ROLES } from './role-person';
import { headPattern, mentionsWord, ownerPattern } from './head-patterns';
import { askersAt } from './asked-by';
import { INTRODUCED } from './unnamed-speaker';
import { firmBefore, outletBefore, regulatorBefore } from './coreference-bodies';

/**
 * The entity a definite description ("the official", "the newspaper") refers back to: one whose
 * name or description uses the same head noun, or for outlets the nearest outlet-like name.
 * `text` lets a firm's look-back pass over possessive modifiers.
 */
export function resolveDescription(head: string, pos: number, skip: Span[], timeline: MentionTimeline, text = ''): Entity | null {
  const found = describedEntity(head, pos, skip, timeline, text);
  // "The wife" is never a man the text named ("Keith Lamont Scott's wife"), "her son" never a woman
  const gender = found === null || found.gender === null ? null : headNounGender(head);
  return gender !== null && gender !== found!.gender ? null : found;
}

/** `resolveDescription` before its check of gender. */
function describedEntity(head: string, pos: number, skip: Span[], timeline: MentionTimeline, text: string): Entity | null {
  // a description that names its person by the same word ("Ms Hart, the committee chair … the
  // chair") is that person even if they asked; the asker is only passed over by role guesses below
  const word = mentionsWord(headPattern(head), timeline.wordAnswers);
  const askers = askersAt(text, pos, timeline);
  // One walk back, for the nearest mention with the head word that is named and, passed on the
  // way, the nearest that introduced someone and the nearest of any kind. A name described by the
  // role ("Lena Marsh, a spokeswoman") beats the bare role noun inside that apposition.
  let introduced: Mention | null = null, nearest: Mention | null = null, anonymous: Mention | null = null;
  const bodyHead = isOrganisationNoun(head) && !PERSON_ROLE_NOUNS.has(head);
  // a spokeswoman typed as the body she speaks for is still a person: "Lena Ortiz, a spokeswoman
  // for Acme, … The spokeswoman" is the name apposed to that mention, when there is one
  let spokes: Mention | null = null, spokesUnnamed = false;
  // "Jamie Dimon, the bank's chief executive, … The bank said": past someone described as the body's,
  // a body named with the word only counts if it has spoken or opened a sentence (not "the Bank of England" of a clause about rates)
  const owner = bodyHead ? ownerPattern(head) : null;
  let owned = false, ownedUnspoken = false;
  const found = timeline.findBack(pos, skip, (m) => {
    if (spokes !== null && m.end <= spokes.start) {
      if (m.entity.type === 'named-person' && APPOSED_COMMA.test(text.slice(m.end, spokes.start))) return true;
      spokesUnnamed = true;
      return true;
    }
    if (owner !== null && m.entity.type === 'named-person' && owner.test(m.entity.description)) owned = true;
    if (!word(m)) return false;
    if (owned && m.entity.type === 'named-organization' && m.spoke !== true && !OPENS_SENTENCE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) {
      ownedUnspoken = true;
      return true;
    }
    // ("a Greek tanker executive, who asked not to be named, said …. "…," the executive said": the nearest one
    // kept anonymous with that noun, not the chief executive named further back)
    if (!bodyHead && m.entity.type === 'anonymous-source' && (nearest === null || (nearest as Mention).entity.type === 'anonymous-source')) {
      anonymous = m;
      return true;
    }
    if (m.entity.type === 'named-organization' && m.name !== true && spokes === null && text !== '' && SPOKES_NOUNS.has(head)) {
      spokes = m;
      return false;
    }
    // (an indefinite body no name gave, "at a British bank", only if no named one precedes it: "Northgate Bank … a British bank … The bank")
    if ((m.entity.type === 'named-person' || m.entity.type === 'named-organization') && !(m.name !== true && m.entity.type === 'named-organization' && !SPOKES_NOUNS.has(head) && INDEFINITE.test(m.entity.name))) return true;
    nearest ??= m;
    // An unnamed first mention ("a witness ... the witness") counts only if it introduced someone.
    // ("another British museum" is not the body "the museum" means: the text set it apart; "another source … the source" is that source)
    // (its article may lie outside the mention: "A | three-judge state court panel")
    if (introduced === null && (INTRODUCED.test(m.entity.name) || ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) && !(m.entity.type === 'named-organization' && ANOTHER.test(m.entity.name))) introduced = m;
    return false;
  });
  if (ownedUnspoken) return null;
  if (anonymous !== null) return (anonymous as Mention).entity;
  const named: Mention | null = spokesUnnamed || found === null ? spokes : found;
  if (named) return (named.name === true ? named : nameRightAfter(named, timeline, text) ?? (bodyHead || KIND_WORDS[head] ? nameApposedTo(named, timeline, text) : null) ?? named).entity;
  if (introduced) return (nameRightAfter(introduced, timeline, text) ?? (bodyHead || KIND_WORDS[head] ? nameApposedTo(introduced, timeline, text) : null) ?? (introduced as Mention)).entity;
  // "His agent said …. 'He said the same thing in 1979,' the agent added": the unnamed one who spoke with that noun
  const spoke = nearest as Mention | null;
  // (a phrase with its determiner, "His agent", "a nurse": not a headline's bare noun, "Justice vows …")
  if (spoke !== null && spoke.spoke === true && spoke.name !== true && (spoke.entity.type === 'unnamed-person' || spoke.entity.type === 'anonymous-source') &&
    /^(?:his|her|their|its|a|an|one|the)\s/iu.test(spoke.entity.name)) return spoke.entity;
  // "the newspaper", "the company", "the team": news names the body before describing it (never
  // "the family": no body named before is anyone's family)
  // ("the agency" no news agency named before: the public one, "the FTC")
  const outlet = OUTLET_NOUNS.has(head) ? outletBefore(head, pos, skip, timeline, text) ?? (head === 'agency' ? regulatorBefore(pos, skip, timeline) : null) : null;
  const body = outlet ?? (COMPANY_NOUNS.has(head) || (COLLECTIVE_NOUNS.has(head) && !KIN_COLLECTIVES.has(head)) ? firmBefore(head, pos, skip, timeline, text) : null);
  if (body) return body;
  // "the Harrowmere and Dunsby NHS Trust … The trust said", further back than the walk reaches
  const far = bodyHead || KIND_WORDS[head] ? timeline.bodyNamedWith(head, pos) ?? bodyNamedAsKind(head, pos, timeline) : null;
  if (far) return far.entity;
  if ((PERSON_ROLE_NOUNS.has(head) || PERSON_SHAPED.test(head) || DEMONYMS.has(head)) && !ANONYMOUS_ROLE_NOUNS.has(head) && !TITLED_ROLES.has(head)) {
    const person = personForRole(head, pos, skip, timeline, text, askers);
    if (person) return person;
  }
  return nearest ? (nameRightAfter(nearest, timeline, text) ?? (bodyHead || KIND_WORDS[head] ? nameApposedTo(nearest, timeline, text) : null) ?? (nearest as Mention)).entity : null;
}

/** A mention opening its sentence, maybe after "the": the story's subject ("The Ashworth Museum will return …"). */
const OPENS_SENTENCE_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:[Tt]he\s+)?$/u;

/** An indefinite article right before a mention that left it out. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:an?|An?)\s+$/u;
/** An indefinite description's article. */
const INDEFINITE = /^(?:an?|another|other|one)\s/iu;
/** A description the text sets apart from one named before ("another British museum"). */
const ANOTHER = /^(?:another|other)\s/iu;

/** A reporting verb right after a name. */
const SPEAKS_NEXT = new RegExp(`^\\s+(?:${SPEAKS_AFTER_NAME})\\b`, 'u');

/** Only a comma between a name and the description apposed to it. */
const APPOSED_COMMA = /^,\s+$/u;

/** Only a comma, or nothing, between a description and a name: the name is the one described. */
const APPOSED_GAP = /^,?\s+$/u;

/** The name given right after a description ("a son, Michael Bennett", "the research group Carbon Ledger"), if any. */
function nameRightAfter(m: Mention, timeline: MentionTimeline, text: string): Mention | null {
  if (text === '') return null;
  const name = timeline.findForward(m.end, 3, (x) => x.name === true && x.start >= m.end && (x.entity.type === 'named-person' || x.entity.type === 'named-organization'));
  // "a witness, Inspector Tom Hale said": a name that goes on to speak is the writer's source, not the one described
  return name && APPOSED_GAP.test(text.slice(m.end, name.start)) && !SPEAKS_NEXT.test(text.slice(name.end, name.end + 20)) ? name : null;
}

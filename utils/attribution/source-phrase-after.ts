/**
 * What the text right after a source phrase tells its reading: a relative clause that keeps the
 * source anonymous ("who was not authorised to speak"), the body a spokesperson speaks for ("for
 * the Treasury"), a noun the phrase's last word modifies. Kept as a few bits (`afterFacts`) so
 * readings of the same phrase can be remembered whatever follows it.
 */
import { firstClause, type PWord } from './source-phrase-words';
import { ANONYMITY_CUE } from './source-lexicon';
import { isGuardBody, isOrganisationNoun, KIN_COLLECTIVES } from './source-lexicon-bodies';

/** Set by `readWith` when it reads the text after its phrase: a reading that did not holds for any text after. */
export interface AfterUse {
  read: boolean;
}

/** Whether the phrase is anonymous sourcing, by its own words or its `afterFacts` (read from `after` when -1). */
export function isAnonymous(phrase: string, after: string, facts: number, use: AfterUse | undefined): boolean {
  if (ANONYMITY_CUE.test(phrase)) return true;
  if (facts >= 0) return (facts & 1) === 1;
  if (use) use.read = true;
  return ANONYMITY_CUE.test(firstClause(after));
}

/** A lower-case word next that is no verb of saying: the word before it modifies it ("The American| economy"). */
const NOUN_NEXT = /^\s+(?!(?:said|says|told|tells|added|adds|explained|insisted|admitted|conceded|replied|claimed|noted|warned|argued|wrote|writes|tweeted|joked|laughed|smiled|shrugged|recalled|confirmed|denied|declined)\b)\p{Ll}/u;

/** A body's common noun after a spokesperson noun ("a spokesperson for the company"). */
const BODY_NOUN_AFTER = /\b(?:for|of|at)\s+(?:the|its|their)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s*$/u;

/** A body's common noun, not kin's ("the family" speaks as people). */
const isBodyNoun = (w: string): boolean => isOrganisationNoun(w) && !KIN_COLLECTIVES.has(w);

/**
 * Whether a spokesperson phrase names the body it speaks for, in its words before a first comma (a
 * relative clause after it, "who won the Iowa caucuses", names none): a capitalised body after it
 * ("for Lumenta", "for the Treasury"), or a body's common noun after or before its head ("for the
 * company", "a council spokeswoman") when the spokesperson is not kept anonymous ("A police
 * spokesman, who was not authorised to speak, said").
 */
export function speaksForBody(phrase: string, ws: PWord[], index: number, after: string, facts: number, use: AfterUse | undefined): boolean {
  const firstPart = phrase.split(',', 1)[0];
  if ((facts >= 0 ? (facts & 2) === 2 : FOR_BODY_AFTER.test(after)) || CAPITALISED_BODY_AFTER.test(firstPart)) return true;
  const bodyAfter = BODY_NOUN_AFTER.exec(firstPart);
  const before = index >= 1 ? ws[index - 1] : null;
  const common = (bodyAfter !== null && isBodyNoun(bodyAfter[1])) ||
    (before !== null && before.text === before.lower && (isBodyNoun(before.lower) || isGuardBody(ws[index - 2]?.lower, before.lower)));
  return common && !isAnonymous(phrase, after, facts, use);
}

/** A capitalised body after a spokesperson noun, in the phrase ("a spokesman for the Treasury"; not a person by title: "a representative for Ms Castellane"). */
const CAPITALISED_BODY_AFTER = /\b(?:for|of|at)\s+(?:the\s+)?(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\b)\p{Lu}/u;

/** A body named right after a spokesperson noun ("… for the Treasury"). */
const FOR_BODY_AFTER = /^\s*(?:for|of|at)\s+(?:the\s+)?(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\b)\p{Lu}/u;

/**
 * All a reading takes from the text after its phrase: 1 if that text's first clause marks
 * anonymity, 2 if it opens with "for/of/at" and a capitalised body, 4 if a lower-case word other
 * than a verb of saying comes next; so readings can be remembered.
 */
export function afterFacts(after: string): number {
  return (ANONYMITY_CUE.test(firstClause(after)) ? 1 : 0) | (FOR_BODY_AFTER.test(after) ? 2 : 0) | (NOUN_NEXT.test(after) ? 4 : 0);
}

/** NOUN_NEXT of the text after a phrase, from its facts when known (else read, and noted in `use`). */
export function nounNext(after: string, facts: number, use: AfterUse | undefined): boolean {
  if (facts >= 0) return (facts & 4) !== 0;
  if (use) use.read = true;
  return NOUN_NEXT.test(after);
}

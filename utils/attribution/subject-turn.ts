/**
 * When a "he" or "she" leaves the current speaker for the person the story has just turned to:
 * that person opens the sentence (after at most a title) in or just before the pronoun's, and the
 * speaker's own claim is not about them. Split from coreference.ts, which asks it.
 */
import { NOT_NAME_WORDS, type Entity, type Mention } from './source-entity';
import { isAbbreviation } from './sentences';
import { ANONYMOUS_ROLE_NOUNS, GROUP_NOUNS, PERSON_ROLE_NOUNS, PERSON_TITLES, SPOKES_NOUNS } from './source-lexicon';
import { headNounGender, isKinNoun } from './name-gender';
import { headPattern } from './head-patterns';
import { PERSON_SHAPED } from './source-phrase';
import { FRONTED_PARTICIPLES } from './clause-start';

/** Whole quotations in double or single marks (a ’ followed by a letter is an apostrophe, "can’t", not a closing mark). */
const QUOTATIONS = /“[^”]*”|"[^"]*"|‘(?:[^’]|’(?=\p{L}))*’/gu;

/** "'s" right after a mention: the name modifies what follows. */
export const POSSESSIVE_AFTER = /^['’]s/u;

/** The noun after a possessive ("'s |victory ends"): whether it is a thing, not a person, a group or a spokesperson. */
function possessesThing(after: string): boolean {
  const noun = /^\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s+(?:is|was|has|had|ends|ended|will|would|comes|came|\p{Ll}+s)\b/u.exec(after);
  if (!noun) return false;
  const word = noun[1];
  return !PERSON_ROLE_NOUNS.has(word) && !SPOKES_NOUNS.has(word) && !GROUP_NOUNS.has(word) && !ANONYMOUS_ROLE_NOUNS.has(word) && !isKinNoun(word) && !/(?:er|or|ist|ian)s?$/u.test(word);
}

/** How far back the subject of the sentence before may be taken over the current speaker. */
const SUBJECT_TURN_DISTANCE = 300;
/** Prepositions of a fronted place or time ("In Millbridge,", "On Sunday,"); not "For X," or "According to X,", whose X is the one with the view. */
const PLACE_OR_TIME = 'In|On|At|After|Before|During|Since|Until|Outside|Inside|Near|Across|Around|Back in|Back on|Back at|Back home|Down the|Later|Earlier';
/** Fronted phrases that link to what came before rather than set a place or time ("In that sense,", "In fact,", "At the same time,"). */
const LINKING_PHRASE = String.raw`(?:In|At|On)\s+(?:that sense|this sense|other words|fact|addition|short|turn|particular|general|response|contrast|the end|the meantime|any case|the same time|least|most|first|last|the other hand|one hand)\s*,`;
/**
 * What may open a sentence before its subject's name: maybe a live blog's time stamp ("23:31 — "), a fronted place or time ("In
 * Millbridge,", "On the eve of the meetings,"; not "In that sense,") or participle ("Asked about
 * the reports,"), then up to four words of
 * title, or a role in apposition ending on a comma.
 */
const OPENING = String.raw`\s*(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:GMT|BST|CET|ET|PT|local)?\s*[-–—|:]\s+)?(?<front>(?!${LINKING_PHRASE})(?:${PLACE_OR_TIME}|${FRONTED_PARTICIPLES})\s[^,.;:!?"“”\n]{1,60},\s+)?(?<title>(?:[\p{L}\p{N}’'.&-]+\s+){0,4}|(?:[\p{L}\p{N}’'.&-]+\s+){0,5}[\p{L}’'-]+,\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2})$`;
/** A sentence's end (or a line break), the word before its dot (to tell an abbreviation), then the opening up to a mention. */
const SENTENCE_THEN = new RegExp(String.raw`(?:(?:^|[^\p{L}.])([\p{L}.]*)[.!?]["”’)]?\s|\n)` + OPENING, 'u');
/** The same at the start of the text (no word before a dot). */
const TEXT_THEN = new RegExp(String.raw`^()` + OPENING, 'u');
/** A passive right after a name, maybe after its age or apposition (", 24, was taken"). */
const PASSIVE_AFTER = /^(?:,[^,.;:!?]{1,40},)?\s+(?:was|were|has been|had been|is being|was being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\b/u;

/** An honorific right before a mention set in apposition to a lower-case role ("That musicologist, Dr. "; not "On Sunday, Mr. "), with its dot. */
const HONORIFIC_BEFORE = /(?<=(?:^|\s)\p{Ll}[\p{L}'’-]*,\s+)(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Rev|Sir|Dame|Lord|Lady)\.?\s+$/u;

/** How far before a mention its sentence's opening is looked for. */
const OPENING_REACH = 60;
/** Words of a title before a name that are neither capitalised nor role nouns ("former manager"). */
const TITLE_WORDS = new Set(['former', 'senior', 'deputy', 'acting', 'interim', 'then', 'vice', 'assistant', 'new', 'retired', 'local', 'veteran', 'longtime', 'lifelong', 'fellow', 'the', 'a', 'an']);

/** Nouns that set someone beside another, apposed to a name ("His Surinamese counterpart, Albert Ramdin"): a person's description, though no trade. */
const RELATION_HEADS: ReadonlySet<string> = new Set(['counterpart', 'successor', 'predecessor', 'rival', 'opponent', 'ally', 'replacement']);

/**
 * A title before a name: capitalised words and role nouns only ("Millbrook manager", "Club captain",
 * "retired engineer": a lower-case word shaped like a person's trade counts),
 * or nothing; or a role in apposition before the name, ending on a role noun ("The Union's climate
 * commissioner, Henrik Laugesen", "Its minister, Salote Fanua", "The third candidate, businesswoman Helen Tsai").
 */
function isTitle(words: string): boolean {
  const apposed = /^(.*\S),\s*((?:\p{Ll}[\p{Ll}-]*\s+){0,2})$/su.exec(words);
  if (apposed) {
    const written = apposed[1].split(/\s+/u).pop()!, head = written.toLowerCase();
    // (the name's own trade after the comma: "The third candidate, businesswoman Helen Tsai")
    const trade = apposed[2].trim();
    if (trade !== '' && !trade.split(/\s+/u).every((w) => PERSON_ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || PERSON_SHAPED.test(w))) return false;
    // (a lower-case word shaped like a trade too: "That musicologist,")
    return PERSON_ROLE_NOUNS.has(head) || PERSON_TITLES.has(head) || RELATION_HEADS.has(head) || (/^\p{Ll}+$/u.test(written) && PERSON_SHAPED.test(written));
  }
  return words.split(/\s+/u).every((w) => w === '' || /^\p{Lu}/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()) || PERSON_ROLE_NOUNS.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase()) ||
    (/^\p{Ll}+$/u.test(w) && PERSON_SHAPED.test(w)));
}

/** How far back a quotation's opening mark is looked for: far longer than any news paragraph. */
const QUOTATION_REACH = 4000;

/** Whether `at` lies inside a quotation opened earlier in its paragraph (a name a speaker said opens no sentence of the story). */
export function insideQuotation(text: string, at: number): boolean {
  // (read back no further than a long paragraph goes: a text of one endless line costs no more per call)
  const paragraph = text.slice(Math.max(text.lastIndexOf('\n', at - 1) + 1, at - QUOTATION_REACH), at);
  const curly = (paragraph.match(/“/gu) ?? []).length - (paragraph.match(/”/gu) ?? []).length;
  return curly > 0 || (paragraph.match(/"/gu) ?? []).length % 2 === 1;
}

/**
 * Whether `m` opens the sentence `pos` is in, or the one just before it, and is not a possessive
 * ("Vogelsang's side"): the person the story has turned to ("… Millbrook manager Stefan Vogelsang
 * cut a frustrated figure. “…,” he said."), whom a "he" means even though another has just spoken.
 */
export function opensSentenceBefore(text: string, m: Mention, pos: number): boolean {
  if (text === '' || pos - m.end > SUBJECT_TURN_DISTANCE || insideQuotation(text, m.start)) return false;
  // a possessive opens the story's turn to that person only before a thing of theirs ("Lindqvist's
  // victory", "Weidner's team"), not before another person ("Ruiz's lawyer", "her husband")
  if (POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 2)) && !possessesThing(text.slice(m.end + 2, m.end + 40))) return false;
  // the mention opens its sentence, after at most a few words of title ("Millbrook manager Stefan Vogelsang")
  // the window starts on a space, so no word is cut in two ("Sen." read as "en.", a sentence's end)
  const from = m.start <= OPENING_REACH ? 0 : Math.max(0, text.lastIndexOf(' ', m.start - OPENING_REACH));
  // (an honorific before the name is part of its title, and its dot ends no sentence: "That musicologist, Dr. Henrike …")
  const before = text.slice(from, m.start).replace(HONORIFIC_BEFORE, '');
  const opening = (from === 0 ? TEXT_THEN.exec(before) : null) ?? SENTENCE_THEN.exec(before);
  // a period after an abbreviation ("Sen. Arno Keel") ends no sentence
  if (!opening || (opening[1] && isAbbreviation(opening[1].toLowerCase())) || !isTitle(opening.groups!.title)) return false;
  // after a fronted place or time, the subject of a passive is what happened to someone ("After the
  // match, midfielder Carlos Ortega was taken to hospital"), not whom the story turned to for words
  if (opening.groups!.front !== undefined && PASSIVE_AFTER.test(text.slice(m.end, m.end + 60))) return false;
  // at most one sentence ends between the subject and the pronoun, quoted sentences aside, and
  // sentences that go on about someone as "he" or "she" ("Tervald has lost three finals. Asked
  // about it, she shook her head. “…,” she said.")
  const between = text.slice(m.end, pos).replace(QUOTATIONS, '"…"');
  const ends = [...between.matchAll(/[.!?]["”’]?\s/gu)];
  if (ends.length > 3) return false;
  for (let k = 1; k < ends.length; k++) {
    if (!/\b(?:he|she)\b/iu.test(between.slice(ends[k - 1].index, ends[k].index))) return false;
  }
  return true;
}

/** The third-person pronouns of the same person as a "he" or a "she". */
const SAME_PERSON_PRONOUNS: Record<string, RegExp> = { he: /\b(?:he|him|his)\b/iu, she: /\b(?:she|her|hers)\b/iu };

/**
 * Whether the speaker's own claim is about the person the story turned to ("Captain Jane Rowe
 * scored twice. ‘Jane was brilliant,’ she said." is the coach speaking): it names them or their
 * role, or its quotation speaks of a "he"/"she" like the pronoun itself. Then the turn is not taken.
 */
export function quoteIsAbout(quoted: string, word: string, e: Entity): boolean {
  if (quoted === '') return false;
  // a "he" inside the speaker's own quotation marks is someone else; in indirect speech it is usually the speaker
  const sameAs = SAME_PERSON_PRONOUNS[word];
  if (sameAs && (quoted.match(QUOTATIONS) ?? []).some((q) => sameAs.test(q))) return true;
  // (a name's words, not an unnamed one's capitalised article: "The" of "The farmer" is in every quotation)
  const names = e.name.split(/\s+/u).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()));
  // and the role the story gave them ("Referee John Mills … ‘The referee lost control,’ he said")
  const roles = e.description.toLowerCase().split(/[^\p{L}]+/u).filter((w) => PERSON_ROLE_NOUNS.has(w) || PERSON_TITLES.has(w));
  // the look-back's word patterns (whole word, case-blind), compiled once per word
  return [...names, ...roles].some((w) => headPattern(w).test(quoted));
}

/** A kin noun set before a name ("his mother, Loretta,"), whose gender the noun tells. */
const KIN_APPOSED_BEFORE = /\b(?:his|her|their)\s+(\p{Ll}+),\s+$/u;
/** A sentence's end (not a title's or an initial's stop). */
const SENTENCE_END_BETWEEN = /(?<!\b(?:Mr|Ms|Mrs|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|\p{Lu}))[.!?]["”’]?\s+["“]?\p{Lu}/u;
/** At most one sentence's end (ask it of the text with its quotations taken out); coreference.ts reads it too. */
export const ONE_SENTENCE_ON = /^[^.!?]*[.!?]?[^.!?]*$/u;

/**
 * "Dell hugged … his mother, Loretta, who had attended every hearing. "I never stopped believing,"
 * she said": a person the sentence before introduced by a kin noun of the pronoun's gender is whom the
 * story turned to, though only named in passing (in a sentence after the last speaker's, `speakerEnd`).
 */
export function introducedAsKin(text: string, m: Mention, pos: number, gender: 'm' | 'f' | null, speakerEnd: number): boolean {
  // (not one named inside the last speaker's own sentence: "Comey said that … Ms. Malik and her husband, Syed Rizwan Farook, … His remarks")
  if (text === '' || gender === null || pos - m.end > 400 || speakerEnd >= m.start || !SENTENCE_END_BETWEEN.test(text.slice(speakerEnd, m.start))) return false;
  const kin = KIN_APPOSED_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
  return kin !== undefined && isKinNoun(kin) && headNounGender(kin) === gender && ONE_SENTENCE_ON.test(text.slice(m.end, pos).replace(QUOTATIONS, ''));
}

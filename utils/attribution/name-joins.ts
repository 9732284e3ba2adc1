/**
 * Where a run of capitalised words goes on past a word that would end it: "and" inside a body's
 * name ("Office of Rail and Road"), a possessive before a body's head ("Farmers' Union"), a
 * campaign's "for" ("Parents for Safer Roads") and a body's "of the" ("the Office of the Information
 * Commissioner"). The grouping (source-name-groups.ts) asks these at each word.
 */
import type { Word } from './source-name-groups';
import { loweredNameGender } from './source-entity';
import { PERSON_ROLE_NOUNS } from './source-lexicon';
import { FRIENDS_OF_THE, ORG_HEADS } from './source-lexicon-bodies';
import { capitalised, onlySpaces } from './name-word-shape';

/** Whether the run of words opens right after "the " ("the Food and Allied …", "the Office of …"). */
const opensAfterThe = (text: string, cur: Word[]): boolean => /(?:^|[^\p{L}])[Tt]he $/u.test(text.slice(Math.max(0, cur[0].start - 4), cur[0].start));

/** Last words only a firm's name ends in: "Abbot and Finch Engineering" is one firm even without "the". */
const FIRM_NAME_ENDINGS = new Set(['engineering', 'associates', 'partners', 'solicitors', 'architects', 'consulting', 'consultants', 'ltd', 'ltd.', 'limited', 'inc', 'inc.', 'llc', 'llp', 'plc', 'sons', 'brothers']);

/** What a public body serves, paired by "and" in its name ("Dunholme Fire and Rescue Service", "Food and Drug Administration"): joined without "the" too. */
const PAIRED_SERVICES = new Set(['fire', 'rescue', 'food', 'drug', 'drugs', 'health', 'safety', 'arts', 'heritage', 'trade', 'industry', 'culture', 'sport', 'media',
  'environment', 'agriculture', 'fisheries', 'transport', 'housing', 'education', 'skills', 'customs', 'immigration', 'border', 'parks', 'wildlife', 'water', 'energy', 'science', 'technology']);

/** What a utility sells, paired by "and" in its name ("Pacific Gas and Electric", "Florida Power and Light"). */
const UTILITY_GOODS = new Set(['gas', 'electric', 'power', 'light', 'water']);

/** The longest run of capitalised words after a name's "and" that may still end in a body's head ("Allied Workers Federation"). */
const MAX_WORDS_AFTER_AND = 3;

/**
 * "Office of Rail and Road", "Department for Culture and Sport": "and" inside a body's name, after
 * its "of" or "for" (so "Ana Ruiz and Bo Lund" stay two names). Also "the Food and Allied Workers
 * Federation", "the Bill and Melinda Gates Foundation": after "the" and up to three words, when
 * the words after "and" end in a body's head; without "the" ("Trump and Republican Party
 * officials") the two stay apart unless what a public body serves comes before "and" ("Dunholme Fire
 * and Rescue Service"), or one word that is no given name comes before "and" and the
 * words after it end in a word only firms end in ("Abbot and Finch Engineering"; not "Dale Whitcombe and Harrow Consulting").
 * A utility's two goods are one name ("Pacific Gas and Electric").
 */
export function andJoin(text: string, cur: Word[], ws: Word[], k: number): boolean {
  const prev = cur[cur.length - 1], w = ws[k];
  if (!prev || w.start - prev.end !== 5 || text.slice(prev.end, w.start) !== ' and ') return false;
  if (cur.some((x) => x.lower === 'of' || x.lower === 'for') && cur.some((x) => ORG_HEADS.has(x.lower))) return true;
  if (UTILITY_GOODS.has(prev.lower) && UTILITY_GOODS.has(w.lower) && capitalised(w.text)) return true;
  const afterThe = opensAfterThe(text, cur);
  // a complete name before "and" ("Podesta Group Inc. and Mercury LLC", "the State Department and …") is one of two
  const lastBefore = prev.lower.replace(/\.$/u, '');
  if (cur.length > 3 || ORG_HEADS.has(lastBefore) || FIRM_NAME_ENDINGS.has(lastBefore)) return false;
  for (let j = k; j < ws.length && j < k + MAX_WORDS_AFTER_AND; j++) {
    if (j > k && !onlySpaces(text, ws[j - 1].end, ws[j].start)) return false;
    if (!capitalised(ws[j].text) || ws[j].possessive) return false;
    if (afterThe || PAIRED_SERVICES.has(lastBefore) ? ORG_HEADS.has(ws[j].lower) : FIRM_NAME_ENDINGS.has(ws[j].lower) && cur.length === 1 && loweredNameGender(cur[0].lower) === null) return true;
  }
  return false;
}

/** A body's head that is not also what a body serves ("Office", not "Media"): the list names another body. */
const otherBodyHead = (w: Word): boolean => ORG_HEADS.has(w.lower) && !PAIRED_SERVICES.has(w.lower);

/** The longest list a body's name runs over with commas ("Digital, Culture, Media and Sport"), in capitalised words. */
const MAX_LISTED_WORDS = 8;

/**
 * "Department for Environment, Food and Rural Affairs", "Ministry of Housing, Communities and Local
 * Government": a body's name listing what it serves, run on over a comma. Only after the body's
 * head and its "for"/"of", and only when the list goes on to "and" and a capitalised word with no
 * other body's head on the way ("the Department of Justice, the Home Office and …" stays apart).
 */
export function commaListJoin(text: string, cur: Word[], ws: Word[], k: number): boolean {
  const prev = cur[cur.length - 1];
  if (!prev || text.slice(prev.end, ws[k].start) !== ', ' || prev.possessive) return false;
  const of = cur.findIndex((x) => x.lower === 'of' || x.lower === 'for');
  if (of < 1 || !ORG_HEADS.has(cur[of - 1].lower) || cur.length - of > 3) return false;
  for (let j = k; j < ws.length && j < k + MAX_LISTED_WORDS; j++) {
    const w = ws[j];
    if (!capitalised(w.text) || w.possessive || otherBodyHead(w)) return false;
    const gap = j + 1 < ws.length ? text.slice(w.end, ws[j + 1].start) : '';
    if (gap === ' and ') return j + 1 < ws.length && capitalised(ws[j + 1].text) && !otherBodyHead(ws[j + 1]);
    if (gap !== ', ' && !onlySpaces(text, w.end, ws[j + 1]?.start ?? w.end)) return false;
  }
  return false;
}

/**
 * "Port Users' Association", "Farmers' Union", "St. Mary's Hospital", "the U.S. Attorney's Office":
 * a possessive inside a body's name, when a body's head word follows it (or, after "the", ends the
 * capitalised words after it: "the Alzheimer's Family Alliance").
 */
export function possessiveJoin(text: string, cur: Word[], ws: Word[], k: number): boolean {
  const prev = cur[cur.length - 1], w = ws[k];
  if (!prev || (text[prev.end] !== "'" && text[prev.end] !== '’')) return false;
  const markEnd = prev.end + (text[prev.end + 1] === 's' ? 2 : 1);
  if (!onlySpaces(text, markEnd, w.start)) return false;
  if (ORG_HEADS.has(w.lower)) return true;
  // "Alzheimer's Research UK", "Parkinson's Disease Society of America"… : a run that ends in a branch's country or region
  if (cur.length === 1 && runEndsInBranch(text, ws, k)) return true;
  // "The Alzheimer's Family Alliance": after "the", a run of capitalised words that ends in a body's head
  if (cur.length !== 1 || !opensAfterThe(text, cur)) return false;
  for (let j = k; j < ws.length && j < k + MAX_WORDS_AFTER_AND; j++) {
    if (!capitalised(ws[j].text) || ws[j].possessive || (j > k && !onlySpaces(text, ws[j - 1].end, ws[j].start))) return false;
    if (ORG_HEADS.has(ws[j].lower)) return true;
  }
  return false;
}

/** The country or region a charity's branch ends its name with ("Cancer Research UK", "Amnesty International USA"). */
const BRANCH_ENDINGS = new Set(['uk', 'usa', 'us', 'america', 'canada', 'australia', 'europe', 'international', 'ireland', 'scotland']);

/** Whether the capitalised words from `k` (two or more, no possessive among them) end in a branch's country or region. */
function runEndsInBranch(text: string, ws: Word[], k: number): boolean {
  let j = k;
  while (j + 1 < ws.length && j + 1 < k + MAX_WORDS_AFTER_AND && capitalised(ws[j + 1].text) && !ws[j].possessive && onlySpaces(text, ws[j].end, ws[j + 1].start)) j++;
  return j > k && capitalised(ws[k].text) && BRANCH_ENDINGS.has(ws[j].lower);
}

/** "Voices for Northvale Care", "Parents for Safer Roads": a campaign's name, a capitalised plural and "for". */
export function pluralBeforeFor(cur: Word[], w: Word): boolean {
  const last = cur[cur.length - 1].lower;
  // not people who act for someone ("Attorneys for Clinton", "Aides for the senator")
  return w.lower === 'for' && cur.length <= 2 && last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && !PERSON_ROLE_NOUNS.has(last.slice(0, -1));
}

/**
 * A body's name that runs on over "of the" to a capitalised word: "the" (or its nation's possessive:
 * "Canada's Office of the Privacy Commissioner"), then a name whose head is right before the "of"
 * ("the Office of the …"); not a person's surname that is a body's word ("Marta Bank of the Kelso Institute").
 */
export function ofTheInBodyName(text: string, cur: Word[], w: Word): boolean {
  const last = cur[cur.length - 1];
  return last !== undefined && last.lower === 'of' && !w.possessive && w.start - last.end === 5 && text.slice(last.end, w.start) === ' the ' &&
    ((ORG_HEADS.has(cur[cur.length - 2]?.lower ?? '') && (opensAfterThe(text, cur) || (cur.length === 3 && cur[0].possessive === true))) ||
      // (a charity's "Friends of the Earth", "Friends of the Fells")
      (cur.length === 2 && FRIENDS_OF_THE.test(text.slice(cur[0].start, w.end))));
}

/** The "the" right before a word (one space between), as a word of a name. */
export const theBefore = (w: Word): Word => ({ start: w.start - 4, end: w.start - 1, text: 'the', lower: 'the', possessive: false });


/**
 * One pass over the text that finds capitalised names ("Dmitry Peskov", "the Financial Times"),
 * decides person or body for each, and merges repeated mentions (a surname alone joins the full
 * name), so pronouns and surnames can later be resolved by looking back, not by rescanning.
 */
import {
  classifyName,
  isAcronym,
  isPersonTitle,
  loweredNameGender,
  nameKindType,
  titleGender,
  type Entity,
  type Mention,
  type NameKind,
} from './source-entity';
import { describeAfter, describeApposedBefore, describeBefore, previousWord } from './source-description';
import { isLexiconNoun } from './source-lexicon';
import { NAME_ADJECTIVES } from './source-lexicon-names';
import { capitalised, groups, words, type Group } from './source-name-groups';

/** Index of the text's name mentions, with surnames pointing at the full person. */
export interface NameIndex {
  mentions: Mention[];
  bySurname: Map<string, Entity>;
  byName: Map<string, Entity>;
}

/** Scans the text once and returns every name mention with its merged entity. */
export function indexNames(text: string): NameIndex {
  const gs = groups(text, words(text));
  const n = gs.length;
  const byName = new Map<string, Entity>();
  const bySurname = new Map<string, Entity>();
  // the word before each name, asked by both the kind and the description: found once
  const before: string[] = new Array<string>(n);
  const kinds: NameKind[] = new Array<NameKind>(n);
  // one-word names recur ("Ruiz", "Reuters"): each is classified once per text
  const known = new Map<string, NameKind>();
  for (let i = 0; i < n; i++) {
    before[i] = previousWord(text, gs[i].words[0].start);
    kinds[i] = kindInContext(text, gs[i], before[i], known);
  }
  // First the multi-word persons, so a later (or earlier) bare surname can join them.
  for (let i = 0; i < n; i++) {
    const g = gs[i];
    if ((kinds[i] !== 'person' && kinds[i] !== 'unknown') || g.words.length < 2 || g.words.length > 4) continue;
    const entity = entityFor(text, byName, g, 'person');
    const surname = g.words[g.words.length - 1].lower;
    if (!bySurname.has(surname)) bySurname.set(surname, entity);
  }
  // A firm's first word alone ("Nordvik" after "Nordvik Motors") stands for the firm.
  for (let i = 0; i < n; i++) {
    const ws = gs[i].words;
    if (kinds[i] !== 'organization' || ws.length !== 2 || !FIRM_ENDINGS.has(ws[1].lower)) continue;
    if (!bySurname.has(ws[0].lower)) bySurname.set(ws[0].lower, entityFor(text, byName, gs[i], 'organization'));
  }
  // A lone capitalised word seen only at sentence starts ("Eventually", "Critically") is no name.
  const starts: boolean[] = new Array<boolean>(n);
  const midSentence = new Set<string>();
  for (let i = 0; i < n; i++) {
    const first = gs[i].words[0];
    starts[i] = atSentenceStart(text, first.start);
    if (!starts[i] && gs[i].words.length === 1) midSentence.add(first.lower);
  }
  const mentions: Mention[] = [];
  for (let i = 0; i < n; i++) {
    const g = gs[i];
    const single = g.words.length === 1;
    const key = single ? g.words[0].lower : lowerName(g);
    if (starts[i] && single && kinds[i] === 'unknown' && !midSentence.has(key) && !bySurname.has(key)) continue;
    // "Republican", "Black", "Republican-led": an adjective of party or nation alone names no one.
    if (single && (NAME_ADJECTIVES.has(key) || (g.words[0].text.includes('-') && /-\p{Ll}+$/u.test(g.words[0].text)))) continue;
    mentions.push(nameMention(text, g, kinds[i], before[i], key, byName, bySurname));
  }
  return { mentions, bySurname, byName };
}

/** Last words of a firm's two-word name, whose first word alone then names it ("Nordvik Motors" -> "Nordvik"). */
const FIRM_ENDINGS = new Set(['motors', 'airlines', 'airways', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'group', 'holdings', 'industries', 'technologies', 'pharmaceuticals', 'energy', 'labs', 'plc', 'ltd', 'llc']);

/** The name's words lower-cased and joined by spaces: the text of the name, lower-cased. */
function lowerName(g: Group): string {
  let key = g.words[0].lower;
  for (let k = 1; k < g.words.length; k++) key += ' ' + g.words[k].lower;
  return key;
}

/** The mention of one name, its entity found or made, and what the mention says of it recorded. */
function nameMention(
  text: string, g: Group, kind: NameKind, wordBefore: string, key: string,
  byName: Map<string, Entity>, bySurname: Map<string, Entity>,
): Mention {
  // A bare surname, or its plural for a family ("the Ortegas"), joins the full name.
  const single = g.words.length === 1 ? bySurname.get(key) ?? (key.endsWith('s') ? bySurname.get(key.replace(/e?s$/u, '')) : undefined) : undefined;
  let entity: Entity;
  if (single) entity = single;
  else if (kind === 'unknown' && byName.get(key)) entity = byName.get(key)!;
  else {
    // Bodies keep the article the text gives them: "the Financial Times", as a reader says it.
    const article = kind === 'organization' && (wordBefore === 'the' || wordBefore === 'The') ? 'the ' : '';
    entity = entityFor(text, byName, g, kind === 'unknown' ? 'person' : kind, article);
  }
  // A title ("Mrs.", "Sen.") settles a name the article also used as a modifier ("the Ortega plan").
  if (g.titles.length > 0 && entity.type === 'named-organization') entity.type = 'named-person';
  const start = g.words[0].start;
  const end = g.words[g.words.length - 1].end;
  const description = fullDescription(text, g, start, end, entity.name, wordBefore);
  if (description.length > entity.description.length) entity.description = description;
  if (entity.gender === null) entity.gender = genderOf(g);
  if (entity.type === 'named-person' && (g.titles.length > 0 || description !== entity.name || loweredNameGender(g.words[0].lower) !== null)) entity.person = true;
  return { start, end, entity, name: true };
}

/** True when only spaces, quotes or brackets separate `pos` from a sentence end or the text start. */
function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && ' \u00a0"“‘\'([—–-'.includes(text[i])) i--;
  return i < 0 || '.!?\n:;”’'.includes(text[i]);
}

/**
 * The name as written: its words with single spaces, and the mark of "Users' Association" kept;
 * `lowered`: the same lower-cased, built from the words' lower case (no new lower-casing).
 */
/** What joins two words of a name as written: a space, the "and" of "Office of Rail and Road", the hyphen of "al-Ansari". */
function joinerBefore(text: string, end: number, next: number): string {
  if (next - end === 5 && text.startsWith(' and ', end)) return ' and ';
  return next - end === 1 && text.charCodeAt(end) === 45 ? '-' : ' ';
}

function nameText(text: string, g: Group, lowered = false): string {
  const ws = g.words;
  let out = lowered ? ws[0].lower : ws[0].text;
  for (let i = 0; i < ws.length; i++) {
    // "Office of Rail and Road": the "and" a body's name was joined over (source-name-groups.ts) is kept
    if (i > 0) out += joinerBefore(text, ws[i - 1].end, ws[i].start) + (lowered ? ws[i].lower : ws[i].text);
    const mark = text.charCodeAt(ws[i].end);
    if (i + 1 < ws.length && !ws[i].possessive && (mark === 39 || mark === 0x2019)) out += text[ws[i].end];
  }
  return out;
}

function entityFor(text: string, byName: Map<string, Entity>, g: Group, kind: NameKind, article = ''): Entity {
  // the key leaves out the article; a name's own words start with a capital, never "the "
  const key = nameText(text, g, true);
  const known = byName.get(key);
  if (known) return known;
  const name = article + nameText(text, g);
  const type = nameKindType(kind);
  const entity: Entity = { name, description: name, type, plural: kind === 'group', gender: null, person: false };
  byName.set(key, entity);
  return entity;
}

function genderOf(g: Group): 'm' | 'f' | null {
  for (const t of g.titles) {
    const gender = titleGender(t);
    if (gender) return gender;
  }
  return g.words.length > 1 ? loweredNameGender(g.words[0].lower) : null;
}

const NEXT_WORD = /\s+(\p{Ll}+)/uy;
/** True when the next word is a common noun the name modifies ("the Ortega campaign"). */
function nextIsLexiconNoun(text: string, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const m = NEXT_WORD.exec(text);
  return m !== null && isLexiconNoun(m[1]);
}

/** Person or body, using the words around the name when the name itself does not tell. */
function kindInContext(text: string, g: Group, prev: string, known: Map<string, NameKind>): NameKind {
  let kind = g.words.length === 1 ? known.get(g.words[0].text) : undefined;
  if (kind === undefined) {
    kind = classifyName(g.words);
    if (g.words.length === 1) known.set(g.words[0].text, kind);
  }
  if (kind !== 'unknown' && kind !== 'person') return kind;
  if (g.titles.length > 0) return 'person';
  const end = g.words[g.words.length - 1].end;
  // "the Kremlin", "The Lantern Review" are bodies; in "the Ortega campaign" the name only modifies.
  if ((prev === 'the' || prev === 'The') && !isAcronym(g.words[0].text) && !nextIsLexiconNoun(text, end)) return 'organization';
  if (text[end] === ',') {
    const after = text.slice(end, end + 12);
    if (/^,\s+which\b/u.test(after)) return 'organization';
    if (/^,\s+who\b/u.test(after)) return 'person';
  }
  if (prev && isPersonTitle(prev) && !capitalised(prev)) return 'person';
  return kind;
}

function fullDescription(text: string, g: Group, start: number, end: number, name: string, wordBefore: string): string {
  const titles = g.titles.join(' ');
  const titled = titles ? `${titles} ${name}` : '';
  const before = describeBefore(text, start, wordBefore);
  // the title chain read before the name already holds the name's own titles ("Dr." of "Dr. Ines Varga")
  const pre = before ? (titles && before.endsWith(titles) ? `${before} ${name}` : `${before} ${titled || name}`) : titled;
  const after = describeAfter(text, end);
  if (after) return `${name}, ${after}`;
  const appositionBefore = describeApposedBefore(text, start - (titles ? titles.length + 1 : 0), end);
  if (appositionBefore) return `${name}, ${appositionBefore}`;
  return pre || name;
}

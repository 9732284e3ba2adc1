/**
 * One pass over the text that finds capitalised names ("Dmitry Peskov", "the Financial Times"),
 * decides person or body for each, and merges repeated mentions (a surname alone joins the full
 * name), so pronouns and surnames can later be resolved by looking back, not by rescanning.
 */
import {
  classifyNameWords,
  givenNameGender,
  isAcronym,
  isPersonTitle,
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
  const byName = new Map<string, Entity>();
  const bySurname = new Map<string, Entity>();
  const kinds: NameKind[] = gs.map((g) => kindInContext(text, g));
  // First the multi-word persons, so a later (or earlier) bare surname can join them.
  gs.forEach((g, i) => {
    if ((kinds[i] !== 'person' && kinds[i] !== 'unknown') || g.words.length < 2 || g.words.length > 4) return;
    const entity = entityFor(text, byName, g, 'person');
    const surname = g.words[g.words.length - 1].lower;
    if (!bySurname.has(surname)) bySurname.set(surname, entity);
  });
  // A lone capitalised word seen only at sentence starts ("Eventually", "Critically") is no name.
  const starts = gs.map((g) => atSentenceStart(text, g.words[0].start));
  const midSentence = new Set<string>();
  gs.forEach((g, i) => {
    if (!starts[i] && g.words.length === 1) midSentence.add(g.words[0].lower);
  });
  const mentions: Mention[] = [];
  gs.forEach((g, i) => {
    const key = g.words.map((w) => w.text).join(' ').toLowerCase();
    if (starts[i] && g.words.length === 1 && kinds[i] === 'unknown' && !midSentence.has(key) && !bySurname.has(key)) return;
    // "Republican", "Black", "Republican-led": an adjective of party or nation alone names no one.
    if (g.words.length === 1 && (NAME_ADJECTIVES.has(key) || /-\p{Ll}+$/u.test(g.words[0].text))) return;
    // A bare surname, or its plural for a family ("the Ortegas"), joins the full name.
    const single = g.words.length === 1 ? bySurname.get(key) ?? bySurname.get(key.replace(/e?s$/u, '')) : undefined;
    let entity: Entity;
    if (single) entity = single;
    else if (kinds[i] === 'unknown' && byName.get(key)) entity = byName.get(key)!;
    else {
      // Bodies keep the article the text gives them: "the Financial Times", as a reader says it.
      const before = kinds[i] === 'organization' ? previousWord(text, g.words[0].start) : '';
      const article = before === 'the' || before === 'The' ? 'the ' : '';
      entity = entityFor(text, byName, g, kinds[i] === 'unknown' ? 'person' : kinds[i], article);
    }
    // A title ("Mrs.", "Sen.") settles a name the article also used as a modifier ("the Ortega plan").
    if (g.titles.length > 0 && entity.type === 'named-organization') entity.type = 'named-person';
    const start = g.words[0].start;
    const end = g.words[g.words.length - 1].end;
    const description = fullDescription(text, g, start, end, entity.name);
    if (description.length > entity.description.length) entity.description = description;
    if (entity.gender === null) entity.gender = genderOf(g);
    if (entity.type === 'named-person' && (g.titles.length > 0 || description !== entity.name || givenNameGender(g.words[0].text) !== null)) entity.person = true;
    mentions.push({ start, end, entity, name: true });
  });
  return { mentions, bySurname, byName };
}

/** True when only spaces, quotes or brackets separate `pos` from a sentence end or the text start. */
function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && ' \u00a0"“‘\'([—–-'.includes(text[i])) i--;
  return i < 0 || '.!?\n:;”’'.includes(text[i]);
}

/** The name as written: its words with single spaces, and the mark of "Users' Association" kept. */
function nameText(text: string, g: Group): string {
  return g.words.map((w, i) => (i + 1 < g.words.length && !w.possessive && /^['’]/u.test(text[w.end]) ? `${w.text}${text[w.end]}` : w.text)).join(' ');
}

function entityFor(text: string, byName: Map<string, Entity>, g: Group, kind: NameKind, article = ''): Entity {
  const name = article + nameText(text, g);
  const key = name.replace(/^the /u, '').toLowerCase();
  const known = byName.get(key);
  if (known) return known;
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
  return g.words.length > 1 ? givenNameGender(g.words[0].text) : null;
}

const NEXT_WORD = /\s+(\p{Ll}+)/uy;
/** True when the next word is a common noun the name modifies ("the Ortega campaign"). */
function nextIsLexiconNoun(text: string, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const m = NEXT_WORD.exec(text);
  return m !== null && isLexiconNoun(m[1]);
}

/** Person or body, using the words around the name when the name itself does not tell. */
function kindInContext(text: string, g: Group): NameKind {
  const kind = classifyNameWords(g.words.map((w) => w.text));
  if (kind !== 'unknown' && kind !== 'person') return kind;
  if (g.titles.length > 0) return 'person';
  const start = g.words[0].start;
  const end = g.words[g.words.length - 1].end;
  const prev = previousWord(text, start);
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

function fullDescription(text: string, g: Group, start: number, end: number, name: string): string {
  const titles = g.titles.join(' ');
  const titled = titles ? `${titles} ${name}` : '';
  const before = describeBefore(text, start);
  // the title chain read before the name already holds the name's own titles ("Dr." of "Dr. Ines Varga")
  const pre = before ? (titles && before.endsWith(titles) ? `${before} ${name}` : `${before} ${titled || name}`) : titled;
  const after = describeAfter(text, end);
  if (after) return `${name}, ${after}`;
  const appositionBefore = describeApposedBefore(text, start - (titles ? titles.length + 1 : 0), end);
  if (appositionBefore) return `${name}, ${appositionBefore}`;
  return pre || name;
}

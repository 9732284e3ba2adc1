/**
 * Finds the entity a name was already given: the same words, a firm's name without its legal
 * ending, a person's without the middle name, a body's shorter or head-only name. Apart from
 * what a mention records (source-name-entities.ts), so the look-up rules read on their own.
 */
import { nameKindType, newEntity, type Entity, type NameKind } from './source-entity';
import type { Group } from './source-name-groups';
import { ORG_HEADS } from './source-lexicon-bodies';
import { COUNTRY_NAMES, NEWSPAPER_NAME_WORDS } from './source-lexicon-names';

/** What joins two words of a name as written: a space, the "and" of "Office of Rail and Road", the comma of "Environment, Food and Rural Affairs", the hyphen of "al-Ansari". */
function joinerBefore(text: string, end: number, next: number): string {
  if (next - end === 5 && text.startsWith(' and ', end)) return ' and ';
  if (next - end === 2 && text.startsWith(', ', end)) return ', ';
  return next - end === 1 && text.charCodeAt(end) === 45 ? '-' : ' ';
}

/**
 * The name as written: its words with single spaces, and the mark of "Users' Association" or "St. Mary's Hospital" kept;
 * `lowered`: the same lower-cased, built from the words' lower case (no new lower-casing).
 */
function nameText(text: string, g: Group, lowered = false): string {
  const ws = g.words;
  let out = lowered ? ws[0].lower : ws[0].text;
  for (let i = 0; i < ws.length; i++) {
    // "Office of Rail and Road": the "and" a body's name was joined over (source-name-groups.ts) is kept
    if (i > 0) out += joinerBefore(text, ws[i - 1].end, ws[i].start) + (lowered ? ws[i].lower : ws[i].text);
    const mark = text.charCodeAt(ws[i].end);
    // "Users' Association" and "St. Mary's Hospital": a possessive inside a body's name keeps its mark
    if (i + 1 < ws.length && (mark === 39 || mark === 0x2019)) out += ws[i].possessive && text[ws[i].end + 1] === 's' ? text.slice(ws[i].end, ws[i].end + 2) : text[ws[i].end];
  }
  return out;
}

/** The entity a name stands for: the one already made for the same words, or a new one of `kind`. */
export function entityFor(text: string, byName: Map<string, Entity>, g: Group, kind: NameKind, article = '', owner = ''): Entity {
  // the key leaves out the article; a name's own words start with a capital, never "the "
  // (a nation's body keeps its nation: "Russia's Defense Ministry" is not "Britain's Defense Ministry")
  const key = (owner ? owner.toLowerCase() : '') + nameText(text, g, true);
  const known = byName.get(key) ?? (article !== '' && kind === 'organization' && (g.words.length >= 2 || (ORG_HEADS.has(key) && key !== 'house')) ? fullerBody(byName, key) : undefined) ??
    (kind === 'person' && g.words.length === 3 ? withoutMiddleName(byName, g) : undefined) ??
    (kind === 'organization' && g.words.length >= 2 ? withLegalEnding(byName, key) : undefined);
  if (known) return known;
  const name = (owner || article) + nameText(text, g);
  const type = nameKindType(kind);
  const entity = newEntity(name, name, type, kind === 'group');
  byName.set(key, entity);
  return entity;
}

/** Generic last words of a firm's name, which later mentions drop ("Northern Harbours Group" -> "Northern Harbours"). */
const LEGAL_ENDINGS: ReadonlySet<string> = new Set(['group', 'holdings', 'plc', 'inc', 'inc.', 'ltd', 'llc', 'corp', 'corp.', 'corporation', 'limited', 'llp', 'ag', 'se', 'nv', 'gmbh', 'spa']);

/** The body named before with this name and a generic ending after it. */
function withLegalEnding(byName: Map<string, Entity>, key: string): Entity | undefined {
  for (const ending of LEGAL_ENDINGS) {
    const known = byName.get(`${key} ${ending}`);
    if (known?.type === 'named-organization') return known;
  }
  return undefined;
}

/** "Margaret Anne Ellery" after "Margaret Ellery": a person named again with a middle name is the one named without it. */
function withoutMiddleName(byName: Map<string, Entity>, g: Group): Entity | undefined {
  const known = byName.get(`${g.words[0].lower} ${g.words[2].lower}`);
  return known?.type === 'named-person' ? known : undefined;
}

/**
 * The one body named before whose name ends with this shorter one ("the Water Board" after "the
 * Tamsin Valley Water Board", "The Agency" after "the Consumer Product Safety Agency"): news names a
 * body in full once, then by its last words or its head alone (not "the House", which is no
 * "White House"). Undefined
 * when none or more than one does ("the Foreign Ministry" after two nations' ministries).
 */
function fullerBody(byName: Map<string, Entity>, key: string): Entity | undefined {
  const ending = ' ' + key;
  let found: Entity | undefined;
  for (const [k, e] of byName) {
    if (e.type !== 'named-organization' || !k.endsWith(ending)) continue;
    // "the Ohio Supreme Court", "the Texas Senate": a place before the name makes it another body
    // (not a paper's: "the Times" is "the New York Times")
    if (!NEWSPAPER_NAME_WORDS.has(e.name.slice(e.name.lastIndexOf(' ') + 1)) && namesPlace(k.slice(0, k.length - ending.length))) continue;
    if (found !== undefined && found !== e) return undefined;
    found = e;
  }
  return found;
}

/**
 * The one body named before by this head and "of" ("the Diocese" after "the Diocese of Westmere",
 * "the Ministry" after "the Ministry of Health"): such a body is named again by its head alone.
 * Undefined when none or more than one is ("the Department" after two departments).
 */
export function bodyNamedByHead(byName: Map<string, Entity>, key: string): Entity | undefined {
  if (!ORG_HEADS.has(key)) return undefined;
  const opening = key + ' of ';
  let found: Entity | undefined;
  for (const [k, e] of byName) {
    if (e.type !== 'named-organization' || !k.startsWith(opening)) continue;
    if (found !== undefined && found !== e) return undefined;
    found = e;
  }
  return found;
}

/** Whether the words before a shorter name ("ohio", "the new york") name a country, state or city. */
function namesPlace(prefix: string): boolean {
  const words = prefix.replace(/^the\s+/u, '').split(' ');
  for (let i = 0; i < words.length; i++) {
    if (COUNTRY_NAMES.has(words[i]) || (i + 1 < words.length && COUNTRY_NAMES.has(`${words[i]}_${words[i + 1]}`))) return true;
  }
  return false;
}

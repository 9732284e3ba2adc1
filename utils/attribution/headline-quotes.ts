/**
 * Headlines that quote: "'I wanted to build something that lasts': Ruth Amankwah on bridges" and
 * "Lund: 'We will not back down'". The colon stands for "says"; the taggers, reading sentences
 * with verbs, find neither. A short paragraph of that shape gives the quotation to the name, with
 * the colon as the cue.
 */
import { spanCoverage } from './span-coverage';
import { readSpeakerTail } from './headline-speaker-tail';
import { headlineLine, MAX_HEADLINE } from './headline-case';
import { isColonLabel } from './colon-labels';
import { COUNTRY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './source-lexicon-names';
import { PERSON_ROLE_NOUNS, PERSON_TITLES } from './source-lexicon';
import type { AttributionSpans, Span } from './types';

/** How soon after "Lund: '…'" the story must name Lund again (it does in its first paragraphs). */
const NAMED_AGAIN_WITHIN = 3000;
/**
 * A quotation, its colon, then a person's name of two to four capitalised words, maybe after their
 * role ("'…': Olympic champion Amara Nwosu on …"), and whatever follows ("'…': Ruth Amankwah on bridges"). One word after the colon is more often a subject than
 * a speaker ("'Partygate': Johnson faces …", "'Chaos': Trains cancelled").
 */
const QUOTE_THEN_NAME = /^(["“‘'])([^"“”‘’]{3,}?)(["”’'])\s*(:)\s+((?:(?:\p{Lu}[\p{L}'’-]*\s+)?(\p{Ll}[\p{Ll}-]{2,})\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)(?=\s+\p{Ll}|\s*$)/u;
/** A role's noun by its ending, before a name in a headline ("Olympic champion", "Nobel laureate", "Oscar winner"). */
const ROLE_BEFORE_NAME = /(?:er|or|ist|ian|ant|ent|champion|laureate)$/u;
/** A quotation is a saying of at least four words: fewer is a title, a term or a scare quote ("'The Salt Path'", "'Net zero'"). */
const MIN_QUOTE_WORDS = 4;
/** Words that open a name but make it no one's ("The", "A"): "“Net zero”: The point at which …". */
const NOT_NAME_START = /^(?:The|A|An|This|That|These|Those|Its|Their|Our|How|Why|What|When|Where|Who)\s/u;
/** A name (one to four capitalised words), its colon, then a quotation to the end of the line. */
const NAME_THEN_QUOTE = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s*(:)\s+(["“‘'][^"“”‘’]{3,}["”’']?)\s*$/u;
/** A name, its colon, then a claim in words (no quotation) to the end of the line: "Pat Caddell: Democrat Voters Worried About …". */
const NAME_THEN_CLAIM = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s*(:)\s+(\p{Lu}[^:]*?)[.\s]*$/u;
/** A role, its colon, then a claim in words to the end of the line: "Harbourne's agent: Turin move is close", "Minister: talks will resume". */
const ROLE_THEN_CLAIM = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(?:\p{Ll}[\p{Ll}-]*\s+){0,2}[\p{L}-]+)\s*(:)\s+(\p{L}[^:]*?)[.\s]*$/u;
/** A word that makes a headline's words a statement someone made: a modal, a form of "be" or "have" (a contracted "it’s" too), a negation, "I" or "we". */
const STATEMENT_VERB = /(?<![\p{L}])(?:Is|Are|Was|Were|Will|Won['’]t|Would|Must|Should|Can|Can['’]t|Cannot|Could|Might|Has|Have|Had|Not|Never|Does|Do|Did|Doesn['’]t|Don['’]t|Didn['’]t|Isn['’]t|Aren['’]t|Wasn['’]t|I|We|I['’]m|We['’]re|My|Our|(?:It|That|There|Here|He|She|What)['’]s|(?:They|You)['’]re)(?![\p{L}])/iu;
/** A profile's title, not a claim: "Mayor Who Has Never Lost An Election". */
const PROFILE_TITLE = /^(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Who|Whose|That)\s/u;
/** Marks matched to their openers, so "'…': Name" does not end at an apostrophe. */
const CLOSES: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

/** Words in a phrase. */
const words = (phrase: string): number => phrase.trim().split(/\s+/u).length;

/** A name as a regular expression that matches it literally. */
const literally = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The story's first stretch after the headline, where it names the speaker again if it ever does. */
const storyStart = (text: string, from: number): string => text.slice(from, from + NAMED_AGAIN_WITHIN);

/** Whether the story names the person in full soon after: a capitalised given name (or more) before the name, as a whole word. */
function namedInFullLater(text: string, from: number, name: string): boolean {
  return new RegExp(`\\p{Lu}[\\p{Ll}'’-]+\\s+${literally(name)}(?![\\p{L}])`, 'u').test(storyStart(text, from));
}

/** The headline reading of one short paragraph, or null. */
function readHeadline(text: string, at: number, line: string): AttributionSpans | null {
  const q = QUOTE_THEN_NAME.exec(line);
  // (a lower-case word before the name must be a role, "Olympic champion", never a verb: "Teachers urge Education Secretary …")
  if (q && CLOSES[q[1]] === q[3] && words(q[2]) >= MIN_QUOTE_WORDS && !NOT_NAME_START.test(q[5] + ' ') && (q[6] === undefined || ROLE_BEFORE_NAME.test(q[6]) || PERSON_ROLE_NOUNS.has(q[6]))) {
    const quoteEnd = q[1].length + q[2].length + q[3].length;
    const colon = line.indexOf(':', quoteEnd);
    const nameStart = line.indexOf(q[5], colon);
    return { source: { start: at + nameStart, end: at + nameStart + q[5].length }, cue: { start: at + colon, end: at + colon + 1 }, content: [{ start: at, end: at + quoteEnd }] };
  }
  const n = NAME_THEN_QUOTE.exec(line);
  // the name must be a person the story goes on to name in full ("Lund: …" then "Mayor Ana Lund
  // said"), never a label ("Update:", "Pictured:", "Hull:" as a dateline)
  if (n && words(n[3]) >= MIN_QUOTE_WORDS && !isColonLabel(n[1].slice(n[1].lastIndexOf(' ') + 1)) && namedInFullLater(text, at + line.length, n[1])) {
    const colon = n[1].length + line.slice(n[1].length).indexOf(':');
    const quoteStart = line.indexOf(n[3], colon);
    return { source: { start: at, end: at + n[1].length }, cue: { start: at + colon, end: at + colon + 1 }, content: [{ start: at + quoteStart, end: at + quoteStart + n[3].length }] };
  }
  // a headline's unquoted claim, only on the text's first line: the name must be said again in the
  // story, in full (two or more words) or after a given name ("Pence: …" then "Mike Pence said")
  // and the words must say something: a statement's verb (a modal, "is", a negation), not a topic
  // ("Wall Street: Stocks Slide …", "Jimmy Carter: A Life In Pictures")
  // (or a role the speaker is known by, which the story need not repeat: "Harbourne's agent: Turin move is close")
  const c = at === 0 ? NAME_THEN_CLAIM.exec(line) ?? ROLE_THEN_CLAIM.exec(line) : null;
  const byRole = c !== null && PERSON_ROLE_NOUNS.has(c[1].slice(c[1].lastIndexOf(' ') + 1).toLowerCase());
  if (c && words(c[3]) >= MIN_QUOTE_WORDS && STATEMENT_VERB.test(c[3]) && !PROFILE_TITLE.test(c[3]) && !NOT_NAME_START.test(c[3] + ' ') && !NOT_NAME_START.test(c[1] + ' ') &&
    !isColonLabel(c[1].slice(c[1].lastIndexOf(' ') + 1)) && (byRole || namedAgain(text, line.length, c[1]))) {
    const colon = c[1].length + line.slice(c[1].length).indexOf(':');
    const claimStart = line.indexOf(c[3], colon);
    return { source: { start: 0, end: c[1].length }, cue: { start: colon, end: colon + 1 }, content: [{ start: claimStart, end: claimStart + c[3].length }] };
  }
  return null;
}

/** Whether the story names a headline's speaker again: a name of two or more words as it stands, any name after a given name. */
function namedAgain(text: string, from: number, name: string): boolean {
  if (words(name) >= 2 && new RegExp(`(?<![\\p{L}])${literally(name)}(?![\\p{L}])`, 'u').test(storyStart(text, from))) return true;
  // one word: a person's surname the story gives after a given name or a title ("Mike Pence", "Gov. Pence"),
  // never a country, a topic after "The", or a firm after a descriptor ("Planemaker Boeing")
  if (COUNTRY_NAMES.has(name.toLowerCase())) return false;
  for (const m of storyStart(text, from).matchAll(new RegExp(`(\\p{Lu}[\\p{L}'’-]*\\.?)\\s+${literally(name)}(?![\\p{L}])`, 'gu'))) {
    const before = m[1].replace(/\.$/u, '').toLowerCase();
    if (FEMALE_GIVEN_NAMES.has(before) || MALE_GIVEN_NAMES.has(before) || PERSON_TITLES.has(before)) return true;
  }
  return false;
}

/**
 * Each line of the text no longer than a headline (trailing spaces dropped) with where it starts:
 * a longer line is stepped over without making its string (a text of one long line costs no copy).
 */
function* shortLines(text: string): Generator<{ index: number; line: string }> {
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    let trimmed = end;
    while (trimmed > start && trimmed - start > MAX_HEADLINE && /\s/u.test(text[trimmed - 1])) trimmed--;
    if (end > start && trimmed - start <= MAX_HEADLINE) yield { index: start, line: text.slice(start, end).trimEnd() };
    start = end + 1;
  }
}

/** Readings for headline quotations no reading holds, one per short paragraph of that shape. */
export function findHeadlineQuotes(text: string, found: readonly AttributionSpans[]): AttributionSpans[] {
  const out: AttributionSpans[] = [];
  const held = spanCoverage(found.flatMap((f) => f.content));
  // a colon another reading already uses as its cue, or a quotation it reads as its source, is taken
  const taken = spanCoverage(found.flatMap((f) => [f.cue, f.source]).filter((s): s is Span => s !== null));
  const used = (r: AttributionSpans) => taken(r.content[0]) || (r.cue !== null && taken(r.cue));
  const firstLine = headlineLine(text).start;
  for (const m of shortLines(text)) {
    const line = m.line;
    // the text's first line may put its speaker last ("…, Thornbury Bank Admits"); else a colon's shapes
    // (the first line with words: a byte-order mark or blank lines may come before it)
    const tail = m.index === firstLine ? readSpeakerTail(m.index, line) : null;
    if (tail !== null && !held(tail.content[0]) && !used(tail)) { out.push(tail); continue; }
    if (!/:/u.test(line)) continue;
    const reading = readHeadline(text, m.index, line);
    // an unquoted headline claim may hold a reading of its own ("Caddell: Voters Worried About …"): only its colon must be free
    const nested = reading !== null && m.index === 0 && !/^["“‘']/u.test(text.slice(reading.content[0].start, reading.content[0].end));
    if (reading && (nested ? !taken(reading.cue!) : !held(reading.content[0]) && !used(reading))) out.push(reading);
  }
  return out;
}

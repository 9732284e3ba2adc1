/**
 * Where a clause may start, for rules that read a noun phrase back from a comma to the start of
 * its clause ("The researchers, who …", "the city's finance director, Alan Kim,"). One definition,
 * so the rules agree on what opens a clause.
 */

/**
 * Regular-expression alternatives (no group) for the point a clause starts: the text's start, a
 * sentence end (an optional closing quote, then space), or a line break. Rules add their own.
 */
export const CLAUSE_START = String.raw`^|[.!?]["”’]?\s+|\n`;

/** Prepositions that open a fronted phrase before a sentence's main clause ("According to X, …", "Unlike X, …"). */
const FRONTED_PREPOSITIONS = 'According to|Thanks to|As for|Apart from|Instead of|Along with|Like|Unlike|For|To|After|Before|Despite|Under|With|Without|Besides|Beyond|Against|Among|Since|Until|During|In|On|At|From|By|Per';

/**
 * The text up to `end`, at most `reach` characters of it, for a pattern anchored at a clause start:
 * a window cut mid-sentence gets an "x" in front, so `^` cannot pass there for the text's start.
 * An index in `window` is `offset` plus that index in the text.
 */
export function windowBefore(text: string, end: number, reach: number): { window: string; offset: number } {
  const from = Math.max(0, end - reach);
  return from === 0 ? { window: text.slice(0, end), offset: 0 } : { window: `x${text.slice(from, end)}`, offset: from - 1 };
}

/** What opens a sentence's fronted phrase: a clause start or a dateline's dash, maybe a quote mark and a conjunction. */
const FRONT_OPENING = String.raw`(?:${CLAUSE_START}|\s[—–]\s+)["“]?(?:(?:But|And|Yet|So)\s+)?`;
/** The fronted phrase's words after its first, up to its comma. */
const FRONT_BODY = String.raw`\s[^,.;:!?"“”\n]{1,80}`;

/**
 * A sentence opening with a preposition up to a position: its noun phrase, and at most one name
 * set beside it ("According to the finance director, Alan Kim"). A dash closes a dateline.
 */
const FRONTED_PHRASE = new RegExp(String.raw`${FRONT_OPENING}(?:${FRONTED_PREPOSITIONS})${FRONT_BODY}(?:,\s+\p{Lu}[^,.;:!?"“”\n]{0,40})?$`, 'u');

/**
 * Participles that open a fronted phrase the same way ("Speaking in Lisbon, the prime minister said";
 * "Asked about Ruiz, the spokesman said"): a list, as a capitalised word in -ing also opens names
 * and nouns ("Sterling Johnson", "Reading Borough Council", "Mining company Orvex").
 */
export const FRONTED_PARTICIPLES = String.raw`(?:Speak|Writ|Talk|Visit|Address|Respond|Comment|Appear|Testify|Campaign|Tour|Brief|React|Repl|Explain|Arriv|Meet|Discuss|Call|Cit|Return|Report|Announc|Reflect|Look|Stand|Sitt|Walk|Open|Clos|Present|Launch|Unveil|Defend|Accept|Receiv|Represent|Act)ing|Asked|Pressed|Questioned|Interviewed|Challenged|Reached`;

/** A sentence opening with a participle phrase up to a position ("Speaking to reporters in Lisbon"): FRONTED_PHRASE for participles. */
const FRONTED_PARTICIPLE_PHRASE = new RegExp(String.raw`${FRONT_OPENING}(?:${FRONTED_PARTICIPLES})${FRONT_BODY}$`, 'u');

/** A sentence that opens with a fronted phrase and has just reached its main clause (the phrase's comma, then space). */
const FRONTED_THEN_CLAUSE = new RegExp(String.raw`(?:${CLAUSE_START})["“]?(?:(?:But|And|Yet|So)\s+)?(?:${FRONTED_PREPOSITIONS}|${FRONTED_PARTICIPLES})${FRONT_BODY},\s+$`, 'u');

/** How far back a fronted phrase is looked for. */
const FRONT_REACH = 140;

/**
 * Where the fronted phrase starts whose main clause opens at `pos` ("Asked about Ruiz, |the
 * spokesman said"), else -1: the names inside it are the phrase's, not the main clause subject's.
 */
export function frontedPhraseBefore(text: string, pos: number): number {
  const { window, offset } = windowBefore(text, pos, 120);
  const m = FRONTED_THEN_CLAUSE.exec(window);
  if (!m) return -1;
  // the match may start with the sentence end before the phrase: the phrase starts after it
  const opener = /^(?:[.!?]["”’]?\s+|\n)/u.exec(m[0]);
  return offset + m.index + (opener ? opener[0].length : 0);
}

/**
 * True when `end` closes a noun phrase inside a fronted participle phrase ("Speaking to reporters
 * in Lisbon|, the prime minister said"): what follows its comma is the main clause.
 */
export function insideFrontedParticiple(text: string, end: number): boolean {
  return FRONTED_PARTICIPLE_PHRASE.test(windowBefore(text, end, FRONT_REACH).window);
}

/**
 * True when `end` closes a noun phrase inside a fronted prepositional phrase ("According to
 * Al-Monitor|, the envoy left"): the comma after it closes the phrase and the main clause follows,
 * so what comes next is no apposition unless a comma of its own closes it.
 */
export function insideFrontedPhrase(text: string, end: number): boolean {
  return FRONTED_PHRASE.test(windowBefore(text, end, FRONT_REACH).window);
}

/**
 * After a noun phrase's comma: that phrase's own apposition (an age, "a …", "who …", "which …") closed by a
 * comma, then a lower-case verb ("the suspect|, a 34-year-old man, fled"). The phrase before is
 * then a clause's subject, described in turn, not an apposition of what came before it.
 */
export const SUBJECT_DESCRIBED = /^,\s+(?:\d{1,3}|(?:a|an|who|which)\s[^,]{1,80}),\s+\p{Ll}/u;

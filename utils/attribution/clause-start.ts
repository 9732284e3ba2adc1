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

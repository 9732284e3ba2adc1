/**
 * The names of days and months as regex alternatives, for rules that must tell when something was
 * said or happens ("said Friday", "on Thursday") from what was said. One list, so every rule that
 * reads a date reads the same one.
 */

/** The weekdays, capitalised as news writes them. */
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** The months, capitalised as news writes them. */
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Nouns of a stretch of time ("last week", "this spring", "that morning"), as a regex alternation. */
export const TIME_NOUNS = 'morning|afternoon|evening|night|week|weekend|month|year|spring|summer|autumn|fall|winter|season|day';

/** A month's short form before its day ("Dec. 15", "Jan 1"): a date, never a name, though "Jan" may be one. */
export const MONTH_BEFORE_DAY = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s\d/u;

/**
 * The names of days and months as regex alternatives, for rules that must tell when something was
 * said or happens ("said Friday", "on Thursday") from what was said. One list, so every rule that
 * reads a date reads the same one.
 */

/** The weekdays, capitalised as news writes them. */
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** The months, capitalised as news writes them. */
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

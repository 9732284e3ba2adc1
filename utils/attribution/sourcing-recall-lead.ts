/**
 * Where a sentence's subject starts, past what may open the sentence before it: a connector ("But"),
 * a preposition's phrase and its comma ("In a statement,", "Last year"), a fronted participle's
 * ("Prosecuting,", "Speaking outside court,"), a subordinate clause's ("Although the plan cuts taxes,").
 * The recall rule for a sentence-opening source (sourcing-recall.ts) reads its subject from there.
 */
import { LEAD_CONNECTORS, LEAD_PREPOSITIONS } from './sourcing-recall-words';
import type { Sentence } from './sentences';
import type { Token } from './tokenize';
import { TIME_NOUNS, WEEKDAYS } from './time-words';

/** Conjunctions that open a subordinate clause before a sentence's subject. */
const LEAD_SUBORDINATORS = new Set(['although', 'though', 'while', 'whereas', 'because', 'if', 'unless', 'as', 'when', 'once', 'despite']);
/** The second word of a time phrase ("last year", "on Monday"). */
const TIME_WORDS = new RegExp(`^(?:${TIME_NOUNS}|${WEEKDAYS.toLowerCase()})$`, 'u');
/** A participle opening a sentence ("Prosecuting", "Speaking", "Mitigating"), before its phrase's comma. */
const FRONTED_ING = /^\p{Ll}{3,}ing$/u;

/** The token where the sentence's subject starts, past its opening connector and fronted phrase. */
export function subjectStart(t: Token[], s: Sentence): number {
  let i = s.from;
  if (LEAD_CONNECTORS.has(t[i].lower)) i++;
  if (t[i]?.text === ',') i++;
  if (i < s.to && LEAD_PREPOSITIONS.has(t[i].lower)) {
    let k = i;
    while (k < s.to && k - i < 9 && t[k].text !== ',') k++;
    if (k < s.to && t[k].text === ',') i = k + 1;
    // "Last year a study found …", "On Monday officials said …": a time phrase without its comma
    else if (i + 2 < s.to && TIME_WORDS.test(t[i + 1].lower)) i += 2;
  } else if (i < s.to && FRONTED_ING.test(t[i].lower)) {
    // "Prosecuting, Catherine Doyle said …", "Speaking outside court, she said …": a fronted participle's phrase and its comma
    let k = i;
    while (k < s.to && k - i < 8 && t[k].text !== ',') k++;
    if (k < s.to && t[k].text === ',') i = k + 1;
  } else if (i < s.to && LEAD_SUBORDINATORS.has(t[i].lower)) {
    // "Although the plan cuts taxes, one study found …": the subordinate clause and its comma
    let k = i;
    while (k < s.to && k - i < 30 && t[k].text !== ',') k++;
    if (k < s.to && t[k].text === ',') i = k + 1;
  }
  return i;
}

/**
 * Documents by their nouns: "according to an internal spreadsheet obtained by the Ledger" is the
 * spreadsheet, not the paper that obtained it, and a schedule handed to reporters is a document.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './engine-readings';

describe('a document named by its noun', () => {
  it.each([
    ['Missed visits rose by a fifth, according to an internal spreadsheet obtained by the Courier.', 'an internal spreadsheet obtained by the Courier'],
    ['The two leaders will sign the accord on Friday, according to a schedule distributed to reporters.', 'a schedule distributed to reporters'],
    ['The ferry will stop at Brill at noon, according to a timetable posted at the harbour.', 'a timetable posted at the harbour'],
    ['Connor Leigh, 31, was found at his flat on Sunday. A post-mortem examination found that Mr Leigh died from a head injury.', 'A post-mortem examination'],
  ])('%s', (text, source) => {
    expect(speakerOf(text, source)?.type).toBe('document');
  });
});

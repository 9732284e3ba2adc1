/**
 * A document's capitalised title that its owner put out ("the bank's quarterly Monetary Policy
 * Report", "a national Harwell Poll") is a document, not a person; a body whose name ends like a
 * document's ("The Drudge Report", "Northvale Climate Action") stays a name. A class action is a document.
 */
import { describe, expect, it } from 'vitest';
import { readPhrase } from '../../utils/attribution/source-phrase';
import { speakerOf } from './engine-readings';

describe('a document by its title', () => {
  it.each([
    ["The bank's quarterly Monetary Policy Report", 'report'],
    ['its annual Coastal Risk Assessment', 'assessment'],
    ["the council's Housing Needs Survey", 'survey'],
    ['a national Harwell Poll', 'poll'],
  ])('reads "%s" as a document', (phrase, head) => {
    expect(readPhrase(phrase, 0, ' said.')).toEqual({ kind: 'typed', type: 'document', plural: false, head });
  });

  it.each(['The Drudge Report', 'Harwell Research', 'the Lowland Review', 'from Brandt Research', 'Northvale Climate Action'])('keeps "%s" a name', (phrase) => {
    expect(readPhrase(phrase, 0, ' said.').kind).toBe('name');
  });

  it('types the report in a whole text', () => {
    const text = "The central bank held rates at 4.5 per cent. The bank's quarterly Monetary Policy Report, also published on Thursday, said the labour market had loosened noticeably.";
    expect(speakerOf(text, "The bank's quarterly Monetary Policy Report,")?.type).toBe('document');
  });

  it('reads a class action as the document, not the place it was filed in', () => {
    const text = 'The proposed class action, filed in federal court in Halvern, claims that the firm knew about the flaw.';
    expect(speakerOf(text, 'The proposed class action, filed in federal court in Halvern,')).toEqual({ name: 'The proposed class action', type: 'document' });
  });
});

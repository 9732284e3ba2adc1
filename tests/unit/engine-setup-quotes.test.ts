/** A quotation set up by a short sentence about its speaker is that speaker's (invented sentences, as a review read them). */
import { describe, expect, it } from 'vitest';
import { readClaims as read } from './engine-readings';

describe('a quotation set up by a sentence about its speaker', () => {
  it.each([
    ['Holloway said the council had promised to pay. Pennington disagreed. "There was never a promise. We have to be careful with money."', 'Pennington', '"There was never a promise. We have to be careful with money."'],
    ['Mrs Holloway disputed that. "He stood in my kitchen and promised to pay."', 'Mrs Holloway', '"He stood in my kitchen and promised to pay."'],
    ['The mayor backed the plan. Councillor Ana Ruiz was less convinced.\n“It will cost far more than anyone admits.”', 'Councillor Ana Ruiz', '“It will cost far more than anyone admits.”'],
  ])('%s', (text, source, claim) => {
    expect(read(text)).toContainEqual(expect.objectContaining({ source, claim }));
  });

  it.each([
    // near misses: no one set up, or the quotation has its own speaker
    ['It rained all day. "Nobody came."', null],
    ["Clinton's focus was jobs. ''I am committed to manufacturing,'' she said.", 'she'],
    ['Chuck Todd was shocked. "Do you want to be associated with that?" he asked.', 'he'],
    ['Environmentalists hated it. "Utilities will be paid to pollute," noted a report by the Harbor Trust.', 'a report by the Harbor Trust'],
  ])('near miss: %s', (text, speaker) => {
    const quoted = read(text).filter((r) => /["“'']/u.test(r.claim[0]));
    expect(quoted.map((r) => r.source)).toEqual(speaker === null ? [] : [speaker]);
  });
});

/**
 * "declined to comment on reports that …": the claim is what the reports say, never the words of
 * the one who declined (invented sentences, as a review read them).
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution/annotate';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const model = loadModelFromDisk();
const read = (text: string) => annotate(text, model).map((a) => ({
  source: a.source && text.slice(a.source.start, a.source.end), type: a.sourceType, claim: a.claim,
}));

describe('a claim declined on reports is the reports’', () => {
  it.each([
    ['A spokesperson for Trevane declined to comment on reports that the company had held talks with a buyer.', 'reports', 'that the company had held talks with a buyer'],
    ['The company declined to comment on speculation that it would be sold.', 'speculation', 'that it would be sold'],
  ])('reports and speculation are typed as a document, not as the one who declined: %s', (text, source, claim) => {
    expect(read(text)).toContainEqual({ source, type: 'document', claim });
  });

  it.each([
    ['A spokesperson for Trevane declined to comment on reports that the company had held talks with a buyer.', 'reports', 'that the company had held talks with a buyer'],
    ['The company declined to comment on media reports that it was in talks to sell the unit.', 'media reports', 'that it was in talks to sell the unit'],
    ['A council spokesman refused to respond to claims that the mayor would resign.', 'claims', 'that the mayor would resign'],
  ])('%s', (text, source, claim) => {
    const readings = read(text);
    expect(readings.find((r) => r.source === source)).toMatchObject({ claim });
    // the one who declined is given no claim of the reports
    expect(readings.filter((r) => r.claim === claim)).toHaveLength(1);
  });

  it.each([
    // near misses: what the declining speaker did say stays theirs
    ['The company declined to comment, but said that the talks had ended.', 'The company'],
    ['Ruiz said reports that she would resign were false.', 'Ruiz'],
  ])('near miss: %s', (text, source) => {
    expect(read(text).some((r) => r.source === source)).toBe(true);
  });
});

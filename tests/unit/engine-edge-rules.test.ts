import { describe, expect, it } from 'vitest';
import { spanOf } from './span-helpers';
import { annotate } from '@/utils/attribution';
import { loadModelFromDisk } from '../../scripts/lib/model-file';
import { withoutAdverbCues } from '@/utils/attribution/adverb-cues';
import { withoutFinalFullStop } from '@/utils/attribution/claim-edges';
import { widenRelativeSource } from '@/utils/attribution/source-relative';
import { withSubjectAsSource } from '@/utils/attribution/subject-as-source';

const model = loadModelFromDisk();

describe('an adverb right after a reporting verb is no cue of its own', () => {
  const text = 'Some doctors said privately that they worried about the price.';
  const said = { source: spanOf(text, 'Some doctors'), cue: spanOf(text, 'said'), content: [spanOf(text, 'that they worried about the price')] };
  it('drops the adverb reading with the same source, keeps the verb’s', () => {
    const privately = { ...said, cue: spanOf(text, 'privately') };
    expect(withoutAdverbCues(text, [said, privately])).toEqual([said]);
  });
  it('keeps an -ly cue of another source, or one not right after a cue', () => {
    const other = { ...said, source: null, cue: spanOf(text, 'privately') };
    expect(withoutAdverbCues(text, [said, other])).toEqual([said, other]);
    expect(withoutAdverbCues(text, [{ ...said, cue: spanOf(text, 'privately') }])).toHaveLength(1);
  });
});

describe('the full stop that ends an indirect claim’s sentence', () => {
  it.each([
    ['He warned that the shortfall could reach $40 million.', 'that the shortfall could reach $40 million.', 'that the shortfall could reach $40 million'],
    ['She said that the plant moved to the U.S.', 'that the plant moved to the U.S.', 'that the plant moved to the U.S.'],
    ['“We will win.”', 'We will win.', 'We will win.'],
  ])('%s', (text, claim, expected) => {
    const s = withoutFinalFullStop(text, spanOf(text, claim));
    expect(text.slice(s.start, s.end)).toBe(expected);
  });
});

describe('a relative-clause source that keeps its closing comma', () => {
  it('is widened over the noun phrase it describes', () => {
    const text = 'Last year the researchers, who followed 4,000 adults for ten years, found that sleep matters.';
    const s = widenRelativeSource(text, spanOf(text, 'who followed 4,000 adults for ten years,'), spanOf(text, 'found'))!;
    expect(text.slice(s.start, s.end)).toBe('the researchers, who followed 4,000 adults for ten years,');
  });
});

describe('a cue’s subject read as the start of its claim becomes its source', () => {
  const sas = (text: string, source: string | null, cue: string, content: string[]) =>
    withSubjectAsSource(text, [{ source: source === null ? null : spanOf(text, source), cue: spanOf(text, cue), content: content.map((c) => spanOf(text, c)) }]).map((f) => ({
      source: f.source && text.slice(f.source.start, f.source.end), content: f.content.map((c) => text.slice(c.start, c.end)),
    }));
  it.each([
    ['Osei said the team had expected a smaller benefit.', 'had expected', ['team', 'a smaller benefit'], { source: 'the team', content: ['a smaller benefit'] }],
    ['Critics have called the plan a giveaway.', 'have called', ['Critics', 'the plan a giveaway'], { source: 'Critics', content: ['the plan a giveaway'] }],
    ['The talks are expected to resume on Monday.', 'are expected', ['talks', 'to resume on Monday'], { source: null, content: ['talks', 'to resume on Monday'] }],
    ['The prize, which seems to be cursed, went unclaimed.', 'seems', ['which', 'to be cursed'], { source: null, content: ['which', 'to be cursed'] }],
    ['Lawmakers in the northern provinces said the vote was rigged.', 'said', ['Lawmakers in the northern provinces', 'the vote was rigged'], { source: null, content: ['Lawmakers in the northern provinces', 'the vote was rigged'] }],
  ])('%s', (text, cue, content, expected) => {
    expect(sas(text, null, cue, content)).toEqual([expected]);
  });
  it('leaves a reading that has a source', () => {
    const text = 'Osei said the team had expected a smaller benefit.';
    expect(sas(text, 'Osei', 'had expected', ['team', 'a smaller benefit'])[0].source).toBe('Osei');
  });
});

describe('an "according to" source keeps its apposition out of the claim', () => {
  it.each([
    ['According to the finance director, Alan Kim, the bridge reopens in May.', 'the finance director, Alan Kim', 'the bridge reopens in May', 'named-person'],
    ['According to the company’s spokesman, John Reyes, the plant will close.', 'the company’s spokesman, John Reyes', 'the plant will close', 'named-person'],
    ['According to Al-Monitor, a Washington-based news site, the envoy left Cairo on Tuesday.', 'Al-Monitor, a Washington-based news site', 'the envoy left Cairo on Tuesday', 'named-organization'],
    // a name after a body, an indefinite phrase with a verb, a definite phrase: the claim's own words
    ['According to the police, John Smith, 34, was arrested on Friday.', 'the police', 'John Smith, 34, was arrested on Friday', 'named-organization'],
    ['According to the report, a draft of which was seen by reporters, costs will rise.', 'the report', null, 'document'],
  ])('%s', (text, source, claim, type) => {
    const found = annotate(text, model).find((a) => a.cue && text.slice(a.cue.start, a.cue.end) === 'According to')!;
    expect(text.slice(found.source!.start, found.source!.end)).toBe(source);
    if (claim !== null) expect(found.claim).toBe(claim);
    expect(found.sourceType).toBe(type);
  });
});

/** Span edges as news attribution is annotated: a cue's adverbs and preposition, a claim that stops before its source's next verb or its closing quotation mark. */
import { describe, expect, it } from 'vitest';
import { cueEndWithPreposition, cueStartWithModifiers, withWholeCues } from '../../utils/attribution/cue-extent';
import { withoutJoinedCues } from '../../utils/attribution/joined-cues';
import { withClosingQuoteMark } from '../../utils/attribution/quote-extent';
import type { AttributionSpans } from '../../utils/attribution/types';
import { spanOf } from './span-helpers';

describe('a cue takes in the adverbs and auxiliaries right before it', () => {
  it.each([
    ['Ms. Adeyemi repeatedly says the fund is safe.', 'says', 'repeatedly says'],
    ['Few analysts would have described the deal as fair.', 'have described', 'would have described'],
    ['The governor still insists the budget balances.', 'insists', 'still insists'],
    ['The minister cynically dismissed the report.', 'dismissed', 'cynically dismissed'],
    ['His family said he was innocent.', 'said', 'said'],
    ['The chairman only said the talks continue.', 'said', 'said'],
    ['In July said nothing.', 'said', 'said'],
    ['An aide who was not cleared to speak publicly said the talks stalled.', 'said', 'said'],
    ['Officials, who had long criticised the mayor, now say he was right.', 'say', 'now say'],
  ])('%s', (text, cue, expected) => {
    expect(text.slice(cueStartWithModifiers(text, spanOf(text, cue)), spanOf(text, cue).end)).toBe(expected);
  });
});

describe('a cue takes in the preposition its verb takes the claim through', () => {
  it.each([
    ['The senator was accused of lying by rivals.', 'was accused', 'was accused of'],
    ['Asked about the delay, the mayor shrugged.', 'Asked', 'Asked about'],
    ['The airline apologized for the cancellations.', 'apologized', 'apologized for'],
    ['She called for an inquiry.', 'called', 'called for'],
    ['The firm responded quickly.', 'responded', 'responded'],
    ['He said to reporters that it was over.', 'said', 'said'],
    ['As the mayor put it, the city cannot wait.', 'put', 'put it'],
    ['She made clear that the plan stays.', 'made', 'made clear'],
  ])('%s', (text, cue, expected) => {
    const c = spanOf(text, cue);
    expect(text.slice(c.start, cueEndWithPreposition(text, c))).toBe(expected);
  });
});

describe('withWholeCues', () => {
  const read = (text: string, f: AttributionSpans) => ({ source: f.source && text.slice(f.source.start, f.source.end), cue: f.cue && text.slice(f.cue.start, f.cue.end) });
  it('moves an adverb the source ends with into the cue', () => {
    const text = 'Ms. Okafor further asserted that the tender was rigged.';
    const [f] = withWholeCues(text, [{ source: spanOf(text, 'Ms. Okafor further'), cue: spanOf(text, 'asserted'), content: [spanOf(text, 'that the tender was rigged')] }]);
    expect(read(text, f)).toEqual({ source: 'Ms. Okafor', cue: 'further asserted' });
  });
  it('takes the preposition from the start of the claim', () => {
    const text = 'As the mayor put it, the city cannot wait.';
    const [f] = withWholeCues(text, [{ source: spanOf(text, 'the mayor'), cue: spanOf(text, 'put'), content: [spanOf(text, 'it, the city cannot wait')] }]);
    expect({ ...read(text, f), content: f.content.map((c) => text.slice(c.start, c.end)) }).toEqual({ source: 'the mayor', cue: 'put it', content: ['the city cannot wait'] });
  });
  it('leaves the cue when the widening would leave no source or cut into the claim', () => {
    const text = 'Often said: the tender was rigged.';
    const found = [{ source: spanOf(text, 'Often'), cue: spanOf(text, 'said'), content: [spanOf(text, 'the tender was rigged')] }];
    expect(withWholeCues(text, found)).toEqual(found);
    const claimFirst = 'The tender was rigged, also said the clerk.';
    const byClaim = [{ source: spanOf(claimFirst, 'the clerk'), cue: spanOf(claimFirst, 'said'), content: [spanOf(claimFirst, 'The tender was rigged, also')] }];
    expect(withWholeCues(claimFirst, byClaim)).toEqual(byClaim);
  });
});

describe('withoutJoinedCues', () => {
  const claims = (text: string, found: AttributionSpans[]) => withoutJoinedCues(text, found).map((f) => f.content.map((c) => text.slice(c.start, c.end)));
  it.each([
    ['the same source', 'Mayor Lund said the depot would close in May and warned that more jobs could go.', 'Mayor Lund', 'warned', 'Mayor Lund', ['the depot would close in May']],
    ['a pronoun after "and"', 'Mayor Lund said the depot would close — and she noted that talks went on.', 'Mayor Lund', 'noted', 'she', ['the depot would close']],
    ['not another source', 'Mayor Lund said the depot would close and the union warned of strikes.', 'Mayor Lund', 'warned', 'the union', ['the depot would close and the union warned of strikes']],
    ['not inside the source’s own quotation', 'Mayor Lund said the depot "will close and warned nobody".', 'Mayor Lund', 'warned', 'Mayor Lund', ['the depot "will close and warned nobody"']],
    ['not a past form that shares the claim’s "had"', 'Chair Ola Dahl said the trustees had met and agreed a budget.', 'Chair Ola Dahl', 'agreed', 'Chair Ola Dahl', ['the trustees had met and agreed a budget']],
    ['a past form that plainly reports after a "had"', 'Chair Ola Dahl said rents had risen and warned that more rises could come.', 'Chair Ola Dahl', 'warned', 'Chair Ola Dahl', ['rents had risen']],
  ])('%s', (_label, text, source, secondCue, secondSource, expected) => {
    const claim = text.slice(text.indexOf('said') + 5, text.length - 1);
    const first = { source: spanOf(text, source), cue: spanOf(text, 'said'), content: [spanOf(text, claim)] };
    const second = { source: text.indexOf(secondSource) === text.indexOf(source) ? first.source : spanOf(text, secondSource), cue: spanOf(text, secondCue), content: [{ start: spanOf(text, secondCue).end + 1, end: text.length - 1 }] };
    expect(claims(text, [first, second])[0]).toEqual(expected);
  });
});

describe('withClosingQuoteMark', () => {
  it.each([
    ['The inspector called the wiring “dangerous,” the report said.', 'the wiring “dangerous', 'the wiring “dangerous,”'],
    ['Voters want "more listening." Then came the vote.', 'Voters want "more listening', 'Voters want "more listening."'],
    ['The inspector called the wiring dangerous, the report said.', 'the wiring dangerous', 'the wiring dangerous'],
    ['She said “we are done” and left.', 'we are done', 'we are done'],
  ])('%s', (text, claim, expected) => {
    const s = withClosingQuoteMark(text, spanOf(text, claim));
    expect(text.slice(s.start, s.end)).toBe(expected);
  });
});

/**
 * Attributions carried by layout and grammar rather than a reporting verb's own subject: dash
 * bylines, whole quotations, quotations that go on, and a second verb sharing the first one's
 * subject. Each stage alone (table tests), then through the whole span finder.
 */
import { describe, expect, it } from 'vitest';
import { findDashBylines, openingQuoteBefore, readBylineName } from '../../utils/attribution/dash-bylines';
import { fitContentToQuotation, splitAtParagraphs } from '../../utils/attribution/quote-extent';
import { attachSentenceContinuations } from '../../utils/attribution/quote-continuation';
import { shareSubjects } from '../../utils/attribution/shared-subject';
import { findAttributionSpans } from '../../utils/attribution/spans';
import type { AttributionSpans, Span } from '../../utils/attribution/types';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const at = (text: string, s: Span | null) => (s ? text.slice(s.start, s.end) : null);
const read = (text: string, found: AttributionSpans[]) =>
  found.map((f) => ({ source: at(text, f.source), cue: at(text, f.cue), content: f.content.map((c) => at(text, c)) }));
/** The span of the first occurrence of `part` in `text`. */
const spanOf = (text: string, part: string, from = 0): Span => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: "${part}" not in text`);
  return { start, end: start + part.length };
};

describe('dash bylines', () => {
  it.each([
    ['a round-up of reader quotes',
      '“The new tram line changed my commute.” ― Maria Lopez “I still drive to work.” ― Jan K. de Vries\n',
      [{ source: 'Maria Lopez', cue: '―', content: ['“The new tram line changed my commute.”'] },
        { source: 'Jan K. de Vries', cue: '―', content: ['“I still drive to work.”'] }]],
    ['a nested quotation inside the quote',
      '“They call it “progress” but nobody asked us.” — Priya Natarajan, 41, nurse',
      [{ source: 'Priya Natarajan', cue: '—', content: ['“They call it “progress” but nobody asked us.”'] }]],
    ['a signed post with its link',
      'Flooding on the ring road again this morning. pic.twitter.com/abc123 — Tom Reyes (@tomreyes) March 3, 2025',
      [{ source: 'Tom Reyes', cue: '—', content: ['Flooding on the ring road again this morning'] }]],
  ])('%s', (_label, text, expected) => {
    expect(read(text, findDashBylines(text))).toEqual(expected);
  });

  it.each([
    ['a dash in running prose', 'The vote — held late on Friday — passed narrowly.'],
    ['a quote, a dash and a clause', '“We will win,” she said — Mayor Ruiz had predicted the same.'],
    ['a quote, a dash and a sentence', '“It is over.” — He left the room without another word.'],
    ['a quote, a dash and a lower-case word', '“Enough.” — that was all the statement said.'],
    ['a quoted title mid-sentence', 'At the party they sang “Happy Birthday to You” — Monday, at noon.'],
    ['a quoted phrase mid-sentence', 'The mayor called it a “giveaway to developers” — Ruiz, who leads the opposition, disagreed.'],
  ])('finds nothing in %s', (_label, text) => {
    expect(findDashBylines(text)).toEqual([]);
  });

  it('reads initials and particles as part of a name, and stops at a full stop', () => {
    const text = 'Ana de la Cruz. Getty';
    expect(at(text, readBylineName(text, 0))).toBe('Ana de la Cruz');
    expect(at('Edwin G. Monroy said', readBylineName('Edwin G. Monroy said', 0))).toBe('Edwin G. Monroy said'.slice(0, 15));
  });

  it('never looks back before the previous byline', () => {
    const text = '“one” ― Ann Lee ” ― Bo Kim';
    const close = text.lastIndexOf('”');
    expect(openingQuoteBefore(text, close, text.indexOf('Ann Lee') + 7)).toBe(-1);
    expect(findDashBylines(text).map((f) => at(text, f.source))).toEqual(['Ann Lee']);
  });

  it('reads every byline of a long run of them (each scan stops at the previous byline)', () => {
    const text = '“on time” ― Ann Lee '.repeat(20_000);
    expect(findDashBylines(text)).toHaveLength(20_000);
  });
});

describe('content fitted to its quotation', () => {
  const text = 'She said: “The port stays shut. We have no choice.” Then she left.';
  it('runs a span that opens a quotation to its closing mark', () => {
    expect(at(text, fitContentToQuotation(text, spanOf(text, '“The port stays shut.')))).toBe('“The port stays shut. We have no choice.”');
  });
  it('starts a span that closes a quotation at its opening mark', () => {
    expect(at(text, fitContentToQuotation(text, spanOf(text, 'We have no choice.”')))).toBe('“The port stays shut. We have no choice.”');
  });
  it('leaves whole quotations, unquoted claims and quotations over a line break alone', () => {
    expect(at(text, fitContentToQuotation(text, spanOf(text, '“The port stays shut. We have no choice.”')))).toBe('“The port stays shut. We have no choice.”');
    expect(at(text, fitContentToQuotation(text, spanOf(text, 'Then she left')))).toBe('Then she left');
    const broken = '“The port stays shut.\nWe have no choice.”';
    expect(at(broken, fitContentToQuotation(broken, spanOf(broken, '“The port stays shut.')))).toBe('“The port stays shut.');
  });
  it('splits a span at paragraph breaks', () => {
    const two = 'First part here.\n\nSecond part there.';
    expect(splitAtParagraphs(two, { start: 0, end: two.length }).map((s) => at(two, s))).toEqual(['First part here.', 'Second part there.']);
  });
});

describe('quotations that go on in the same paragraph', () => {
  const text = '“The depot closes in May,” the director said at a briefing on Monday. “We looked at every option.” “None of them worked.” Later the board met. “We disagree,” a member said.\nNext paragraph.';
  const said = () => ({ source: spanOf(text, 'the director'), cue: spanOf(text, 'said'), content: [spanOf(text, '“The depot closes in May,”')] });
  it('joins the speaker’s next quotations, one after another', () => {
    const [joined] = attachSentenceContinuations(text, [said()]);
    expect(joined.content.map((c) => at(text, c))).toEqual(['“The depot closes in May,”', '“We looked at every option.”', '“None of them worked.”']);
  });
  it('stops at a sentence of narration and never takes another attribution’s quotation', () => {
    const member = { source: spanOf(text, 'a member'), cue: spanOf(text, 'said', text.indexOf('a member')), content: [spanOf(text, '“We disagree,”')] };
    const [joined, other] = attachSentenceContinuations(text, [said(), member]);
    expect(joined.content).toHaveLength(3);
    expect(other.content.map((c) => at(text, c))).toEqual(['“We disagree,”']);
  });
  it('gathers a run of quotations, not a whole page of them', () => {
    const run = `“Go.” she said. ${'“More.” '.repeat(100)}`;
    const found = [{ source: spanOf(run, 'she'), cue: spanOf(run, 'said'), content: [spanOf(run, '“Go.”')] }];
    expect(attachSentenceContinuations(run, found)[0].content).toHaveLength(12);
  });
  it('needs the quotation to start a new sentence', () => {
    const mid = '“It works,” she said of the plan and “it is cheap.”';
    const found = [{ source: spanOf(mid, 'she'), cue: spanOf(mid, 'said'), content: [spanOf(mid, '“It works,”')] }];
    expect(attachSentenceContinuations(mid, found)[0].content).toHaveLength(1);
  });
});

describe('shared subject', () => {
  const text = 'The mayor said the bridge would reopen, adding that tolls would rise. Critics disagreed, and a council member said nothing.';
  const mayor = spanOf(text, 'The mayor');
  const said = { source: mayor, cue: spanOf(text, 'said'), content: [spanOf(text, 'the bridge would reopen')] };
  const adding = { source: null, cue: spanOf(text, 'adding'), content: [spanOf(text, 'that tolls would rise')] };
  it('gives a joined second verb the first one’s source', () => {
    expect(shareSubjects(text, [said, adding])[1].source).toEqual(mayor);
  });
  it('does not reach over a sentence end', () => {
    const disagreed = { source: null, cue: spanOf(text, 'disagreed'), content: [spanOf(text, 'Critics')] };
    expect(shareSubjects(text, [said, adding, disagreed])[2].source).toBeNull();
  });
  it('reaches over the first verb’s quotation, its full stops included, to a participle after its closing mark', () => {
    const t = 'The firm said: “Sales rose. Costs fell,” adding that it would hire.';
    const first = { source: spanOf(t, 'The firm'), cue: spanOf(t, 'said:'), content: [spanOf(t, '“Sales rose. Costs fell,”')] };
    const next = { source: null, cue: spanOf(t, 'adding'), content: [spanOf(t, 'that it would hire')] };
    expect(shareSubjects(t, [first, next])[1].source).toEqual(first.source);
  });
  it.each(['by', 'before', 'while'])('gives a verb in -ing after "%s" the sentence’s subject', (word) => {
    const t = `The mayor defended the budget ${word} saying it protected services.`;
    const first = { source: spanOf(t, 'The mayor'), cue: spanOf(t, 'defended'), content: [spanOf(t, 'the budget')] };
    const next = { source: null, cue: spanOf(t, 'saying'), content: [spanOf(t, 'it protected services')] };
    expect(shareSubjects(t, [first, next])[1].source).toEqual(first.source);
  });
  it('leaves a gerund inside the clause a speech verb reports to that clause', () => {
    const t = 'Officials said the suspect fled after telling a neighbour he had a gun.';
    const first = { source: spanOf(t, 'Officials'), cue: spanOf(t, 'said'), content: [spanOf(t, 'the suspect fled after telling a neighbour he had a gun')] };
    const next = { source: null, cue: spanOf(t, 'telling'), content: [spanOf(t, 'he had a gun')] };
    expect(shareSubjects(t, [first, next])[1].source).toBeNull();
  });
  it('leaves a verb after such a preposition alone when it is no -ing form', () => {
    const t = 'The mayor defended the budget before critics said it cut services.';
    const first = { source: spanOf(t, 'The mayor'), cue: spanOf(t, 'defended'), content: [spanOf(t, 'the budget')] };
    const next = { source: null, cue: spanOf(t, 'said'), content: [spanOf(t, 'it cut services')] };
    expect(shareSubjects(t, [first, next])[1].source).toBeNull();
  });
});

describe('through the span finder', () => {
  const model = loadModelFromDisk();
  it('finds a reader round-up the taggers alone miss', () => {
    const text = 'Readers told us what they think of the new tram line.\n\n“It changed my commute for the better.” ― Maria Lopez\n\n“I still drive to work every day.” ― Jan Berg\n';
    const found = read(text, findAttributionSpans(text, model)).filter((f) => f.cue === '―');
    expect(found).toEqual([
      { source: 'Maria Lopez', cue: '―', content: ['“It changed my commute for the better.”'] },
      { source: 'Jan Berg', cue: '―', content: ['“I still drive to work every day.”'] },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findSourcingRecall, mergeMissing } from '../../utils/attribution/sourcing-recall';
import { describeSources } from '../../utils/attribution/source-typing';
import type { AttributionSpans, Span } from '../../utils/attribution/types';

const slice = (text: string, s: Span | null): string | null => (s ? text.slice(s.start, s.end) : null);

function readings(text: string): { source: string | null; cue: string | null; content: string[] }[] {
  return findSourcingRecall(text).map((a) => ({ source: slice(text, a.source), cue: slice(text, a.cue), content: a.content.map((c) => text.slice(c.start, c.end)) }));
}

function typed(text: string): { source: string | null; type: string }[] {
  const found = findSourcingRecall(text);
  return describeSources(text, found).map((d, i) => ({ source: slice(text, found[i].source), type: d.sourceType }));
}

describe('findSourcingRecall: sentence shapes', () => {
  it('reads a sentence-final anonymous source with its modifier', () => {
    const text = 'The ferry contract was quietly cancelled in March, a person briefed on the decision said.';
    expect(readings(text)).toEqual([{ source: 'a person briefed on the decision', cue: 'said', content: ['The ferry contract was quietly cancelled in March'] }]);
    expect(typed(text)).toEqual([{ source: 'a person briefed on the decision', type: 'anonymous-source' }]);
  });

  it('reads "according to" with a trailing who-clause as part of the source', () => {
    const text = 'The mill will close by autumn, according to two people familiar with the plans, who asked not to be named.';
    expect(readings(text)).toEqual([{
      source: 'two people familiar with the plans, who asked not to be named', cue: 'according to', content: ['The mill will close by autumn'],
    }]);
    expect(typed(text)[0].type).toBe('anonymous-source');
  });

  it('joins a name and its description around commas after a quote', () => {
    const text = '“We will not sign this lease,” Orla Brennick, a spokeswoman for the harbour board, said in a statement.';
    expect(readings(text)).toEqual([{
      source: 'Orla Brennick, a spokeswoman for the harbour board', cue: 'said', content: ['“We will not sign this lease,”'],
    }]);
    expect(typed(text)[0].type).toBe('named-person');
  });

  it('reads a closing cue followed by a noun-phrase afterthought, but not by the rest of the claim', () => {
    const text = 'Bus fares will rise by 6% in April, the regional transport authority has confirmed, the steepest rise in a decade.';
    expect(readings(text)).toEqual([{ source: 'the regional transport authority', cue: 'has confirmed', content: ['Bus fares will rise by 6% in April'] }]);
    expect(readings('Dr. Lena Fischer said')).toEqual([]); // a closing cue at the very end of the text (found by the fuzzer)
    const parenthetical = 'Back in the valley, the engineer said, he found the pumps already flooded.';
    expect(readings(parenthetical).filter((r) => r.content[0] === 'Back in the valley')).toEqual([]);
  });

  it('reads a document as the subject of "show" or "found", and not a person', () => {
    const text = 'Inspection records obtained by the Valley Courier show that the dam failed two checks last year.';
    expect(readings(text)).toEqual([{ source: 'Inspection records obtained by the Valley Courier', cue: 'show', content: ['that the dam failed two checks last year'] }]);
    expect(typed(text)[0].type).toBe('document');
    expect(readings('Rescue teams found that the bridge had been closed since noon.')).toEqual([]);
  });

  it('after "told" and its listener, a clause is the claim, not a tail after a closing cue', () => {
    const text = 'The port authority’s spokesman, Ivo Marsh, told reporters the cranes would be repaired by May.';
    expect(readings(text)).toEqual([{ source: 'The port authority’s spokesman, Ivo Marsh', cue: 'told', content: ['the cranes would be repaired by May'] }]);
  });

  it('reads an inverted cue with the source after it', () => {
    const text = '“The pumps failed twice,” said Teodor Lisk, who runs the station.';
    expect(readings(text)).toEqual([{ source: 'Teodor Lisk, who runs the station', cue: 'said', content: ['“The pumps failed twice,”'] }]);
  });

  it('reads a subject with an apposition before a leading cue', () => {
    const text = 'Wren Adeyemi, director of planning at the Felling Water Board, said the reservoir would be full by May.';
    expect(readings(text)).toEqual([{
      source: 'Wren Adeyemi, director of planning at the Felling Water Board', cue: 'said', content: ['the reservoir would be full by May'],
    }]);
  });

  it('types a partitive group and a belief verb as unnamed groups', () => {
    const text = 'Several of the tenants said they had never seen the notice. Some shop owners fear that the toll will keep buyers away.';
    expect(readings(text).map((r) => [r.source, r.cue])).toEqual([['Several of the tenants', 'said'], ['Some shop owners', 'fear']]);
    expect(typed(text).map((r) => r.type)).toEqual(['unnamed-group', 'unnamed-group']);
  });

  it('skips the listener after "told" and keeps "that" in the content', () => {
    const text = 'On Tuesday, Marrow County officials told reporters that the bridge would reopen.';
    expect(readings(text)).toEqual([{ source: 'Marrow County officials', cue: 'told', content: ['that the bridge would reopen'] }]);
  });

  it('takes no clause, bare article or noun use of a reporting word for an attribution', () => {
    expect(readings('Prices rose after the minister said the levy would stay.')).toEqual([]);
    expect(readings('The ferry was the pride of the secretary of state.')).toEqual([]);
    expect(readings('Grain prices in the northern states were steady, the.')).toEqual([]);
    expect(readings('Health worries have dogged the candidate since the spring.')).toEqual([]);
  });
});

describe('mergeMissing', () => {
  const text = 'The dam will be drained next week, a person close to the utility said. Vera Holm said the lake would refill.';
  const extra = findSourcingRecall(text);
  const at = (s: string): Span => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  it('adds readings the finder missed and keeps its own', () => {
    const own: AttributionSpans = { source: at('Vera Holm'), cue: { start: text.lastIndexOf('said'), end: text.lastIndexOf('said') + 4 }, content: [at('the lake would refill')] };
    const merged = mergeMissing([own], extra, text);
    expect(merged.map((a) => slice(text, a.source))).toEqual(['a person close to the utility', 'Vera Holm']);
  });

  it('replaces a source the finder took from inside the claim when the cue is shared', () => {
    const t = 'The vote was delayed again, said two aides familiar with the talks.';
    const cue = { start: t.indexOf('said'), end: t.indexOf('said') + 4 };
    const wrong: AttributionSpans = { source: { start: 0, end: 8 }, cue, content: [{ start: 0, end: 26 }] };
    const merged = mergeMissing([wrong], findSourcingRecall(t), t);
    expect(merged).toHaveLength(1);
    expect(slice(t, merged[0].source)).toBe('two aides familiar with the talks');
  });

  it('widens a partitive source the finder cut to its tail', () => {
    const t = 'Three of the drivers said the route was unsafe.';
    const cue = { start: t.indexOf('said'), end: t.indexOf('said') + 4 };
    const tail: AttributionSpans = { source: { start: t.indexOf('the drivers'), end: t.indexOf(' said') }, cue, content: [{ start: cue.end + 1, end: t.length - 1 }] };
    expect(slice(t, mergeMissing([tail], findSourcingRecall(t), t)[0].source)).toBe('Three of the drivers');
  });
});

describe('source typing helpers used with recall readings', () => {
  it('gives a quoted "we" the type of the quote\'s speaker', () => {
    const text = 'Ilse Varga spoke first. “We hope that the council listens,” Ilse Varga said.';
    const quoteStart = text.indexOf('“');
    const weAt = text.indexOf('We');
    const found: AttributionSpans[] = [
      { source: { start: weAt, end: weAt + 2 }, cue: at(text, 'hope'), content: [at(text, 'that the council listens')] },
      { source: at(text, 'Ilse Varga said').start === -1 ? null : { start: text.lastIndexOf('Ilse Varga'), end: text.lastIndexOf('Ilse Varga') + 10 }, cue: { start: text.lastIndexOf('said'), end: text.lastIndexOf('said') + 4 }, content: [{ start: quoteStart, end: text.indexOf('”') + 1 }] },
    ];
    expect(describeSources(text, found).map((d) => d.sourceType)).toEqual(['named-person', 'named-person']);
  });

  it('reads "they" after two people named together as that pair', () => {
    const text = 'Last year Pia Lund and Joris Mertens published a paper on rents. Landlords objected. “Supply fell,” they write.';
    const found = findSourcingRecall(text).filter((a) => slice(text, a.source) === 'they');
    expect(found).toHaveLength(1);
    const [d] = describeSources(text, found);
    expect(d.sourceType).toBe('named-person');
    expect(d.resolvedSource.name).toBe('Pia Lund and Joris Mertens');
  });

  it('types a sourceless cue by the first person its sentence names', () => {
    const text = 'Dario Quent coaches a youth team in Elmford but said the new pitch fees are too high.';
    const found: AttributionSpans[] = [{ source: null, cue: at(text, 'said'), content: [at(text, 'the new pitch fees are too high')] }];
    const [d] = describeSources(text, found);
    expect(d.sourceType).toBe('named-person');
    expect(d.resolvedSource.name).toBe('Dario Quent');
  });
});

describe('cost on hostile text', () => {
  it('finishes on long reporting chains and on quote and comma soup', () => {
    const chain = 'he said that she said that '.repeat(12000);
    const soup = '“a,” ”, “ , '.repeat(20000);
    expect(Array.isArray(findSourcingRecall(chain))).toBe(true);
    expect(findSourcingRecall(soup)).toEqual([]);
  });
});

function at(text: string, s: string): Span {
  const i = text.indexOf(s);
  return { start: i, end: i + s.length };
}

describe('findSourcingRecall: what opens a sentence before its subject', () => {
  it.each([
    ['Although the plan would cut taxes for most families, one study found the poorest households would pay more.', 'one study', 'the poorest households would pay more'],
    ['Last year a study by Tarvin University found 40 cases of fraud among two million claims.', 'a study by Tarvin University', '40 cases of fraud among two million claims'],
    ['On Monday officials said the bridge would reopen in May.', 'officials', 'the bridge would reopen in May'],
  ])('%s', (text, source, content) => {
    expect(readings(text)).toEqual([{ source, cue: expect.any(String), content: [content] }]);
  });
  it('near miss: a subject with its own verb and object is no subject of the -ing cue', () => {
    const text = 'The port authority issued a notice on Friday warning that the old pier would close.';
    expect(readings(text).map((r) => r.source)).not.toContain('The port authority issued a notice on Friday');
  });
  it('near miss: a relative clause keeps its verb and object inside the subject', () => {
    expect(readings('Residents who attended the meeting warned that the ferry would stop.')[0]?.source).toBe('Residents who attended the meeting');
  });
});

describe('findSourcingRecall: intentions and expectations', () => {
  it.each([
    ['The harbour board wants to close the north pier by June.', 'The harbour board', 'wants', 'to close the north pier by June'],
    ['Mayor Ana Ruiz pledged to reopen the pier within a year.', 'Mayor Ana Ruiz', 'pledged', 'to reopen the pier within a year'],
    ['Lund expects the ferry to run again in May.', 'Lund', 'expects', 'the ferry to run again in May'],
  ])('%s', (text, source, cue, content) => {
    expect(readings(text)).toEqual([{ source, cue, content: [content] }]);
  });
});

describe('findSourcingRecall: an intention’s claim is its complement (found by the second review)', () => {
  it('ends before a second verb joined by "and"', () => {
    expect(readings('The Green leader wants to keep spending flat and has pledged to protect the climate fund.')[0]?.content).toEqual(['to keep spending flat']);
  });
  it('ends at a comma', () => {
    expect(readings('The government wants more nurses for rural hospitals, and it has promised to pay them better.')[0]?.content).toEqual(['more nurses for rural hospitals']);
  });
  it('near miss: no one in particular holds no claim', () => {
    expect(readings('Everyone wants a bargain at the market on Saturday.')).toEqual([]);
  });
});

describe('findSourcingRecall: found by the third review', () => {
  it('an intention’s list runs on past its commas', () => {
    expect(readings('The council plans to repair roads, build schools and hire teachers.')[0]?.content).toEqual(['to repair roads, build schools and hire teachers']);
  });
  it('a two-word complement is a whole claim', () => {
    expect(readings('The government wants more nurses, and it has promised to pay them better.')[0]?.content).toEqual(['more nurses']);
  });
});

describe('findSourcingRecall: an intention word that is a noun (found in the demo article)', () => {
  it('reads the speaker’s verb, not "plans" after an owner', () => {
    const text = 'A person familiar with the company’s plans said the inhaler would probably cost more than the devices it replaces.';
    expect(readings(text)).toEqual([{ source: 'A person familiar with the company’s plans', cue: 'said', content: ['the inhaler would probably cost more than the devices it replaces'] }]);
  });
  it('a comma inside a number ends no complement', () => {
    expect(readings('The council wants to build 12,000 homes by the end of the decade.')[0]?.content).toEqual(['to build 12,000 homes by the end of the decade']);
  });
});

describe('"admitted" before a clause is a cue, before an object it is not', () => {
  it('reads "admitted his side had been …"', () => {
    const text = 'Castlebrook manager Henrik Solberg admitted his side had been second best in the first half.';
    expect(readings(text)).toEqual([{ source: 'Castlebrook manager Henrik Solberg', cue: 'admitted', content: ['his side had been second best in the first half'] }]);
  });
  it.each([
    'The hospital admitted 40 patients overnight.',
    'The club admitted its new members at a dinner on Friday.',
  ])('near miss, "let in": %s', (text) => {
    expect(readings(text)).toEqual([]);
  });
});

describe('a quotation posted or tweeted, maybe on a named medium', () => {
  it.each([
    ['"Please do not travel today unless your journey is essential," the company posted on social media.', 'the company', 'posted'],
    ['"We are open as usual," the bakery tweeted.', 'the bakery', 'tweeted'],
    ['"The road is closed," police said on Twitter.', 'police', 'said'],
  ])('%s', (text, source, cue) => {
    expect(readings(text)).toEqual([expect.objectContaining({ source, cue })]);
  });
  it('near miss: a result posted is no saying', () => {
    expect(readings('Shares fell sharply after the company posted a loss on Monday.')).toEqual([]);
  });
});

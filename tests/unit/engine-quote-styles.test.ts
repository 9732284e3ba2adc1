/**
 * Quotation styles other than double quotes: single quotes (British house style) and two
 * apostrophes (''…'' in old wire copy). The view the taggers read (table tests: same length,
 * which marks change, which stay), then quotations found in such texts end to end.
 */
import { describe, expect, it } from 'vitest';
import { doubleQuotedView, singleQuotePairs, withWholeApostropheMarks } from '../../utils/attribution/single-quotes';
import { findAttributionSpans } from '../../utils/attribution/spans';
import type { Span } from '../../utils/attribution/types';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const at = (text: string, s: Span | null) => (s ? text.slice(s.start, s.end) : null);

describe('the double-quoted view', () => {
  it.each([
    ['British single quotes become double ones',
      "'We will not back down,' the minister said. 'Not this year.'",
      '“We will not back down,” the minister said. “Not this year.”'],
    ['curly single quotes too',
      '‘The trains are late,’ a passenger said. ‘Every day.’',
      '“The trains are late,” a passenger said. “Every day.”'],
    ['apostrophes inside words and plural possessives stay',
      "'The council's plan ignores the residents' views,' she said. 'It won't work.'",
      '“The council\'s plan ignores the residents\' views,” she said. “It won\'t work.”'],
    ['a double-quote text keeps its nested single quotes',
      '“They called it ‘a scandal’,” he said. “It was.” Critics said the ‘reform’ failed.',
      '“They called it ‘a scandal’,” he said. “It was.” Critics said the ‘reform’ failed.'],
    ['one stray pair is not a house style',
      "He said the so-called 'fix' was late.",
      "He said the so-called 'fix' was late."],
    ['two apostrophes open and close, keeping the length',
      "''I will run,'' she said.",
      ' “I will run,”  she said.'],
    ['single quotes no more than the guillemet quotations stay',
      "«Vote early,» she said. 'We agree,' they said. 'Today.' «Fine.»",
      "«Vote early,» she said. 'We agree,' they said. 'Today.' «Fine.»"],
    ['single quotes outnumbering the low-high quotations change',
      "„Vote early,” she said. 'We agree,' they said. 'Today.'",
      '„Vote early,” she said. “We agree,” they said. “Today.”'],
    ['a paragraph break leaves a mark unpaired',
      "'We agree,' they said. 'Today\n'Tomorrow,' he said.",
      '“We agree,” they said. \'Today\n“Tomorrow,” he said.'],
    ['an elision is not an opening mark',
      "In the '90s, 'rock 'n' roll was everywhere,' he said. 'Truly.'",
      "In the '90s, “rock 'n' roll was everywhere,” he said. “Truly.”"],
  ])('%s', (_label, text, view) => {
    expect(doubleQuotedView(text)).toBe(view);
    expect(doubleQuotedView(text)).toHaveLength(text.length);
  });

  it('pairs single marks only inside a paragraph', () => {
    expect(singleQuotePairs("'Left open\nand 'closed here,' she said")).toEqual([15, 28]);
  });

  it('widens a span to the whole two-apostrophe mark at either end, and leaves others alone', () => {
    const text = "He said: ''Yes.'' Then 'no'.";
    expect(at(text, withWholeApostropheMarks(text, { start: 10, end: 16 }))).toBe("''Yes.''");
    const plain = { start: 23, end: 27 };
    expect(withWholeApostropheMarks(text, plain)).toBe(plain);
  });
});

describe('quotations in other styles, through the span finder', () => {
  const model = loadModelFromDisk();
  const read = (text: string) => findAttributionSpans(text, model).map((f) => ({ source: at(text, f.source), cue: at(text, f.cue), content: f.content.map((c) => at(text, c)) }));

  it('a British quotation split by its cue is one claim of the speaker, quote marks and all', () => {
    const text = "Ferry services to the islands will be cut in winter, the operator said on Monday.\n\n" +
      "'Nobody wants fewer sailings,' Morag Innes, the operator's chief executive, told the local paper. 'But we cannot run empty boats.'\n";
    const found = read(text).find((f) => f.cue === 'told');
    expect(found?.source).toBe("Morag Innes, the operator's chief executive,");
    expect(found?.content).toEqual(["'Nobody wants fewer sailings,'", "'But we cannot run empty boats.'"]);
  });

  it('a two-apostrophe quotation is taken whole, marks included', () => {
    const text = "The library will close early on Fridays.\n\n''We simply do not have the staff,'' said Paul Okafor, the head librarian.\n";
    const found = read(text).find((f) => f.source?.includes('Paul Okafor'));
    expect(found?.content).toEqual(["''We simply do not have the staff,''"]);
  });
});

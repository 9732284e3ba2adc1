/** A reading nested in another's claim takes its source after the outer cue, never with the outer speaker. */
import { describe, expect, it } from 'vitest';
import { spanOf } from './span-helpers';
import { withNestedSourcesCut } from '../../utils/attribution/nested-source';
import type { AttributionSpans } from '../../utils/attribution/types';

/** The outer reading (source, cue, claim) and the nested one (source, cue, claim), by their words. */
function readings(text: string, outer: [string, string, string], nested: [string, string, string]): AttributionSpans[] {
  const reading = ([source, cue, claim]: [string, string, string]): AttributionSpans =>
    ({ source: spanOf(text, source), cue: spanOf(text, cue), content: [spanOf(text, claim)] });
  return [reading(outer), reading(nested)];
}

describe('a nested source starts after the outer cue', () => {
  it.each([
    ['Two diplomats said Karsovan negotiators had rejected the plan.', ['Two diplomats', 'said', 'Karsovan negotiators had rejected the plan'],
      ['Two diplomats said Karsovan negotiators', 'had rejected', 'the plan'], 'Karsovan negotiators'],
    ['Donald Trump says Hillary Clinton is lying about the deal.', ['Donald Trump', 'says', 'Hillary Clinton is lying about the deal'],
      ['Donald Trump says Hillary Clinton', 'is lying about', 'the deal'], 'Hillary Clinton'],
    ['Aides said that the minister had denied the report.', ['Aides', 'said', 'that the minister had denied the report'],
      ['Aides said that the minister', 'had denied', 'the report'], 'the minister'],
  ] as Array<[string, [string, string, string], [string, string, string], string]>)('%s', (text, outer, nested, expected) => {
    const [, cut] = withNestedSourcesCut(text, readings(text, outer, nested));
    expect(text.slice(cut.source!.start, cut.source!.end)).toBe(expected);
  });

  it('near miss: what follows the outer cue is no noun phrase, so the source is left as it was', () => {
    const text = 'Most said yes while others disagreed with the plan.';
    const found = readings(text, ['Most', 'said', 'yes while others disagreed with the plan'], ['Most said yes while others', 'disagreed', 'with the plan']);
    expect(withNestedSourcesCut(text, found)[1].source).toEqual(spanOf(text, 'Most said yes while others'));
  });
});

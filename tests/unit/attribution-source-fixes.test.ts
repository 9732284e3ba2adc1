/**
 * Source errors seen in the demo, checked on sentences written for these tests: bare role
 * plurals, bodies whose names hold a plural possessive, company names, and quote paragraphs
 * that continue the previous speaker without a cue of their own.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution';
import { describeSources } from '../../utils/attribution/source-typing';
import { attachQuoteContinuations } from '../../utils/attribution/quote-continuation';
import { fitSourceToCue, widenPossessiveName } from '../../utils/attribution/source-extent';
import type { AttributionSpans, Span } from '../../utils/attribution/types';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const model = loadModelFromDisk();

function spanOf(text: string, part: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(part, at + 1);
  if (at < 0) throw new Error(`fixture has no "${part}"`);
  return { start: at, end: at + part.length };
}

function described(text: string, source: string, nth = 0) {
  const found: AttributionSpans[] = [{ source: spanOf(text, source, nth), cue: null, content: [] }];
  return describeSources(text, found)[0];
}

describe('source typing of demo errors', () => {
  it.each([
    ['Engineers said the new span would open in May.', 'Engineers', 'unnamed-group'],
    ['The repairs are late. Inspectors warned that the cables were worn.', 'Inspectors', 'unnamed-group'],
    ['Residents say the ferry is always late.', 'Residents', 'unnamed-group'],
    ['Arden Pharma said the trial had met its main goal.', 'Arden Pharma', 'named-organization'],
    ['Lumen Biotech said in a statement that sales rose.', 'Lumen Biotech', 'named-organization'],
    ['The Port Users\' Association said the fees would rise.', 'The Port Users\' Association', 'named-organization'],
  ] as const)('%s', (text, source, type) => {
    expect(described(text, source).sourceType).toBe(type);
  });

  it('keeps a surname ending in -s a person once the text has named them', () => {
    const text = 'Noor Peters chairs the board. Peters said the vote was fair.';
    expect(described(text, 'Peters', 1).sourceType).toBe('named-person');
  });

  it('names a body with a plural possessive in full, not by its last word', () => {
    const text = 'The Farmers\' Union of Velmar said prices fell. The Farmers\' Union said more would follow.';
    const found: AttributionSpans[] = [{ source: spanOf(text, 'The Farmers\' Union', 1), cue: null, content: [] }];
    expect(describeSources(text, found)[0].resolvedSource.name).toMatch(/Farmers['’] Union/u);
  });
});

describe('a cue with no source span whose sentence opens with a pronoun', () => {
  it('takes the pronoun\'s referent as the speaker', () => {
    const text = 'Oskar Brandt has run the ferry for years. He was not hurt in the storm, and told reporters the crossing was safe.';
    const found: AttributionSpans[] = [{ source: null, cue: spanOf(text, 'told'), content: [spanOf(text, 'the crossing was safe')] }];
    const [described] = describeSources(text, found);
    expect(described.resolvedSource.name).toBe('Oskar Brandt');
    expect(described.sourceType).toBe('named-person');
  });

  it('does not take a pronoun inside the claim', () => {
    const text = 'He will resign soon, it was reported on Monday.';
    const found: AttributionSpans[] = [{ source: null, cue: spanOf(text, 'reported'), content: [spanOf(text, 'He will resign soon')] }];
    expect(describeSources(text, found)[0].resolvedSource.name).toBe('unattributed');
  });
});

describe('source span of a body with a plural possessive', () => {
  it('widens a span cut to the head word back over the whole name', () => {
    const text = 'Fees will rise, the Harbour Pilots\' Guild said on Monday.';
    const widened = widenPossessiveName(text, spanOf(text, 'Guild'));
    expect(text.slice(widened!.start, widened!.end)).toBe('the Harbour Pilots\' Guild');
  });

  it('leaves other spans alone', () => {
    const text = 'The pilots\' boats stayed in port, Guild members said.';
    const span = spanOf(text, 'Guild members');
    expect(widenPossessiveName(text, span)).toEqual(span);
    expect(widenPossessiveName(text, null)).toBeNull();
  });
});

describe('source span fitted to its cue', () => {
  const fitted = (text: string, source: string, cue: string): string => {
    const s = fitSourceToCue(text, spanOf(text, source), spanOf(text, cue))!;
    return text.slice(s.start, s.end);
  };
  it.each([
    ['takes in an apposition between source and cue', 'Ana Ruiz, the harbour master, said the quay was safe.', 'Ana Ruiz', 'said', 'Ana Ruiz, the harbour master,'],
    ['takes in a party tag', 'Rep. Ivo Brandt (D) said the bill would pass.', 'Rep. Ivo Brandt', 'said', 'Rep. Ivo Brandt (D)'],
    ['takes the closing comma of an apposition it holds', 'Ivo Brandt, who chairs the panel, warned of delays.', 'Ivo Brandt, who chairs the panel', 'warned', 'Ivo Brandt, who chairs the panel,'],
    ['cuts an adverb the tagger took in', 'Officials quietly said the plant would close.', 'Officials quietly', 'said', 'Officials'],
    ['cuts an adjunct after the name', 'Ana Ruiz, speaking in Velmar, said the talks failed.', 'Ana Ruiz, speaking in Velmar,', 'said', 'Ana Ruiz'],
    ['keeps a noun ending in -ly', 'The Ruiz family said they were relieved.', 'The Ruiz family', 'said', 'The Ruiz family'],
    ['leaves a clause between source and cue alone', 'Ana Ruiz, speaking in Velmar, said the talks failed.', 'Ana Ruiz', 'said', 'Ana Ruiz'],
  ])('%s', (_label, text, source, cue, expected) => {
    expect(fitted(text, source, cue)).toBe(expected);
  });

  it('leaves a source after its cue, or with no cue, as it is', () => {
    const text = 'The quay is safe, said Ana Ruiz, the harbour master.';
    const source = spanOf(text, 'Ana Ruiz');
    expect(fitSourceToCue(text, source, spanOf(text, 'said'))).toEqual(source);
    expect(fitSourceToCue(text, source, null)).toEqual(source);
  });
});

describe('quote paragraphs that continue the previous speaker', () => {
  const text = [
    'Tolvik lost its pier in the storm. “We will rebuild it,” Mara Quell, the mayor, told reporters. “The work starts in June.”',
    '“It will take two years. The town will be stronger for it.”',
    '“Nobody will be left out,” the council said.',
    'The council meets on Friday.',
  ].join('\n\n');
  const continuation = spanOf(text, '“It will take two years. The town will be stronger for it.”');

  it('attaches a cue-less quote paragraph to the speaker just before it', () => {
    const found: AttributionSpans[] = [{
      source: spanOf(text, 'Mara Quell, the mayor'), cue: spanOf(text, 'told'),
      content: [spanOf(text, '“We will rebuild it,”'), spanOf(text, '“The work starts in June.”')],
    }];
    attachQuoteContinuations(text, found);
    expect(found[0].content).toContainEqual(continuation);
  });

  it('does not take a quote paragraph that has its own cue, nor plain text', () => {
    const found: AttributionSpans[] = [{ source: null, cue: spanOf(text, 'told'), content: [spanOf(text, '“The work starts in June.”')] }];
    attachQuoteContinuations(text, found);
    expect(found[0].content).toHaveLength(2);
    const spoken = text.indexOf('“Nobody');
    expect(found[0].content.some((s) => s.start >= spoken)).toBe(false);
  });

  it('does not attach a quote paragraph after reported speech without quotation marks', () => {
    const plain = 'Mara Quell said the pier would be rebuilt.\n\n“It will take two years.”';
    const found: AttributionSpans[] = [{ source: spanOf(plain, 'Mara Quell'), cue: spanOf(plain, 'said'), content: [spanOf(plain, 'the pier would be rebuilt')] }];
    attachQuoteContinuations(plain, found);
    expect(found[0].content).toHaveLength(1);
  });

  it('end to end: the continuation is claimed by the mayor', () => {
    const attributions = annotate(text, model);
    const holder = attributions.find((a) => a.content.some((s) => s.start === continuation.start && s.end === continuation.end));
    expect(holder?.resolvedSource.name).toBe('Mara Quell');
  });
});

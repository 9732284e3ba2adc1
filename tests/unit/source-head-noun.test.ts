import { describe, expect, it } from 'vitest';
import { spanOf } from './span-helpers';
import { annotate } from '@/utils/attribution';
import { loadModelFromDisk } from '../../scripts/lib/model-file';
import { withSourceHeadNoun } from '@/utils/attribution/source-head-noun';

const model = loadModelFromDisk();

/** The repair on one reading, read back as words. */
function repaired(text: string, source: string | null, cue: string, content: string) {
  const [f] = withSourceHeadNoun(text, [{ source: source === null ? null : spanOf(text, source), cue: spanOf(text, cue), content: [spanOf(text, content)] }]);
  return { source: f.source && text.slice(f.source.start, f.source.end), cue: f.cue && text.slice(f.cue.start, f.cue.end) };
}

describe('a source cut before its head noun', () => {
  it.each([
    ['Tenant groups welcomed the ruling, saying it was overdue.', 'Tenant', 'saying', 'it was overdue', 'Tenant groups'],
    ['Local residents marched on Friday, saying the mill must stay.', 'Local', 'saying', 'the mill must stay', 'Local residents'],
    ['Farm Union campaigners said prices were unfair.', 'Farm Union', 'said', 'prices were unfair', 'Farm Union campaigners'],
    ['Foreign policy analysts warned that the plan would fail.', 'Foreign', 'warned', 'that the plan would fail', 'Foreign policy analysts'],
  ])('%s', (text, source, cue, content, expected) => {
    expect(repaired(text, source, cue, content).source).toBe(expected);
  });
  it.each([
    // the next word is no speaker noun, or the source is no bare capitalised modifier
    ['Marta Ruiz later said the mill must stay.', 'Marta Ruiz', 'said', 'the mill must stay'],
    ['The mayor, Ana Ruiz, told reporters the mill must stay.', 'The mayor, Ana Ruiz,', 'told', 'the mill must stay'],
    ['Ruiz said residents were angry.', 'Ruiz', 'said', 'residents were angry'],
  ])('leaves %s', (text, source, cue, content) => {
    expect(repaired(text, source, cue, content).source).toBe(source);
  });
});

describe('a cue that swallowed its subject', () => {
  it('gives the subject back as the source', () => {
    const text = 'Opposition parties condemned the levy on Tuesday.';
    expect(repaired(text, null, 'Opposition parties condemned', 'the levy')).toEqual({ source: 'Opposition parties', cue: 'condemned' });
  });
  it('leaves a cue that does not open with a speaker noun phrase', () => {
    const text = 'Speaking on Tuesday, she condemned the levy.';
    expect(repaired(text, null, 'Speaking on Tuesday', 'she condemned the levy')).toEqual({ source: null, cue: 'Speaking on Tuesday' });
  });
});

describe('the engine on such sentences', () => {
  it.each([
    ['Tenant groups welcomed the ruling, saying it would protect families.', 'Tenant groups', 'unnamed-group'],
    ['Local residents marched past the mill, saying the closure would ruin the town.', 'Local residents', 'unnamed-group'],
  ])('%s', (text, source, type) => {
    const found = annotate(text, model).find((a) => a.source && text.slice(a.source.start, a.source.end).startsWith(source.split(' ')[0]));
    expect(found && text.slice(found.source!.start, found.source!.end)).toBe(source);
    expect(found?.sourceType).toBe(type);
  });
});

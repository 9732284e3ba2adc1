import { describe, expect, it } from 'vitest';
import { passiveKind, withoutPassiveSubjects } from '../../utils/attribution/passive-cues';
import type { AttributionSpans, Span } from '../../utils/attribution/types';

/** The span of the first occurrence of `part` in `text`. */
const at = (text: string, part: string): Span => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`fixture has no "${part}"`);
  return { start, end: start + part.length };
};

describe('passiveKind', () => {
  it.each([
    ['The mayor was blamed for the flooding.', 'was blamed for', 'judged'],
    ['The mayor was blamed for the flooding.', 'blamed for', 'judged'],
    ['Dockworkers have sometimes been accused of delays.', 'have sometimes been accused of', 'judged'],
    ['The coach is being criticized for the defeat.', 'criticized', 'judged'],
    ['Residents were warned that the river could flood.', 'were warned', 'listener'],
    ['He was not told that the plant would close.', 'told', 'listener'],
    ['Critics blamed the mayor for the flooding.', 'blamed', null],
    ['Ana Ruiz was quoted as saying the deal was dead.', 'was quoted as saying', null],
    ['The fans were frustrated that the match was called off.', 'were frustrated', null],
    ['Being blamed is hard, he said.', 'said', null],
  ])('%s / "%s" -> %s', (text, cue, kind) => {
    expect(passiveKind(text, at(text, cue))).toBe(kind);
  });
});

describe('withoutPassiveSubjects', () => {
  const text = 'Farmers were blamed for the fires. Residents were warned that the river could flood. Ana Ruiz said the dam held.';
  const found: AttributionSpans[] = [
    { source: at(text, 'Farmers'), cue: at(text, 'were blamed for'), content: [at(text, 'the fires')] },
    { source: at(text, 'Residents'), cue: at(text, 'were warned'), content: [at(text, 'that the river could flood')] },
    { source: at(text, 'Ana Ruiz'), cue: at(text, 'said'), content: [at(text, 'the dam held')] },
  ];
  it('moves the one judged into the claim, drops the listener, keeps an active speaker', () => {
    expect(withoutPassiveSubjects(text, found)).toEqual([
      { source: null, cue: found[0].cue, content: [at(text, 'Farmers'), at(text, 'the fires')] },
      { source: null, cue: found[1].cue, content: found[1].content },
      found[2],
    ]);
  });
});

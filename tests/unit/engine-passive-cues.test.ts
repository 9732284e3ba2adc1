import { describe, expect, it } from 'vitest';
import { spanOf } from './span-helpers';
import { passiveKind, withoutPassiveSubjects } from '../../utils/attribution/passive-cues';
import type { AttributionSpans } from '../../utils/attribution/types';


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
    expect(passiveKind(text, spanOf(text, cue))).toBe(kind);
  });
});

describe('withoutPassiveSubjects', () => {
  const text = 'Farmers were blamed for the fires. Residents were warned that the river could flood. Ana Ruiz said the dam held.';
  const found: AttributionSpans[] = [
    { source: spanOf(text, 'Farmers'), cue: spanOf(text, 'were blamed for'), content: [spanOf(text, 'the fires')] },
    { source: spanOf(text, 'Residents'), cue: spanOf(text, 'were warned'), content: [spanOf(text, 'that the river could flood')] },
    { source: spanOf(text, 'Ana Ruiz'), cue: spanOf(text, 'said'), content: [spanOf(text, 'the dam held')] },
  ];
  it('moves the one judged into the claim, drops the listener, keeps an active speaker', () => {
    expect(withoutPassiveSubjects(text, found)).toEqual([
      { source: null, cue: found[0].cue, content: [spanOf(text, 'Farmers'), spanOf(text, 'the fires')] },
      { source: null, cue: found[1].cue, content: found[1].content },
      found[2],
    ]);
  });
});

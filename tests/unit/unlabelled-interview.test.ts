/**
 * A printed interview whose questions lost their bold: the answers are the interviewee's, each cued
 * by the question it answers; a story that only asks a question or two is no interview.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution/annotate';
import { findUnlabelledAnswers } from '../../utils/attribution/unlabelled-interview';
import { prepareDoc } from '../../utils/attribution/features';
import { model } from './engine-readings';

const INTERVIEW = [
  '"Rivers remember everything": a conversation with hydrologist Maren Oduya',
  'Maren Oduya has spent twenty years measuring rivers in East Africa. She spoke to us from Kisumu. The interview has been edited for length and clarity.',
  'What got you started on rivers?',
  'My grandmother. She fished the lake every morning and knew its moods better than any gauge.',
  'You have said the gauges are failing. Why?',
  "Because nobody pays to maintain them. I'd say half the stations I installed are dead.",
  'Half the readings we publish are estimates now. That should worry everyone.',
  'What would fix it?',
  'Money, mostly. And patience.',
].join('\n\n');

describe('unlabelled interviews', () => {
  it('reads each answer, over its paragraphs, as cued by the question before it', () => {
    const found = findUnlabelledAnswers(prepareDoc(INTERVIEW));
    expect(found.map((f) => [INTERVIEW.slice(f.cue!.start, f.cue!.end), f.content.map((c) => INTERVIEW.slice(c.start, c.end).slice(0, 24))])).toEqual([
      ['?', ['My grandmother. She fish']],
      ['?', ["Because nobody pays to m", 'Half the readings we pub']],
      ['?', ['Money, mostly. And patie']],
    ]);
  });

  it('gives the answers, and the "I" inside them, to the one the intro says was interviewed', () => {
    const readings = annotate(INTERVIEW, model);
    const answers = readings.filter((a) => a.cue && INTERVIEW.slice(a.cue.start, a.cue.end) === '?');
    expect(answers.map((a) => [a.resolvedSource.name, a.sourceType])).toEqual(Array(3).fill(['Maren Oduya', 'named-person']));
    const said = readings.find((a) => a.source && INTERVIEW.slice(a.source.start, a.source.end) === "I'd");
    expect(said?.resolvedSource.name).toBe('Maren Oduya');
  });

  it.each([
    // no intro saying it is an interview
    INTERVIEW.replace('The interview has been edited for length and clarity.', '').replace('a conversation with', 'meet'),
    // only two questions
    INTERVIEW.replace('What would fix it?', 'This fixes it.'),
  ])('reads no answers where the text is no interview (%#)', (text) => {
    expect(findUnlabelledAnswers(prepareDoc(text))).toEqual([]);
  });
});

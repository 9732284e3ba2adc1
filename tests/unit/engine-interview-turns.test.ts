/**
 * A printed interview's "Q:" and "A:" turns: each answer is the interviewee's (the person its
 * headline or intro names), each question the interviewer's, never people called "Q" and "A".
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution/annotate';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const model = loadModelFromDisk();
const read = (text: string) => annotate(text, model).map((a) => ({
  source: a.source && text.slice(a.source.start, a.source.end), type: a.sourceType, name: a.resolvedSource.name, claim: a.claim,
}));

const INTERVIEW = [
  'Q&A: the harbour master on the new ferry terminal',
  '',
  'Harbour master Ines Valdor spoke to us about the terminal, which the port authority and Mayor Tom Brandt back.',
  '',
  'Q: Will the terminal open on time?',
  'A: I expect the first ferries in June. The cranes arrive next month.',
  '',
  'Q: Mayor Brandt says costs have doubled.',
  'A: That is not right. The budget has not changed since March.',
].join('\n');

describe('a printed interview', () => {
  it('gives every answer to the interviewee, whom the intro names', () => {
    const answers = read(INTERVIEW).filter((r) => r.source === 'A');
    expect(answers.map((r) => r.claim)).toEqual([
      'I expect the first ferries in June. The cranes arrive next month.',
      'That is not right. The budget has not changed since March.',
    ]);
    for (const a of answers) expect(a).toMatchObject({ type: 'named-person', name: 'Ines Valdor' });
  });

  it('gives every question to the interviewer', () => {
    const questions = read(INTERVIEW).filter((r) => r.source === 'Q');
    expect(questions).toHaveLength(2);
    for (const q of questions) expect(q).toMatchObject({ type: 'unnamed-person', name: 'the interviewer' });
  });

  it.each([
    // the intro says who was interviewed, even after naming the reporter first
    ['Gazette reporter Tom Reyes spoke to novelist Katya Morrow about her book.\n\nQ: Why ferries?\n\nA: I worked on them for three summers.', 'Katya Morrow'],
    ['Under cross-examination by Simon Reyes, prosecuting, Marek Dolan was asked about the money.\n\nQ: Did you take it?\n\nA: I borrowed it.', 'Marek Dolan'],
    // no one is said to be interviewed: the answers are someone unnamed, not whoever is named most
    ['Quiz of the week\n\nQ: Which river flows through Harwick?\n\nA: The Leven.', 'the interviewee'],
  ])('the interviewee of %s', (text, name) => {
    expect(read(text).find((r) => r.source === 'A')?.name).toBe(name);
  });

  it('near miss: the article "A" opening a paragraph is no turn', () => {
    expect(read('A man said: the bridge is shut.').some((r) => r.source === 'A')).toBe(false);
  });
});

/**
 * A spokesperson speaks for a body: "A spokesperson for the company" is typed as the body, as "A
 * spokesperson for Lumenta" and "A Lumenta spokesperson" already were; not one for a family.
 */
import { describe, expect, it } from 'vitest';
import { readPhrase } from '../../utils/attribution/source-phrase';
import { speakerOf } from './engine-readings';

describe('a spokesperson for a body named by its common noun', () => {
  it.each(['A spokesperson for the company', 'a spokeswoman for the hospital', 'A spokesman for the force', 'a spokesperson for its parent company'])('is the body: %s', (phrase) => {
    expect(readPhrase(phrase, 0, ' said.')).toMatchObject({ kind: 'typed', type: 'named-organization' });
  });

  it.each(['a spokesman for the family', 'A spokesperson'])('is a person otherwise: %s', (phrase) => {
    expect(readPhrase(phrase, 0, ' said.')).toMatchObject({ kind: 'typed', type: 'unnamed-person' });
  });

  it('types the three ways of writing it alike in a whole text', () => {
    const text = 'Lumenta Systems recalled the locks. A spokesperson for the company said most had been fixed. A Lumenta spokesperson said refunds were available. A spokesperson for Lumenta said no one had been hurt.';
    for (const source of ['A spokesperson for the company', 'A Lumenta spokesperson', 'A spokesperson for Lumenta']) expect(speakerOf(text, source)?.type).toBe('named-organization');
  });

  it.each([
    ['The Water Standards Commission said it would review the findings. A commission spokesman said it had received 19 complaints.', 'A commission spokesman', 'the Water Standards Commission'],
    ['Brambley Foods Ltd said sales fell in March. A spokesperson for the company said no jobs would go.', 'A spokesperson for the company', 'Brambley Foods Ltd'],
    ['The Treasury declined to comment on Monday. A spokeswoman for the Treasury said later that no decision had been made.', 'A spokeswoman for the Treasury', 'the Treasury'],
  ])('names the body the text named: %s', (text, source, name) => {
    expect(speakerOf(text, source)).toEqual({ name, type: 'named-organization' });
  });

  it('leaves a body the text never named as written', () => {
    expect(speakerOf('The fire spread overnight. A council spokeswoman said roads would reopen.', 'A council spokeswoman')?.name).toBe('A council spokeswoman');
  });

  it('finds the promoter, not the paper the story was told something by', () => {
    const text = 'A friend of the singer told The Evening Gazette that she had been exhausted for months.\n\nTour promoter Brightside Live said ticket holders would be refunded. A spokeswoman for the company added that new dates would follow.';
    expect(speakerOf(text, 'Tour promoter Brightside Live')).toEqual({ name: 'Brightside Live', type: 'named-organization' });
    expect(speakerOf(text, 'A spokeswoman for the company')).toEqual({ name: 'Brightside Live', type: 'named-organization' });
  });

  it.each([
    ['Police arrested three members of Climate Reckoning outside Marlo Oil on Monday. A spokesman for the group said the arrests were heavy-handed.', 'A spokesman for the group', 'Police'],
    ['Quarrel Search has been fined 2 billion euros by the EU. A company spokesman said it would appeal.', 'A company spokesman', 'the EU'],
  ])('never names a public body as the group or company spoken for: %s', (text, source, wrong) => {
    expect(speakerOf(text, source)?.name).not.toBe(wrong);
  });

  it('finds a police service called "the force"', () => {
    const text = 'Two men were arrested on Monday, the force said. Eastholm Police confirmed that the force had referred itself to the watchdog. A force spokesman said the referral was standard procedure.';
    expect(speakerOf(text, 'A force spokesman')).toEqual({ name: 'Eastholm Police', type: 'named-organization' });
  });
});

import { describe, expect, it } from 'vitest';
import { spanOf } from './span-helpers';
import { withoutIdiomCues } from '@/utils/attribution/idiom-cues';

/** Whether a reading with `cue` (its words, first occurrence) survives the idiom filter. */
const kept = (text: string, cue: string): boolean =>
  withoutIdiomCues(text, [{ source: null, cue: spanOf(text, cue), content: [{ start: text.length - 5, end: text.length - 1 }] }]).length === 1;

describe('a reporting word in a writer’s idiom is no cue', () => {
  it.each([
    ['Having said that, some economists argue the tax should go.', 'said'],
    ['It goes without saying that the plan is costly.', 'goes without saying'],
    ['It is worth noting that this is the first such case.', 'noting'],
    ['Needless to say, the vote was close.', 'say'],
    ['It’s unclear whether a vote will be held this year.', 'It’s unclear'],
    ['That said, the mayor has not ruled it out.', 'said'],
  ])('%s', (text, cue) => {
    expect(kept(text, cue)).toBe(false);
  });
  it.each([
    // the same words reporting someone
    ['Having heard the evidence, the judge said that the claim failed.', 'said'],
    ['Ruiz said that, in her view, the plan is costly.', 'said'],
    ['Officials said it was unclear whether a vote would be held.', 'said'],
    ['The mayor, noting the cost, said the plan would wait.', 'noting'],
  ])('near miss: %s', (text, cue) => {
    expect(kept(text, cue)).toBe(true);
  });
});

describe('a verb of saying whose object is "nothing" or "anything" attributes no claim', () => {
  /** Whether the reading with `cue` and `claim` (their words, first occurrence) survives. */
  const keeps = (text: string, cue: string, claim: string): boolean =>
    withoutIdiomCues(text, [{ source: null, cue: spanOf(text, cue), content: [spanOf(text, claim)] }]).length === 1;
  it.each([
    ['Nobody said anything about the missing money.', 'said', 'anything about the missing money'],
    ['The spokesman said nothing.', 'said', 'nothing'],
    ['She declined to say anything further.', 'declined to say', 'anything further'],
    ['Ruiz said nothing about the plan.', 'said nothing about', 'the plan'],
    ['Nobody said anything when the lights went out.', 'said', 'anything when the lights went out'],
    ['The company said goodbye to its founder on Monday.', 'said', 'goodbye to its founder on Monday'],
  ])('%s', (text, cue, claim) => {
    expect(keeps(text, cue, claim)).toBe(false);
  });
  it.each([
    // "nothing" and "anything" opening a claim that says something
    ['Ruiz said nothing would change.', 'said', 'nothing would change'],
    ['Ruiz said anything was possible.', 'said', 'anything was possible'],
    ['The minister said nothing more could be done to save the plant.', 'said', 'nothing more could be done to save the plant'],
    ['Police said nothing of value had been taken.', 'said', 'nothing of value had been taken'],
    ['Doctors said nothing in the scans suggested a stroke.', 'said', 'nothing in the scans suggested a stroke'],
    ['Ruiz said anything but a full apology would be unacceptable.', 'said', 'anything but a full apology would be unacceptable'],
    ['Nothing the president said will help, Ruiz said.', 'Ruiz said', 'Nothing the president said will help'],
    ['The report found nothing about the plan.', 'found', 'nothing about the plan'],
  ])('near miss: %s', (text, cue, claim) => {
    expect(keeps(text, cue, claim)).toBe(true);
  });
});

describe('a work that tells a story claims nothing', () => {
  const keeps = (text: string, source: string, cue: string, claim: string): boolean =>
    withoutIdiomCues(text, [{ source: spanOf(text, source), cue: spanOf(text, cue), content: [spanOf(text, claim)] }]).length === 1;
  it('drops the plot of a film', () => {
    expect(keeps('The film tells the story of a miner who becomes a union leader.', 'The film', 'tells', 'the story of a miner who becomes a union leader')).toBe(false);
  });
  it('near miss: a person telling the story of what happened reports it', () => {
    expect(keeps('Ruiz told the story of how the bridge fell.', 'Ruiz', 'told', 'the story of how the bridge fell')).toBe(true);
  });
});

describe('a body recalling a product withdraws it, it says nothing', () => {
  const keeps = (text: string, source: string, cue: string, claim: string): boolean =>
    withoutIdiomCues(text, [{ source: spanOf(text, source), cue: spanOf(text, cue), content: [spanOf(text, claim)] }]).length === 1;
  it.each([
    ["The sheriff's office recalled a misprinted evacuation map.", "The sheriff's office", 'a misprinted evacuation map'],
    ['Halvorsen Appliances recalled 10,000 kettles on Friday.', 'Halvorsen Appliances', '10,000 kettles'],
    ['The company recalled two batches of baby formula.', 'The company', 'two batches of baby formula'],
    // a name whose words do not say it is a body's: a count of things, a batch or its own things
    ['Wren & Mallory recalled 10,000 copies of a cookery book last year.', 'Wren & Mallory', '10,000 copies of a cookery book last year'],
    ['Halvard last year recalled a batch of turbopump seals from its suppliers.', 'Halvard last year', 'a batch of turbopump seals from its suppliers'],
    ['Bancrest recalled its earnings guidance for the first quarter.', 'Bancrest', 'its earnings guidance for the first quarter'],
  ])('drops %s', (text, source, claim) => {
    expect(keeps(text, source, 'recalled', claim)).toBe(false);
  });
  it.each([
    ['She recalled the day the plant closed.', 'She', 'the day the plant closed'],
    ['The company recalled that it had warned regulators in 2019.', 'The company', 'that it had warned regulators in 2019'],
    ['He recalled two meetings with the minister in 2019.', 'He', 'two meetings with the minister in 2019'],
    // a person by title or given name, or described, recalls as memory whatever the count
    ['Dr. Ines Varga recalled two meetings with the minister.', 'Dr. Ines Varga', 'two meetings with the minister'],
    ['Marta Quill recalled three visits to the camp.', 'Marta Quill', 'three visits to the camp'],
    ['The former coach recalled its early days.', 'The former coach', 'its early days'],
  ])('near miss: keeps %s', (text, source, claim) => {
    expect(keeps(text, source, 'recalled', claim)).toBe(true);
  });
});

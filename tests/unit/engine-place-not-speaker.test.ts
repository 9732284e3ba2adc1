/**
 * A town is nobody's voice: a role noun ("the judge") never falls back to a name written as a
 * place, and a service or brigade is a body (invented sentences from a review of new genres).
 */
import { describe, expect, it } from 'vitest';
import { readSources as read } from './engine-readings';

describe('a place is no speaker', () => {
  it.each([
    ['A Harlow Bay councillor was jailed on Friday. The judge said he had betrayed voters.', 'The judge', 'unnamed-person', 'The judge'],
    ['Thousands marched in Kelso on Sunday. The mayor said the protest had been peaceful.', 'The mayor', 'unnamed-person', 'The mayor'],
    ['Floods hit Port Aldwin overnight. The coastguard said two boats had sunk.', 'The coastguard', 'named-organization', 'The coastguard'],
    ['Storm hits Kelso. The regional fire service says it was called to 80 incidents.', 'The regional fire service', 'named-organization', 'The regional fire service'],
    ['Floods hit Kelso overnight. The fire brigade said two houses had collapsed.', 'The fire brigade', 'named-organization', 'The fire brigade'],
    // a defendant named before "the judge" is not the judge, who news names by title if at all
    ['Derek Amble, 61, admitted taking £40,000 from the fund. The judge said he had betrayed the town.', 'The judge', 'unnamed-person', 'The judge'],
    ['Lawyer Ben Castle spoke for an hour. The magistrate said the case would go to the crown court.', 'The magistrate', 'unnamed-person', 'The magistrate'],
  ])('%s', (text, source, type, name) => {
    expect(read(text)).toContainEqual({ source, type, name });
  });

  it.each([
    // near misses: a person named before the role is still the role
    ['Ana Ruiz voted against the bill in Kelso. The senator said it was rushed.', 'The senator', 'Ana Ruiz'],
    ['Judge Philippa Oduya sentenced him on Friday. The judge said he had betrayed voters.', 'The judge', 'Philippa Oduya'],
    // a name after a home or kin noun and "of" is someone's, not a place
    ['Protesters gathered outside the home of Oswin Tarrant on Sunday. The senator said he would not be intimidated.', 'The senator', 'Oswin Tarrant'],
    ['Reporters waited outside the office of Mirela Dobre. The minister said she had done nothing wrong.', 'The minister', 'Mirela Dobre'],
  ])('near miss: %s', (text, source, name) => {
    expect(read(text).find((r) => r.source === source)?.name).toBe(name);
  });
});

describe('a utility’s trade ends its name', () => {
  it.each([
    ['Coastline Power said crews were on the way.', 'Coastline Power', 'named-organization'],
    ['Northfield Gas said the leak was fixed.', 'Northfield Gas', 'named-organization'],
    // near miss: a given name opens a person's name, whatever its last word
    ['Samantha Power said the vote was a disgrace.', 'Samantha Power', 'named-person'],
  ])('%s', (text, source, type) => {
    expect(read(text)[0]).toMatchObject({ source, type });
  });
});

/**
 * A descriptive noun with a name in apposition ("The union, Unite,"), a fronted "according to"
 * phrase, and a passive relative clause: invented news sentences the engine once misread, each
 * read as a reader would.
 */
import { describe, expect, it } from 'vitest';
import { spanOf } from './span-helpers';
import { annotate } from '../../utils/attribution/annotate';
import { apposedToOrganisation, describeApposedBefore } from '../../utils/attribution/apposition-before';
import { insideFrontedPhrase } from '../../utils/attribution/clause-start';
import { describeAfter } from '../../utils/attribution/source-description';
import { withoutRelativePronounClaims } from '../../utils/attribution/passive-cues';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const model = loadModelFromDisk();
const read = (text: string) => annotate(text, model).map((a) => ({
  source: a.source && text.slice(a.source.start, a.source.end), type: a.sourceType,
  name: a.resolvedSource.name, description: a.resolvedSource.description, claim: a.claim,
}));

describe('a name in apposition to a descriptive noun', () => {
  it.each([
    ['The manufacturer, Kestrel Biologics, said in a statement that it would seek approval.', 'named-organization', 'Kestrel Biologics', 'Kestrel Biologics, the manufacturer'],
    ['The company, Halvard Motors, said it would cut 250 jobs.', 'named-organization', 'Halvard Motors', 'Halvard Motors, the company'],
    ['The union, Forge, said the pay offer was an insult.', 'named-organization', 'Forge', 'Forge, the union'],
    ['The regulator, Tellcom, said it had opened an investigation.', 'named-organization', 'Tellcom', 'Tellcom, the regulator'],
    ["Norland's energy watchdog, Ofgrid, said bills would fall.", 'named-organization', 'Ofgrid', "Ofgrid, Norland's energy watchdog"],
    ['On Monday the carmaker, Brenna Auto, said it would close a plant.', 'named-organization', 'Brenna Auto', 'Brenna Auto'],
    ['Her lawyer, Daniel Kessler, said she would appeal.', 'named-person', 'Daniel Kessler', 'Daniel Kessler, her lawyer'],
    ['The developer, Tom Hale, said the homes would be ready in May.', 'named-person', 'Tom Hale', 'Tom Hale, the developer'],
  ])('%s', (text, type, name, description) => {
    expect(read(text)[0]).toMatchObject({ type, name, description });
  });

  it('a person whose given name no list knows, apposed to a role of a body, is that person', () => {
    const text = 'Olwen Price said the fund was fair. The chair of the Countryside Business Alliance, Geraint Howells, said the fund was welcome.';
    expect(read(text)[1]).toMatchObject({ type: 'named-person', name: 'Geraint Howells' });
  });

  it('later mentions of the name are the same body', () => {
    const text = 'The union, Forge, said the offer was an insult. Forge said it would ballot its members.';
    expect(read(text).map((r) => [r.type, r.name])).toEqual([['named-organization', 'Forge'], ['named-organization', 'Forge']]);
  });

  it.each([
    ['The union, Forge, said it.', 'Forge', true, 'the union'],
    ['The health secretary, Omar Siddiq, said it.', 'Omar Siddiq', false, 'the health secretary'],
    // (the clause before "that" is no apposition; the noun phrase after it is)
    ['A spokesman for the mayor told reporters that the city manager, Ann Lee, had resigned.', 'Ann Lee', false, 'the city manager'],
    ['The mayor told reporters the city manager, Ann Lee, had resigned.', 'Ann Lee', false, ''],
    ['In the city, Hale said it.', 'Hale', false, ''],
    // the head comes before its "of" or "for": the body after it only says whose role it is
    ['The chair of the Countryside Business Alliance, Geraint Howells, said it.', 'Geraint Howells', false, 'the chair of the Countryside Business Alliance'],
    ['A spokesman for the presidency, Tiago Mendes, said it.', 'Tiago Mendes', false, 'a spokesman for the presidency'],
    ['The Ministry of Health, Ana Ruiz, said it.', 'Ana Ruiz', true, 'the Ministry of Health'],
    ['The head of the union, Ann Kerr, said it.', 'Ann Kerr', false, 'the head of the union'],
    ['The Friends of Kelby Park chairman, Arthur Voss, said it.', 'Arthur Voss', false, 'the Friends of Kelby Park chairman'],
  ])('apposition before the name in %s', (text, name, body, described) => {
    const { start, end } = spanOf(text, name);
    expect(apposedToOrganisation(text, start, end)).toBe(body);
    expect(describeApposedBefore(text, start, end)).toBe(described);
  });
});

describe('an apposition after a fronted phrase never runs into the main clause', () => {
  it.each([
    ['According to Al-Rased, the envoy left Cairo on Tuesday.', 'Al-Rased', ''],
    ['DAMASCUS — According to Al-Rased, the envoy left on Tuesday.', 'Al-Rased', ''],
    ['In Lisbon, the minister said the talks had failed.', 'Lisbon', ''],
    ['According to the finance director, Alan Kim, the bridge reopens in May.', 'Alan Kim', ''],
    ['According to Al-Rased, a news site based in Beirut, the envoy left.', 'Al-Rased', 'a news site based in Beirut'],
    ['The envoy left Cairo, according to Al-Rased, a news site.', 'Al-Rased', 'a news site'],
    ['After the vote, Ana Ruiz, the party leader, resigned.', 'Ana Ruiz', 'the party leader'],
    ['The report was written by Ana Ruiz, a ministry spokeswoman.', 'Ana Ruiz', 'a ministry spokeswoman'],
    // the phrase after the fronted one is the main clause's subject, described in turn
    ['According to police, the driver, a 41-year-old man, fled on foot.', 'police', ''],
    ['According to deputies, the hiker, 67, was found on Sunday.', 'deputies', ''],
    ['According to Ana Ruiz, the ferry, which sank in 1998, will be raised.', 'Ana Ruiz', ''],
    ['According to Ana Ruiz, the harbour master, the ferry will be raised.', 'Ana Ruiz', 'the harbour master'],
    // a fronted participle phrase ends at its comma too: the role after it is the main clause's subject
    ['Speaking to reporters in Lisbon, the prime minister said the talks would resume.', 'Lisbon', ''],
    ['Visiting Kyiv, the minister said aid would continue.', 'Kyiv', ''],
    ['Visiting Kyiv, Ana Ruiz, the foreign minister, said aid would continue.', 'Ana Ruiz', 'the foreign minister'],
    // a capitalised word in -ing that opens a name or a noun is no participle
    ['Sterling Johnson, the chief executive, said the firm would hire.', 'Sterling Johnson', 'the chief executive'],
    ['Reading Borough Council, the local authority, said the road would stay shut.', 'Reading Borough Council', 'the local authority'],
  ])('%s', (text, name, expected) => {
    expect(describeAfter(text, spanOf(text, name).end)).toBe(expected);
  });

  it.each([
    ['According to Al-Rased', true],
    ['But unlike the mayor', false],
    ['But Unlike the mayor', true],
    ['The envoy left Cairo, according to Al-Rased', false],
    ['In a statement on Tuesday, the ministry said the vote was fair, said Ana Ruiz', false],
  ])('insideFrontedPhrase at the end of "%s" -> %s', (text, expected) => {
    expect(insideFrontedPhrase(text, text.length)).toBe(expected);
  });

  it.each([
    ['According to Ana Ruiz, the harbour master, the ferry will be raised in June.', 'Ana Ruiz, the harbour master', 'the ferry will be raised in June'],
    ["According to Ana Ruiz, the port's chief engineer, the ferry will be raised in June.", "Ana Ruiz, the port's chief engineer", 'the ferry will be raised in June'],
    ['According to Ana Ruiz, the ferry, which sank in 1998, will be raised in June.', 'Ana Ruiz', 'the ferry, which sank in 1998, will be raised in June'],
    ['According to Ana Ruiz, the mayor, 52, was never told.', 'Ana Ruiz', 'the mayor, 52, was never told'],
  ])('a role after an according-to name is the source’s, unless it is the claim’s subject: %s', (text, source, claim) => {
    expect(read(text)[0]).toMatchObject({ source, claim });
  });

  it.each([
    ['Speaking to reporters in Lisbon, the prime minister said the talks would resume next week.', 'the prime minister', 'unnamed-person', 'the prime minister'],
    ['Asked about Ruiz, the spokesman said she had resigned.', 'the spokesman', 'named-organization', 'the spokesman'],
    ['Ana Ruiz voted against the bill. After meeting Karl Weiss, the senator said it was rushed.', 'the senator', 'named-person', 'Ana Ruiz'],
    ['Ana Ruiz voted against the bill. The senator said it was rushed.', 'The senator', 'named-person', 'Ana Ruiz'],
  ])('a role after a fronted phrase is not a name inside that phrase: %s', (text, source, type, name) => {
    expect(read(text).find((r) => r.source === source)).toMatchObject({ type, name });
  });

  it('the source of "according to" is described by its name alone', () => {
    expect(read('According to Al-Rased, the envoy left Cairo on Tuesday.')[0]).toMatchObject({ name: 'Al-Rased', description: 'Al-Rased', claim: 'the envoy left Cairo on Tuesday' });
  });
});

describe('a passive relative clause gives no reading whose claim is only "which"', () => {
  it.each([
    ['The utility, which was blamed for the blackout, said it would pay compensation.', 'The utility', 'it would pay compensation'],
    ['The utility, which was criticised by regulators, said it would pay compensation.', 'The utility', 'it would pay compensation'],
  ])('%s', (text, source, claim) => {
    const readings = read(text);
    expect(readings).toContainEqual(expect.objectContaining({ source, claim }));
    // the passive clause may stay as a reading of its own (PolNeAR marks the one judged), never as the bare pronoun
    expect(readings.filter((r) => r.claim.trim() === 'which')).toEqual([]);
    expect(readings.filter((r) => r.source === source)).toHaveLength(1);
  });

  it('drops only a claim that is the pronoun alone', () => {
    const text = 'The firm, which was told to pay a fine, said it would appeal.';
    const alone = { source: null, cue: spanOf(text, 'was told'), content: [spanOf(text, 'which')] };
    const more = { source: null, cue: spanOf(text, 'was told'), content: [spanOf(text, 'which'), spanOf(text, 'to pay a fine')] };
    const said = { source: spanOf(text, 'The firm'), cue: spanOf(text, 'said'), content: [spanOf(text, 'it would appeal')] };
    expect(withoutRelativePronounClaims(text, [alone, more, said])).toEqual([more, said]);
  });
});

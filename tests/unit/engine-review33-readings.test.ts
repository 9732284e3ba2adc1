/**
 * Readings found wrong while reviewing this session's new sentences and the r33 held-out review
 * (new articles a helper wrote and hand-scored; names invented here anew).
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution/annotate';
import { model, readClaims, readSources, speakerOf } from './engine-readings';

describe('review 33 readings', () => {
  it.each([
    ['A senior engineer who was not authorised to speak publicly told the newspaper that cracks had been found.',
      'A senior engineer who was not authorised to speak publicly', 'anonymous-source'],
    ['Supporters who have heard from the Halvorsen campaign say its first aim is to win in the north.',
      'Supporters who have heard from the Halvorsen campaign', 'unnamed-group'],
  ])('reads the subject with its relative clause as the source, not the clause\'s last verb: %s', (text, source, type) => {
    expect(readSources(text).map((r) => [r.source, r.type])).toEqual([[source, type]]);
  });

  it.each([
    // a complementiser "that" is no part of a source
    ['Now that Ilse Varga has publicly claimed the vote was rigged, her allies are nervous.', 'Ilse Varga'],
    ['Residents who live near the plant said the smell had worsened.', 'Residents who live near the plant'],
  ])('reads the speaker of a clause whole and alone: %s', (text, source) => {
    expect(readSources(text).map((r) => r.source)).toContain(source);
  });

  it('reads no statement in a failure to agree on a matter', () => {
    const text = 'Negotiators for the union and the port authority failed to agree on pay. The union said the strike would go on.';
    expect(readClaims(text).map((r) => r.cue)).toEqual(['said']);
  });

  it('types every reading of an unnamed source anonymous when a later mention says it was kept unnamed', () => {
    const text = 'A midwife who has worked at the unit for a decade told the paper that conditions had not improved. ' +
      'She said shifts were still left short. The midwife, who did not want to be identified, said managers had discouraged complaints.';
    expect(readSources(text).map((r) => r.type)).toEqual(['anonymous-source', 'anonymous-source', 'anonymous-source']);
  });

  it('reads a headline\'s bare body noun as a body, never a person whose role holds the noun', () => {
    const text = 'Hospital trust admits failings over deaths\n\nA hospital trust in the north has admitted failings. ' +
      'The trust\'s chief executive, Dr Samuel Oduya, apologised.';
    expect(speakerOf(text, 'Hospital trust')?.type).toBe('named-organization');
  });

  it('ends a claim in the writer\'s words with its sentence', () => {
    const text = 'The premier\'s office said in a brief statement that its delegation would keep negotiating. It did not elaborate.\n\n' +
      'The utility announced that it would cut gas to 29 homes from 3 p.m. Friday.';
    expect(readClaims(text).map((r) => r.claim)).toEqual(['that its delegation would keep negotiating', 'that it would cut gas to 29 homes from 3 p.m. Friday']);
  });

  it.each([
    ['Two officials briefed on the talks spoke to the paper. One of the officials, who spoke on condition of anonymity, said the gaps had narrowed. The other said a deal was possible.',
      'anonymous-source', 'The other'],
    ['Two residents spoke to the Gazette. One said the water was brown. The other said it smelled of diesel.', 'unnamed-person', 'Two residents'],
  ])('reads "The other" as the other member of the group: %s', (text, type, name) => {
    expect(speakerOf(text, 'The other')).toEqual({ name, type });
  });

  it.each([
    ['His lawyer, Marc Lepine, said outside the courthouse that his client would appeal.', 'that his client would appeal'],
    ['The agency said on Tuesday that the dam was safe.', 'that the dam was safe'],
  ])('keeps where and when it was said out of the claim: %s', (text, claim) => {
    expect(readClaims(text).map((r) => r.claim)).toEqual([claim]);
  });

  it('reads no statement in showing no emotion', () => {
    const text = 'Thibault, who has maintained his innocence, showed no emotion as the sentence was read. His lawyer said he would appeal.';
    expect(readClaims(text).map((r) => r.cue)).toEqual(['said']);
  });

  it('reads a one-word name set beside a product\'s maker as a body everywhere, the headline too', () => {
    const text = "EU opens inquiry into Quorvia's app store rules\n\nThe commission opened an investigation into whether Quorvia, the Californian smartphone maker, " +
      'is blocking rival stores. Quorvia rejected the accusations. The company said it had complied fully.';
    expect(readSources(text).map((r) => [r.source, r.name, r.type])).toEqual([
      ['Quorvia', 'Quorvia', 'named-organization'], ['The company', 'Quorvia', 'named-organization'],
    ]);
  });

  it.each([
    ['Vantel, the Californian software group, was fined. The company said it would appeal.', 'The company', 'Vantel'],
    ['Officials spoke to the Guardian newspaper. The Guardian newspaper reported that the deal was off.', 'The Guardian newspaper', 'the Guardian'],
    // a name shaped like a nation's adjective, before a verb and a preposition, is still a name
    ['The Diocese of Westmere suspended the priest. The Diocese said in a statement that an inquiry had begun.', 'The Diocese', 'the Diocese of Westmere'],
  ])('reads a nation\'s adjective after "the" as no name, but keeps a paper\'s: %s', (text, source, name) => {
    expect(speakerOf(text, source)?.name).toBe(name);
  });

  it.each([
    ['Castlebridge boss Dean Whitlock was furious about the penalty decision that went against his side. "It was a blatant handball," he said.'],
    ['Critics seized on the report that was published in May. "It is a whitewash," one said.'],
  ])('reads no claim in a relative clause on a noun of saying: %s', (text) => {
    expect(readClaims(text).map((r) => r.cue)).toEqual(['said']);
  });

  it.each([
    ['Lumeris, a fast-growing hardware start-up based in the capital, said it welcomed the review. The company insisted that no images were stored.',
      'The company', 'Lumeris', 'named-organization'],
    ['Shares in Brightholm Foods fell after the snack and frozen-meals maker cut its forecast, blaming weaker demand.',
      'the snack and frozen-meals maker', 'Brightholm Foods', 'named-organization'],
  ])('reads a start-up and a product\'s maker as firms: %s', (text, source, name, type) => {
    expect(speakerOf(text, source)).toEqual({ name, type });
  });

  it('keeps a policy maker a person', () => {
    expect(speakerOf('The policy maker said it was fine.', 'The policy maker')?.type).toBe('unnamed-person');
  });

  it.each([
    ['Senior figures in the Liberal Party said the vote would be close. Some argue that giving in would embolden the rebels. Others say the policy is not worth the risk.',
      [['Some', 'Some of the senior figures in the Liberal Party'], ['Others', 'Others among the senior figures in the Liberal Party']]],
    ['Residents packed the public gallery. Many said the roads were already at breaking point.', [['Many', 'Many of the residents']]],
    ['Her aides were unhappy with the speech. Some said it had been rewritten overnight.', [['Some', 'Some of her aides']]],
  ])('describes "Some", "Many", "Others" as part of the group just named: %s', (text, expected) => {
    const found = annotate(text, model).filter((a) => a.source && /^(?:Some|Many|Others)$/u.test(text.slice(a.source.start, a.source.end)));
    expect(found.map((a) => [text.slice(a.source!.start, a.source!.end), a.resolvedSource.description])).toEqual(expected);
  });

  it('reads "she" as the person a sentence has just turned to through a role and an honorific', () => {
    const text = 'The opera was written by the composer Inês Valadares. The score was lost until a musicologist found a copy.\n\n' +
      'That musicologist, Dr. Henrike Solberg, was in the audience on Saturday. She said afterwards that she had waited for this night.';
    expect(speakerOf(text, 'She')?.name).toBe('Henrike Solberg');
  });

  it.each([
    ['Her condition was described by the hospital as stable.', 'the hospital', 'Her condition … stable'],
    ['The book was initially dismissed by some officials as alarmist.', 'some officials', 'The book … alarmist'],
  ])('reads the agent of a passive of judging as the source and its verdict as the claim: %s', (text, source, claim) => {
    expect(readClaims(text).map((r) => [r.source, r.claim])).toEqual([[source, claim]]);
  });

  it('reads the cue\'s object as the claim, not a fronted "In a brief statement"', () => {
    const text = 'In a brief statement, Strand-Ebuka denied any wrongdoing but said he was stepping down.';
    expect(readClaims(text).map((r) => [r.cue, r.claim])).toEqual([['denied', 'any wrongdoing'], ['said', 'he was stepping down']]);
  });

  it('reads a defendant introduced with an age and a relative clause as the one denying the charges', () => {
    const text = 'Desmond Achter, 58, who ran operations at Halvorsen Freight until last year, denies three counts of perverting the course of justice.';
    expect(readSources(text).map((r) => [r.source, r.type])).toEqual([['Desmond Achter, 58, who ran operations at Halvorsen Freight until last year', 'named-person']]);
  });

  it('reads "the club" as the club, not the ground it played at', () => {
    const text = 'Harbourside Rovers beat Millbrook Athletic 2-1. The crowd of 14,212 was the largest at the Quayside Ground this season. ' +
      "Millbrook's defeat ends their cup run. The club said it was proud of the squad.";
    expect(speakerOf(text, 'The club')?.name).toBe('Millbrook Athletic');
  });

  it('reads a firm named again without "Group" as the same firm', () => {
    const text = "The ports' operator, Northern Harbours Group, said it was disappointed. Northern Harbours denied that the talks had failed.";
    expect(speakerOf(text, 'Northern Harbours')).toEqual({ name: 'Northern Harbours Group', type: 'named-organization' });
  });

  it('widens a source cut on a body\'s noun over the person\'s noun after it', () => {
    expect(speakerOf('A government minister at the time reportedly described it as a small problem.', 'A government minister')?.type).toBe('unnamed-person');
  });

  it('reads no claim in a heading\'s question word', () => {
    expect(readClaims('What the critics say\n\nThe mayor\'s rivals disagree with her figures.')).toEqual([]);
  });

  it('keeps the writer\'s clause joined before the source out of the claim', () => {
    const text = 'The device has sold out in several stores since its launch, and the company said demand had "exceeded all expectations."';
    expect(readClaims(text).map((r) => r.claim)).toEqual(['demand had "exceeded all expectations."']);
  });

  it('reads the clause a claim points back to ("admits as much") as the claim', () => {
    const text = "The choice was a gamble, and the theatre's artistic director, Olu Marchetti, admits as much.";
    expect(readClaims(text).map((r) => r.claim)).toEqual(['The choice was a gamble']);
  });

  it('names no place listed after a preposition as the body in apposition', () => {
    const text = 'A union representing workers at the two factories, in Pellworth and Caddon Vale, said the cuts would cost 700 jobs.';
    expect(readSources(text).map((r) => r.name)).toEqual(['A union representing workers at the two factories']);
  });

  it('reads the body after a fronted "In a post on X," as the speaker, not the platform', () => {
    const text = 'Tessaly\'s government rejected the findings. In a post on X, the country\'s embassy in Geneva called the group "a mouthpiece for hostile governments."';
    expect(readSources(text).map((r) => [r.source, r.type])).toEqual([
      ["Tessaly's government", 'named-organization'], ["the country's embassy in Geneva", 'named-organization'],
    ]);
  });

  it('keeps the trade written before a body\'s name, so "the charity" finds it', () => {
    const text = 'Diabetes charity Sugarwise welcomed the research. In a statement, the charity said the findings offered a simple step.';
    expect(annotate(text, model).map((a) => [a.resolvedSource.name, a.resolvedSource.description])).toEqual([
      ['Sugarwise', 'Diabetes charity Sugarwise'], ['Sugarwise', 'Diabetes charity Sugarwise'],
    ]);
  });
});

/**
 * Readings found wrong by the r40 held-out review (16 new articles written and hand-scored by a
 * helper at 526ef7a; names invented here anew or changed).
 */
import { describe, expect, it } from 'vitest';
import { readClaims, readSources } from './engine-readings';

describe('session 31: acts and refusals to disclose are no statements (r40 review)', () => {
  it.each([
    'Police did not release his name.',
    'The National Federation of Mine Workers called a one-day stoppage across the industry for Friday in solidarity.',
    'Many parents have sided with the teachers, at least for now.',
  ])('reads no claim: %s', (text) => {
    expect(readClaims(text)).toEqual([]);
  });

  it.each([
    ['The senator called the plan a disgrace.', 'called'],
    ['The union called for a strike.', 'called for'],
  ])('still reads a calling that says something: %s', (text, cue) => {
    expect(readClaims(text).map((r) => r.cue)).toEqual([cue]);
  });
});

describe('session 31: a participle after a possessive subject (r40 review)', () => {
  it('gives "adding" the minister, not the country that owns the title', () => {
    const text = 'France\'s armed forces minister said the launch was "a matter of sovereignty", adding that the country would no longer have to "ask permission".';
    expect(readClaims(text).map((r) => r.source)).toEqual(["France's armed forces minister", "France's armed forces minister"]);
  });
});

describe('session 31: people the phrase itself identifies (r40 review)', () => {
  it('keeps "the mother of one of the skiers" and her "she" unnamed, not the rescue chief named before', () => {
    const text = 'Rescue chief Pierre-Alain Roux said the search had been difficult.\n\n' +
      'The mother of one of the British skiers, speaking to the BBC from her home in Cumbria, said she had spent the night "staring at the phone". "When they rang, I sat down on the floor," she said.';
    expect(readSources(text).slice(1).map((r) => r.name)).toEqual(['The mother of one of the British skiers', 'The mother of one of the British skiers']);
  });

  it('reads "a delivery driver stuck … near Roissy" as the driver, not the town', () => {
    const text = 'A delivery driver stuck for three hours on the A1 near Roissy said he had been told he would lose a day\'s pay. "Everyone has problems," he said.';
    expect(readSources(text).map((r) => r.type)).toEqual(['unnamed-person', 'unnamed-person']);
  });
});

describe('session 31: an interviewee\'s "I" inside the answer is the answer (r40 review)', () => {
  it('reads the answer once, and someone it quotes apart', () => {
    const text = 'Q: How did you research it?\n\nA: I talked to people who had lived there. My editor said I should cut the second half. I think she was right.\n\nQ: And now?\n\nA: I am resting.';
    const readings = readClaims(text);
    expect(readings.filter((r) => r.source === 'I')).toEqual([]);
    expect(readings.map((r) => r.source)).toContain('My editor');
  });
});

describe('session 31: appearances and trades kept anonymous (r40 review)', () => {
  it('reads no claim in how someone appeared', () => {
    const text = 'Champion loses title\n\nVarga, 34, who has held the title since 2021, appeared exhausted when he arrived at the post-game news conference.';
    expect(readClaims(text).map((r) => r.cue)).toEqual([]);
  });

  it('types a distributor who asked not to be named an anonymous source', () => {
    const text = 'A German distributor, who asked not to be named because his company buys films from the festival each year, said the jury had played it safe.';
    expect(readSources(text)[0].type).toBe('anonymous-source');
  });
});

describe('session 31: speakers inside an absolute phrase; a claim summed up by the writer (r40 review)', () => {
  it.each([
    ['The divorce trial of the actor Daniel Ashby opened on Monday, with lawyers for Vance accusing the actor of concealing earnings.', 'lawyers for Vance'],
    ['Rescuers pulled four skiers alive from the snow, in what mountain guides described as an extraordinary escape.', 'mountain guides'],
  ])('reads the phrase before the cue as the speaker: %s', (text, source) => {
    expect(readClaims(text).at(-1)?.source).toBe(source);
  });

  it('ends the government\'s claim before "a move the unions said was illegal"', () => {
    const text = 'The government said it would dock the pay of striking teachers, a move the unions said was illegal.';
    expect(readClaims(text)[0].claim).toBe('it would dock the pay of striking teachers');
  });
});

describe('session 31: where it was written, when it was announced (r40 review)', () => {
  it.each([
    ['Lena Finch, writing in The Sunday Ledger, had called the film "a study in tension" when it premiered on Tuesday.', 'had called'],
    ['The chair of the judges, the historian Simon Acheson, said when the longlist was announced that the panel had been "struck by the ambition" of the novels.', 'said'],
  ])('reads only the statement: %s', (text, cue) => {
    expect(readClaims(text).map((r) => r.cue)).toEqual([cue]);
  });
});

describe('session 31: a member body named before its noun (r40 review)', () => {
  it('resolves "The smaller Confédération Paysanne union" to that union, not the European Union', () => {
    const text = 'Farmers blocked roads around Paris over European Union rules.\n\n' +
      'The smaller Confédération Paysanne union, which represents many organic farmers, said its members wanted guaranteed minimum prices.';
    expect(readSources(text).at(-1)).toMatchObject({ name: 'Confédération Paysanne', type: 'named-organization' });
  });
});

describe('session 31: "according to" at a paragraph\'s start (r40 review)', () => {
  it('does not take the quotation of the paragraph before into the claim', () => {
    const text = "The results, from a study of 1,840 patients with early Alzheimer's disease in 14 countries, were presented at a conference in Barcelona and published simultaneously in The Lancet Neurology.\n\n\"This is the clearest signal we have seen that targeting the disease early can change its course,\" said Dr Helle Brand, Norvale's chief medical officer. \"It is not a cure. But for a patient and a family, eighteen months of slower decline is time that matters.\"\n\nAccording to the paper, patients who received monthly infusions of the drug, known as nvx-221, scored significantly better on a standard memory and daily functioning scale than those given a placebo.";
    const claim = readClaims(text).find((r) => r.cue === 'According to')?.claim ?? '';
    expect(claim).not.toContain('It is not a cure');
  });
});

describe('session 31: a second speaker joined by "and" (r40 review)', () => {
  it('ends the police\'s claim before "and the interior ministry said"', () => {
    const text = "Farmers block roads into Paris with tractors as subsidy protest escalates\n\nThousands of farmers drove tractors onto the main motorways around Paris on Monday, blocking six of the routes into the capital in an escalation of protests against cuts to agricultural subsidies and what they describe as an avalanche of environmental regulation.\n\nPolice said about 1,200 tractors had taken part in the blockades by midday, and the interior ministry said 15,000 officers had been deployed to keep the Rungis wholesale food market, which supplies most of the city's restaurants, open.";
    expect(readClaims(text).map((r) => r.source).slice(-2)).toEqual(['Police', 'the interior ministry']);
  });
});

describe('session 31: an expectation no one holds in the text (r38–r41 reviews)', () => {
  it.each([
    'Museum to return bronzes\n\nThe handover ceremony is expected to take place in Lagos in the spring.',
    'Crash inquiry opens\n\nThe final report is expected within twelve months.',
  ])('reads no claim: %s', (text) => {
    expect(readClaims(text)).toEqual([]);
  });

  it('still reads who expects, when the text says', () => {
    const text = 'Crash inquiry opens\n\nThe final report is expected by investigators to blame the pilots.';
    expect(readClaims(text).length).toBeGreaterThan(0);
  });
});

describe('session 31: someone\'s agent is not the nearest name (r41 review)', () => {
  it('keeps "His agent" and "the agent" one unnamed person, not a playwright named in passing', () => {
    const text = 'Theatre review\n\nRudd, 78, has said this will be his last Shakespeare role. His agent said on Wednesday that the actor had read none of the reviews. "He said the same thing in 1979," the agent added.';
    expect(readSources(text).map((r) => r.name).slice(-2)).toEqual(['His agent', 'His agent']);
  });
});

describe('session 31: votes and gestures are no statements (r41 review)', () => {
  it.each([
    'Pension vote\n\nThe bill passed by 76 votes to 68, with six abstentions.',
    'Marathon record\n\nAsked about the shoes at the post-race news conference, he smiled and pointed to his feet.',
  ])('reads no claim: %s', (text) => {
    expect(readClaims(text)).toEqual([]);
  });

  it('still reads what someone pointed to in argument', () => {
    expect(readClaims('Cruz pointed to the poll that shows him beating Trump.').map((r) => r.cue)).toEqual(['pointed to']);
  });
});

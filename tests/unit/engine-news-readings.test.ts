/**
 * Ordinary news sentences the engine once read wrongly, each read as a reader would: a body's
 * "It" after the statement it spoke in, an anonymous source's whole relative clause, and firms
 * whose names end in a trade ("Homes", "Water").
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution/annotate';
import { fitSourceToCue } from '../../utils/attribution/source-extent';
import { describeAfter } from '../../utils/attribution/source-description';
import { withLeadingDeterminer } from '../../utils/attribution/claim-edges';
import { passiveKind } from '../../utils/attribution/passive-cues';
import { spanOf } from './span-helpers';
import { model, readSources as read } from './engine-readings';

/** The claims the engine reads in `text`, in order. */
const claimsOf = (text: string) => annotate(text, model).map((a) => a.claim);

describe('"It" after a body spoke in a statement', () => {
  it.each([
    ['The transport ministry said in a statement on Tuesday that talks would resume. It accused the union of delay.', 'The transport ministry'],
    ['The water company said in a letter to customers that bills would rise. It blamed the drought.', 'The water company'],
  ])('is the body: %s', (text, body) => {
    expect(read(text)).toContainEqual({ source: 'It', name: body, type: 'named-organization' });
  });
  it('is the body that spoke of a document in the sentence before, not the document', () => {
    const text = 'The Green party said it would oppose the bill. It said the plan was unfair to renters.';
    expect(read(text)).toContainEqual({ source: 'It', name: 'The Green party', type: 'named-organization' });
  });
  it('stays the document a body sent, which says things itself', () => {
    const text = 'The city sent a letter on Monday. It says the advert must stop.';
    expect(read(text)).toContainEqual({ source: 'It', name: 'a letter', type: 'document' });
  });
});

describe('the rest of an open relative clause between source and cue', () => {
  it.each([
    ['A senior aide, who spoke on condition of anonymity because the talks were private, said the deal was close.', 'A senior aide, who spoke', 'A senior aide, who spoke on condition of anonymity because the talks were private,'],
    ['The inspector, who visited in May, said the wards were clean.', 'The inspector, who visited', 'The inspector, who visited in May,'],
  ])('belongs to the source: %s', (text, tagged, expected) => {
    const s = fitSourceToCue(text, spanOf(text, tagged), spanOf(text, 'said'))!;
    expect(text.slice(s.start, s.end)).toBe(expected);
  });
  it.each([
    // a clause already closed, or a gap holding a quotation or a sentence break, is left alone
    ['The inspector, who visited in May, later said the wards were clean.', 'The inspector, who visited in May,'],
    ['The inspector, who visited. Then "we" said the wards were clean.', 'The inspector, who visited'],
  ])('leaves %s', (text, tagged) => {
    const s = fitSourceToCue(text, spanOf(text, tagged), spanOf(text, 'said'))!;
    expect(text.slice(s.start, s.end)).toBe(tagged);
  });
});

describe('a firm named for its trade', () => {
  it.each([
    ['The builder, Ashcombe Homes, said the flats would be finished by June.', 'Ashcombe Homes'],
    ['Wessex Water said the pipe had burst overnight.', 'Wessex Water'],
    ['Northline Trains said services would resume at noon.', 'Northline Trains'],
  ])('is an organisation: %s', (text, name) => {
    expect(read(text)).toContainEqual(expect.objectContaining({ name, type: 'named-organization' }));
  });
});

describe('descriptions read past abbreviations and keep the introduction', () => {
  it.each([
    ['Dr. Ines Bauer, a surgeon at St. Jude Hospital in Leeds, said the ward would reopen.', 'a surgeon at St. Jude Hospital in Leeds'],
    ['Omar Haddad, who served as U.S. envoy to the region until May, said talks had stalled.', 'who served as U.S. envoy to the region until May'],
  ])('%s', (text, description) => {
    expect(describeAfter(text, text.indexOf(',', text.indexOf(' ') + 1))).toBe(description);
  });
  it.each([
    ['Ana Ruiz, who took office in May, said the port would grow. Ana Ruiz, who also chairs the port board, said later that it would not.', 'Ana Ruiz, who took office in May'],
    ["Ana Ruiz, who took office in May, said the port would grow. Ruiz, the city's mayor, said later that it would not.", "Ana Ruiz, the city's mayor"],
  ])('keeps the first of two relative clauses, and a role over either: %s', (text, description) => {
    expect(annotate(text, model).map((a) => a.resolvedSource.description)).toEqual([description, description]);
  });
  it('cuts a long one after a whole word', () => {
    const text = `Ana Ruiz, who ${'worked on the harbour plan '.repeat(8)}for years, said the port would grow.`;
    const described = describeAfter(text, text.indexOf(','));
    expect(described.length).toBeLessThanOrEqual(160);
    expect(described.endsWith('harbour') || described.endsWith('plan') || described.endsWith('on') || described.endsWith('the') || described.endsWith('worked')).toBe(true);
  });
});

describe('a firm described after its name, a trial, and a source cut on a possessive', () => {
  it.each([
    ['Korvel, a Dutch chipmaker, said demand had fallen.', 'Korvel', 'named-organization'],
    ['Halden, a Norwegian drugmaker based in Oslo, said the trial had failed.', 'Halden', 'named-organization'],
    ['Ruiz, a company spokesman, said the trial had failed.', 'Ruiz', 'named-person'],
    ['Minka Ode, a senior adviser to the Ruiz campaign, said the trial had failed.', 'Minka Ode', 'named-person'],
  ])('%s', (text, name, type) => {
    expect(read(text)).toContainEqual(expect.objectContaining({ name, type }));
  });
  it('reads a trial that left its relative pronoun out of the source as a document', () => {
    const text = 'The trial, which followed 900 patients for two years, found that the drug slowed the decline.';
    expect(read(text)).toContainEqual({ source: 'The trial', name: 'The trial', type: 'document' });
  });
  it('widens a source cut on a possessive over its head noun', () => {
    const text = "Sen. Ana Ruiz, the bill's lead sponsor, called the vote a turning point.";
    const s = fitSourceToCue(text, spanOf(text, "Sen. Ana Ruiz, the bill's"), spanOf(text, 'called'))!;
    expect(text.slice(s.start, s.end)).toBe("Sen. Ana Ruiz, the bill's lead sponsor,");
  });
});

describe('sport and club news', () => {
  it('gives a quotation two cues claimed to the nearer one', () => {
    const text = 'He told reporters that he still had the backing of the squad. "The players are with me," he said.';
    const readings = annotate(text, model).map((a) => ({ cue: text.slice(a.cue!.start, a.cue!.end), content: a.content.map((c) => text.slice(c.start, c.end)) }));
    expect(readings).toEqual([
      { cue: 'told', content: ['that he still had the backing of the squad'] },
      { cue: 'said', content: ['"The players are with me,"'] },
    ]);
  });
  it('reads "One" after a group as one of that group', () => {
    const text = 'Two senior players, speaking privately, said morale had collapsed. One described training as chaotic.';
    expect(read(text)).toContainEqual({ source: 'One', name: 'Two senior players', type: 'anonymous-source' });
    expect(read('One said the plan was dead.')).toContainEqual({ source: 'One', name: 'One', type: 'unnamed-person' });
  });
  it('reads "the club" as the club the text named', () => {
    const text = 'Harford Rovers have sacked their manager. In a statement, the club said it had taken a difficult decision.';
    expect(read(text)).toContainEqual({ source: 'the club', name: 'Harford Rovers', type: 'named-organization' });
  });
});

describe('a live blog', () => {
  it('reads a compound body ("The county council") whole, for a later "it" too', () => {
    const text = 'The county council has confirmed that 40 schools will stay closed. Parents should check its website, it said.';
    expect(read(text)).toContainEqual({ source: 'it', name: 'The county council', type: 'named-organization' });
  });
  it('reads a name after a firm’s trade as a body, one after a person’s role as a person', () => {
    const text = 'Homes are without power, the network operator Eastline says. The developer Tom Hale said the homes were safe.';
    expect(read(text)).toEqual([
      { source: 'the network operator Eastline', name: 'Eastline', type: 'named-organization' },
      { source: 'The developer Tom Hale', name: 'Tom Hale', type: 'named-person' },
    ]);
  });
  it('starts a claim at its determiner', () => {
    expect(withLeadingDeterminer('He told us the wall fell.', spanOf('He told us the wall fell.', 'wall fell'))).toEqual(spanOf('He told us the wall fell.', 'the wall fell'));
  });
});

describe('a raising passive ("is expected to", "is said to")', () => {
  it('never makes its subject the speaker', () => {
    const text = 'The envoy, Lena Varga, is expected to brief the council next week, according to two diplomats.';
    expect(passiveKind(text, spanOf(text, 'is expected'))).toBe('judged');
    // inside the diplomats' claim the passive is their account, not a reading of its own (unsourced-inner.ts)
    expect(annotate(text, model).find((a) => a.cue && text.slice(a.cue.start, a.cue.end) === 'is expected')).toBeUndefined();
    expect(read(text)).toContainEqual({ source: 'two diplomats', name: 'two diplomats', type: 'anonymous-source' });
    // standing alone, with no one who expects, it is no reading at all (session 31: the r38-r41 reviews
    // each scored such readings as no statement), and so never one with its subject as the speaker
    const alone = 'The envoy, Lena Varga, is expected to brief the council next week.';
    expect(annotate(alone, model).find((a) => a.cue && alone.slice(a.cue.start, a.cue.end) === 'is expected')).toBeUndefined();
    expect(annotate(alone, model).some((a) => a.resolvedSource.name === 'Lena Varga')).toBe(false);
  });
});

describe('ordinary news the newer rules were not written for', () => {
  it('reads "One" after an unnamed group as one unnamed person of it', () => {
    const text = 'Three cleaners at the depot described the night shift. One said the alarms never worked.';
    expect(read(text)).toContainEqual({ source: 'One', name: 'Three cleaners at the depot', type: 'unnamed-person' });
  });
  it.each([
    ['Obinna Eze, a local builder, said the wall was unsafe.', 'Obinna Eze, a local builder,', 'Obinna Eze'],
    ['Hamish Reid, a bus operator, said fares would rise.', 'Hamish Reid, a bus operator,', 'Hamish Reid'],
    ['Wendell Pryce, Britain’s best-known broadcaster, said he would retire.', 'Wendell Pryce, Britain’s best-known broadcaster,', 'Wendell Pryce'],
    ['Former miner Gwilym Price said the town had changed.', 'Former miner Gwilym Price', 'Gwilym Price'],
  ])('reads a two-word name beside a trade people ply as a person: %s', (text, source, name) => {
    expect(read(text)).toContainEqual({ source, name, type: 'named-person' });
  });
  it('keeps a listener out of a claim that opens with its own determiner', () => {
    const text = 'The coach told her the squad was ready.';
    expect(withLeadingDeterminer(text, spanOf(text, 'the squad was ready'))).toEqual(spanOf(text, 'the squad was ready'));
  });
});

describe('families and relatives', () => {
  it.each([
    ['The family said in a statement that they were heartbroken.', 'The family', 'unnamed-group'],
    ['The couple said they had lost everything in the fire.', 'The couple', 'unnamed-group'],
    ['The first lady said she was proud of the volunteers.', 'The first lady', 'unnamed-person'],
    ['His widow said he had been a kind man.', 'His widow', 'unnamed-person'],
  ])('%s', (text, source, type) => {
    expect(read(text)).toContainEqual({ source, name: source, type });
  });
});

describe('captions, statements and places in world news', () => {
  it.each([
    'Pictured: Released detainees arrive at the border crossing on Sunday.',
    'Photo: The mayor speaks to residents outside the town hall.',
    'File photo: Ferry passengers queue at the terminal.',
  ])('reads no speaker in a page label before a colon: %s', (label) => {
    const text = `Council approves new budget\n\nThe council approved the budget on Monday.\n\n${label}`;
    expect(read(text).map((r) => r.source)).toEqual([]);
  });
  it('still reads a transcript speaker before a colon', () => {
    const text = 'Council approves new budget\n\nThe council approved the budget on Monday.\n\nMARTINEZ: We will not sign this budget.';
    expect(read(text)).toContainEqual({ source: 'MARTINEZ', name: 'MARTINEZ', type: 'named-person' });
  });
  it('takes the "it" of "In a short statement, it said" for the body just before, not the statement', () => {
    const text = 'The Danish embassy in Velmar welcomed the exchange. In a short statement, it said it hoped for a broader dialogue.';
    const it = read(text).find((r) => r.source === 'it');
    expect(it?.type).toBe('named-organization');
    expect(it?.name).not.toBe('a short statement');
  });
  it('does not take the name of a place in apposition for the people in it', () => {
    const text = 'Two diplomats in the Tarvonian capital, Velmar, said the deal had been brokered over several months.';
    const [diplomats] = read(text);
    expect(diplomats.type).toBe('anonymous-source');
    expect(diplomats.name).not.toBe('Velmar');
  });
});

describe('politics: a partitive of an anonymous group, and a dated document', () => {
  it('reads "One of them" after three anonymous officials as one of those officials', () => {
    const text = 'Three officials involved in drafting the bill said a fallback was ready. One of them acknowledged that it would satisfy no one.';
    expect(read(text)).toContainEqual({ source: 'One of them', name: 'Three officials', type: 'anonymous-source' });
  });
  it('takes no month abbreviation in a date for a person', () => {
    const text = 'The minister wrote to lawmakers on Monday. The letter, dated Feb. 14, warns that the agencies are watching closely.';
    const letter = read(text).find((r) => r.source?.startsWith('The letter'));
    expect(letter?.type).toBe('document');
    expect(letter?.name).not.toBe('Feb');
  });
});

describe('business and court copy: titles, short firm names and where a witness is from', () => {
  it('drops a chief executive\'s title from the name', () => {
    expect(read('Chief Executive Harriet Coyle said profits fell.')).toContainEqual({ source: 'Chief Executive Harriet Coyle', name: 'Harriet Coyle', type: 'named-person' });
  });
  it.each([
    ['Pellham Foods reported a fall in profit. Pellham said it would cooperate with the review.', 'Pellham', 'Pellham Foods'],
    ['Tarrow Insurance raised its premiums on Monday. Tarrow said customers would be protected.', 'Tarrow', 'Tarrow Insurance'],
  ])('reads a firm\'s first word alone as the firm: %s', (text, source, firm) => {
    expect(read(text)).toContainEqual({ source, name: firm, type: 'named-organization' });
  });
  it('takes no place after "from" for the person an apposition describes', () => {
    const text = 'One investor, a retired nurse from Hollingbury, told the court that she had lost her savings.';
    const [investor] = read(text);
    expect(investor.type).toBe('unnamed-person');
    expect(investor.name).not.toBe('Hollingbury');
  });
});

describe('"the company" is never a public body', () => {
  it('does not read a council as "the company"', () => {
    const text = 'Glenmorrow Council said its centre at the town hall had hot food. The company later confirmed that customers were being contacted.';
    const company = read(text).find((r) => r.source === 'The company');
    expect(company?.name).not.toBe('Glenmorrow Council');
  });
});

describe('a second batch of news styles: dates, anonymity in other words, a subject introduced with its role', () => {
  it('keeps a claim whole across a month abbreviation\'s dot', () => {
    expect(claimsOf('Six people have been shot in the district since Oct. 1, police said.')).toEqual(['Six people have been shot in the district since Oct. 1']);
  });
  it('reads "who did not want to be identified" as anonymity, and keeps the clause in the source', () => {
    const text = 'A senior doctor at one of the hospitals, who did not want to be identified for fear of losing her job, said staff had been given no warning.';
    const [doctor] = annotate(text, model);
    expect(doctor.sourceType).toBe('anonymous-source');
    expect(doctor.claim).toBe('staff had been given no warning');
    expect(text.slice(doctor.source!.start, doctor.source!.end)).toContain('who did not want to be identified');
  });
  it.each([
    ['Amara Diallo said the fund was too small. The European Union’s climate commissioner, Henrik Laugesen, would not confirm the figure. He told reporters that the bloc was ready.', 'He', 'Henrik Laugesen'],
    ['Zhou Weiming said talks were slow. Its minister, Salote Fanua, wept as she addressed the plenary.\n\n“I am asking you to act,” she said.', 'she', 'Salote Fanua'],
    // a vox pop: a fronted place or time, then a trade in lower case before the name
    ['Dan Pryce, a forecaster, said more rain was expected. "The ground is saturated," he said.\n\nIn Millbridge, retired engineer Ken Oduya, 72, watched as the water filled his kitchen.\n\n"I have lived here forty years and never seen anything like it," he said.', 'he', 'Ken Oduya'],
    ['Fact-checkers said the claim was false.\n\nOn Sunday, Oren Vale went on the offensive.\n\n“They just made it up,” he said.', 'he', 'Oren Vale'],
  ])('gives a pronoun to the person the story turned to, introduced with a role: %s', (text, pronoun, name) => {
    expect(read(text)).toContainEqual({ source: pronoun, name, type: 'named-person' });
  });
  it.each([
    // near misses: a linking phrase sets no scene, and "For X," is X's view
    ['Senator Ira Cole said the town had changed him. “It was my home,” he said.\n\nIn that sense, Sandy Hook was not just a tragedy.\n\n“I think about it every day,” he added.', 'he', 'Ira Cole'],
    ['Ian Moss said the report was thin. “It proves nothing,” he said. For Ian Moss, Rob Tate is exposing a cruel logic. “The market never fails,” he mocks.', 'he', 'Ian Moss'],
  ])('keeps the speaker past a linking phrase or a view: %s', (text, pronoun, name) => {
    expect(read(text).filter((r) => r.source === pronoun).at(-1)?.name).toBe(name);
  });
});

describe('claims around documents, filings and days', () => {
  it('reads a quotation closed by "the document states"', () => {
    const text = '"The current configuration of services is not financially sustainable," the document states.';
    expect(read(text)).toContainEqual({ source: 'the document', name: 'the document', type: 'document' });
  });
  it('leaves the body a filing went to out of the claim', () => {
    expect(claimsOf('The company said in a filing with the Securities and Exchange Commission that net income rose 8%.')).toEqual(['that net income rose 8%']);
  });
  it('does not cut a claim on the preposition before a day', () => {
    expect(claimsOf('A spokesman said the plenary might not convene until Sunday.')).toEqual(['the plenary might not convene until Sunday']);
  });
});

describe('back-references to a name given right after a description', () => {
  it.each([
    ['She is survived by a son, Michael Bennett, and a daughter. Her son said she never stopped drawing.', 'Her son', 'Michael Bennett', 'named-person'],
    ['According to an analysis by the research group Carbon Ledger, emissions rose. The group said the pledges fell short.', 'The group', 'Carbon Ledger', 'named-organization'],
  ])('%s', (text, source, name, type) => {
    expect(read(text)).toContainEqual({ source, name, type });
  });
  it('reads "Another" after a group of unnamed sources as one more of them', () => {
    const text = 'Three former employees said the records were altered. Another said managers knew.';
    expect(read(text)).toContainEqual({ source: 'Another', name: 'Three former employees', type: 'unnamed-person' });
  });
});

describe('guards found by review: where the new readings must not reach', () => {
  it.each([
    ['Coach Linda Moore praised her players. Captain Jane Rowe scored twice. \'Jane was brilliant today,\' she said.', 'Linda Moore'],
    ['"We did our best," said Tom Gale, the coach. Referee John Mills sent off two players in the second half. "The referee lost control," he said.', 'Tom Gale'],
    ['Peter Holt said the bridge was unsafe. Engineer Rahim Osei inspected it last year. "Rahim warned us," he said.', 'Peter Holt'],
    ['Ana Ruiz said the council would act. Her deputy, Maria Sol, has been on leave since March. "We miss her," she said.', 'Ana Ruiz'],
    ['"The water is rising," said Mayor Ana Ruiz. Ngaire Tui lost her home in the flood. "She is one of many," she said.', 'Ana Ruiz'],
    ['Pavel Dorn said the port would reopen. Ferry captain James Keel looked tired. "We can’t wait. We need ships," he said.', 'James Keel'],
  ])('a quotation about the person the story turned to is still the speaker\'s: %s', (text, name) => {
    expect(read(text).at(-1)?.name).toBe(name);
  });
  it.each([
    ['The Financial Conduct Authority fined the bank. The regulator said the penalty was fair.', 'The regulator', 'the Financial Conduct Authority'],
    ['A spokeswoman for the city, Ana Ruiz, said the road would reopen.', 'A spokeswoman for the city, Ana Ruiz,', 'Ana Ruiz'],
  ])('keeps what was right before: %s', (text, source, name) => {
    expect(read(text).find((r) => r.source === source)?.name).toBe(name);
  });
  it('reads anonymity wording in a claim as the claim, not as the source\'s anonymity', () => {
    // not anonymous: the spokesman speaks on the record for the police (as "police said" does)
    expect(read('A police spokesman said the victim\'s family did not wish to be identified.')[0].type).toBe('named-organization');
  });
  it('does not take a name that goes on to speak for the description before it', () => {
    const text = 'Police are looking for a witness, Inspector Tom Hale said. The witness said the car was red.';
    expect(read(text).find((r) => r.source === 'The witness')?.name).toBe('a witness');
  });
  it('leaves the West Bank out of "the West"', () => {
    const text = 'Violence flared in the West Bank overnight. The West has condemned the attacks, a diplomat said.';
    expect(read(text).find((r) => r.source === 'The West')?.name).not.toBe('West Bank');
  });
});

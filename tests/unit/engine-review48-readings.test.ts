/**
 * Readings found wrong by the held-out reviews (r46 onwards), fixed in session 35; sentences
 * invented here anew.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, speakerOf } from './engine-readings';

describe('session 35: a lede whose source follows its claim (r46 review)', () => {
  it.each([
    // the claim after the cue was only its day, or its listener
    ['Grain prices have risen for a fifth week in a row, bankers and economists said on Monday.', 'bankers and economists', 'said', 'Grain prices have risen for a fifth week in a row'],
    ['The night shift was badly understaffed, doctors and nurses told the inquiry.', 'doctors and nurses', 'told', 'The night shift was badly understaffed'],
    ['The night shift was badly understaffed for weeks, a nurse told the Guardian.', 'a nurse', 'told', 'The night shift was badly understaffed for weeks'],
    ['Rents in the harbour district have doubled since the spring, agents said late on Friday.', 'agents', 'said', 'Rents in the harbour district have doubled since the spring'],
    // the writer's participle of what the news brings about is no claim
    ['The price of shipping grain through the strait has tripled in a month after a run of attacks on bulk carriers, brokers and insurers said on Friday, threatening to push up bread prices.',
      'brokers and insurers', 'said', 'The price of shipping grain through the strait has tripled in a month after a run of attacks on bulk carriers'],
    ['The price of shipping grain has tripled in a month after a run of attacks, brokers and insurers said, threatening to push up bread prices.',
      'brokers and insurers', 'said', 'The price of shipping grain has tripled in a month after a run of attacks'],
  ])('reads the clause before the source as the claim: %s', (text, source, cue, claim) => {
    expect(readClaims(text)).toContainEqual({ source, cue, claim });
  });

  it.each([
    // a gerund subject and a participle that works as a preposition still go on with the claim
    ['That vote was close, she said, but replacing the chairman would be far harder.', 'replacing the chairman would be far harder'],
    ['The files were on routine matters, the agency said, including budgets and staff rotas.', 'including budgets and staff rotas'],
  ])('keeps the words after a mid-claim cue: %s', (text, rest) => {
    expect(readClaims(text).some((r) => r.cue === 'said' && r.claim.endsWith(rest))).toBe(true);
  });
});

describe('session 35: deeds and states that are no statement (r48 review)', () => {
  it.each([
    ['The judge awarded Mr Okoro £40,000 in damages.', 'awarded'],
    ['The tribunal ordered the council to repay the fees within a month.', 'ordered'],
    ['Mensah was fined £2,000 and ordered to hand over his passport.', 'ordered'],
    ['Board members were divided: the treasurer voted to sell, while the chair voted to keep the ground.', 'were divided:'],
    ['Hedgehog numbers have declined sharply across rural Britain.', 'have declined'],
    ['Cinemax added 1.8 million paid subscribers in the second quarter.', 'added'],
    ['Tenants have staged weekly protests outside the landlord\'s office.', 'have staged'],
    ['The charity opened a shelter at the old library on Monday night.', 'opened'],
    ['The inquest follows the death of a three-year-old boy in Leeds in 2021.', 'follows'],
    ['Copper has long been considered safe for water pipes.', 'has long been considered'],
    ['A former clerk, who is expected to testify for the defence, said the files had been shredded.', 'is expected to testify for'],
  ])('reads no statement in: %s', (text, cue) => {
    expect(readClaims(text).map((r) => r.cue)).not.toContain(cue);
  });

  it.each([
    // views divided on a question sum up what people say; a passive's subject who then spoke is a speaker
    ['Economists were divided on whether the bank would cut rates in May.', 'were divided on'],
    ['On Thursday Okafor packed his things. He was neither detained nor cited, and told the Gazette he had spoken to a council officer.', 'told'],
  ])('keeps the reading of: %s', (text, cue) => {
    expect(readClaims(text).map((r) => r.cue)).toContain(cue);
  });
});

describe('session 35: a verb inside a claim is not its speaker\'s (r48 review)', () => {
  it.each([
    ['The Screen Actors Guild, which represents performers, said the ticket increase showed that studios could afford to pay actors more.', 'showed'],
    ['Helen Marsh, reached by phone, would not discuss a former patient but said the pattern Okafor described was "far more common than people think".', 'described'],
  ])('gives no reading to the inner verb of: %s', (text, inner) => {
    const found = readClaims(text);
    expect(found.map((r) => r.cue)).toContain('said');
    expect(found.map((r) => r.cue)).not.toContain(inner);
  });
});

describe('session 35: ledes, names and claims (r48 review)', () => {
  it.each([
    ['A football pundit has won his libel claim against a Sunday tabloid over a story about his business dealings, the High Court ruled on Tuesday.', 'the High Court', 'ruled', 'A football pundit has won his libel claim against a Sunday tabloid over a story about his business dealings'],
    ['Tunely will raise the price of its family plan by £1 a month from March, the music streaming service said on Thursday, its third increase in two years.', 'the music streaming service', 'said', 'Tunely will raise the price of its family plan by £1 a month from March'],
    ['It was, he says now, the worst week of his career, and one he spent mostly alone.', 'he', 'says', 'It was … the worst week of his career, and one he spent mostly alone'],
  ])('reads the whole claim: %s', (text, source, cue, claim) => {
    expect(readClaims(text)).toContainEqual({ source, cue, claim });
  });

  it.each([
    ['The Harbour City Supporters\' Trust welcomed the sale but said fans wanted guarantees about the stadium.', 'The Harbour City Supporters\' Trust', 'named-organization'],
    ['Team-mates describe him as quiet and stubborn.', 'Team-mates', 'unnamed-group'],
    ['Streamflix will raise prices, the video streaming company said.', 'the video streaming company', 'named-organization'],
  ])('reads the source whole and typed: %s', (text, source, type) => {
    expect(speakerOf(text, source)?.type).toBe(type);
  });

  it('reads "according to" a rule as no one\'s account', () => {
    const text = 'The maker said its spray posed no risk to bees when used according to label instructions.';
    expect(readClaims(text).map((r) => r.cue)).not.toContain('according to');
  });
});

describe('session 35: a body named with "of" (r48 review)', () => {
  it('reads "The Regulator of Social Housing" as itself, not the body named before it', () => {
    const text = 'The housing charity Shelter said the case showed why the rules had to change.\n\nThe Regulator of Social Housing said it would be speaking to the landlord about the findings.';
    expect(speakerOf(text, 'The Regulator of Social Housing')).toEqual({ name: 'the Regulator of Social Housing', type: 'named-organization' });
  });
});

describe('session 35: firms named by their trade (r48 review)', () => {
  it('resolves "The company" to the firm, not the product line it makes', () => {
    const text = 'Verdano, which makes the Brightfield range of garden sprays, said regulators had found its products safe. The company said it would study the report.';
    expect(speakerOf(text, 'The company')?.name).toBe('Verdano');
  });
  it('resolves "the company" to a grower named as one, not the agency named after it', () => {
    const text = 'The lettuce was grown by Greenacre Valley Farms of Salinas, California, according to the Food and Drug Administration.\n\n' +
      'Greenacre Valley announced a recall on Friday. In a statement, the company said it was "deeply sorry".';
    expect(speakerOf(text, 'the company')?.name).toMatch(/^Greenacre Valley/u);
  });
  it('reads the Centers for Disease Control and Prevention whole', () => {
    expect(speakerOf('No deaths have been reported, the Centers for Disease Control and Prevention said.', 'the Centers for Disease Control and Prevention')?.name)
      .toBe('the Centers for Disease Control and Prevention');
  });
});

describe('session 35: groups, headlines (r48 review)', () => {
  it('reads a group listed with someone else\'s relative as the group', () => {
    const text = 'Joseph Kiprotich denied the charges. Four co-accused, including two clearing agents and Kiprotich\'s brother-in-law, also denied them.';
    expect(speakerOf(text, 'Four co-accused, including two clearing agents and Kiprotich\'s brother-in-law,')?.type).toBe('unnamed-group');
  });
  it.each([
    ['Comet ice holds the oldest water in the solar system, astronomers report\n\nIce grains from a comet are older than the Sun, a study found.', 'astronomers', 'report', 'Comet ice holds the oldest water in the solar system'],
    ["'I never wanted to be famous': Oscar winner Ruth Okonkwo on fame\n\nRuth Okonkwo was speaking in London.", 'Oscar winner Ruth Okonkwo', ':', "'I never wanted to be famous'"],
  ])('reads the headline: %s', (text, source, cue, claim) => {
    expect(readClaims(text)).toContainEqual({ source, cue, claim });
  });
});

describe('session 35: a named subject described by "who" (r48 review)', () => {
  it('keeps the subject as the source, not the object after the verb', () => {
    const text = 'Adeyemi, who won the 400m title in Rome and bronze in Budapest, announced her retirement on Monday in a short video posted to TikTok.';
    expect(readClaims(text)).toContainEqual({ source: 'Adeyemi, who won the 400m title in Rome and bronze in Budapest,', cue: 'announced', claim: 'her retirement on Monday in a short video posted to TikTok' });
  });
});

describe('session 35: a paragraph that turns to someone through a possessive (r48 review)', () => {
  it.each([
    ['"Regulators must act," said Maya Singh, the group\'s policy officer.\n\nDr Clara Voss led the research. Voss\'s team is now planning a field trial. "If we see the same thing outside, that would be serious," she said.', 'she', 'Clara Voss'],
    ['"That is the golf you need," Peter Lund told the BBC. "He never blinked."\n\nArvid Dahl won the playoff. Dahl\'s victory ends a difficult spell. He missed most of last season with a wrist injury and thought about quitting, he said.', 'he', 'Arvid Dahl'],
  ])('resolves the pronoun to the possessor: %s', (text, source, name) => {
    expect(speakerOf(text, source)?.name).toBe(name);
  });
  it('keeps a possessor\'s spokesman from turning the story to them', () => {
    const text = '"We will appeal," said Ana Ruiz, the union\'s lawyer.\n\nTom Ellery\'s spokesman declined to comment. "It is not over," she said.';
    expect(speakerOf(text, 'she')?.name).toBe('Ana Ruiz');
  });
});

describe('session 35: a lede\'s role named later (r48 review)', () => {
  it('gives "a coroner" of the lede the coroner the story names', () => {
    const text = 'Faulty wiring caused the fire that killed a retired teacher, a coroner has concluded.\n\nRecording a narrative conclusion on Tuesday, the area coroner, Helen Pryce, said the landlord had ignored repeated warnings.';
    expect(speakerOf(text, 'a coroner')).toEqual({ name: 'Helen Pryce', type: 'named-person' });
  });
});

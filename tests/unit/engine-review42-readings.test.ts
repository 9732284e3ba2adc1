/**
 * Readings found wrong by the r42 held-out review (16 new articles written and hand-scored by a
 * helper at 6cd79c3) and fixed in session 32; names invented here anew or changed.
 */
import { describe, expect, it } from 'vitest';
import { withNounsOutOfCues } from '../../utils/attribution/noun-in-cue';
import { subjectAfterDate } from '../../utils/attribution/dated-subject';
import { describedNameBeforeCue } from '../../utils/attribution/apposed-name-subject';
import { fitSourceToCue } from '../../utils/attribution/source-extent';
import { readClaims, readSources, speakerOf } from './engine-readings';

describe('session 32: wire ledes and times (r42 review)', () => {
  it('ends a sentence after "6 a.m." when a capital opens the next', () => {
    const text = 'Neighbours described hearing a loud bang shortly after 6 a.m. One woman, who lives nearby, said the wagons had "folded up".';
    expect(readClaims(text).map((r) => r.source)).toEqual(['Neighbours', 'One woman, who lives nearby,']);
  });

  it('keeps "6 a.m. Tuesday" and a final "2 a.m." in one claim', () => {
    expect(readClaims('The crash happened at 6 a.m. Tuesday, police said.').map((r) => r.claim)).toEqual(['The crash happened at 6 a.m. Tuesday']);
    expect(readClaims('Police said the crowd stayed until 2 a.m.').map((r) => r.claim)).toEqual(['the crowd stayed until 2 a.m.']);
  });

  it('gives "…, the agency said Thursday, blaming …" the lede as the claim of "said", and the participle its own', () => {
    const text = 'JUBA, South Sudan (AP) — Food aid for nearly 400,000 displaced people will be halved from next month, the World Food Programme said Thursday, blaming a severe shortfall in donor funding.';
    expect(readClaims(text).map((r) => [r.cue, r.claim])).toEqual([
      ['said Thursday', 'Food aid for nearly 400,000 displaced people will be halved from next month'],
      ['blaming', 'a severe shortfall in donor funding'],
    ]);
  });

  it('keeps an unnamed think tank apart from the body named before it', () => {
    const text = 'The Porto-based group Terra said the licence had been granted too quickly, while a European clean-energy think tank said in a report last month that domestic mining was preferable to imports.';
    expect(speakerOf(text, 'a European clean-energy think tank')).toEqual({ name: 'a European clean-energy think tank', type: 'named-organization' });
  });
});

describe('session 32: who a pronoun or title means (r42 review)', () => {
  it('gives the ranger\'s "he" to the ranger, not the park named in his description', () => {
    const text = 'A ranger at Mkuze-Ndumo, who spoke on condition of anonymity because he was not authorised to talk to reporters, said poachers came at night.\n\n"Someone is telling them," he said.';
    expect(speakerOf(text, 'he')).toEqual({ name: 'A ranger at Mkuze-Ndumo', type: 'anonymous-source' });
  });

  it('keeps a woman who spoke on condition of anonymity unnamed, not the animal named before', () => {
    const text = 'The elephant, a 52-year-old female named Tara, had been lying down for days.\n\n' +
      'The woman, who left the zoo in March, spoke to reporters on condition of anonymity because she said she feared legal action. "I told them she was ill," she said.';
    expect(readSources(text).map((r) => r.name)).toEqual(['The woman', 'The woman']);
  });

  it('turns to the counterpart set beside a name at the opening of the sentence', () => {
    const text = 'The foreign minister, Hugo Tellez, said the talks had been frank. "We will not be pushed," Tellez said.\n\n' +
      'His Bolivian counterpart, Mario Quispe, struck a more cautious tone. He said his country had never accepted the line.';
    expect(speakerOf(text, 'He')?.name).toBe('Mario Quispe');
  });

  it('reads "Mrs Hollins" after "Sarah and Jack Hollins" as her, not her husband', () => {
    const text = 'Among the families were Nadia and Tom Fairley, whose son died in 2020. Mrs Fairley said midwives had sent her home twice.';
    expect(speakerOf(text, 'Mrs Fairley')?.name).toBe('Mrs Fairley');
  });

  it('does not make "the health secretary" the chief executive quoted before', () => {
    const text = 'The trust\'s chief executive, Anthony Marsh, apologised. "I am deeply sorry," Mr Marsh said.\n\nThe health secretary told MPs that the report was "shocking".';
    expect(speakerOf(text, 'The health secretary')).toEqual({ name: 'The health secretary', type: 'unnamed-person' });
  });

  it('still finds the health secretary the text named so', () => {
    const text = 'Health Secretary Ann Lowe visited the unit. The health secretary told MPs that the report was "shocking".';
    expect(speakerOf(text, 'The health secretary')?.name).toBe('Ann Lowe');
  });

  it('reads no inverted source out of a clause after "said"', () => {
    const text = 'A nurse who has worked on the ward for a decade, and who asked not to be named, said shifts regularly ran short of staff.';
    expect(readClaims(text).map((r) => r.source)).not.toContain('shifts regularly ran short of staff');
  });
});

describe('session 32: groups read whole (r42 review)', () => {
  it('makes "residents" the source of a sourceless cue "residents said" after a fronted place', () => {
    const text = 'In Brookvale, residents said they would miss the obituaries most.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const [mended] = withNounsOutOfCues(text, [{ source: null, cue: at('residents said'), content: [at('they would miss the obituaries most')] }]);
    expect(mended.source && text.slice(mended.source.start, mended.source.end)).toBe('residents');
    expect(mended.cue && text.slice(mended.cue.start, mended.cue.end)).toBe('said');
  });

  it('keeps "Residents of Orealla, an Indigenous village on …" a group, not "Indigenous"', () => {
    const text = 'Residents of Kwakwani, an Indigenous village on the Guyanese side of the river, said the buildup had frightened families.';
    expect(readSources(text).map((r) => [r.name, r.type])).toEqual([['Residents of Kwakwani', 'unnamed-group']]);
  });
});

describe('session 32: a verb of the claim is no second reading (r42 review)', () => {
  it('does not give the son\'s "had talked about" to the father who said it', () => {
    const text = '"We eat rice and lentils, nothing else," he said. "When the card is empty, we borrow from neighbours."\n\n' +
      'He said his eldest son, who is 16, had talked about leaving the camp by boat for Malaysia. Aid groups have warned that the cuts will push more refugees to smugglers.';
    expect(readClaims(text).map((r) => [r.source, r.cue])).not.toContainEqual(['He', 'had talked about']);
  });

  it('keeps "…, saying …" and "by saying …" as the source speaking again', () => {
    const text = 'The mayor responded to the council on Monday by saying the budget was "a fantasy".';
    expect(readClaims(text).map((r) => r.cue)).toContain('saying');
  });
});

describe('session 32: hearsay and "widely" passives name no one (r42 review)', () => {
  it.each([
    'A man in a grey uniform told her to go inside. Several large buyers are reported to be shifting production to Kenya.',
    'Dr Amara Osei said governments were careless. The test was widely condemned, and several countries later promised to stop such tests.',
  ])('does not give the passive to the last speaker: %s', (text) => {
    const passive = readSources(text).find((r) => r.source === null);
    expect(passive?.name).toBe('unattributed');
  });
});

describe('session 32: a body by a word of its name (r42 review)', () => {
  it('reads "The command" after "U.S. Space Command" as that body, not the satellite named before', () => {
    const text = 'The satellite, an old weather craft known as Meteor-M2, broke up on Tuesday, according to U.S. Space Command, which tracks objects in orbit. The command said in a statement that it saw no immediate threats.';
    expect(speakerOf(text, 'The command')).toEqual({ name: 'U.S. Space Command', type: 'named-organization' });
  });
});

describe('session 32: the object of a relative clause (r42 review)', () => {
  it.each([
    ['The agency approved the licence, clearing a major hurdle for a project that local residents have opposed for six years.', 'local residents', 'a project'],
    ['Officials said they had no plans to let refugees work outside the camps, a step that aid groups have long urged.', 'aid groups', 'a step'],
  ])('gives the source the noun its clause hangs on: %s', (text, source, claim) => {
    expect(readClaims(text).find((r) => r.source === source)?.claim).toBe(claim);
  });
});

describe('session 32: claims that ran over another clause (r42 review)', () => {
  it('gives a trailing "according to" only its own clause after ", and"', () => {
    const text = 'Rights groups have warned that the cuts will push more refugees towards smugglers, and a record number of people died at sea last year, according to the U.N. refugee agency.';
    expect(readClaims(text).find((r) => r.cue === 'according to')?.claim).toBe('a record number of people died at sea last year');
  });

  it('keeps narration of the sentence before out of a claim said after the cue', () => {
    const text = 'Geologists estimate the deposit contains about 30 million tonnes of ore. Analysts at Hartmann, the German bank, said in a note on Tuesday that the licence significantly reduced the risk of the project.';
    expect(readClaims(text).find((r) => r.source === 'Analysts at Hartmann, the German bank,')?.claim).toBe('that the licence significantly reduced the risk of the project');
  });
});

describe('session 32: headline words (r42 review)', () => {
  it('reads "Federal inspectors" whole, a group', () => {
    expect(readSources("Federal inspectors fault zoo over elephant's death, citing cold barn and missed warnings").map((r) => [r.source, r.type])).toEqual([['Federal inspectors', 'unnamed-group']]);
  });

  it('reads no cue in a participle that is an adjective ("from disputed river island")', () => {
    expect(readClaims('Troops pull back from disputed river island as Guyana and Suriname agree to talks')).toEqual([]);
  });
});

describe('session 32: a subject after a date; clergy (r42 review)', () => {
  it.each([
    ['In 1997 a junior teacher at the choir school reported seeing Whitley alone with a boy.', 'reported', 'a junior teacher at the choir school'],
    ['In March 2019 the head gardener told the trustees that the wall was unsafe.', 'told', 'the head gardener'],
    ['In 1997 the school reported a loss.', 'reported', null],
  ])('finds the subject after a date fronted without a comma: %s', (text, cue, subject) => {
    const at = text.indexOf(` ${cue} `) + 1;
    const found = subjectAfterDate(text, { start: at, end: at + cue.length });
    expect(found && text.slice(found.start, found.end)).toBe(subject);
  });

  it('reads "Some clergy" as a group, not the church named before', () => {
    const text = 'The Church of Wales said lessons would be learned. Some clergy privately question whether the redress scheme will be properly funded.';
    expect(speakerOf(text, 'Some clergy')).toEqual({ name: 'Some clergy', type: 'unnamed-group' });
  });
});

describe('session 32: a description and the name in commas before the cue (r39 review readings)', () => {
  const text = 'She stops short of claiming victory. Her campaign manager, Felix Braun, later tells reporters that the party expects to gain seats.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

  it('reads the opening "description, Name," as the speaker of a sourceless cue', () => {
    const found = describedNameBeforeCue(text, at('tells'));
    expect(found && text.slice(found.start, found.end)).toBe('Her campaign manager, Felix Braun,');
    expect(readSources(text).map((r) => r.name)).toEqual(['Felix Braun']);
  });

  it('widens a source cut before the name to take it in', () => {
    const fitted = fitSourceToCue(text, at('Her campaign manager'), at('tells'));
    expect(fitted && text.slice(fitted.start, fitted.end)).toBe('Her campaign manager, Felix Braun,');
  });
});

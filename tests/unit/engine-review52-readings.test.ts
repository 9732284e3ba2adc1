/**
 * Readings found wrong by the r52 held-out review (helper's articles at 69f01e0), fixed in session
 * 36; sentences invented here anew.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, speakerOf } from './engine-readings';

describe('session 36: orders, declarations, settlements and acquaintance are no statement (r52 review)', () => {
  it.each([
    ['The magistrate quashed the verdict and ordered her immediate release.', 'ordered'],
    ['Hale was also ordered to plant five new trees.', 'also ordered'],
    ['The president declared a 90-day state of emergency in two regions.', 'declared'],
    ['Fiji declared a national disaster on Monday.', 'declared'],
    ['The bank did not admit wrongdoing.', 'did not admit'],
    ['He knows every shopkeeper on the high street.', 'knows'],
    ['Kerr hugged his lawyers and then his mother.', 'hugged'],
    ['The judges met on Wednesday to discuss how to proceed.', 'to discuss'],
    ['A decision on the appeal is expected in the summer.', 'is expected'],
    ['Ola Berg defended the levy. In a written reply to parliament last week, he said the levy had raised 2 billion crowns.', 'written'],
  ])('reads no statement in: %s', (text, cue) => {
    expect(readClaims(text).map((r) => r.cue)).not.toContain(cue);
  });

  it.each([
    ['The judge ordered that the documents be released by Friday.', 'ordered'],
    ['The governor declared a state of emergency "to protect the public from the floods."', 'declared'],
    ['She knows that the plan will be unpopular.', 'knows'],
  ])('keeps the words in: %s', (text, cue) => {
    expect(readClaims(text).map((r) => r.cue)).toContain(cue);
  });
});

describe('session 36: the reason for anonymity is no claim, with or without its subject read (r52 review)', () => {
  it('reads only what the anonymous farmer said', () => {
    const text = 'The shepherd, who asked not to be named because he fears being targeted again, said the gate had been cut.';
    expect(readClaims(text).map((r) => r.cue)).toEqual(['said']);
  });
});

describe('session 36: a claim runs on over a listed object and an adverb aside (r52 review)', () => {
  it.each([
    ['She said a survey two years earlier had found the elm to be healthy.\n\nMitigating, Tom Reed said his client had believed, wrongly, that the tree was unsafe after a large branch fell during a storm in March.',
      'his client had believed, wrongly, that the tree was unsafe after a large branch fell during a storm in March'],
    ['Colleagues described him as careful, generous and impatient with sloppy work.', 'him as careful, generous and impatient with sloppy work'],
  ])('keeps the whole claim of: %s', (text, claim) => {
    expect(readClaims(text).map((r) => r.claim)).toContain(claim);
  });

  it('leaves a participle clause after the list out ("…, freezing their assets")', () => {
    expect(readClaims('The board described new rules, freezing all hiring and banning travel.').map((r) => r.claim)).not.toContain('new rules, freezing all hiring and banning travel');
  });
});

describe('session 36: an unnamed speaker\'s "The" is no name to find in a quotation (r52 review)', () => {
  it('resolves "he" to the anonymous farmer the story turned to', () => {
    const text = '"This was planned," said Inspector Dan Price of the force\'s rural team. "Whoever did this knew the land.\n\n' +
      'The farmer, who asked not to be named, said he found the fields empty at dawn.\n\n' +
      '"I thought at first they had got through a fence," he said. "Then I saw the tyre marks and the gate had been lifted off its hinges."';
    expect(speakerOf(text, 'he')).toEqual({ name: 'The farmer', type: 'anonymous-source' });
  });
});

describe('session 36: a possessive owns a description\'s head, it is not the head (r52 review)', () => {
  it('resolves the trust to the trust, not to "the trust\'s beaver officer"', () => {
    const text = 'Beavers were released on Monday by the Avon Wildlife Trust. The trust says it has a fund to pay for any damage.\n\n' +
      'The trust\'s beaver officer, Mia Hale, has checked the site every day. She says the kits were nervous at first.\n\n' +
      'The trust hopes the family will build a dam before the winter. It is asking the public to stay away.';
    expect(speakerOf(text, 'It')).toEqual({ name: 'the Avon Wildlife Trust', type: 'named-organization' });
  });
});

describe('session 36: an indefinite article before a mention introduces it (r52 review)', () => {
  it('resolves "The panel" to the panel the story introduced, not a body named since', () => {
    const text = 'A three-judge court panel on Thursday struck down the map the state Senate drew, ruling that it split neighborhoods in Harlow and Dunmore.\n\n' +
      'The panel said it would draw the map itself if lawmakers failed to do so.';
    expect(speakerOf(text, 'The panel')?.name).toMatch(/panel$/u);
  });
});

describe('session 36: a body described with a relative clause before its name is a body (r52 review)', () => {
  it('types the firm as a body and keeps "He" for the man charged', () => {
    const text = 'The FCC fined Dean Moss of Henderson $6 million.\n\n' +
      'A Texas phone company that carried the calls, Lonestar Dial, agreed last month to pay $1 million and to tighten its checks.\n\n' +
      'Nevada\'s attorney general has separately charged Moss with 13 felony counts of voter intimidation. He has pleaded not guilty.';
    expect(speakerOf(text, 'Lonestar Dial,')?.type).toBe('named-organization');
    expect(speakerOf(text, 'He')?.name).toBe('Dean Moss');
  });
});

describe('session 36: "the agency" may be an acronym with its article (r52 review)', () => {
  it('resolves "The agency" to the FAO that last spoke, not WFP in a description', () => {
    const text = 'About 2 million people need food aid. "Many families have sold everything," said Lucy Otieno, a WFP spokeswoman.\n\n' +
      'The last big outbreak, in 2020, was the worst in 70 years, the FAO said at the time.\n\nThe agency has asked donors for $38 million.';
    expect(speakerOf(text, 'The agency')?.name).toBe('the FAO');
  });
});

describe('session 36: "which" after a group is that group (r52 review)', () => {
  it('resolves "which" to the groups, not to a body named before', () => {
    const text = 'The Directorate of Fisheries published the figures on Monday.\n\n' +
      'Environmental groups, which argue that fish farms pollute the fjords and spread sea lice to wild salmon, want the money spent on clean-up.';
    expect(speakerOf(text, 'which')?.type).toBe('unnamed-group');
  });
});

describe('session 36: the holder of an office of a named place is no one named for something else (r52 review)', () => {
  it('keeps "The mayor of Kelby" unnamed, not the firm named before', () => {
    const text = 'Shares in Nordlax, the world\'s biggest trout farmer, fell 2% on Monday.\n\n' +
      'The mayor of Kelby, an island municipality off the coast, wrote to the ministry in January that jobs in fish processing had fallen.';
    expect(speakerOf(text, 'The mayor of Kelby, an island municipality off the coast,')?.name).toBe('The mayor of Kelby');
  });
});

describe('session 36: a participle after a lede\'s trailing source is that source\'s (r52 review)', () => {
  it('gives "renewing its call for" the industry group, not the country in the claim', () => {
    const text = 'OSLO, March 4 (Reuters) - Norway\'s trout farmers will cut planned investment by a third this year because of a new tax, the country\'s main fish farming group said on Monday, renewing its call for the government to lower the rate.';
    expect(readClaims(text)).toContainEqual({ source: 'the country\'s main fish farming group', cue: 'its call for', claim: 'the government to lower the rate' });
  });
});

describe('session 36: someone the sentence before introduced by a kin noun is whom "she" means (r52 review)', () => {
  it('resolves "she" to the mother, not the judge quoted before', () => {
    const text = '"The verdict cannot stand," Judge Ann Lowe said from the bench.\n\n' +
      'Kerr hugged his lawyers and then his mother, Marisol, who had attended every hearing.\n\n"I never stopped believing," she said outside the court.';
    expect(speakerOf(text, 'she')?.name).toBe('Marisol');
  });

  it('keeps the speaker when the kin is named inside the speaker\'s own sentence', () => {
    const text = 'The director, James Comey, said that messages by Ms. Malik and her husband, Syed Farook, were private. His remarks indicated that the posts were not public.';
    expect(speakerOf(text, 'His')?.name).toBe('James Comey');
  });
});

describe('session 36: a group "of" people is the whole source, and the one written to is no source (r52 review)', () => {
  const text = 'Election officials have warned that such calls could be used again. A bipartisan group of attorneys general wrote to Congress in June asking for clearer federal rules on AI.';
  it('reads the whole group as the source', () => {
    expect(readClaims(text).map((r) => r.source)).toContain('A bipartisan group of attorneys general');
  });
  it('never reads Congress, written to, as a source', () => {
    expect(readClaims(text).map((r) => r.source)).not.toContain('Congress in June');
  });
});

describe('session 36: an unnamed source "familiar with" talks between bodies is the source, not the bodies (r52 review)', () => {
  it('reads the whole anonymous phrase', () => {
    const text = 'Lenders could pay £8 billion, the regulator said.\n\nA person familiar with talks between the FCA and the Treasury said ministers had pressed the regulator to keep the overall cost down, to protect a car industry already struggling with weak demand.';
    expect(speakerOf(text, 'A person familiar with talks between the FCA and the Treasury')?.type).toBe('anonymous-source');
  });
});

describe('session 36: "The only eyewitness who …" is someone new, whom "she" means (r52 review)', () => {
  it('resolves "she" to the witness, not to the woman quoted before', () => {
    const text = 'Kerr hugged his mother, Marisol, who had attended every hearing.\n\n"I never stopped believing," she said.\n\n' +
      'The only eyewitness who identified Kerr at trial, a customer who was in the shop that night, recanted her testimony in 2019. In a sworn statement, she said detectives had shown her his photograph.';
    expect(speakerOf(text, 'she')).toEqual({ name: 'The only eyewitness', type: 'unnamed-person' });
  });
});

describe('session 36: a fronted participle\'s phrase before a named speaker (r53 review)', () => {
  it.each([
    'Prosecuting, Catherine Doyle said a fire door had been wedged open.',
    'Speaking outside court, Catherine Doyle said a fire door had been wedged open.',
  ])('reads Catherine Doyle in: %s', (text) => {
    expect(readClaims(text)).toContainEqual({ source: 'Catherine Doyle', cue: 'said', claim: 'a fire door had been wedged open' });
  });
});

describe('session 36: a veto, a charge and no position taken are no statement (r53 review)', () => {
  it.each([
    ['The governor vetoed the bill on Friday.', 'vetoed'],
    ['A 60-year-old man charged with the 1989 killing pleaded not guilty on Wednesday.', 'charged with'],
    ['The Montana Farm Bureau took no position on the bill.', 'took no position on'],
    ['He rarely talked about that night.', 'rarely talked about'],
    ['He did not blame the weather.', 'did not blame'],
    ['Fire officers say tenants who are worried about their homes should call the service.', 'are worried about'],
    ['The prosecutor said at a news conference that the arrest showed that no case is ever closed.', 'showed'],
  ])('reads no statement in: %s', (text, cue) => {
    expect(readClaims(text).map((r) => r.cue)).not.toContain(cue);
  });
});

describe('session 36: a cause cited or an urging ends before the narration after it (r53 review)', () => {
  it.each([
    ['The firm cut its forecast on Tuesday, blaming higher repair costs, and its shares fell 18%.', 'higher repair costs'],
    ['Firefighters have urged people not to charge bikes overnight after figures showed fires rose by a third.', 'people not to charge bikes overnight'],
  ])('cuts the claim of: %s', (text, claim) => {
    expect(readClaims(text).map((r) => r.claim)).toContain(claim);
  });
});

describe('session 36: the opposition, a chapter of a body and the Friends of a place are bodies (r53 review)', () => {
  it.each([
    ['The energy minister, Paul Banda, said imports were expensive. The opposition has accused the government of failing to invest in solar power.', 'The opposition', 'unnamed-group'],
    ['The Connecticut chapter of the American Civil Liberties Union said the law was unconstitutional.', 'The Connecticut chapter of the American Civil Liberties Union', 'named-organization'],
    ['The Friends of Hadley Hall said the building should be saved.', 'The Friends of Hadley Hall', 'named-organization'],
  ])('types %s', (text, source, type) => {
    expect(speakerOf(text, source)?.type).toBe(type);
  });

  it('keeps the friends of a person people', () => {
    expect(speakerOf('Friends of John Hale said he was tired.', 'Friends of John Hale')?.type).not.toBe('named-organization');
  });
});

describe('session 36: a speaker named in an aside mid-sentence (r53 review)', () => {
  it.each([
    ['Most of the people who come in, says Ruth Hale, are carrying something old.', 'Ruth Hale', 'Most of the people who come in … are carrying something old'],
    ['The best customers, said Tom Baker, were always the quiet ones.', 'Tom Baker', 'The best customers … were always the quiet ones'],
  ])('reads the aside\'s speaker in: %s', (text, source, claim) => {
    expect(readClaims(text)).toContainEqual({ source, cue: text.includes('says') ? 'says' : 'said', claim });
  });

  it('keeps a trailing speaker\'s apposition out of the claim', () => {
    const text = 'The ad could start this week, said Brian Baker, a longtime adviser to the family.';
    expect(readClaims(text).map((r) => r.source)).toContain('Brian Baker, a longtime adviser to the family');
  });
});

describe('session 36: a finding after "after" is the finding\'s (r53 review; r49 review)', () => {
  it.each([
    ['Police have urged drivers to slow down after figures showed crashes rose by a third.', 'figures', 'showed'],
    ['The chief executive resigned after an independent review found that staff had been bullied.', 'an independent review', 'found'],
  ])('gives the cue its own clause\'s subject in: %s', (text, source, cue) => {
    expect(readClaims(text).find((r) => r.cue === cue)?.source).toBe(source);
  });
});

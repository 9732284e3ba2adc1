/**
 * Names with a lower-case particle ("Bill de Blasio", "Ursula von der Leyen") are one name, and a
 * title before a name stays in its description when an apposition follows ("Mayor Bill de Blasio,
 * who …"), so "the mayor" finds them.
 */
import { describe, expect, it } from 'vitest';
import { readSources, speakerOf } from './engine-readings';

describe('a name with a particle', () => {
  it.each([
    ['Ursula von der Leyen said the union would respond.', 'Ursula von der Leyen'],
    ['Pierre de Vos, a law professor, said the vote was fair.', 'Pierre de Vos'],
    ['Crown Prince Mohammed bin Salman said the plan would go ahead.', 'Mohammed bin Salman'],
    // particles the name grouping once lacked (dash bylines had them): one list now serves both
    ['The plan is sound, said Paola della Rovere, a senator from Umbria.', 'Paola della Rovere'],
    ['Maria dos Santos, the mayor, said the road would reopen in May.', 'Maria dos Santos'],
    ['The ruling was fair, said Carlo di Lauro, a lawyer for the family.', 'Carlo di Lauro'],
  ])('is one name: %s', (text, name) => {
    expect(readSources(text)[0]?.name).toBe(name);
  });

  it('joins a body\'s name over its "de" too', () => {
    expect(readSources('The Banco de Portugal said inflation would ease.')[0]?.name).toMatch(/Banco de Portugal/u);
  });
});

describe('a title before a name with an apposition after it', () => {
  it('stays in the description, so the role finds the person', () => {
    const text = 'The executives are seated next to Mayor Bill de Blasio, who has been squabbling with Airbnb. The mayor, still stinging, agreed to sit next to Mr. Kalanick.';
    expect(speakerOf(text, 'The mayor')).toEqual({ name: 'Bill de Blasio', type: 'named-person' });
    const described = readSources('Lt. Greg Soto, a spokesman for the sheriff, said the road was closed.');
    expect(described[0]?.name).toBe('Greg Soto');
  });
});

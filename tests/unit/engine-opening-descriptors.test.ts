/**
 * A firm's trade that opens its sentence before a name ("Developer Harbourline Estates said",
 * "Organisers Brightwater Live announced") describes the name: it is left out of it, and it makes
 * the name a body's. A name that opens with such a word mid-sentence or as its own ("Club Brugge") stays whole.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './engine-readings';

describe('a trade opening the sentence before a name', () => {
  it.each([
    ['Organisers Tidewater Live said the weekend had been cancelled because of poor ticket sales.', 'Organisers Tidewater Live', 'Tidewater Live'],
    ['Regulator Ofcell said the fine reflected the scale of the failures.', 'Regulator Ofcell', 'Ofcell'],
    ['Developer Marlow Estates said the tower would bring 400 jobs.', 'Developer Marlow Estates', 'Marlow Estates'],
    ['The show was cut short. Promoters Nightjar Events said every ticket would be refunded.', 'Promoters Nightjar Events', 'Nightjar Events'],
  ])('%s', (text, source, name) => {
    expect(speakerOf(text, source)).toEqual({ name, type: 'named-organization' });
  });

  it('keeps a name that opens with a firm noun whole', () => {
    const text = 'Club Brugge said the striker had signed a new contract.';
    expect(speakerOf(text, 'Club Brugge')?.name).toBe('Club Brugge');
  });

  it.each([
    ['Pollster Samira Haddad said the race was too close to call.', 'Pollster Samira Haddad', 'Samira Haddad'],
    ['The count went on past midnight. Challenger Daniel Okafor-Finch said he would not concede.', 'Challenger Daniel Okafor-Finch', 'Daniel Okafor-Finch'],
  ])('names the person after a role that opens the sentence: %s', (text, source, name) => {
    expect(speakerOf(text, source)).toEqual({ name, type: 'named-person' });
  });

  it.each([
    ['Publisher Ellen Marsh said the memoir would be released in May. Marsh said she had read it twice.', 'Publisher Ellen Marsh', 'named-person'],
    ['Network Rail said the line would reopen on Monday.', 'Network Rail', 'named-organization'],
  ])('leaves a trade people ply, and a name that opens with a body noun, as they were: %s', (text, source, type) => {
    expect(speakerOf(text, source)?.type).toBe(type);
  });
});

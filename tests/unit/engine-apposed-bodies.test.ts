/**
 * A group set beside a body's name is that body ("Its organisers, the Kelsall Quay Preservation
 * Society, say"), and a band named after its noun is a body; a place after a group's comma, or a
 * body a group merely includes, is not the group.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './engine-readings';

describe('a group set beside a body', () => {
  it.each([
    ['Its organisers, the Dunmore Canal Preservation Society, say the new bridge would block the towpath.', 'Its organisers, the Dunmore Canal Preservation Society,', 'the Dunmore Canal Preservation Society'],
    ['The support act, the folk band Copper Kettles, said in a statement that they were heartbroken.', 'The support act, the folk band Copper Kettles,', 'Copper Kettles'],
  ])('%s', (text, source, name) => {
    expect(speakerOf(text, source)).toEqual({ name, type: 'named-organization' });
  });

  it.each([
    ['Parents at a primary school in Ashby, Leicestershire, said the closure was rushed.', 'Parents at a primary school in Ashby, Leicestershire,'],
    ['Supporters, including the Harbour Traders Association, said the plan would help shops.', 'Supporters, including the Harbour Traders Association,'],
  ])('keeps the group in %s', (text, source) => {
    expect(speakerOf(text, source)?.type).toBe('unnamed-group');
  });

  it('keeps a body named by its noun a body where the name comes back alone', () => {
    const text = 'But the consumer group Fair Basket said the recall had been slow.\n\nThe maker said Fair Basket\'s tests had used the wrong method. Fair Basket said it stood by its tests.';
    expect(speakerOf(text, 'the consumer group Fair Basket')?.type).toBe('named-organization');
    expect(speakerOf(text, 'Fair Basket')).toEqual({ name: 'Fair Basket', type: 'named-organization' });
  });

  it('leaves a person whose name modified a brand a person', () => {
    const text = 'Workers at the Dalia Renner brand were told on Monday. Dalia Renner said she was proud of the team.';
    expect(speakerOf(text, 'Dalia Renner')?.type).toBe('named-person');
  });

  it('takes the person apposed to a role that serves a place, not the place', () => {
    const text = 'Karvia recalled its ambassador from Ostrel on Tuesday.\n\nThe United Nations special envoy for the region, Henrike Solvang, said she was gravely concerned.';
    expect(speakerOf(text, 'The United Nations special envoy for the region, Henrike Solvang,')).toEqual({ name: 'Henrike Solvang', type: 'named-person' });
  });

  it('types the United Nations as a body, not a group of nations', () => {
    expect(speakerOf('The United Nations said aid convoys had been blocked.', 'The United Nations')?.type).toBe('named-organization');
  });

  it.each([
    ['A Taliban spokesman in Kabul, Zabihullah Mujahid, said the border crossing would reopen.', 'A Taliban spokesman in Kabul, Zabihullah Mujahid,', 'Zabihullah Mujahid'],
  ])('keeps a spokesman named after a place: %s', (text, source, name) => {
    expect(speakerOf(text, source)?.name).toBe(name);
  });

  it.each([
    ['The winners, the Lowther Valley choir, said the prize money would fund a trip.', 'The winners, the Lowther Valley choir,'],
    ['Its owners, the Hendersons, said the farm had been in the family for a century.', 'Its owners, the Hendersons,'],
  ])('keeps a group whose apposition names no body of its own: %s', (text, source) => {
    expect(speakerOf(text, source)?.type).toBe('unnamed-group');
  });
});

/**
 * A body's head before "of" or "for" anywhere in a name makes it a body's name, not a group's, even
 * when the name ends in people ("the Meridian Federation of Small Businesses").
 */
import { describe, expect, it } from 'vitest';
import { classifyName } from '../../utils/attribution/source-entity';
import { speakerOf } from './engine-readings';

const words = (name: string) => name.split(' ').map((text) => ({ text, lower: text.toLowerCase() }));

describe('a body named with "of" after its head', () => {
  it.each(['Meridian Federation of Small Businesses', 'Harwell Association of Retired Teachers', 'Federation of Small Businesses', 'National Union of Dock Workers'])('is a body: %s', (name) => {
    expect(classifyName(words(name))).toBe('organization');
  });

  it.each([['Small Businesses', 'group'], ['Retired Teachers', 'group']])('leaves "%s" a group', (name, kind) => {
    expect(classifyName(words(name))).toBe(kind);
  });

  it('types it so in a whole text', () => {
    const text = 'The Meridian Federation of Small Businesses said its members were "being squeezed from every side."';
    expect(speakerOf(text, 'The Meridian Federation of Small Businesses')?.type).toBe('named-organization');
  });
});

/**
 * A one-word name right after a preposition of place ("in Vellmouth", "across Europe") is where
 * something happened, and "Dec. 15" a date: no one a later pronoun or role noun could mean. A
 * police or task force is a body.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './engine-readings';

describe('a one-word name after a preposition of place', () => {
  it('is where something happened, not whom a later "he" means', () => {
    const text = 'Thousands of delegates gathered in Vellmouth on Monday. "This is our moment," he told the crowd, before leaving for the airport.';
    expect(speakerOf(text, 'he')?.name).not.toBe('Vellmouth');
  });

  it('still lets a person named after "in" be found by name later', () => {
    const text = 'The award went to Dr Maya Lind in Oslo. Lind said the prize belonged to her team.';
    expect(speakerOf(text, 'Lind')).toEqual({ name: 'Maya Lind', type: 'named-person' });
  });
});

describe('a month written short before its day', () => {
  it('is a date, not someone a role noun after it could mean', () => {
    const text = 'Officials from six agencies joined the review. On Dec. 15, the task force announced an agreement on tougher checks.';
    expect(speakerOf(text, 'the task force')).toEqual({ name: 'the task force', type: 'named-organization' });
  });

  it('leaves a given name that looks like one a name', () => {
    const text = 'Jan Kowal, the club secretary, spoke first. Kowal said the ground would reopen.';
    expect(speakerOf(text, 'Kowal')).toEqual({ name: 'Jan Kowal', type: 'named-person' });
  });
});

describe('a force', () => {
  it.each([
    ['Officers were called to the harbour at 2am. The force said two men had been arrested.', 'The force'],
    ['The task force said it would report in the spring.', 'The task force'],
  ])('is a body: %s', (text, source) => {
    expect(speakerOf(text, source)?.type).toBe('named-organization');
  });
});

/**
 * The conflict finder on claims written for these tests: denials, negations and numbers are
 * paired with the claim they contradict on another page, and nothing else is paired.
 */
import { describe, expect, it } from 'vitest';
import { ConflictIndex, readStance, type Claim } from '../../utils/conflicts';

let n = 0;
function claim(page: string, text: string, extra: Partial<Claim> = {}): Claim {
  return { id: `c${++n}`, page, text, ...extra };
}

/** Background claims so the store's word statistics look like a store, not a pair. */
function background(): Claim[] {
  const topics = [
    'The city council approved a new cycling lane along the river embankment.',
    'Shares in the airline rose after it reported record summer bookings.',
    'A storm closed schools across the northern valley on Tuesday.',
    'The central bank kept interest rates unchanged for a third month.',
    'Researchers found a new species of frog in the cloud forest.',
    'The football club signed a young striker from the second division.',
    'Farmers protested outside parliament over grain import rules.',
    'The museum reopened its ancient coins gallery after renovation.',
  ];
  return topics.map((text, i) => claim(`bg${i}`, text));
}

describe('stance reading', () => {
  it('reads denials, negations, hedges and assertions', () => {
    expect(readStance("Qatar's foreign ministry denied it had mediated any talks.").stance).toBe('denial');
    expect(readStance('The claim that the dam burst is a hoax, engineers say.').stance).toBe('denial');
    expect(readStance('The minister said the report had nothing to do with reality.').stance).toBe('denial');
    expect(readStance('No, the senator did not resign.').stance).toBe('negation');
    expect(readStance('The bridge was reportedly closed overnight.').stance).toBe('hedged');
    expect(readStance('Is the festival cancelled?').stance).toBe('hedged');
    expect(readStance('The company confirmed it will open a plant in Lyon.').stance).toBe('assertion');
  });

  it('does not take a question, a refusal to comment or a denial of a hoax for a denial', () => {
    expect(readStance('Real or hoax? The photo of the flooded square').stance).not.toBe('denial');
    expect(readStance('The spokesman would neither confirm nor deny the talks.').stance).not.toBe('denial');
    expect(readStance('The singer insists the video is not a hoax.').stance).toBe('assertion');
    expect(readStance('The court denied bail to the two suspects.').stance).not.toBe('denial');
  });
});

describe('ConflictIndex', () => {
  it('pairs a denial with the report it denies, on another page, with a readable reason', () => {
    const index = ConflictIndex.build(background());
    const report = claim('ft', 'Qatar acted as a mediator in the secret ceasefire talks between the two militias.', { sourceDescription: 'the Financial Times' });
    expect(index.addPage([report])).toEqual([]);
    const denial = claim('ministry', "Qatar's foreign ministry denied that Qatar mediated the ceasefire talks between the militias.", { sourceDescription: "Qatar's foreign ministry" });
    const found = index.addPage([denial]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ a: report.id, b: denial.id, kind: 'denial-vs-assertion' });
    expect(found[0].reason).toContain("Qatar's foreign ministry");
    expect(found[0].reason).toContain('the Financial Times');
    expect(found[0].score).toBeGreaterThan(0);
    expect(found[0].score).toBeLessThanOrEqual(1);
  });

  it('never pairs an unrelated story that happens to contain a denial', () => {
    const index = ConflictIndex.build(background());
    index.addPage([claim('p1', 'The mayor of Porto announced a new tram line to the airport.')]);
    const found = index.addPage([claim('p2', 'The footballer denied that he had asked for a transfer to Madrid.')]);
    expect(found).toEqual([]);
  });

  it('never pairs claims on the same page', () => {
    const index = ConflictIndex.build(background());
    const found = index.addPage([
      claim('same', 'Lindqvist resigned as transport chief of the Harbour council.'),
      claim('same', 'Lindqvist denied that she resigned as transport chief of the Harbour council.'),
    ]);
    expect(found).toEqual([]);
    expect(index.allConflicts()).toEqual([]);
  });

  it('pairs a negation only with a claim asserting what it negates', () => {
    const index = ConflictIndex.build(background());
    const arrested = claim('a', 'The street artist Banksy was arrested in Bristol after a gallery raid.');
    index.addPage([arrested]);
    const negated = index.addPage([claim('b', 'The street artist Banksy has not been arrested in Bristol, his agent says.')]);
    expect(negated.map((c) => [c.a, c.kind])).toEqual([[arrested.id, 'opposite-polarity']]);
  });

  it('does not pair two denials of the same story', () => {
    const index = ConflictIndex.build(background());
    index.addPage([claim('x', 'The palace denied reports that the king had been taken to hospital in Oslo.')]);
    expect(index.addPage([claim('y', 'Officials dismissed reports that the king had been taken to hospital in Oslo.')])).toEqual([]);
  });

  it('finds the same quantity given two different values', () => {
    const index = ConflictIndex.build(background());
    const half = claim('u1', "The strikes knocked out around half of Ukraine's power generating capacity, officials said.");
    index.addPage([half]);
    const third = index.addPage([claim('u2', "The strikes knocked out about a third of Ukraine's power generating capacity, the grid operator said.")]);
    expect(third.map((c) => [c.a, c.kind])).toEqual([[half.id, 'numeric-disagreement']]);
    expect(third[0].reason).toMatch(/half.*third/);
    expect(index.addPage([claim('u3', "The strikes knocked out roughly 50 percent of Ukraine's power generating capacity, engineers said.")]).filter((c) => c.a === half.id)).toEqual([]);
  });

  it('finds the same pairs incrementally as in one batch, and forgets removed pages', () => {
    const claims = [
      ...background(),
      claim('r1', 'Lindqvist resigned as transport chief of the Harbour council on Monday.'),
      claim('r2', 'Lindqvist denied that she had resigned as transport chief of the Harbour council.'),
      claim('r3', 'The Harbour council transport chief Lindqvist resigned after the bridge vote.'),
    ];
    const batch = ConflictIndex.build(claims).allConflicts();
    expect(batch.length).toBeGreaterThan(0);
    const incremental = new ConflictIndex();
    const found = claims.flatMap((c) => incremental.addPage([c]));
    const key = (c: { a: string; b: string }): string => [c.a, c.b].sort().join('|');
    expect(new Set(found.map(key))).toEqual(new Set(batch.map(key)));
    incremental.removePage('r2');
    expect(incremental.allConflicts()).toEqual([]);
  });

  it('rejects a malformed claim with a clear error', () => {
    const index = new ConflictIndex();
    expect(() => index.addPage([{ id: '', page: 'p', text: 'x' }])).toThrow(/id must be a non-empty string/);
  });
});

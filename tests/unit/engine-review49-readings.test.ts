/**
 * Readings found wrong by the r49 held-out review (helper's articles at ca4b8b2), fixed in
 * session 35; sentences invented here anew.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, speakerOf } from './engine-readings';

describe('session 35: more that is no statement (r49 review)', () => {
  it.each([
    ['Harrowgate and Velmont also declined to comment.', 'also declined'],
    ['Ms Penhale, who still runs the shop, was ordered to pay most of the costs of the case.', 'was ordered'],
    ['The comet, called C/2024 K3, passes the Sun every 300 years.', 'called'],
    ['Its watch list, published each autumn, warns that several crafts could vanish.', 'published'],
  ])('reads no statement in: %s', (text, cue) => {
    expect(readClaims(text).map((r) => r.cue)).not.toContain(cue);
  });

  it('keeps a name someone gave in quotation marks', () => {
    const text = 'She repeated claims that Dana Whitcombe, for one, called "a smear dressed up as news."';
    expect(readClaims(text).map((r) => r.cue)).toContain('called');
  });
});

describe('session 35: documents and named charities (r49 review)', () => {
  it.each([
    ['The rebels want all convoys to pass their checkpoints, according to a draft seen by Reuters.', 'a draft seen by Reuters', 'document'],
    ['Its watch list, published each autumn, warns that several crafts could vanish.', 'Its watch list, published each autumn,', 'document'],
    ['Friends of the Earth said weekly collections were wasteful.', 'Friends of the Earth', 'named-organization'],
  ])('types the source: %s', (text, source, type) => {
    expect(speakerOf(text, source)?.type).toBe(type);
  });
});

/**
 * Readings found wrong by the r34 held-out review (16 new articles a helper wrote and hand-scored
 * at d874bb8; names invented here anew).
 */
import { describe, expect, it } from 'vitest';
import { readClaims, speakerOf } from './engine-readings';

describe('review 34 readings', () => {
  it('reads a town someone moved to as a place, never the "she" after it', () => {
    const text = 'Ada Ekwensi-Hart is a veteran actress. Ekwensi-Hart was born in Lagos and moved to Leeds with her mother at the age of nine. ' +
      'She trained in Bristol in the 1970s, at a time, she says, when there was one part a year for someone like her.';
    expect(speakerOf(text, 'she')?.name).toBe('Ada Ekwensi-Hart');
  });

  it('reads no speaker in a digest\'s section heads', () => {
    const text = 'World news in brief\n\nPERU: Quake damages homes in southern Andes\n\nA strong earthquake struck southern Peru on Tuesday, the civil defence institute said.\n\n' +
      'KENYA: Court blocks port privatisation\n\nA court halted the sale of the port, the judge said.';
    expect(readClaims(text).map((r) => r.cue)).toEqual(['said', 'said']);
  });

  it('keeps a headline\'s quotation after a name and a colon', () => {
    expect(readClaims("Sanders: Endorsements prove Clinton 'candidate of the establishment.'\n\nThe senator spoke in Iowa.").map((r) => r.source)).toEqual(['Sanders']);
  });
});

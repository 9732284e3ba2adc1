/**
 * A story names a body once and then calls it by its head noun ("the Harrowmere NHS Trust … The
 * trust said"), often further back than the look-back walks; only one body so named can be the one
 * meant, and a person whose description holds the noun ("the trust's chief executive") is never it.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './engine-readings';

const filler = Array.from({ length: 40 }, (_, i) => `Resident ${['Ada', 'Ben', 'Cal', 'Dee', 'Eli'][i % 5]} Marsh${i} waited ${i + 3} months for surgery at Ward ${i}.`).join(' ');

describe('a body called by its head noun', () => {
  it('is never the person whose description holds the noun', () => {
    const text = 'Nearly 58,000 patients are waiting at hospitals run by the Harrowmere NHS Trust. The trust\'s chief executive, Dr Amara Velloso, said the backlog reflected a crisis. The trust said theatre use had risen.';
    expect(speakerOf(text, 'The trust')?.type).toBe('named-organization');
  });

  it('is found however far back the body was named', () => {
    const text = `Thornbury Bank confirmed the breach on Monday. ${filler}\n\nThe bank said it would offer customers free credit monitoring.`;
    expect(speakerOf(text, 'The bank')).toEqual({ name: 'Thornbury Bank', type: 'named-organization' });
  });

  it('stays unresolved when no body was named with the noun', () => {
    const text = `Regulators opened an inquiry on Monday. ${filler}\n\nThe bank said it would cooperate.`;
    expect(speakerOf(text, 'The bank')?.name).toBe('The bank');
  });
});

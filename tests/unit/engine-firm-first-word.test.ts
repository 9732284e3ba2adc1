/**
 * A firm named by its full name is named again by its first word alone ("Brisa Home Appliances"
 * … "Brisa said"): a trade's noun last makes the full name a firm's, and a three-word name may have
 * any noun in the middle ("Silverbirch Care Group"), unless its first word is a common noun.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from './engine-readings';

describe('a firm named again by its first word', () => {
  it.each([
    ['The kettles were made by Ostera Home Appliances and sold online.\n\nOstera said in a statement that safety was its priority.', 'Ostera', 'Ostera Home Appliances'],
    ['Larchmere Care Group runs 60 homes. In a statement, Larchmere said it rejected the findings.', 'Larchmere', 'Larchmere Care Group'],
    ['Quillon Electronics recalled 9,000 chargers on Monday. Quillon said no injuries had been reported.', 'Quillon', 'Quillon Electronics'],
  ])('%s', (text, source, name) => {
    expect(speakerOf(text, source)).toEqual({ name, type: 'named-organization' });
  });

  it('finds the firm behind "the Seattle-based company"', () => {
    const text = 'Corbel Systems Inc. reported higher profit on Tuesday. The Leeds-based company said revenue rose 9%.';
    expect(speakerOf(text, 'The Leeds-based company')).toEqual({ name: 'Corbel Systems Inc.', type: 'named-organization' });
  });

  it.each([
    'Orbis Aero and Veltair both bid for the contract. The Chicago-based planemaker said its offer was cheaper.',
    'Marketplace giant Kestrel said it would open a warehouse in Ohio. The Seattle-based company said 1,000 jobs would be created.',
  ])('leaves "the X-based" firm unresolved when it could be another body: %s', (text) => {
    const source = text.includes('planemaker') ? 'The Chicago-based planemaker' : 'The Seattle-based company';
    expect(speakerOf(text, source)?.name).not.toMatch(/^(?:Veltair|Ohio)$/u);
  });
});

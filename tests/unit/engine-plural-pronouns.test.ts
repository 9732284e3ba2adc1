/**
 * "They" keeps to the group or body that was speaking, not a body or thing named inside its claim,
 * and means the people of "Analysts at Corrigan Securities", not the firm they work at.
 */
import { describe, expect, it } from 'vitest';
import { readSources } from './engine-readings';

const speakersOf = (text: string, source: string) => readSources(text).filter((r) => r.source === source).map((r) => ({ name: r.name, type: r.type }));

describe('"they"', () => {
  it('is the analysts a firm is named after, and stays them past a bank named in their claim', () => {
    const text = '"The message was dovish, but carefully so," said Lars Engstrom, chief economist at Halvard Bank. He expects the first cut in April.\n\n' +
      'Analysts at Corrigan Securities were more sceptical. In a note to clients, they wrote that the bank was "underestimating how sticky services inflation has become." They forecast no change before the summer.';
    expect(speakersOf(text, 'they')).toEqual([{ name: 'Analysts', type: 'unnamed-group' }]);
    expect(speakersOf(text, 'They')).toEqual([{ name: 'Analysts', type: 'unnamed-group' }]);
  });

  it('is the residents who spoke, not the complaints inside their claim', () => {
    const text = 'Residents of the Marlow estate said the housing association had ignored their complaints for years. They said repairs had been promised twice.';
    expect(speakersOf(text, 'They')).toEqual([{ name: 'Residents of the Marlow estate', type: 'unnamed-group' }]);
  });

  it('is not a group that spoke before someone else did', () => {
    const text = 'Campaign groups in Dunmore argue the rules are unlawful. "We have waited long enough," Sam Okafor said. Voters, they said, are "tired of being ignored."';
    expect(speakersOf(text, 'they').map((s) => s.name)).not.toContain('Campaign groups in Dunmore');
  });
});

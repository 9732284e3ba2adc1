/**
 * Relatives who share a surname: a title's gender ("Mr", "Mrs") picks the one meant, a kin noun
 * in apposition tells a name's gender, and a bare "who" after a name is no description (invented
 * texts from a review of new genres; the NYT-style "Mr. Clinton" / "Mrs. Clinton" in one story).
 */
import { describe, expect, it } from 'vitest';
import { readSources } from './engine-readings';

describe('a title’s gender picks the relative', () => {
  it('"Mr Marwood" after his mother and "Her son, Graham Marwood" is the son', () => {
    const text = 'Edith Marwood, 87, waited 14 hours on a trolley at Kelverton General Hospital.\n\n' +
      'Her son, Graham Marwood, said the family was appalled. Mr Marwood, who said his mother had since been moved to a ward, told the Kelverton Echo that staff were overwhelmed. "We just want answers," he said.';
    const readings = readSources(text);
    expect(readings.find((r) => r.source?.startsWith('Mr Marwood'))?.name).toBe('Graham Marwood');
    expect(readings.find((r) => r.source === 'he')?.name).toBe('Graham Marwood');
  });

  it('"Mrs. Clinton" and "Mr. Clinton" in one story are two people', () => {
    const text = 'Bill Clinton campaigned in Iowa. Hillary Clinton spoke in Ohio.\n\nMrs. Clinton said the economy needed help. Mr. Clinton said his record spoke for itself.';
    const readings = readSources(text);
    expect(readings.find((r) => r.source === 'Mrs. Clinton')?.name).toBe('Hillary Clinton');
    expect(readings.find((r) => r.source === 'Mr. Clinton')?.name).toBe('Bill Clinton');
  });

  it('near miss: a title against a given name of either sex keeps the one person ("Ms. Lee Epstein")', () => {
    const text = 'Lee Epstein, a law professor, studies the court. Ms. Epstein said the vacancy mattered.';
    expect(readSources(text).find((r) => r.source === 'Ms. Epstein')?.name).toBe('Lee Epstein');
  });
});

describe('the victim of an event is not whom a later role noun means', () => {
  it('"the death of Terence Crutcher … the nominee said" keeps the nominee named before', () => {
    const text = 'Hillary Clinton spoke out on Tuesday about the death of Terence Crutcher in Tulsa.\n' +
      'On a radio show, the former secretary of state and current Democratic presidential nominee said she wanted to speak directly to white people.';
    expect(readSources(text).find((r) => r.source?.startsWith('the former secretary'))?.name).toBe('Hillary Clinton');
  });
});

import { describe, expect, it } from 'vitest';
import { toTrainingDoc } from '../../scripts/lib/training-data';
import { cueMask, foundCueInstances } from '../../scripts/lib/jackknife-cues';
import type { GoldDoc } from '../../scripts/lib/polnear';

const TEXT = 'Harbour officials said in a statement that the bridge was safe. The weather was mild.';
const at = (phrase: string) => ({ start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length });
const gold: GoldDoc = {
  name: 'bridge',
  text: TEXT,
  relations: [{ source: [at('Harbour officials')], cue: [at('said in a statement')], content: [at('the bridge was safe')] }],
};
const training = toTrainingDoc(gold);
const tokenOf = (word: string) => training.doc.tokens.findIndex((t) => TEXT.slice(t.start, t.end) === word);

describe('role instances on the cues a held-out cue tagger finds', () => {
  it('maps the gold roles onto a found cue with other boundaries, the cue itself tagged O', () => {
    const said = tokenOf('said');
    const [instance] = foundCueInstances(training, [{ from: said, to: said + 1 }]);
    const tagOf = (word: string) => instance.gold[tokenOf(word) - instance.from];
    expect([tagOf('Harbour'), tagOf('officials')]).toEqual([1, 2]); // source B, I
    expect(tagOf('said')).toBe(0);
    expect(tagOf('statement')).toBe(0); // gold cue words outside the found cue carry no role either
    expect([tagOf('the'), tagOf('safe')]).toEqual([3, 4]); // content B ... I
    expect(tagOf('weather')).toBe(0);
  });

  it('adds nothing for a found cue equal to the gold one, or overlapping no relation', () => {
    const gold = training.roles.find((r) => r.gold.some((t) => t > 0))!;
    expect(foundCueInstances(training, [gold.cue])).toEqual([]);
    const mild = tokenOf('mild');
    expect(foundCueInstances(training, [{ from: mild, to: mild + 1 }])).toEqual([]);
  });

  it('marks the found cues’ tokens for the features that look for another cue', () => {
    expect(Array.from(cueMask(6, [{ from: 1, to: 3 }, { from: 4, to: 5 }]))).toEqual([0, 1, 1, 0, 1, 0]);
  });
});

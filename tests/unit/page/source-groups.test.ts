import { describe, expect, it } from 'vitest';
import type { Attribution, SourceType } from '@/utils/attribution';
import { isAnonymousType } from '@/utils/attribution';
import { groupSources } from '@/utils/page/source-groups';

function attribution(id: string, name: string, description: string, sourceType: SourceType, claim: string): Attribution {
  return {
    id, claim, sourceType, anonymous: isAnonymousType(sourceType), content: [{ start: 0, end: claim.length }], cue: null, source: null,
    resolvedSource: { name, description, sourceType },
  };
}

describe('groupSources', () => {
  const found = [
    attribution('a1', 'Mara Ellison', 'Mara Ellison, the harbour commissioner', 'named-person', 'We will not reopen the port'),
    attribution('a2', 'a city official', 'a city official who was not authorised to speak publicly', 'anonymous-source', 'the budget would be cut'),
    attribution('a3', 'Ellison', 'Ellison', 'named-person', 'a decision by the end of the month'),
    attribution('a4', 'Mara Ellison', 'Mara Ellison', 'named-person', 'every report will be published'),
    attribution('a5', 'The Port Users’ Association', 'the Port Users’ Association', 'named-organization', 'the closure cost £4 million'),
  ];

  it('splits named from anonymous sources, keeping the fullest description', () => {
    const groups = groupSources(found);
    expect(groups.named.map((e) => e.name)).toEqual(['Mara Ellison', 'Ellison', 'The Port Users’ Association']);
    expect(groups.named[0].description).toBe('Mara Ellison, the harbour commissioner');
    expect(groups.named[0].claims.map((c) => c.id)).toEqual(['a1', 'a4']);
    expect(groups.anonymous.map((e) => e.sourceType)).toEqual(['anonymous-source']);
  });

  it('gives the sourcing profile as claim shares', () => {
    const groups = groupSources(found);
    expect(groups.namedClaims).toBe(4);
    expect(groups.anonymousClaims).toBe(1);
    expect(groups.namedShare).toBeCloseTo(0.8);
    expect(groupSources([]).namedShare).toBe(0);
  });
});

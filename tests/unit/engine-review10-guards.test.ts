/**
 * Near misses a regression review found in this session's rules, each read as a reader would
 * (invented sentences): a person's name before a firm's "and", participles with an object, sports
 * officials named by role or title, parties and places before a role, a passive subject after a
 * fronted time, another person's kin inside an apposition, and nationalities in sports copy.
 */
import { describe, expect, it } from 'vitest';
import { readSources } from './engine-readings';

/** The resolved name of the last reading whose source span is `source`. */
const nameOf = (text: string, source: string) => readSources(text).filter((r) => r.source === source).at(-1)?.name;

describe('near misses of this session’s rules', () => {
  it.each([
    ['The contract went to Dale Whitcombe and Harrow Consulting. Whitcombe said the work would start in May.', 'Whitcombe', 'Dale Whitcombe'],
    ['Referee Anthony Pell sent off two players. The referee said the tackles were reckless.', 'The referee', 'Anthony Pell'],
    ['Anthony Pell, the referee, sent off two players. Afterwards the referee said the tackles were reckless.', 'the referee', 'Anthony Pell'],
    ['Ana Ruiz, the Labour Party candidate, won by 312 votes. The Labour candidate said she was happy.', 'The Labour candidate', 'Ana Ruiz'],
    ['Ana Ruiz, the Democratic governor of Ohio, spoke first. The Ohio governor said the budget was fair.', 'The Ohio governor', 'Ana Ruiz'],
    ['Former Florida governor Jeb Bush spoke first. The New Jersey governor said the plan was fair.', 'The New Jersey governor', 'The New Jersey governor'],
    ['Coach Dan Price said the team had played well. After the match, midfielder Carlos Ortega was taken to hospital. "We hope it is not serious," he said.', 'he', 'Dan Price'],
    ['Police chief Tom Harris said the force had acted properly. Casey Dunn, a lawyer for the dead man\'s widow, said that was false. "They ignored every warning," he said.', 'he', 'Casey Dunn'],
    ['Swedish midfielder Erik Lind scored twice. Spanish coach Pablo Ruiz said the team had been brilliant. "It was a special night," the Swede said.', 'the Swede', 'Erik Lind'],
    ['Ghanaian striker Kofi Amankwah scored twice. Coach Tom Hale praised him. "It was a special night," the Ghanaian said.', 'the Ghanaian', 'Kofi Amankwah'],
  ])('%s', (text, source, name) => {
    expect(nameOf(text, source)).toBe(name);
  });

  it.each([
    ['The union representing nurses said the offer was an insult.', 'The union representing nurses', 'named-organization'],
    ['A lawyer representing residents said they would appeal.', 'A lawyer representing residents', 'unnamed-person'],
  ])('a participle with an object keeps the head before it: %s', (text, source, type) => {
    expect(readSources(text)[0]).toMatchObject({ source, type });
  });
});

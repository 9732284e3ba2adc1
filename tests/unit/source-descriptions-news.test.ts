/**
 * How the sidebar describes a source, on sentences written the way news writes them: a title
 * before the name said once, an apposition before or after the name (with or without an article,
 * after an age), and a relative clause that ends where the main verb starts.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution/annotate';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const model = loadModelFromDisk();

/** The description of the source of the attribution whose cue is `cue`. */
function descriptionFor(text: string, cue: string): string | undefined {
  const found = annotate(text, model).find((a) => a.cue && text.slice(a.cue.start, a.cue.end).endsWith(cue));
  return found?.resolvedSource.description;
}

describe('source descriptions as a reader expects them', () => {
  it.each([
    ['a title before the name, said once',
      'Dr. Ines Varga said the vaccine was safe.', 'said', 'Dr. Ines Varga'],
    ['a title chain at a paragraph start does not reach into the paragraph before',
      'Shares fell on Thursday.\n\nChief executive Anna Holm told analysts the cuts were needed.', 'told', 'Chief executive Anna Holm'],
    ['a title chain before the name, said once',
      'Council President Maria Ortiz said the budget was fair.', 'said', 'Council President Maria Ortiz'],
    ['an apposition without an article after the name',
      'Hugo Brandt, chief executive of the watchdog Rail Watch, said fares were too high.', 'said', 'Hugo Brandt, chief executive of the watchdog Rail Watch'],
    ['an age, then an apposition',
      '"I am being priced out," said Edith Lowe, 78, a retired teacher.', 'said', 'Edith Lowe, 78, a retired teacher'],
    ['an apposition before the name',
      'The health secretary, Omar Siddiq, said waiting lists were falling.', 'said', 'Omar Siddiq, the health secretary'],
    ['a possessive apposition before the name',
      "The club's coach, Pablo Ruiz, complained that the referee missed a penalty.", 'complained', "Pablo Ruiz, the club's coach"],
    ['"according to" an apposition before the name, the claim after it is not a description',
      "According to the city's finance director, Alan Kim, the increase will cost the owner of a median home about $96 a year.", 'According to', "Alan Kim, the city's finance director"],
    ['a relative clause ends where the main verb starts',
      'Councilman Ray Dunn, who voted against the plan, called the tax increase unfair.', 'called', 'Councilman Ray Dunn, who voted against the plan'],
    ['a relative clause of an unnamed source ends before the main verb',
      'The researchers, who followed 4,000 adults for ten years, found that walking cut the risk.', 'found', 'The researchers, who followed 4,000 adults for ten years'],
  ])('%s', (_label, text, cue, expected) => {
    expect(descriptionFor(text, cue)).toBe(expected);
  });
});

describe('the name a source resolves to: after an office that runs on past "of", a body with "and" in its name, roles in capitals', () => {
  it.each([
    ['U.S. Secretary of State Antony Blinken, speaking in Tokyo, urged both sides to accept the deal.', 'urged', 'Antony Blinken', 'named-person'],
    ['Minister of Foreign Affairs Ana Ruiz said the envoy left.', 'said', 'Ana Ruiz', 'named-person'],
    ['Secretary of State for Health Wes Streeting said waiting lists fell.', 'said', 'Wes Streeting', 'named-person'],
    ['The Bank of England said rates would hold.', 'said', 'the Bank of England', 'named-organization'],
    ['The Office of Rail and Road warned that cancellations had risen.', 'warned', 'the Office of Rail and Road', 'named-organization'],
    ['Ana Ruiz and Bo Lund said the plan had failed.', 'said', 'Ana Ruiz and Bo Lund', 'named-person'],
    ['The Food and Allied Workers Federation said the deal would cost jobs.', 'said', 'the Food and Allied Workers Federation', 'named-organization'],
    ['The Bill and Melinda Gates Foundation said it would fund the trials.', 'said', 'the Bill and Melinda Gates Foundation', 'named-organization'],
    ['Karsovan state media reported that three soldiers had died.', 'reported', 'Karsovan state media', 'named-organization'],
    ['The Teal Valley Fire and Rescue Service said roads were closed.', 'said', 'the Teal Valley Fire and Rescue Service', 'named-organization'],
    ['Abbot and Finch Engineering said the bridge was sound.', 'said', 'Abbot and Finch Engineering', 'named-organization'],
    ['The Union of Delivery Workers, which represents 11,000 drivers, said it had not been consulted.', 'said', 'the Union of Delivery Workers', 'named-organization'],
    // near miss: two firms, each named in full, stay two
    ['The nonprofit hired Podesta Group Inc. and Mercury LLC. Mercury said it had disclosed its work.', 'said', 'Mercury LLC', 'named-organization'],
    ['Iranian state television said the tanker had been seized.', 'said', 'Iranian state television', 'named-organization'],
    ['Media buying sources said the campaign had reserved airtime.', 'said', 'Media buying sources', 'anonymous-source'],
    ['One MP said privately that the party was split.', 'said privately', 'One MP', 'unnamed-person'],
    ['Tory MPs said the leader must go.', 'said', 'Tory MPs', 'unnamed-group'],
    ['Labour MP Jess Phillips said the vote was a disgrace.', 'said', 'Jess Phillips', 'named-person'],
    ["Qatar's foreign ministry spokesman, Majed al-Ansari, told reporters the talks would go on.", 'told', 'Majed al-Ansari', 'named-person'],
  ])('%s', (text, cue, name, type) => {
    const found = annotate(text, model).find((a) => a.cue && text.slice(a.cue.start, a.cue.end) === cue);
    expect(found?.resolvedSource.name).toBe(name);
    expect(found?.sourceType).toBe(type);
  });
});

describe('a firm named once, then described or shortened', () => {
  it('"the company" and the first word of the firm’s name stand for the firm named before', () => {
    const text = 'Halvard Airlines will cut 900 jobs. The company said in a filing that bookings had slowed. Halvard declined to comment on a report of further cuts.';
    const byCue = (cue: string) => annotate(text, model).find((a) => a.cue && text.slice(a.cue.start, a.cue.end).startsWith(cue));
    expect(byCue('said')?.resolvedSource.name).toBe('Halvard Airlines');
    expect(byCue('declined')?.resolvedSource.name).toBe('Halvard Airlines');
    expect(byCue('declined')?.sourceType).toBe('named-organization');
  });
});

describe('a source the tagger cut at a body’s "and"', () => {
  it('is read back to the start of the body’s name and its spokesperson', () => {
    const text = 'A spokesman for the Teal Valley Fire and Rescue Service said crews were on the scene.';
    const [found] = annotate(text, model);
    expect(text.slice(found.source!.start, found.source!.end)).toBe('A spokesman for the Teal Valley Fire and Rescue Service');
  });
});

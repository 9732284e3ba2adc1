/**
 * What follows a quotation and its cue: the scene of the speech ("she said of the strike, in
 * which …") is no more of what was said, a participle after the closing mark ("“…,” adding that …")
 * is the same speaker's next statement, and a cue never begins inside its own source.
 */
import { describe, expect, it } from 'vitest';
import { withoutSceneAfterQuote } from '../../utils/attribution/quote-tail';
import { readClaims as readings } from './engine-readings';
import { spanOf } from './span-helpers';

describe('the scene after a quotation and its cue', () => {
  const text = '“It is over,” he said of the long strike, in which the union lost. “For now, anyway.”';
  const quote = spanOf(text, '“It is over,”'), cue = spanOf(text, 'said'), scene = spanOf(text, 'the long strike, in which the union lost'), more = spanOf(text, '“For now, anyway.”');
  it('drops what follows the cue when it holds no quotation', () => {
    expect(withoutSceneAfterQuote(text, [quote, scene, more], cue)).toEqual([quote, more]);
  });
  it.each([
    ['a quotation that does not open its sentence (a title)', 'In his book, “Saving Early,” Mr. Dale suggested cutting costs.', '“Saving Early,”', 'suggested', 'cutting costs'],
    ['a piece after the cue that quotes again', '“I like him,” she said, but “he is wrong on tax.”', '“I like him,”', 'said', 'but “he is wrong on tax.”'],
  ])('keeps everything after %s', (_, t, q, c, after) => {
    const pieces = [spanOf(t, q), spanOf(t, after)];
    expect(withoutSceneAfterQuote(t, pieces, spanOf(t, c))).toEqual(pieces);
  });
  it('drops the scene between a cue and the speaker\'s next quotation (r48 review)', () => {
    const story = '"We have crews searching every house on every street," Mayor Ruiz said at a news conference in the car park of a school that was left largely intact. "We are not going to stop until we know everyone is safe."';
    expect(readings(story).filter((r) => r.cue === 'said').map((r) => r.claim)).toEqual(['"We have crews searching every house on every street," … "We are not going to stop until we know everyone is safe."']);
  });
  it('reads only the quotation in a paragraph that goes on after its cue', () => {
    const story = 'The mayor walked to the podium.\n\n“We are not finished yet,” she said several hours after the vote, and a big reason for her calm was the rise of the new coalition, which had backed her plans.';
    expect(readings(story)).toContainEqual({ source: 'she', cue: 'said', claim: '“We are not finished yet,”' });
  });
});

describe('a participle after a quotation\'s closing mark', () => {
  it.each([
    'In a statement, Acme said: “Our results were strong last year,” adding that its sales had doubled.',
    'The firm said: “Our results were strong last year,” adding that its sales had doubled.',
  ])('is the same speaker saying more, and the quotation ends at its mark: %s', (text) => {
    const speaker = text.startsWith('The firm') ? 'The firm' : 'Acme';
    expect(readings(text)).toEqual([
      { source: speaker, cue: 'said:', claim: '“Our results were strong last year,”' },
      { source: speaker, cue: 'adding', claim: 'that its sales had doubled' },
    ]);
  });
});

describe('a quotation two readings hold', () => {
  it('is the one whose name follows it in its paragraph, not the previous paragraph\'s', () => {
    const text = 'The team hopes to begin the trial next spring, the university said.\n\n"If it holds up, it is one of the easiest changes a person could make," Marwood said.';
    const found = readings(text);
    expect(found).toContainEqual({ source: 'the university', cue: 'said', claim: 'The team hopes to begin the trial next spring' });
    expect(found).toContainEqual({ source: 'Marwood', cue: 'said', claim: '"If it holds up, it is one of the easiest changes a person could make,"' });
  });
});

describe('speech that goes on after its cue (found by review)', () => {
  it('keeps indirect speech joined by "and" after a quotation and its cue', () => {
    const text = '“The roads are closed,” police said, and drivers should avoid the area until further notice.';
    expect(readings(text)[0]).toMatchObject({ source: 'police', cue: 'said', claim: '“The roads are closed,” … and drivers should avoid the area until further notice' });
  });
  it('keeps what follows an anonymity clause, without the clause', () => {
    const text = 'The talks have collapsed, one diplomat said, asking not to be named, and a new round is unlikely before spring.';
    expect(readings(text)[0]).toMatchObject({ source: 'one diplomat', claim: 'The talks have collapsed … a new round is unlikely before spring' });
  });
});

describe('headlines that quote', () => {
  it.each([
    ["'I wanted to build something that would outlast me': Ruth Amankwah on forty years of bridges\n\nAt 68, the engineer is stepping down.", 'Ruth Amankwah', "'I wanted to build something that would outlast me'"],
    ["Lund: 'We will not back down on the tram plan'\n\nMayor Ana Lund spoke on Monday.", 'Lund', "'We will not back down on the tram plan'"],
    ['“We will not back down”: Mayor Ana Lund vows to finish tram line\n\nThe mayor spoke on Monday.', 'Mayor Ana Lund', '“We will not back down”'],
  ])('give the quotation to the name across the colon: %s', (text, source, claim) => {
    expect(readings(text)).toContainEqual({ source, cue: ':', claim });
  });
  it('read a headline line whatever its trailing spaces, and no line longer than a headline', () => {
    const spaced = `Lund: 'We will not back down on the tram plan'${' '.repeat(300)}\r\n\nMayor Ana Lund spoke on Monday.`;
    expect(readings(spaced)).toContainEqual({ source: 'Lund', cue: ':', claim: "'We will not back down on the tram plan'" });
    const long = `Lund: 'We will not back down on the tram plan, ${'and we will not stop, '.repeat(8)}ever'\n\nMayor Ana Lund spoke on Monday.`;
    expect(readings(long).filter((r) => r.cue === ':')).toEqual([]);
  });
  it('leave a label before a quotation alone when the story never names it again', () => {
    expect(readings("Update: 'the coast road is closed'\n\nDrivers are advised to wait.").filter((r) => r.cue === ':')).toEqual([]);
  });
});

describe('headline shapes that are no quotation (found by review)', () => {
  it.each([
    "'Partygate': Johnson faces fresh questions",
    "'Oppenheimer': Christopher Nolan on his new film",
    '"Net zero": The point at which emissions are balanced',
    "Update: 'the coast road is closed to all traffic'\n\nDrivers are advised to wait.\n\nUpdate: the road has reopened, police said.",
    "Hull: 'Major incident declared at the docks'\n\nPolice in Hull said crews attended.",
  ])('read no colon as "says": %s', (text) => {
    expect(readings(text).filter((r) => r.cue === ':' && r.source !== null)).toEqual([]);
  });
  it('reads a sports headline whose speaker the story names in full', () => {
    expect(readings("Smith: 'We were robbed by the referee'\n\nJoe Smith was furious after the match.")).toContainEqual({ source: 'Smith', cue: ':', claim: "'We were robbed by the referee'" });
  });
});

describe('a headline that gives a named speaker’s claim in words', () => {
  it.each([
    ['Pat Caddell: Democrat Voters Worried About Clinton’s Health; It’s Real.\n\nPollster Pat Caddell said on Friday that many voters were worried.', 'Pat Caddell', 'Democrat Voters Worried About Clinton’s Health; It’s Real'],
    ['Pence: Clinton Camp Was Mocking the Debate Guests.\n\nMike Pence told reporters the campaign was mocking.', 'Pence', 'Clinton Camp Was Mocking the Debate Guests'],
    ['Keir Starmer: Britain Will Not Rejoin The EU In My Lifetime\n\nPrime Minister Keir Starmer spoke in Leeds.', 'Keir Starmer', 'Britain Will Not Rejoin The EU In My Lifetime'],
  ])('gives the claim to the name across the colon: %s', (text, source, claim) => {
    expect(readings(text)).toContainEqual({ source, cue: ':', claim });
  });
  it.each([
    // a place as a label; a name the story never uses again; not the first line; a label word
    'Ukraine: Russia Launches Fresh Attacks on Power Grid.\n\nRussia struck cities across Eastern Ukraine, officials said.',
    'Marsh: The Quiet Town Where Nothing Ever Happens.\n\nThe town has 400 residents.',
    'Ferry news.\n\nAna Ruiz: The Ferry Will Run on Sundays From May.\n\nAna Ruiz confirmed it.',
    'Explainer: What the New Budget Means for Renters.\n\nThe budget was published on Monday.',
    // topics, not speakers (found by review): no statement's verb, a title for the claim, a surname after a descriptor or "The"
    'Wall Street: Stocks Slide As Fed Signals More Hikes\n\nStocks on Wall Street fell sharply on Thursday.',
    'Hurricane Delia: Millions Without Power Across Florida In May\n\nHurricane Delia made landfall overnight.',
    'Jimmy Carter: A Life In Pictures\n\nJimmy Carter, who died on Sunday, was the 39th president.',
    'Boeing: Regulators Say The 737 Max Jets Must Stay Grounded\n\nPlanemaker Boeing said it would comply.',
    'Brexit: Exporters Say The Cost Has Been Higher Than Expected\n\nThe Brexit deal took effect five years ago.',
  ])('near miss, no colon as "says": %s', (text) => {
    expect(readings(text).filter((r) => r.cue === ':')).toEqual([]);
  });
});

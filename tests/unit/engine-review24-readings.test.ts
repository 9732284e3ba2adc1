/**
 * Readings a held-out review (r24: hurricane, drug approval, transfer saga, corruption trial, bank
 * merger and other stories, all names invented) found wrong: a firm's one-word name that speaks of
 * itself as "it", a research firm's name, and a juror who asked that her name not be used.
 */
import { describe, expect, it } from 'vitest';
import { readClaims, speakerOf } from './engine-readings';

describe('review 24 readings', () => {
  it.each([
    // a name that speaks of itself as "it" or "its" is a body's
    ['The regulator rejected the drug. Venholt said its lawyers would appeal.', 'Venholt', { name: 'Venholt', type: 'named-organization' }],
    ['Halvard said it had grounded the fleet pending a review.', 'Halvard', { name: 'Halvard', type: 'named-organization' }],
    ['Corvane said it was cooperating with investigators.', 'Corvane', { name: 'Corvane', type: 'named-organization' }],
    // not a dummy "it": "it was a good day", "it had rained", "it was raining" say nothing of the speaker
    ['Ruiz said it was a good day for the city.', 'Ruiz', { name: 'Ruiz', type: 'named-person' }],
    ['Okonkwo said it had rained for three days straight.', 'Okonkwo', { name: 'Okonkwo', type: 'named-person' }],
    ['Marlow said it was raining when the bus crashed.', 'Marlow', { name: 'Marlow', type: 'named-person' }],
    ['Voss said its impact would be felt for years.', 'Voss', { name: 'Voss', type: 'named-person' }],
    // "Air" as a rank's first word makes no body
    ['Air Vice-Marshal Gwen Arlow said the squadron would deploy in spring.', 'Air Vice-Marshal Gwen Arlow', { name: 'Air Vice-Marshal Gwen Arlow', type: 'named-person' }],
    // a name of two words or more ending in "Research" is a firm's
    ['Talbrook Research said the survey of 2,104 adults was conducted online.', 'Talbrook Research', { name: 'Talbrook Research', type: 'named-organization' }],
    // a source who asked that her name not be used is anonymous, and so is her next "she"
    ['Mr. Szalay was convicted. One juror, a retired schoolteacher who asked that her name not be used, said the panel had spent most of its time on bank records. "It was not close," she said.',
      'she', { name: 'One juror', type: 'anonymous-source' }],
    // a role a body owns is the person described so, never the nearest name
    ['A note sent to clients by Brightwater Risk estimated losses at $3 billion.\n\nAsked whether schools would reopen, the district\'s superintendent said it was too early to tell.',
      "the district's superintendent", { name: "the district's superintendent", type: 'unnamed-person' }],
    // a plural of people without an "s" is a group, not a look-back to the last name
    ['PORT SELVANO, June 11 (Halden Press) - The coast guard pulled 61 people from the sea.\n\nLocal fishermen said they had seen several boats in distress.',
      'Local fishermen', { name: 'Local fishermen', type: 'unnamed-group' }],
    // a name ending in Division is a body's
    ['The Premier Division confirmed the transfer window would close on Friday.', 'The Premier Division', { name: 'the Premier Division', type: 'named-organization' }],
    // a coast guard is a body, as is its spokesman's; a security guard is a person
    ['The Selvanese Coast Guard said 61 people were rescued. The coast guard rejected that account.', 'The coast guard', { name: 'the Selvanese Coast Guard', type: 'named-organization' }],
    ['The Selvanese Coast Guard said 61 people were rescued. A coast guard spokesman said the charity vessel had been nowhere near.',
      'A coast guard spokesman', { name: 'the Selvanese Coast Guard', type: 'named-organization' }],
    ['A security guard said the doors had been locked.', 'A security guard', { name: 'A security guard', type: 'unnamed-person' }],
    ['A border guard said the crossing was closed.', 'A border guard', { name: 'A border guard', type: 'unnamed-person' }],
    // the body's noun after its modifier ("for the local council"), not the modifier
    ['The Harbury Town Council met on Monday. A spokesman for the local council said the vote would go ahead.',
      'A spokesman for the local council', { name: 'the Harbury Town Council', type: 'named-organization' }],
    // a representative for a person, by title, speaks for no body
    ["'She wrote about her own experience,' a representative for Ms Castellane said.", 'a representative for Ms Castellane',
      { name: 'a representative for Ms Castellane', type: 'unnamed-person' }],
  ])('reads %s', (text, source, speaker) => {
    expect(speakerOf(text, source)).toEqual(speaker);
  });

  it('reads no claim in the request not to be named', () => {
    const text = 'One juror, a retired schoolteacher who asked that her name not be used, said the panel had spent most of its time on bank records.';
    expect(readClaims(text).map((r) => r.cue)).toEqual(['said']);
  });
});

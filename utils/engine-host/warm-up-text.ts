/**
 * A short news text of our own that the engine host's page sends through its worker once at start
 * (engine-relay.ts), so the answer's validation on the page side is warm before the first article.
 * The worker's own warm-up uses the longer articles of warm-up-articles.ts. It covers the common
 * constructions (quotes, split quotes, indirect speech, "according to", groups, anonymous sources).
 */
export const WARM_UP_TEXT = [
  'Harbour Council approves new ferry timetable',
  'The Harbour Council voted on Tuesday to add two evening ferries, a decision that officials said would cost about £1.2 million a year.',
  '“We have listened to the people who cross every night,” said Miriam Okafor, the council’s transport lead. “This is their timetable.”',
  'Opponents warned that the plan was rushed. Two councillors familiar with the budget said the money had not been found yet.',
  'According to a report published by the Coastal Transport Trust, evening demand has doubled since 2019.',
  '“It is a start,” one ferry captain told the Harbour Gazette, speaking on condition of anonymity because he was not authorised to comment.',
  'The company that runs the service, Blue Line Ferries, said in a statement that it welcomed the vote but needed more crew.',
  'Residents were divided. Some said the late crossings would help shift workers; others insisted the money should go to repairs.',
  'A spokesperson for the port authority denied that the pier was unsafe. “The inspections are up to date,” she said.',
  'Jonas Weber, an economist at the University of Northport, cautioned that fares might rise, adding that subsidies rarely last.',
].join('\n\n');

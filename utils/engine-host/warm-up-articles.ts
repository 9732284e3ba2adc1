/**
 * News articles written for this project, in several styles (national politics with anonymous officials, a court
 * report, a business wire report, a science study, a sport report, a live blog, international diplomacy), run
 * through the engine when the engine host starts so the JavaScript engine optimises the engine's code on the
 * constructions real articles use (quotes, split and multi-paragraph quotes, indirect speech, "according to",
 * groups, documents, anonymous sources, pronouns) before the reader's first article. The places, people and
 * organisations are invented; nothing here is taken from any data set.
 */
export const WARM_UP_ARTICLES: readonly string[] = [
  [
    'Coalition talks on pension age stall as junior partner digs in',
    'Talks between the governing Civic Union and its junior coalition partner over raising the state pension age '
      + 'broke up late on Wednesday without agreement, two people familiar with the talks said, leaving Prime Minister '
      + 'Lidia Varenne’s flagship reform in doubt less than a month before the budget.',
    'The two sides had been expected to settle on a gradual rise from 65 to 67 by 2034. Instead, according to one '
      + 'of the people, who spoke on condition of anonymity because the negotiations are confidential, the Agrarian '
      + 'League demanded an exemption for manual workers that the Finance Ministry says would cost about 1.4 billion '
      + 'crowns a year.',
    '“We are not going to sign something that tells a bricklayer to carry hods until he is 67,” said Tobiasz '
      + 'Wrenfield, the League’s parliamentary leader, as he left the government building shortly after 11 p.m. “If the'
      + ' prime minister wants our votes, she knows the price.”',
    'A senior official who was not authorised to speak publicly said the prime minister’s office had offered a '
      + 'compromise in which workers with 40 years of contributions could retire at 65, but that the League had '
      + 'rejected it within an hour. The official described the mood in the room as "cordial but going nowhere."',
    'Ms. Varenne’s spokesman, Anders Kolbeck, declined to comment on the details. "The talks continue, and the '
      + 'government remains confident that a responsible reform will be agreed," he told reporters on Thursday morning.'
      + ' He added that the budget timetable had not changed.',
    'Finance Minister Evald Brennholt has argued for months that the pension system cannot survive without a later '
      + 'retirement age. In a letter to coalition lawmakers seen by this newspaper, he wrote that the deficit in the '
      + 'pension fund would reach 3.2% of GDP by the end of the decade if nothing was done. The letter, dated Feb. 14, '
      + 'warns that the credit rating agencies are "watching closely."',
    'Opponents of the plan were quick to seize on the stalemate. Greta Lindqvist-Moor, who leads the opposition '
      + 'Social Alliance, claimed that the government had "lost control of its own majority" and called for the reform '
      + 'to be put to a referendum. Her party has said it would scrap any rise in the pension age if it wins the next '
      + 'election.',
    'Economists were divided. Some noted that the country’s pension age is already among the highest in the region;'
      + ' others cautioned that a delay would unsettle bond markets. "Every month of uncertainty costs money," said '
      + 'Piet Arnaldsen, chief economist at Meridian Savings Bank. "Investors can live with a compromise. What they '
      + 'cannot price is paralysis."',
    'Trade unions, which staged a one-day strike in January, said they would return to the streets if the '
      + 'government tried to push the measure through by decree. According to the Federation of Labour, more than '
      + '80,000 people took part in that protest.',
    'Three officials involved in drafting the bill said a fallback option was being prepared in which the rise '
      + 'would be delayed by two years, to 2036. One of them acknowledged that this would satisfy neither side. "It '
      + 'buys time, and that is all it does," the official said.',
    'The League’s leadership is due to meet on Friday. Mr. Wrenfield insisted that his party did not want to bring '
      + 'down the government, but said its members would not accept "a reform written for people who work at desks."',
    'Photo: Lawmakers leave the coalition talks at the government building on Wednesday night.',
  ].join('\n\n'),
  [
    'Developer lied to investors about flats that were never built, court hears',
    'A property developer told investors their money was paying for 48 flats on the site of a former brewery when '
      + 'the land had been sold months earlier, a jury at Wexcombe Crown Court heard on Monday.',
    'Callum Tierney, 52, of Aldwick Lane, denies six counts of fraud by false representation and one count of money'
      + ' laundering. The charges relate to about £3.7 million raised between March 2019 and November 2021 through his '
      + 'company, Stonegate Living Ltd.',
    'Opening the case for the prosecution, Simon Akerley KC said Mr. Tierney had sent investors glossy brochures, '
      + 'monthly "progress reports" and photographs of building work that, prosecutors said, were taken at a different '
      + 'site 40 miles away.',
    '“The flats did not exist. The land was not his. The photographs were not of his building,” Mr. Akerley told '
      + 'the jury. “What did exist was a bank account, and the Crown says that is where the money went.”',
    'The court heard that much of the money was transferred to an account in the name of Mr. Tierney’s wife and '
      + 'used to pay for a house extension, a holiday home in Spain and two cars. Prosecutors said about £410,000 was '
      + 'sent abroad.',
    'One investor, a retired nurse from Hollingbury, told the court that she had put her entire pension lump sum '
      + 'into the scheme after meeting Mr. Tierney at a seminar in a hotel. "He was charming. He knew my '
      + 'grandchildren\'s names by the second meeting," she said, giving evidence from behind a screen. She said she had'
      + ' lost £96,000.',
    'Under cross-examination by Fiona Blackwood, for the defence, the witness acknowledged that she had signed a '
      + 'document stating that the investment carried risk. Ms. Blackwood suggested that her client had always intended'
      + ' to build the flats and had been "let down by lenders who pulled out at the last minute."',
    'In a defence statement read to the court, Mr. Tierney says that the sale of the land was a temporary '
      + 'arrangement to raise cash and that he planned to buy it back. The filing says the photographs were sent "in '
      + 'error" by a junior member of staff, who has since left the company.',
    'The prosecution disputes that account. According to Mr. Akerley, emails recovered from the company’s server '
      + 'show Mr. Tierney asking an employee to "find some pictures with cranes in them" in June 2020. "That, members '
      + 'of the jury, is not an error," he said. "That is a plan."',
    'Judge Margaret Oduya warned jurors not to research the case online or to discuss it with anyone outside the '
      + 'jury room. "You must decide this case on the evidence you hear in this courtroom, and nothing else," she said.'
      + ' She added that the trial had attracted attention on social media and that jurors should avoid it.',
    'Detective Sergeant Owen Farraday, of the regional economic crime unit, confirmed outside court that officers '
      + 'had identified 63 investors. He said the investigation had begun after a complaint from a bank in 2022, when a'
      + ' payment of £250,000 was flagged as suspicious.',
    'Mr. Tierney, wearing a dark suit and glasses, sat in the dock taking notes throughout the morning. He spoke '
      + 'only to confirm his name and address.',
    'The trial, which is expected to last four weeks, continues.',
  ].join('\n\n'),
  [
    'Pellham Foods profit falls 18% as price war bites; regulator to review supplier terms',
    'LONDON, March 3 (Wire) - Pellham Foods, Britain’s fourth-largest grocer, reported an 18% fall in annual pre-'
      + 'tax profit on Tuesday and warned that margins would stay under pressure this year, sending its shares down '
      + '7.4% in early trading.',
    'Pre-tax profit for the year to Jan. 31 fell to £612 million from £746 million, the company said in a '
      + 'statement, on revenue up 2.1% at £24.3 billion. Like-for-like sales, which strip out the effect of new stores,'
      + ' rose 1.6%, below the 2.3% analysts had expected, according to a company-compiled consensus.',
    '"This has been a year in which we chose to invest in prices rather than protect our margin," Chief Executive '
      + 'Harriet Coyle said on a call with reporters. "We think that was the right decision for our customers, and over'
      + ' time it will be the right decision for our shareholders."',
    'Coyle, who took over in 2022 after a decade at a rival chain, said the group had cut the price of about 2,400 '
      + 'everyday products since the summer. She added that the company expected operating margin to be "broadly flat" '
      + 'at around 2.8% in the current year.',
    'Analysts were less upbeat. "The price cuts are not bringing in enough new shoppers to pay for themselves," '
      + 'said Inga Sorvald, an analyst at Hollins Ridge Capital, who rates the stock "underweight". "Pellham is running'
      + ' to stand still."',
    'Others noted that the balance sheet remained strong. Net debt fell by £180 million to £1.9 billion, and the '
      + 'board raised the final dividend by 3% to 6.2 pence a share. Benedikt Amsel, a fund manager at Coldwater '
      + 'Investors, told Wire that the payout showed the board was "not panicking".',
    'The results come a day after the Competition and Markets Office (CMO) published an interim report on the '
      + 'grocery sector. The report, released on Monday, found that large grocers had in some cases changed payment '
      + 'terms for suppliers without notice, and said the regulator would open a formal review of contracts at four '
      + 'chains, including Pellham.',
    '"Suppliers told us they were afraid to complain," the CMO wrote in the 94-page document. It said that about '
      + '30% of the 310 small suppliers it surveyed had been paid later than agreed at least once in the past year.',
    'Pellham said it would cooperate fully with the review and denied that it had treated suppliers unfairly. A '
      + 'spokesperson said the company paid 96% of invoices on time and had "a long record of working fairly with '
      + 'British farmers and producers".',
    'The National Growers’ Association, which represents about 11,000 farms, welcomed the review. Its president, '
      + 'Gwen Tallis, told Wire that members had "waited years for someone to look at this properly" and that many were'
      + ' too small to take a grocer to court.',
    'Regulators have been under pressure from lawmakers to act. In a letter to the CMO last month, the chair of '
      + 'parliament’s business committee, Alun Pritchard, argued that the existing code of practice had "no teeth" and '
      + 'urged the regulator to consider fines.',
    'Shares in rivals also fell. Hartwell Group dropped 2.9% and discount chain Brio Market lost 1.5% by 10:30 a.m.'
      + ' (1030 GMT), while the wider market was little changed.',
    '(Reporting by Niall Ferris; Editing by Claire Whitcombe)',
  ].join('\n\n'),
  [
    'Brisk walking after meals lowers blood sugar in older adults, study finds',
    'Older adults who took a 15-minute brisk walk after each main meal had lower blood sugar levels over the '
      + 'following day than those who walked for 45 minutes in one go, according to a study published on Wednesday in '
      + 'the Northern Journal of Clinical Medicine.',
    'The researchers, from the University of Castlebridge and two hospitals in the north of England, followed 212 '
      + 'people aged 60 to 79 who had pre-diabetes, a condition in which blood sugar is higher than normal but not yet '
      + 'high enough to be classed as type 2 diabetes.',
    'Over 12 weeks, participants were randomly assigned to one of three groups: three short walks after breakfast, '
      + 'lunch and dinner; a single 45-minute walk in the morning; or their usual routine. All of them wore continuous '
      + 'glucose monitors for two weeks at the start and end of the trial.',
    'The study found that average blood sugar after meals fell by 12% in the after-meal walking group, compared '
      + 'with 5% in the single-walk group. There was no meaningful change among those who kept to their usual habits.',
    '"The timing matters almost as much as the amount," said Dr. Anjali Mehrotra, a physiologist at Castlebridge '
      + 'and the study’s lead author. "When muscles are working just as sugar from a meal reaches the bloodstream, they'
      + ' take up a good share of it. A walk two hours before lunch simply doesn’t do that."',
    'She noted that the after-meal walkers also reported sleeping slightly better, though she cautioned that this '
      + 'was a secondary finding and that the trial was not designed to test it.',
    'Experts who were not involved in the research said the results were encouraging but limited. Dr. Samuel '
      + 'Achterberg, a diabetes specialist at St. Brendan’s Hospital in Dunmore, said the trial was "well designed but '
      + 'short". "Twelve weeks tells us what happens to glucose readings. It does not tell us whether fewer people go '
      + 'on to develop diabetes, which is what patients actually care about," he said.',
    'Others pointed out that the participants were mostly white and well educated, and that about one in six '
      + 'dropped out before the end. The authors acknowledged these weaknesses in the paper, writing that "larger and '
      + 'more diverse trials are needed before firm recommendations can be made."',
    'The study was funded by the Fenmoor Health Trust, a charity, which had no role in its design or analysis, '
      + 'according to the paper. Two of the authors have received speaking fees from a company that makes glucose '
      + 'monitors (the paper lists the payments in full).',
    'Diabetes charities welcomed the findings. "This is a simple, free thing that many people could fit into their '
      + 'day," said Lorna Whitlock, head of research at the charity Sugar Health. She added that anyone with a heart or'
      + ' joint condition should speak to their doctor before starting a new exercise routine.',
    'According to figures from the health department, an estimated 5.9 million adults in the country have pre-'
      + 'diabetes, and about one in ten of them will develop type 2 diabetes within five years.',
    'Dr. Mehrotra said her team had applied for funding for a two-year follow-up with 1,000 participants. "We want '
      + 'to know whether people keep walking when nobody is asking them to wear a monitor," she said.',
    'Pictured: A participant wears a glucose monitor during an after-lunch walk in Castlebridge. (Photo: University'
      + ' of Castlebridge)',
  ].join('\n\n'),
  [
    'Fairweather hails ‘character’ as ten-man Ashdown snatch late win at Millbrook',
    'Ashdown Rovers manager Declan Fairweather praised his side’s "character" after they came from behind with ten '
      + 'men to win 2-1 at Millbrook Athletic on Saturday and climb to fourth in the table.',
    'Ashdown fell behind in the 23rd minute when Millbrook striker Kofi Mensah-Adjei headed in a corner at the near'
      + ' post, and went down to ten men four minutes before half-time when captain Lewis Pendry was shown a second '
      + 'yellow card for a sliding challenge on the halfway line.',
    'But substitute Ryan Callaghan equalised with a deflected shot on 71 minutes, and defender Matteo Ferrini '
      + 'headed the winner in the fourth minute of stoppage time, sparking wild celebrations among the 1,800 travelling'
      + ' supporters behind the goal.',
    '“I’ve been in football a long time and I don’t think I’ve ever been prouder of a group of players,” '
      + 'Fairweather said. “At half-time we were a goal down, a man down, and nobody in the ground would have given us '
      + 'a chance. They didn’t feel sorry for themselves.”',
    'The 48-year-old was critical of the decision to send off Pendry, who had been booked for dissent in the 12th '
      + 'minute. He said the second yellow card was "harsh" but insisted that he would not blame the referee, Gareth '
      + 'Hollins, for the first half.',
    '“I’ve seen it back and there’s barely any contact,” he told reporters. “Lewis goes to ground, he pulls out of '
      + 'the tackle, and their lad goes down holding his face. I’ll leave it at that because I don’t want a fine.',
    '“But what I will say is that the response was magnificent. We changed shape, we went to a back five, and the '
      + 'lads ran until they couldn’t run any more. That’s what this club is about, and that’s what the supporters pay '
      + 'to see.”',
    'Millbrook manager Stefan Vogelsang cut a frustrated figure. "We had control of the game and we gave it away," '
      + 'he said. "Against ten men you have to kill the game off. We didn\'t, and we were punished."',
    'He acknowledged that his side had been "too passive" after the break and said that he would speak to the '
      + 'players on Monday. Asked about his own position, with Millbrook now without a win in seven matches, he '
      + 'replied: "That\'s not for me to say. I\'ll keep working, the same as always."',
    'Millbrook had 64% of possession and 17 shots to Ashdown’s six, according to the league’s official figures, but'
      + ' goalkeeper Sam Whitacre made only one save of note in the second half.',
    'Ferrini, who joined Ashdown from an Italian club in the summer, said the winner was his first goal in English '
      + 'football. "I told my mother I would score before Christmas," he said with a smile. "I made it with two weeks '
      + 'to spare."',
    'Club captain Pendry apologised on social media after the match. ‘Let the lads down today, but they picked me '
      + 'up. Proud of every one of them,’ he wrote.',
    'Fairweather also confirmed that Callaghan, who has started only twice this season, had asked to leave in '
      + 'January, but said he would now "have a very different conversation" with the forward. "He changed the game for'
      + ' us," he added.',
    'Ashdown host league leaders Thornfield United next Saturday. Pendry will serve a one-match ban.',
    'Photo: Matteo Ferrini celebrates his stoppage-time winner at Millbrook’s Eastgate Road ground.',
  ].join('\n\n'),
  [
    'Storm Edda live: power cuts for 200,000 homes as amber wind warning is extended',
    '16:40 GMT',
    'Energy minister: "We will not rest"',
    'Energy Minister Claudia Marchant has just spoken to reporters outside the government’s emergency committee. '
      + 'She said that about 200,000 homes were without power, down from a peak of 260,000 at lunchtime.',
    '"Engineers are working in extremely dangerous conditions, and I want to thank every one of them," she said. "I'
      + ' know how hard it is to be without heat and light in weather like this. We will not rest until every home is '
      + 'reconnected."',
    'She would not be drawn on when that would be. Pressed by one reporter, she acknowledged that "some customers '
      + 'in remote areas may be waiting until the weekend".',
    '16:15 GMT',
    'Opposition: "Ministers were warned"',
    'The opposition’s energy spokesman, Rhys Pennant, has been quick to respond. "Same story every winter. The '
      + 'network was not ready and ministers were warned. Families deserve answers, not thank-yous," he wrote on social'
      + ' media.',
    'His party says that a review published in 2023 found that 40% of overhead lines in the north-west were "at '
      + 'elevated risk" from falling trees.',
    '15:50 GMT',
    'Rail services suspended until Friday',
    'Northline Rail says all services north of Kelbridge will remain suspended until at least 10 a.m. tomorrow. In '
      + 'a statement, the operator said that fallen trees had blocked the line in at least 14 places. "Please do not '
      + 'travel," it added.',
    '15:20 GMT',
    'Warning extended overnight',
    'The National Weather Service has extended its amber warning for wind until 06:00 GMT on Friday. Gusts of up to'
      + ' 90 mph (145 km/h) were recorded at Carn Dubh this afternoon, according to the service.',
    'Its chief forecaster, Dr. Ewan Strachan, told us the worst of the storm should pass overnight but warned that '
      + '"the back edge of Edda is still capable of bringing down trees, particularly where the ground is already '
      + 'saturated".',
    '14:50 GMT',
    'Rest centres open',
    'Several councils have opened rest centres for people whose homes have lost power. Glenmorrow Council said on '
      + 'its website that its centre at the town hall had hot food, phone charging and "a lot of tea". Volunteers from '
      + 'the Red Shield charity are helping to staff it.',
    '14:30 GMT',
    '"My neighbour is on oxygen"',
    'Residents in the village of Ardcally tell us they have been without electricity since 7 a.m. "The whole street'
      + ' is dark and my neighbour is on oxygen," one woman, who asked not to be named, wrote in an email. "We have '
      + 'called the helpline six times."',
    'We have asked the network operator, GridNorth, about the situation in Ardcally. A spokesperson said crews were'
      + ' "on their way" but could not give a time. The company later confirmed that vulnerable customers were being '
      + 'contacted first.',
    '14:05 GMT',
    'Welcome to our live coverage',
    'Hello and welcome to our live coverage of Storm Edda, which has brought gusts of more than 80 mph to the north'
      + ' and west today. Here’s what we know so far: hundreds of thousands of homes have lost power, rail services in '
      + 'the north have been halted, and police have urged people not to drive unless their journey is essential.',
    'Pictured: A fallen tree blocks the main road into Glenmorrow on Thursday morning.',
  ].join('\n\n'),
  [
    'Tarvonia and Kesh swap detainees, but deny and dispute who brokered the deal',
    'Tarvonia and its eastern neighbour Kesh exchanged 11 detainees at a border crossing on Sunday, the first such '
      + 'swap in more than three years, but the two governments gave sharply different accounts of how the deal came '
      + 'about.',
    'The Tarvonian foreign ministry said in a statement that the exchange was "the result of patient, direct '
      + 'contacts" and thanked "friendly states" for unspecified help. It did not name them.',
    'In Kesh, the presidential office denied that there had been any direct talks. “There were no negotiations with'
      + ' the Tarvonian side. The release was a humanitarian gesture by the president,” said Vadim Karsenko, a '
      + 'spokesperson for the presidential office, in remarks carried by the state news agency.',
    'According to a statement from the Kesh interior ministry, the six Tarvonian nationals handed over had been '
      + 'serving sentences for espionage and "illegal border crossing". Tarvonia released five Kesh citizens, among '
      + 'them two men convicted of smuggling military components.',
    'Two diplomats in the Tarvonian capital, Velmar, said the agreement had been brokered over several months with '
      + 'help from Norvalia, which has good relations with both countries. One of them, who spoke on condition of '
      + 'anonymity because the contacts were not public, said Norvalian officials had carried messages between the two '
      + 'sides at least four times since September.',
    'Norvalia’s foreign ministry, however, insisted that it had not mediated any talks. “Norvalia has not mediated '
      + 'any talks between Tarvonia and Kesh and has not been asked to do so,” said Henna Vaara, a spokesperson for the'
      + ' ministry. “We welcome any step that reduces tension in the region.”',
    'Analysts said the denial was not surprising. "Nobody wants to be seen as the go-between until they know the '
      + 'deal will hold," said Dr. Martin Oyelaran, a senior fellow at the Institute for Eastern Studies in Brunsfeld. '
      + 'He noted that Norvalia hosts a large Kesh diaspora and depends on Tarvonian gas for about a third of its '
      + 'heating.',
    'The U.S. embassy in Velmar welcomed the exchange. In a short statement, it said it hoped the swap would "open '
      + 'the door to a broader dialogue" between the neighbours, and it urged both governments to release people held '
      + 'for their political views.',
    'Families of the detainees gathered at the Kaltrin crossing from early morning. "I have not seen my son for '
      + '1,140 days," said Sabine Orlik, whose son, a lorry driver, was arrested in Kesh in 2021. "Today I do not care '
      + 'who made the deal. I only care that he is coming home."',
    'Relations between the two countries have been frozen since 2021, when Kesh expelled Tarvonia’s ambassador over'
      + ' what it called "hostile activities". According to Tarvonian state television, Foreign Minister Ilse Marenko '
      + 'told lawmakers on Monday that her government was "ready to talk about everything, but not at any price".',
    'Kesh’s ministry of foreign affairs responded within hours, claiming that Tarvonia had shown "no sincere '
      + 'intention of normalising relations" and warning that further exchanges would depend on what it described as '
      + '"an end to provocations" along the border.',
    'Pictured: Released detainees arrive at the Kaltrin border crossing on Sunday.',
  ].join('\n\n'),
];

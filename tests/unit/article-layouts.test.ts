import { describe, expect, it } from 'vitest';
import { findArticleRoot, isFurniture, readArticle } from '../../utils/article';
import { fixturePage, htmlDocument } from './article-helpers';

/**
 * One page per common news CMS layout, with the furniture real pages carry. What counts as the
 * article: headline, standfirst, paragraphs, quotes, subheads, captions (a photo credit inside a
 * caption may stay), story bullet points; bylines, datelines and entry times may stay. Left out:
 * navigation, cookie and share bars, ads and their labels, "Read more:" links, related lists, pull
 * quotes (they repeat the body), embedded social posts (the browser shows them in frames),
 * newsletter and subscription boxes, author bios, wire credit lines ("Reporting by ...; Editing
 * by ..."), comments, footers.
 */
interface Layout {
  page: string;
  /** Sentences in reading order, headline first. */
  present: string[];
  absent: string[];
  /** Body sentences a pull quote repeats: they must appear once. */
  once?: string[];
}

const LAYOUTS: Layout[] = [
  {
    page: 'layout-wordpress-news.html',
    present: [
      'Millbrook council votes to close Eastfield pool after engineers find roof defects',
      'The Eastfield leisure centre pool, which opened in 1974, has been shut since September.',
      "Millbrook's only public swimming pool will stay closed",
      '“Nobody in this chamber wanted to be here tonight,” said Councillor Denise Amankwah',
      'Campaigners promise to fight on',
      'let the building rot for twenty years',
      'swimming lessons for primary school pupils will move to the Tonford pool',
    ],
    absent: ['cookies', 'Skip to content', 'Breaking', 'ADVERTISEMENT', 'Read more', 'shut without notice', 'cabinet member for leisure\n',
      '@SaveEastfield', 'pic.twitter.com', 'Share this', 'Facebook', 'Related', 'opening hours', 'Tagged', 'local democracy reporter',
      'Previous:', 'shameful', 'Leave a Reply', 'Latest News', 'daily email', 'All rights reserved'],
    once: ['I will not gamble with children’s safety'],
  },
  {
    page: 'layout-arc-capital.html',
    present: [
      'Transit agency quietly shelved safety audit before Red Line derailment, records show',
      'Internal emails show the audit was paused twice',
      'Crews work to lift a derailed Red Line car',
      'The regional transit agency halted an independent safety audit',
      '“We were told the money wasn’t there',
      'Agency spokeswoman Renata Okafor said',
      '“Riders deserve to know why a safety review was treated like an optional expense,” he said.',
      'The agency’s board is scheduled to vote on its next budget in January.',
    ],
    absent: ['cookies', 'Subscribe', 'Sign in', 'Share', 'Gift Article', 'Comment', '212', 'Story continues below advertisement',
      'forcing evacuation of 38 passengers', 'Local Headlines', 'Sign up', 'covers transportation for', 'community guidelines',
      'a disgrace', 'Snow emergency', 'Terms of Service'],
  },
  {
    page: 'layout-bbc-style.html',
    present: [
      "Lighthouse keepers' cottages to become climate research base",
      'The cottages at Rubha Gorm have stood empty since the light was automated in 1998',
      "Three empty lighthouse keepers' cottages on a remote Highland headland",
      'Dr Ishbel Morrow, who will lead the project, said',
      '"We have counts from this coast going back to the 1960s',
      "A keeper's logbook",
      "A page from one of Angus Mackay's logbooks",
      '"He always said the birds were the real keepers of the place," she told NB Scotland.',
      'Local councillor Ewan Bain said',
    ],
    absent: ['cookies', 'Skip to content', 'Image caption', 'Image source', 'Save', 'Skip twitter post', 'Allow Twitter content',
      'End of twitter post', 'external sites', 'More on this story', 'Puffin numbers fall', 'Published 3 June', 'Related internet links',
      'Highland Seabird Survey', 'Related topics', 'Seabirds', 'Top Stories', 'housing targets', 'bought its own pub', 'Ferry cancelled', 'Copyright'],
  },
  {
    page: 'layout-guardian-style.html',
    present: [
      'Ministers accused of ignoring warnings over river sewage monitors',
      'Leaked memo shows officials were told a year ago',
      'Campaigners say gaps in monitoring make it impossible to know',
      'Ministers were warned more than a year ago',
      'Bethan Cole, the chief executive of the charity River Keepers, said',
      'A spokesperson for the environment department said',
      'An outfall pipe on the Arle near Sutton Parva.',
      'had "chosen not to know"',
      'The Office for Environmental Protection is expected to publish its own review of river monitoring in February.',
    ],
    absent: ['Back to home', 'Support us', 'Share on Facebook', 'What are storm overflows', 'Explainer', 'newsletter promotion',
      'Sign up to Down to Earth', "planet's most important stories", 'Privacy Notice', 'Enter your email', 'Bethan Cole, River Keepers',
      'small favour', 'Support the Meridian', 'Explore more on these topics', 'Reuse this content', 'More on this story',
      'Water firms fined', 'discussion is now closed', 'nobody cared', 'Most viewed', 'All rights reserved'],
    once: ['If a fifth of the alarms on a building were switched off'],
  },
  {
    page: 'layout-wire-report.html',
    present: [
      "Nigeria's central bank holds rates steady as inflation eases for third month",
      'A man walks past the central bank headquarters in Abuja',
      'Benchmark rate kept at 24.5%',
      "ABUJA, Nov 26 (Northwire) - Nigeria's central bank kept its benchmark interest rate unchanged",
      'Governor Oluwaseun Adebayo told reporters',
      '"The committee noted the moderation in headline inflation',
      'Musa Garba, chief economist at Lagos-based Kestrel Capital, said',
      'has traded in a narrow range since August.',
    ],
    absent: ['cookies', 'Search', 'LinkedIn', 'Africa Today newsletter', 'Sign up here', 'Read more', 'Naira holds near six-month high',
      'Reporting by', 'Editing by', 'Our Standards', 'Trust Principles', 'opens new tab', 'reports on West African economies',
      'Read Next', 'Oil prices slip', 'Sponsored', 'frontier markets', 'quotes delayed'],
  },
  {
    page: 'layout-live-blog.html',
    present: [
      'Budget 2026 live: chancellor confirms fuel duty freeze and new levy on private jets',
      'Fuel duty frozen for a fifth year, costing the Treasury',
      'Summary: what the budget means for you',
      'Here is a round-up of the main measures',
      'Opposition leader responds',
      'rearranging the furniture while the roof leaks',
      'The Institute for Budget Analysis has published its first reaction.',
      'Private jet levy announced',
      'A private jet at Farnmoor airport.',
      'Fuel duty frozen again',
      '"Families and businesses up and down the country depend on their cars and vans," she tells the Commons.',
      'Castellano is on her feet in the Commons.',
    ],
    absent: ['cookies', 'Key events', 'Show key events only', 'JavaScript', 'Facebook', 'Copy link', 'Share', '@IBA_econ', 'Our initial take',
      'Advertisement', 'Related', 'pump prices', 'Older posts', 'Page 1 of 3', 'Politics Daily', 'More from the Sentinel', 'Budget calculator',
      'Registered in England'],
  },
  {
    page: 'layout-local-paywall.html',
    present: [
      'Grain elevator fire forces evacuation of Bellhaven homes',
      'Crews battled flames for nine hours',
      'Smoke rises from the Prairie Co-op grain elevator on Tuesday afternoon.',
      'Dozens of Bellhaven residents spent Tuesday night away from their homes',
      'Bellhaven Fire Chief Roy Gunderson said',
      '“Grain dust is about as dangerous as it gets',
      'Co-op general manager Lydia Strand said',
    ],
    absent: ['cookies', 'e-Edition', 'Subscribe', 'Facebook', 'Print', 'You must be a subscriber', '99 cents', 'Already a subscriber', 'Log in',
      'Tags', 'Agriculture', 'Advertisement', 'Conversation', 'Welcome to the discussion', "grandfather's day", 'Elm Street', 'Most Popular',
      'buttermilk pie', 'BLOX'],
  },
  {
    page: 'layout-div-soup.html',
    present: [
      'Ferry operator fined over lifejacket failings',
      'The Lady Morwenna at Porth Arrow quay in October.',
      'has been fined £180,000 after inspectors found',
      'Prosecutor Helen Treloar told the court:',
      'Judge Martin Quarrie said the failings were "serious and avoidable"',
      '"We are deeply sorry.',
      'is the only year-round link between the mainland and St Senan.',
    ],
    absent: ['cookies', 'Home', 'Email to a friend', 'Text size', 'See also', 'winter timetable', 'Helen Treloar, prosecutor', 'Tags:',
      'Share this story', 'Related Stories', 'cut off for days', 'Have your say', 'Old Salt', 'company that size', 'Most Read',
      'Advertisement', 'Showers', 'Westcountry Media Group'],
    once: ['Passengers are entitled to assume'],
  },
];

describe.each(LAYOUTS)('readArticle on $page', ({ page, present, absent, once = [] }) => {
  const { text } = readArticle(fixturePage(page));

  it('keeps headline, body, quotes and captions, in reading order', () => {
    const positions = present.map((words) => text.indexOf(words));
    expect(present.filter((_, i) => positions[i] < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const words of once) expect(text.split(words).length - 1).toBe(1);
  });

  it('leaves out the furniture', () => {
    expect(absent.filter((words) => text.includes(words))).toEqual([]);
  });
});

describe('furniture told by a small block’s words, not by its names', () => {
  const first = (body: string) => htmlDocument(`<html><body>${body}</body></html>`).body.firstElementChild!;

  it.each([
    ['a "Read more:" link', '<p><strong>Read more:</strong> <a href="/x">Pool shut without notice as inspectors called in</a></p>'],
    ['a linked headline standing alone', '<div><a href="/x">Council approves new parking fees for the seafront</a></div>'],
    ['a list of topic links with a label', '<div><span>Explore more on these topics</span><a href="/a">Water</a><a href="/b">Rivers</a><a href="/c">Pollution</a><a href="/d">Reuse this content</a></div>'],
    ['an advertisement label', '<div><span>Story continues below advertisement</span><div id="slot"></div></div>'],
    ['a skip-link target', '<p>after newsletter promotion</p>'],
    ['a wire credit line', '<p>Reporting by Ada Nwosu in Abuja; Editing by Jonathan Marsh</p>'],
    ['a credit line in brackets', '<p>(Reporting by Ada Nwosu in Abuja)</p>'],
    ['a contributed-reporting line', '<p><em>Associated Press writer Tom Okafor in Lagos contributed to this report.</em></p>'],
    ['a sign-up box', '<div><p>Sign up to Morning Brief</p><p>The day’s stories, every morning.</p><input type="email"><button>Go</button></div>'],
    ['an in-page skip link', '<a href="#end-1">Skip twitter post by Harbour Trust</a>'],
  ])('leaves out %s', (_what, html) => {
    expect(isFurniture(first(html))).toBe(true);
  });

  it.each([
    ['a sentence naming a linked person', '<p><a href="/p/lena">Lena Park</a> said no.</p>'],
    ['a sentence of linked names', '<p><a href="/a">Councillor Ruth Abbas</a>, <a href="/b">Councillor Ivo Brandt</a> and <a href="/c">Councillor Sam Oyelaran</a> voted against.</p>'],
    ['a story bullet point with a link', '<ul><li><a href="/rates">Benchmark rate</a> kept at 24.5% for a third meeting</li></ul>'],
    ['a quote that mentions reporting', '<p>"Reporting by the agency was late," the auditor said.</p>'],
    ['a sentence that starts like a credit line', '<p>Reporting by the Ledger last year revealed the gaps in the audit.</p>'],
    ['a sentence about contributions', '<p>Reporters Without Borders said the journalists had contributed.</p>'],
    ['a headline linked to its own page', '<header class="entry-header"><h1 class="entry-title"><a href="/story/">Harbour bridge to reopen</a></h1></header>'],
    ['an inline link inside a sentence', '<span><a href="/p/lena">Lena Park</a></span>'],
    ['a long paragraph', `<p>${'The committee met again on Thursday and argued about the budget. '.repeat(12)}</p>`],
  ])('keeps %s', (_what, html) => {
    expect(isFurniture(first(html))).toBe(false);
  });
});

describe('furniture names', () => {
  const el = (attributes: string) => htmlDocument(`<html><body><div ${attributes}>x</div></body></html>`).body.firstElementChild!;

  it.each([
    ['camelCase class words', 'class="storyTools shareLinks"'],
    ['a CSS-in-JS label', 'class="ssrcss-1ubmu4m-VisuallyHidden"'],
    ['a data-qa hook', 'data-qa="article-body-ad"'],
    ['a data-testid hook', 'data-testid="ReadMoreLink"'],
    ['related content', 'class="related-content"'],
    ['a pull quote', 'class="wp-block-pullquote"'],
    ['an embedded post', 'class="twitter-tweet"'],
    ['a paywall prompt', 'class="subscription-required"'],
  ])('treats %s as furniture', (_what, attributes) => {
    expect(isFurniture(el(attributes))).toBe(true);
  });

  it.each([
    ['content for subscribers', 'class="subscriber-only"'],
    ['a WordPress post with topic classes', 'class="post type-post hentry tag-social-media category-promotions"'],
    ['a hashed class name', 'class="sc-adQ3 css-1x2y3z"'],
  ])('keeps %s', (_what, attributes) => {
    expect(isFurniture(el(attributes))).toBe(false);
  });
});

describe('findArticleRoot with blocks of one kind side by side', () => {
  const prose = (label: string, n: number) =>
    Array.from({ length: n }, (_, i) => `<p>${label} paragraph ${i}, long enough to count as prose, with clauses, and commas, as news has.</p>`).join('');
  const card = (n: number) => `<div class="row"><h3><a href="/${n}">Teaser ${n}</a></h3><p><a href="/${n}">Teaser ${n}: another story about the port, the council and the weather.</a></p></div>`;

  it('takes in every entry of a live blog, each an <article> of its own', () => {
    const entries = [2, 3, 2, 2].map((n, i) => `<article class="entry"><time>1${i}.00</time>${prose(`Entry ${i}`, n)}</article>`).join('');
    const doc = htmlDocument(`<html><body><div class="page"><div id="entries">${entries}</div></div></body></html>`);
    expect(findArticleRoot(doc).id).toBe('entries');
  });

  it('does not widen a story to teaser cards that share its class name', () => {
    const doc = htmlDocument(`<html><body><div id="grid">${card(1)}<div class="row" id="story">${prose('Story', 3)}</div>${card(2)}${card(3)}</div></body></html>`);
    expect(findArticleRoot(doc).id).toBe('story');
  });

  it('does not widen a story to related stories in the same <article> markup, summaries unlinked', () => {
    const teaser = (n: number) => `<article class="story"><h3><a href="/${n}">Teaser ${n}</a></h3>${prose(`Teaser ${n} summary`, 1)}</article>`;
    const doc = htmlDocument(`<html><body><div id="column"><article class="story" id="main-story"><h1>Port reopens</h1>${prose('Story', 8)}</article>${teaser(1)}${teaser(2)}${teaser(3)}</div></body></html>`);
    expect(findArticleRoot(doc).id).toBe('main-story');
  });
});

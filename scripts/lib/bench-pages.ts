/**
 * News pages of a chosen length for the browser benchmark, written from our own sentence patterns
 * (never from the dev data): quotes from named people, claims from unnamed officials, plain
 * reporting, inside the usual furniture (nav, "most read", comments, footer). Deterministic.
 */

const FIRST = ['Mara', 'Tomas', 'Aileen', 'Jun', 'Priya', 'Colm', 'Helen', 'Rosa', 'Oliver', 'Amara', 'Henrik', 'Nadia'];
const LAST = ['Ellison', 'Reyes', 'Ross', 'Park', 'Natarajan', 'Brady', 'Marsh', 'Delgado', 'Grant', 'Osei', 'Lund', 'Haddad'];
const ROLES = ['the harbour commissioner', 'a structural engineer', 'the council leader', 'a spokesperson for the ferry company', 'the head of the nurses’ union', 'a local shop owner'];
const TOPICS = ['the port', 'the new tram line', 'the library budget', 'the river clean-up', 'the hospital car park', 'the school roof'];
const ANONYMOUS = ['A city official who was not authorised to speak publicly', 'Two people familiar with the talks', 'A senior government source', 'An engineer who asked not to be named'];

/** Small deterministic generator so every run measures the same page. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function paragraph(next: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const topic = pick(TOPICS);
  switch (Math.floor(next() * 4)) {
    case 0:
      return `“We will keep working on ${topic} until every question has been answered,” said ${name}, ${pick(ROLES)}. The council is expected to publish its figures for ${topic} next month, after a review that began in the spring.`;
    case 1:
      return `${pick(ANONYMOUS)} said the plans for ${topic} would be delayed until next year. Residents have waited for a decision on ${topic} since the last election, and several meetings have been postponed.`;
    case 2:
      return `The cost of ${topic} has risen by a third since the work was approved, according to figures released on Monday. Contractors blamed the price of steel and a shortage of skilled workers across the region.`;
    default:
      return `${name}, ${pick(ROLES)}, said the decision on ${topic} had been rushed. “Nobody asked the people who live here what they wanted,” ${name.split(' ')[1]} said at a public meeting on Thursday evening.`;
  }
}

/** An article page of about `words` words of body text, with its furniture. */
export function benchArticleHtml(words: number, seed = 7): string {
  const next = random(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const p = paragraph(next);
    count += p.split(/\s+/).length;
    paragraphs.push(`<p>${p}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark story of ${words} words</title>
<meta property="og:type" content="article"><link rel="stylesheet" href="/site.css"></head><body>
<header class="site"><nav aria-label="Sections"><a href="/">Home</a><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
<div class="layout"><main><article><h1>Council faces questions over spending, ${words} words</h1><p class="byline">By a staff reporter</p>
${paragraphs.join('\n')}
</article><section id="comments" aria-label="Comments"><div class="comment">My neighbour said the same thing last year.</div></section></main>
<aside class="most-read" aria-label="Most read"><ol><li><a href="/a">“Nobody warned us,” says baker</a></li></ol></aside></div>
<footer class="site"><a href="/about">About</a></footer></body></html>`;
}

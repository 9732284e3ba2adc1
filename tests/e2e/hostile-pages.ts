/**
 * The hostile pages' shared story (a council vote, named and anonymous sources), wrapped in each
 * page's own head and attacker: one article text, so every hostile test reads the same claims.
 * Served from memory next to the scripts in tests/fixtures/hostile/.
 */
import { HOSTILE_FIXTURES } from './hardening-support';

const STORY = `<h1>Council delays the vote on the new tram depot</h1>
<p class="byline">By Lena Okafor</p>
<p>The city council postponed its vote on the tram depot until September, the deputy mayor Tomas Grell said on Thursday.</p>
<p>“We need more time to look at the noise figures before anyone signs anything,” Grell told reporters outside the town hall.</p>
<p>Two council officials, who spoke on condition of anonymity because they were not authorised to discuss the talks, said the contractor had asked for another eleven million euros.</p>
<p>The contractor said in a statement that its estimate had not changed since the spring and that it was ready to begin work at once.</p>
<p>Residents of the Nordhafen district have collected more than four thousand signatures against the site, according to the campaign group Quiet Streets.</p>
<p>“The depot belongs on the old rail yard, not next to a primary school,” said Ada Varga, who chairs the group.</p>`;

function page(title: string, head: string, body: { before?: string; after?: string } = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} | Hostile Test</title>
<meta property="og:type" content="article">
${head}
</head>
<body>${body.before ?? ''}<main><article>
${STORY}
${body.after ?? ''}</article></main></body></html>`;
}

/** Every generated hostile page by path (`*.csp.html` are also served with a strict CSP header). */
export function hostilePages(): Record<string, string> {
  return {
    'forger.html': page('Forged messages', '<script src="forger.js"></script>'),
    'dom-attacker.html': page('Hostile DOM', '<script src="dom-attacker.js"></script>', {
      after: '<p id="own-mark">The page marks this sentence with a highlight of its own.</p>',
    }),
    'ticker.html': page('Live ticker', '<script src="ticker.js" defer></script>', { before: '<div id="ticker" aria-live="off">0</div>' }),
    'framed-article.html': page('Framed article', ''),
    'locked.csp.html': page('Locked down', `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'">`),
  };
}

/** Server options for the hostile pages: the generated pages, and their scripts from the fixtures folder. */
export function hostileServer(extra: Record<string, string> = {}) {
  return { root: HOSTILE_FIXTURES, pages: { ...hostilePages(), ...extra } };
}

/**
 * Tells whether the page is dark, so highlights stay readable: measured from the colours the page
 * actually paints behind the article, falling back to the reader's colour-scheme preference only
 * when the page paints no background and declares a dark colour scheme.
 */

/** Relative luminance (0 black .. 1 white) of an rgb()/rgba() string; alpha returned apart. */
export function parseColour(value: string): { luminance: number; alpha: number } | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  const channel = (v: string) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const alphaText = m[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number(alphaText.slice(0, -1)) / 100 : Number(alphaText);
  return { luminance: 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]), alpha };
}

/** True when the background behind `element` (or, lacking one, the page's scheme) is dark. */
export function isDarkPage(element: Element, win: Window = window): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const colour = parseColour(win.getComputedStyle(el).backgroundColor);
    if (colour && colour.alpha >= 0.5) return colour.luminance < 0.2;
  }
  const text = parseColour(win.getComputedStyle(element).color);
  if (text && text.luminance > 0.6) return true;
  const scheme = win.getComputedStyle(win.document.documentElement).colorScheme;
  return /dark/.test(scheme) && win.matchMedia('(prefers-color-scheme: dark)').matches;
}

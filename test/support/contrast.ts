/**
 * WCAG 2 contrast of the text keikaku draws inside its chart SVGs, which axe
 * reports as "incomplete" (it cannot tell the background of text inside an
 * image). Each chart paints a background rectangle first; every <text> is
 * measured against it, its opacity blended in.
 */
type Rgb = [number, number, number];

const NAMED: Record<string, Rgb> = { white: [255, 255, 255], black: [0, 0, 0] };

export function parseColour(c: string): Rgb {
  const s = c.trim().toLowerCase();
  if (NAMED[s]) return NAMED[s]!;
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (m) return [parseInt(m[1]! + m[1]!, 16), parseInt(m[2]! + m[2]!, 16), parseInt(m[3]! + m[3]!, 16)];
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(s);
  if (m) return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
  m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(s);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  throw new Error(`colour ${c} not understood`);
}

const lum = ([r, g, b]: Rgb) => {
  const f = (v: number) => {
    const x = v / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};

export function contrast(a: Rgb, b: Rgb): number {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** Every text of every chart (<svg role="img">) with its colour and contrast ratio against the chart background. */
export function chartTextContrast(html: string): { text: string; fill: string; ratio: number }[] {
  const out: { text: string; fill: string; ratio: number }[] = [];
  for (const svg of html.match(/<svg[^>]*role="img"[\s\S]*?<\/svg>/g) ?? []) {
    // The background is the first shape drawn, after the text alternative (<title>, <desc>).
    const bgFill = /^<svg[^>]*>\s*(?:<title[^>]*>[^<]*<\/title>\s*|<desc[^>]*>[^<]*<\/desc>\s*)*<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1];
    if (!bgFill) throw new Error('a chart without a background rectangle');
    const bg = parseColour(bgFill);
    for (const m of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
      const attrs = m[1]!;
      const fill = /\sfill="([^"]+)"/.exec(attrs)?.[1] ?? '#000';
      const opacity = Number(/\s(?:fill-)?opacity="([^"]+)"/.exec(attrs)?.[1] ?? 1);
      const fg = parseColour(fill).map((v, i) => Math.round(v * opacity + bg[i]! * (1 - opacity))) as Rgb;
      out.push({ text: m[2]!, fill, ratio: Math.round(contrast(fg, bg) * 100) / 100 });
    }
  }
  return out;
}

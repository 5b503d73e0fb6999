/**
 * The report as one standalone HTML document: handlebars layout and a
 * partial per section, print CSS inlined, charts as inline SVG. Every plan
 * string is placed with {{ }} (escaped); the only unescaped insertions are
 * the stylesheet and the chart SVGs keikaku itself draws. No script.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { ChartView, ReportView } from './model.js';

const TEMPLATES = fileURLToPath(new URL('./templates/', import.meta.url));

let compiled: Handlebars.TemplateDelegate<ReportView & { css: Handlebars.SafeString }> | undefined;
let css: Handlebars.SafeString | undefined;

function setup() {
  if (compiled) return compiled;
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // The chart SVG is drawn by keikaku from numbers; its <title>/<desc> are escaped when drawn.
  hb.registerHelper('svg', (c: ChartView) => new hb.SafeString(c.svg));
  const partials = join(TEMPLATES, 'partials');
  for (const f of readdirSync(partials).filter((x) => x.endsWith('.hbs')).sort()) {
    hb.registerPartial(basename(f, '.hbs'), readFileSync(join(partials, f), 'utf8'));
  }
  css = new hb.SafeString(readFileSync(join(TEMPLATES, 'print.css'), 'utf8'));
  compiled = hb.compile(readFileSync(join(TEMPLATES, 'layout.hbs'), 'utf8'), { strict: false, noEscape: false });
  return compiled;
}

export function renderHtml(view: ReportView): string {
  const t = setup();
  return t({ ...view, css: css! });
}

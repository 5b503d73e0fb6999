/**
 * One chart per indicator part: the baseline, each year's value and the
 * target line, as an SVG drawn at build time by Vega-Lite (no script in the
 * page). Only numbers and fixed words go into the spec; the chart's text
 * alternative (<title>, <desc>) is added here, escaped.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { IndicatorEvaluation, PartEvaluation } from '../evaluate/index.js';
import { numberText } from '../evaluate/values.js';

export const CHART_FONT = "'IPAexGothic', 'Noto Sans CJK JP', sans-serif";

const SOURCE_LABEL: Record<string, string> = { baseline: '基準値', reference: '参考値', actual: '実績値', provisional: '暫定値' };

export interface ChartInput {
  indicator: Pick<IndicatorEvaluation, 'name' | 'id'>;
  part: PartEvaluation;
  /** Fiscal year of the report. */
  fy: number;
}

export interface Chart {
  svg: string;
  title: string;
  desc: string;
}

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The chart's text alternative in words: what it shows, value by value. */
export function describeChart(input: ChartInput): { title: string; desc: string } {
  const { indicator, part } = input;
  const name = `${indicator.name}${part.part ? `（${part.part}）` : ''}`;
  const pts = part.series.filter((p) => p.number !== undefined);
  const values = pts.map((p) => `${p.fy}年度 ${numberText(p.number!, part.unit)}（${p.provisional ? '暫定値' : SOURCE_LABEL[p.source]}）`).join('、');
  const t = part.result.target;
  const target = t.number !== undefined ? `目標値は${t.fy !== undefined ? `${t.fy}年度に` : ''}${numberText(t.number, part.unit)}${t.bound ?? ''}。` : `数値の目標値はありません（${t.text}）。`;
  return { title: `${name}の推移`, desc: `${values || '数値の実績はありません'}。${target}` };
}

export function chartSpec(input: ChartInput): TopLevelSpec | undefined {
  const { part } = input;
  const pts = part.series.filter((p) => p.number !== undefined);
  if (!pts.length) return undefined;
  const t = part.result.target;
  const firstFy = Math.min(...pts.map((p) => p.fy), part.baseline.fy ?? Infinity);
  const lastFy = Math.max(input.fy, t.fy ?? 0, ...pts.map((p) => p.fy));
  const years = Array.from({ length: lastFy - firstFy + 1 }, (_, i) => firstFy + i);
  const data = pts.map((p, i) => ({ fy: p.fy, value: p.number!, kind: p.provisional ? SOURCE_LABEL.provisional : SOURCE_LABEL[p.source], last: i === pts.length - 1 }));
  const values = [...data.map((d) => d.value), ...(t.number !== undefined ? [t.number] : [])];
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values) * 1.12 || 1;
  const layers: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = [
    {
      mark: { type: 'line', color: '#4a6fa5', strokeWidth: 2 },
      encoding: { x: { field: 'fy', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' } },
    },
    {
      mark: { type: 'point', filled: true, size: 60 },
      encoding: {
        x: { field: 'fy', type: 'ordinal' },
        y: { field: 'value', type: 'quantitative' },
        shape: { field: 'kind', type: 'nominal', title: null, scale: { domain: ['基準値', '参考値', '実績値', '暫定値'], range: ['square', 'diamond', 'circle', 'triangle-up'] } },
        color: { field: 'kind', type: 'nominal', title: null, scale: { domain: ['基準値', '参考値', '実績値', '暫定値'], range: ['#555555', '#7a7a7a', '#1f4e8c', '#b35900'] } },
      },
    },
    {
      mark: { type: 'text', dy: -9, fontSize: 9, color: '#222222' },
      encoding: { x: { field: 'fy', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' }, text: { field: 'label' } },
      transform: [{ filter: 'datum.last' }, { calculate: `format(datum.value, ',~g') + '${part.unit.replace(/'/g, '')}'`, as: 'label' }],
    },
    {
      mark: { type: 'text', dy: 13, fontSize: 9, color: '#444444' },
      encoding: { x: { field: 'fy', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' }, text: { field: 'label' } },
      transform: [{ filter: '!datum.last' }, { calculate: `format(datum.value, ',~g') + '${part.unit.replace(/'/g, '')}'`, as: 'label' }],
    },
  ];
  if (t.number !== undefined) {
    layers.push(
      { data: { values: [{ target: t.number }] }, mark: { type: 'rule', color: '#c0392b', strokeDash: [6, 3], strokeWidth: 1.5 }, encoding: { y: { field: 'target', type: 'quantitative' } } },
      {
        data: { values: [{ target: t.number, label: `目標 ${numberText(t.number, part.unit)}${t.fy !== undefined ? `（${t.fy}年度）` : ''}` }] },
        mark: { type: 'text', align: 'right', dy: -6, fontSize: 10, color: '#c0392b' },
        encoding: { y: { field: 'target', type: 'quantitative' }, x: { value: 'width' }, text: { field: 'label' } },
      },
    );
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 290,
    height: 130,
    background: 'white',
    autosize: { type: 'none' },
    padding: { left: 52, right: 10, top: 10, bottom: 66 },
    data: { values: data },
    encoding: {},
    config: { font: CHART_FONT, axis: { labelFontSize: 10, titleFontSize: 10, grid: true, gridColor: '#e5e5e5' }, legend: { labelFontSize: 10, orient: 'bottom', direction: 'horizontal' }, view: { stroke: null } },
    resolve: { scale: { y: 'shared' } },
    layer: layers.map((l) => ({
      ...l,
      encoding: {
        ...(l as { encoding?: object }).encoding,
        ...('x' in ((l as { encoding?: object }).encoding ?? {}) ? { x: { ...((l as { encoding: { x: object } }).encoding.x), scale: { domain: years }, axis: { title: '年度', labelAngle: 0 } } } : {}),
        ...('y' in ((l as { encoding?: object }).encoding ?? {}) ? { y: { ...((l as { encoding: { y: object } }).encoding.y), scale: { domain: [lo, hi], nice: true }, axis: { title: part.unit || null, format: ',~f', labelPadding: 4 } } } : {}),
      },
    })) as typeof layers,
  } as TopLevelSpec;
}

// ---------------------------------------------------------------------------
// Rendering. Compiling and parsing a spec costs far more than drawing it, so
// each chart variant (with or without a target line) is compiled and parsed
// once; each chart then swaps in its data and domains as signals and draws.

interface Drawer {
  view: vega.View;
  queue: Promise<unknown>;
}
const drawers = new Map<string, Drawer>();

function drawerFor(withTarget: boolean): Drawer {
  const key = withTarget ? 'target' : 'plain';
  const found = drawers.get(key);
  if (found) return found;
  const template = chartSpec({
    indicator: { id: 'template', name: '' },
    part: {
      unit: '',
      baseline: { fyText: '', text: '', kind: 'quantity' },
      series: [{ fy: 2000, source: 'baseline', number: 1, text: '', kind: 'quantity', provisional: false }],
      years: [],
      result: { fy: 2001, grade: 'E', gradeSource: 'computed', provisional: false, reason: { ja: '', en: '' }, target: withTarget ? { fy: 2001, fyText: '', number: 2, text: '', kind: 'quantity' } : { fyText: '', text: '', kind: 'missing' } },
    },
    fy: 2001,
  })!;
  const vg = compile(template).spec as vega.Spec & { data: { name: string; values?: unknown[]; transform?: { type: string; expr?: string }[] }[]; scales: { name: string; domain?: unknown }[]; signals?: vega.Signal[] };
  vg.signals = [...(vg.signals ?? []), { name: 'xdom', value: [2000, 2001] }, { name: 'ydom', value: [0, 1] }, { name: 'unit', value: '' }];
  for (const sc of vg.scales) {
    if (sc.name === 'x') sc.domain = { signal: 'xdom' };
    if (sc.name === 'y') sc.domain = { signal: 'ydom' };
  }
  for (const d of vg.data) for (const t of d.transform ?? []) if (t.type === 'formula' && t.expr?.startsWith('format(datum.value')) t.expr = "format(datum.value, ',~g') + unit";
  const view = new vega.View(vega.parse(vg), { renderer: 'none' });
  const drawer = { view, queue: Promise.resolve() as Promise<unknown> };
  drawers.set(key, drawer);
  return drawer;
}

/** Data and domains of one chart, as the template's signals and data sets take them. */
function chartData(input: ChartInput) {
  const { part } = input;
  const pts = part.series.filter((p) => p.number !== undefined);
  if (!pts.length) return undefined;
  const t = part.result.target;
  const firstFy = Math.min(...pts.map((p) => p.fy), part.baseline.fy ?? Infinity);
  const lastFy = Math.max(input.fy, t.fy ?? 0, ...pts.map((p) => p.fy));
  const years = Array.from({ length: Math.min(lastFy - firstFy, 40) + 1 }, (_, i) => firstFy + i);
  const data = pts.map((p, i) => ({ fy: p.fy, value: p.number!, kind: p.provisional ? SOURCE_LABEL.provisional : SOURCE_LABEL[p.source], last: i === pts.length - 1 }));
  const values = [...data.map((d) => d.value), ...(t.number !== undefined ? [t.number] : [])];
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values) * 1.15 || 1;
  return {
    years,
    data,
    ydom: [lo, hi],
    target: t.number !== undefined ? { target: t.number, label: `目標 ${numberText(t.number, part.unit)}${t.bound ?? ''}${t.fy !== undefined ? `（${t.fy}年度）` : ''}` } : undefined,
  };
}

/** The SVG of an indicator part's chart, or undefined when it has no numbers to draw. */
export async function renderChart(input: ChartInput): Promise<Chart | undefined> {
  const d = chartData(input);
  if (!d) return undefined;
  const drawer = drawerFor(d.target !== undefined);
  const draw = async () => {
    const v = drawer.view;
    v.signal('xdom', d.years).signal('ydom', d.ydom).signal('unit', input.part.unit.replace(/'/g, ''));
    v.data('source_0', d.data);
    if (d.target) {
      v.data('source_1', [{ target: d.target.target }]);
      v.data('source_2', [d.target]);
    }
    await v.runAsync();
    return v.toSVG();
  };
  const next = drawer.queue.then(draw, draw);
  drawer.queue = next.catch(() => undefined);
  let svg = await next;
  const { title, desc } = describeChart(input);
  const id = `chart-${input.indicator.id}${input.part.part ? `-${hash(input.part.part)}` : ''}`;
  svg = svg.replace(/^<svg([^>]*)>/, (_m, attrs: string) => `<svg${attrs} role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${escapeXml(title)}</title><desc id="${id}-d">${escapeXml(desc)}</desc>`);
  return { svg, title, desc };
}

function hash(s: string): string {
  let h = 0;
  for (const c of s) h = (h * 31 + c.codePointAt(0)!) >>> 0;
  return h.toString(36);
}

/**
 * One chart per indicator part: the baseline, each year's value and the
 * target line, as an SVG drawn at build time by Vega-Lite (no script in the
 * page). The chart plots the value that was graded: a mid-year count
 * annualised (札幌 課題解決件数 約2,423件, not the printed nine-month 1,817件),
 * with the printed figure in the label and the text alternative.
 *
 * Everything goes through Vega-Lite's public API: the spec names its data
 * sets (`points`, `target`) and declares params (`xdom`, `ydom`), and a chart
 * is drawn by setting those on the view (view.data, view.signal). Domains,
 * labels and label positions are computed once, by chartData(); chartSpec()
 * and renderChart() both take them from there.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { IndicatorEvaluation, PartEvaluation, SeriesPoint } from '../evaluate/index.js';
import { numberText } from '../evaluate/values.js';

export const CHART_FONT = "'IPAexGothic', 'Noto Sans CJK JP', sans-serif";

const SOURCE_LABEL = { baseline: '基準値', reference: '参考値', actual: '実績値', provisional: '暫定値' } as const;
const KINDS = [SOURCE_LABEL.baseline, SOURCE_LABEL.reference, SOURCE_LABEL.actual, SOURCE_LABEL.provisional];
/** Years on one axis at most (a longer span is cut at the start). */
export const MAX_YEARS = 40;
const WIDTH = 290;
const HEIGHT = 130;
/** A label closer than this to the target line (in pixels) moves to the other side of its point. */
const LABEL_CLEARANCE = 14;

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
  /** A line to print under the chart when a plotted value is a conversion of the printed one (年間換算). */
  note?: string;
}

/** One plotted point: the graded value, with the printed figure where they differ. */
export interface ChartPoint {
  fy: number;
  /** The value plotted: the graded value (annualised for a part-year count), else the recorded number. */
  value: number;
  /** The figure as recorded, when the plotted value is a conversion of it. */
  raw?: number;
  kind: string;
  /** The label printed by the point: 約2,423件 for an annualised figure. */
  label: string;
  /** Where the label sits, clear of the target line. */
  pos: 'above' | 'below';
}

export interface ChartData {
  /** The x domain: every fiscal year from the first value to the later of the report and target years (at most MAX_YEARS). */
  years: number[];
  /** The y domain [lo, hi]: from 0 (or the lowest value) to 15% above the highest value or target. */
  ydom: [number, number];
  points: ChartPoint[];
  target?: { target: number; label: string; pos: 'above' | 'below' };
  /** True for a count (every recorded figure a whole number, unit not %): whole-number ticks. */
  integer: boolean;
  unit: string;
}

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The value a point is plotted at: the graded figure where the evaluation converted it. */
export function plottedValue(p: SeriesPoint): number | undefined {
  return p.graded ?? p.number;
}

function pointText(p: SeriesPoint, unit: string): string {
  const v = plottedValue(p)!;
  return p.graded !== undefined ? `約${numberText(Math.round(v), unit)}` : numberText(v, unit);
}

/** The chart's text alternative in words: what it shows, value by value. */
export function describeChart(input: ChartInput): { title: string; desc: string } {
  const { indicator, part } = input;
  const name = `${indicator.name}${part.part ? `（${part.part}）` : ''}`;
  const pts = part.series.filter((p) => plottedValue(p) !== undefined);
  const values = pts
    .map((p) => {
      const what = p.provisional ? '暫定値' : SOURCE_LABEL[p.source];
      const conv = p.graded !== undefined && p.number !== undefined ? `、年間換算。記載値は${p.months ?? ''}${p.months ? 'か月分の' : ''}${numberText(p.number, part.unit)}` : '';
      return `${p.fy}年度 ${pointText(p, part.unit)}（${what}${conv}）`;
    })
    .join('、');
  const t = part.result.target;
  const target = t.number !== undefined ? `目標値は${t.fy !== undefined ? `${t.fy}年度に` : ''}${numberText(t.number, part.unit)}${t.bound ?? ''}。` : `数値の目標値はありません（${t.text}）。`;
  return { title: `${name}の推移`, desc: `${values || '数値の実績はありません'}。${target}` };
}

/** Domains, points, labels and their positions: the one place they are computed. */
export function chartData(input: ChartInput): ChartData | undefined {
  const { part } = input;
  const pts = part.series.filter((p) => plottedValue(p) !== undefined);
  if (!pts.length) return undefined;
  const t = part.result.target;
  const firstFy = Math.min(...pts.map((p) => p.fy), part.baseline.fy ?? Infinity);
  const lastFy = Math.max(input.fy, t.fy ?? 0, ...pts.map((p) => p.fy));
  const from = Math.max(firstFy, lastFy - (MAX_YEARS - 1));
  const years = Array.from({ length: lastFy - from + 1 }, (_, i) => from + i);
  const shown = pts.filter((p) => p.fy >= from);
  const values = [...shown.map((p) => plottedValue(p)!), ...(t.number !== undefined ? [t.number] : [])];
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values) * 1.15 || 1;
  const ydom: [number, number] = [lo, hi];
  const px = (v: number) => ((v - lo) / (hi - lo)) * HEIGHT;
  const tgt = t.number;
  const points: ChartPoint[] = shown.map((p) => {
    const value = plottedValue(p)!;
    // Above its point, unless that puts it on the target line: then on the side away from it.
    const pos: ChartPoint['pos'] = tgt !== undefined && Math.abs(px(value) + 10 - px(tgt)) < LABEL_CLEARANCE && value < tgt ? 'below' : 'above';
    return {
      fy: p.fy,
      value,
      ...(p.graded !== undefined && p.number !== undefined ? { raw: p.number } : {}),
      kind: p.provisional ? SOURCE_LABEL.provisional : SOURCE_LABEL[p.source],
      label: pointText(p, part.unit),
      pos,
    };
  });
  const last = points[points.length - 1]!;
  // A count (every recorded figure and the target a whole number, in a unit other than %): whole-number ticks,
  // also when a plotted value is an annualised conversion of a count.
  const recorded = [...points.map((p) => p.raw ?? p.value), ...(tgt !== undefined ? [tgt] : [])];
  const integer = part.unit !== '%' && recorded.every((v) => Number.isInteger(v));
  return {
    years,
    ydom,
    points,
    ...(tgt !== undefined
      ? {
          target: {
            target: tgt,
            label: `目標 ${numberText(tgt, part.unit)}${t.bound ?? ''}${t.fy !== undefined ? `（${t.fy}年度）` : ''}`,
            // The target's label sits on the side of its line away from the last point (which is drawn at the right, as the label is).
            pos: px(last.value) > px(tgt) ? 'below' : 'above',
          },
        }
      : {}),
    integer,
    unit: part.unit,
  };
}

/** What a compiled template depends on (everything else is data and params). */
interface Variant {
  withTarget: boolean;
  integer: boolean;
  unit: string;
}

type LayerChild = NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']>[number];

function specFor(v: Variant, d?: ChartData): TopLevelSpec {
  const x = { field: 'fy', type: 'ordinal', scale: { domain: { expr: 'xdom' } }, axis: { title: '年度', labelAngle: 0 } } as const;
  const y = {
    field: 'value',
    type: 'quantitative',
    scale: { domain: { expr: 'ydom' }, nice: true },
    axis: {
      title: v.unit ? `（${v.unit}）` : null,
      titleAngle: 0,
      titleAlign: 'left',
      titleBaseline: 'bottom',
      titleX: -48,
      titleY: -4,
      format: v.integer ? ',d' : ',~f',
      ...(v.integer ? { tickMinStep: 1 } : {}),
      labelPadding: 4,
    },
  } as const;
  const label = (pos: 'above' | 'below'): LayerChild => ({
    mark: { type: 'text', dy: pos === 'above' ? -9 : 13, fontSize: 9, color: '#222222' },
    transform: [{ filter: `datum.pos === '${pos}'` }],
    encoding: { x, y, text: { field: 'label', type: 'nominal' } },
  });
  const targetY = { field: 'target', type: 'quantitative', scale: { domain: { expr: 'ydom' }, nice: true } } as const;
  const targetLabel = (pos: 'above' | 'below'): LayerChild => ({
    data: { name: 'target' },
    transform: [{ filter: `datum.pos === '${pos}'` }],
    mark: { type: 'text', align: 'right', dy: pos === 'above' ? -6 : 11, fontSize: 10, color: '#c0392b' },
    encoding: { y: targetY, x: { value: WIDTH }, text: { field: 'label', type: 'nominal' } },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: WIDTH,
    height: HEIGHT,
    background: 'white',
    autosize: { type: 'none' },
    padding: { left: 52, right: 10, top: 18, bottom: 66 },
    params: [
      { name: 'xdom', value: d?.years ?? [2000, 2001] },
      { name: 'ydom', value: d?.ydom ?? [0, 1] },
    ],
    datasets: { points: d?.points ?? [], target: d?.target ? [d.target] : [] },
    data: { name: 'points' },
    config: { font: CHART_FONT, axis: { labelFontSize: 10, titleFontSize: 10, grid: true, gridColor: '#e5e5e5' }, legend: { labelFontSize: 10, orient: 'bottom', direction: 'horizontal' }, view: { stroke: null } },
    layer: [
      { mark: { type: 'line', color: '#4a6fa5', strokeWidth: 2 }, encoding: { x, y } },
      {
        mark: { type: 'point', filled: true, size: 60 },
        encoding: {
          x,
          y,
          shape: { field: 'kind', type: 'nominal', title: null, scale: { domain: KINDS, range: ['square', 'diamond', 'circle', 'triangle-up'] } },
          color: { field: 'kind', type: 'nominal', title: null, scale: { domain: KINDS, range: ['#555555', '#7a7a7a', '#1f4e8c', '#b35900'] } },
        },
      },
      label('above'),
      label('below'),
      ...(v.withTarget
        ? [
            { data: { name: 'target' }, mark: { type: 'rule', color: '#c0392b', strokeDash: [6, 3], strokeWidth: 1.5 }, encoding: { y: targetY } } satisfies LayerChild,
            targetLabel('above'),
            targetLabel('below'),
          ]
        : []),
    ],
    resolve: { scale: { y: 'shared' } },
  };
}

/** The chart's full Vega-Lite spec, data and domains included (standalone: vega-lite's compile() takes it as it is). */
export function chartSpec(input: ChartInput): TopLevelSpec | undefined {
  const d = chartData(input);
  if (!d) return undefined;
  return specFor({ withTarget: d.target !== undefined, integer: d.integer, unit: d.unit }, d);
}

// ---------------------------------------------------------------------------
// Rendering. Compiling and parsing a spec costs far more than drawing it, so
// each variant (target line or not, integer ticks or not, unit) is compiled
// and parsed once; each chart then sets the named data sets and the params.

interface Drawer {
  view: vega.View;
  queue: Promise<unknown>;
}
const drawers = new Map<string, Drawer>();

function drawerFor(v: Variant): Drawer {
  const key = JSON.stringify(v);
  const found = drawers.get(key);
  if (found) return found;
  const view = new vega.View(vega.parse(compile(specFor(v)).spec), { renderer: 'none' });
  const drawer: Drawer = { view, queue: Promise.resolve() };
  drawers.set(key, drawer);
  return drawer;
}

/** The SVG of an indicator part's chart, or undefined when it has no numbers to draw. */
export async function renderChart(input: ChartInput): Promise<Chart | undefined> {
  const d = chartData(input);
  if (!d) return undefined;
  const drawer = drawerFor({ withTarget: d.target !== undefined, integer: d.integer, unit: d.unit });
  const draw = async () => {
    const v = drawer.view;
    v.signal('xdom', d.years).signal('ydom', d.ydom);
    v.data('points', d.points);
    // A template without a target line has no `target` data set.
    if (d.target) v.data('target', [d.target]);
    await v.runAsync();
    return v.toSVG();
  };
  const next = drawer.queue.then(draw, draw);
  drawer.queue = next.catch(() => undefined);
  let svg = await next;
  const { title, desc } = describeChart(input);
  const note = conversionNote(input);
  const id = `chart-${input.indicator.id}${input.part.part ? `-${hash(input.part.part)}` : ''}`;
  svg = svg.replace(/^<svg([^>]*)>/, (_m, attrs: string) => `<svg${attrs} role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${escapeXml(title)}</title><desc id="${id}-d">${escapeXml(desc)}</desc>`);
  return { svg, title, desc, ...(note ? { note } : {}) };
}

/** 「2024年度は、12月31日時点の1,817件（9か月分）を年間に換算した約2,423件を示しています。」 */
export function conversionNote(input: ChartInput): string | undefined {
  const conv = input.part.series.filter((p) => p.graded !== undefined && p.number !== undefined);
  if (!conv.length) return undefined;
  const u = input.part.unit;
  return `${conv
    .map((p) => {
      const at = p.asOf ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(p.asOf) : null;
      const when = at ? `${Number(at[2])}月${Number(at[3])}日時点の` : '';
      return `${p.fy}年度は、${when}${numberText(p.number!, u)}${p.months ? `（${p.months}か月分）` : ''}を年間に換算した約${numberText(Math.round(p.graded!), u)}`;
    })
    .join('、')}を示しています（評価もこの値で行っています）。`;
}

function hash(s: string): string {
  let h = 0;
  for (const c of s) h = (h * 31 + c.codePointAt(0)!) >>> 0;
  return h.toString(36);
}

/**
 * Charts agree with the grade (issue 15): the chart of a provisional
 * part-year count plots the annualised value that was graded (札幌 課題解決件数
 * 約2,423件, not the printed 1,817件), notes the printed figure, uses integer
 * ticks for counts, titles its axis with the unit and keeps value labels off
 * the target line. Domains come from one function (chartData), which both
 * the standalone spec and the drawn chart use.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { loadWorkspace } from '@keikaku/core';
import { fy, type Indicator, type Plan, type Progress } from '@keikaku/schema';
import { chartData, chartSpec, conversionNote, evaluatePlan, MAX_YEARS, renderChart, type ChartInput, type IndicatorEvaluation, type PlanEvaluation } from '../src/index.js';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function indicators(ev: PlanEvaluation): IndicatorEvaluation[] {
  const out: IndicatorEvaluation[] = [];
  const visit = (n: PlanEvaluation['goals'][number]) => {
    out.push(...n.indicators);
    n.children.forEach(visit);
  };
  ev.goals.forEach(visit);
  return out;
}

const doc = loadWorkspace(ROOT, ['sapporo']).plans[0]!;
const sapporo = evaluatePlan(doc.plan!, doc.progress.map((p) => p.progress), 2024);
const input = (id: string): ChartInput => {
  const ind = indicators(sapporo).find((i) => i.id === id)!;
  return { indicator: ind, part: ind.parts[0]!, fy: 2024 };
};

describe('the chart plots the value that was graded', () => {
  it('札幌 課題解決件数: the 2024 point is the annualised 2,423件 the grade used, not the printed 1,817件', () => {
    const i = input('shogai-kadai-kaiketsu');
    const graded = i.part.result.gradedValue!;
    expect(graded).toBeCloseTo((1817 * 12) / 9, 6);
    const d = chartData(i)!;
    const p2024 = d.points.find((p) => p.fy === 2024)!;
    expect(p2024.value).toBe(graded);
    expect(p2024.raw).toBe(1817);
    expect(p2024.label).toBe('約2,423件');
    expect(d.points.map((p) => p.value)).not.toContain(1817);
    expect(conversionNote(i)).toBe('2024年度は、12月31日時点の1,817件（9か月分）を年間に換算した約2,423件を示しています（評価もこの値で行っています）。');
  });

  it('the drawn SVG shows the graded value, and its text alternative names the printed figure', async () => {
    const c = (await renderChart(input('shogai-kadai-kaiketsu')))!;
    expect(c.svg).toContain('約2,423件');
    expect(c.svg).not.toContain('>1,817件<');
    expect(c.desc).toContain('2024年度 約2,423件（暫定値、年間換算。記載値は9か月分の1,817件）');
    expect(c.note).toContain('1,817件');
    // the unit is the axis title; a count axis has whole-number ticks only
    expect(c.svg).toContain('（件）');
    const ticks = [...c.svg.matchAll(/<text[^>]*>([\d,]+)<\/text>/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.every(Number.isInteger)).toBe(true);
  });

  it('就労・増収人数 plots 約359人 beside 502人 and 439人 (the printed 269人 is nine months)', () => {
    const d = chartData(input('shuro-zoshu-ninzu'))!;
    expect(d.points.map((p) => [p.fy, Math.round(p.value)])).toEqual([[2022, 502], [2023, 439], [2024, 359]]);
    expect(d.integer).toBe(true); // a count, although 358.67 (a conversion) is plotted: whole-number ticks
  });
});

describe('one function computes the domains', () => {
  it('the standalone spec carries the same domains and data as the drawn chart, and compiles through the public API', () => {
    const i = input('shogai-kadai-kaiketsu');
    const d = chartData(i)!;
    const spec = chartSpec(i)! as { params: { name: string; value: unknown }[]; datasets: Record<string, unknown[]> };
    expect(spec.params).toEqual([{ name: 'xdom', value: d.years }, { name: 'ydom', value: d.ydom }]);
    expect(spec.datasets.points).toEqual(d.points);
    const vg = compile(chartSpec(i)!).spec;
    expect(vg.data?.map((x) => x.name)).toEqual(expect.arrayContaining(['points', 'target']));
    expect(vg.signals?.map((x) => x.name)).toEqual(expect.arrayContaining(['xdom', 'ydom']));
  });

  it(`the year axis holds at most ${MAX_YEARS} years, ending at the later of the report and target years`, () => {
    const ind = { id: 'x', name: 'x', unit: '人', direction: 'increase', baseline: { fy: fy(1950), value: 10 }, target: { fy: fy(2030), value: 40 } } as unknown as Indicator;
    const plan = { id: 'p', period: { start: fy(2025), end: fy(2030) }, goals: [{ id: 'g', no: 1, title: 'g', indicators: [ind] }] } as unknown as Plan;
    const ev = evaluatePlan(plan, [{ plan: 'p', fy: 2025, actuals: [{ indicator: 'x', value: 20 }] } as unknown as Progress], 2025);
    const d = chartData({ indicator: ev.goals[0]!.indicators[0]!, part: ev.goals[0]!.indicators[0]!.parts[0]!, fy: 2025 })!;
    expect(d.years).toHaveLength(MAX_YEARS);
    expect(d.years.at(-1)).toBe(2030);
    expect(d.points.map((p) => p.fy)).toEqual([2025]); // the 1950 baseline is off the axis
  });
});

describe('charts of every bundled plan', () => {
  it.each(['sapporo', 'asahikawa', 'tomakomai', 'kanazawa', 'otaru'])('%s: every part with a number draws, with or without a target line', async (id) => {
    const d = loadWorkspace(ROOT, [id]).plans[0]!;
    const ev = evaluatePlan(d.plan!, d.progress.map((p) => p.progress), 2024);
    let drawn = 0;
    let numeric = 0;
    for (const ind of indicators(ev)) {
      for (const part of ind.parts) {
        if (chartData({ indicator: ind, part, fy: 2024 })) numeric++;
        const c = await renderChart({ indicator: ind, part, fy: 2024 });
        if (c) drawn++;
        if (c && part.result.target.number === undefined) expect(c.svg).not.toContain('目標 ');
      }
    }
    expect(drawn).toBe(numeric);
    if (id === 'asahikawa') expect(numeric).toBeGreaterThan(0); // asahikawa has charts without a numeric target
  });
});

describe('labels clear of the target line', () => {
  it('a value just under the target has its label below the point; the target label sits away from the last point', () => {
    const d = chartData(input('mimamori-chiku-wariai'))!; // 97.75% and 98.9% under a 100% target line
    expect(d.points.map((p) => p.pos)).toEqual(['below', 'below']);
    expect(d.target).toMatchObject({ target: 100, pos: 'above' });
    const far = chartData(input('shogai-kadai-kaiketsu'))!;
    expect(far.points.every((p) => p.pos === 'above')).toBe(true);
  });
});

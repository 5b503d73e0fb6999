/** What import and the template need to know of a plan's indicators: id, name, unit and parts. */
import { indicatorValues, partName, walkIndicators, type Indicator, type Plan } from '@keikaku/schema';

export interface PartInfo {
  name: string;
  /** The part's own unit when it has one, else the indicator's. */
  unit?: string;
  /** The part's unit differs from the indicator's, so an actual's part carries it. */
  ownUnit: boolean;
  /** The part is named only by its unit (notStated). */
  unnamed: boolean;
}

export interface IndicatorInfo {
  id: string;
  name: string;
  unit?: string;
  /** Parts named by any of its values (baseline, target, …), in first-seen order; empty for a plain figure. */
  parts: PartInfo[];
  indicator: Indicator;
}

export function indicatorInfos(plan: Plan): IndicatorInfo[] {
  const out: IndicatorInfo[] = [];
  for (const { indicator } of walkIndicators(plan)) {
    const unit = typeof indicator.unit === 'string' ? indicator.unit : undefined;
    const parts = new Map<string, PartInfo>();
    for (const v of indicatorValues(indicator)) {
      if (typeof v.value !== 'object' || v.value === null || !('parts' in v.value)) continue;
      for (const p of v.value.parts) {
        const name = partName(p, unit);
        if (parts.has(name)) continue;
        const own = typeof p.unit === 'string' ? p.unit : undefined;
        parts.set(name, { name, unit: own ?? unit, ownUnit: own !== undefined && own !== unit, unnamed: typeof p.part !== 'string' });
      }
    }
    out.push({ id: indicator.id, name: indicator.name, unit, parts: [...parts.values()], indicator });
  }
  return out;
}

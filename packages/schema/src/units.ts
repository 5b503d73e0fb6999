/**
 * The built-in unit set. A unit outside it (and outside the plan's own
 * `vocabulary.units`) fails to compile, so a typo such as '人数' or a
 * full-width '％' is caught before review. Add a unit here when many plans
 * print it; a plan that alone needs one declares it in its vocabulary.
 */
import { openWord } from './vocabulary.js';

export const UNITS = [
  '%', // 割合
  '人', '名', // people (名 as printed by some tables)
  '件', '回', // counts of cases and of occurrences
  '団体', '法人', 'か所', '校', '学級', '園', '戸', '町内会', '事業所', '地区', '世帯', '施設', '市町',
  '日', '時間', '年',
  '円', '千円', '万円', // money as printed (千円 is a unit, not a factor to apply)
] as const;
export type BuiltInUnit = (typeof UNITS)[number];

export const Unit = openWord('unit', UNITS, 'Unit of a quantity');
export type Unit = BuiltInUnit | import('./vocabulary.js').DeclaredWord<'unit'>;

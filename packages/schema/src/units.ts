/**
 * The unit set. A unit outside it fails to compile, so a typo such as '人数'
 * or a full-width '％' is caught before review. Add a unit here (and only
 * here) when a plan needs one.
 */
import { z } from 'zod';

export const UNITS = [
  '%', // 割合
  '人', '名', // people (名 as printed by some tables)
  '件', '回', // counts of cases and of occurrences
  '団体', 'か所', '校', '学級', '園', '戸', '町内会', '事業所', '地区', '世帯', '施設',
  '日', '時間', '円',
] as const;

export const Unit = z.enum(UNITS).describe('Unit of a quantity (one of the declared unit set)');
export type Unit = z.infer<typeof Unit>;

/**
 * 全国地方公共団体コード: 2 digits prefecture + 3 digits municipality + check digit.
 * Check digit: weights 6,5,4,3,2 on digits 1–5, r = sum mod 11, digit = (11 − r) mod 10.
 */
import { z } from 'zod';

export function lgCodeCheckDigit(firstFive: string): number {
  if (!/^\d{5}$/.test(firstFive)) throw new RangeError(`${firstFive} is not 5 digits`);
  const weights = [6, 5, 4, 3, 2];
  const sum = [...firstFive].reduce((acc, ch, i) => acc + Number(ch) * weights[i]!, 0);
  return (11 - (sum % 11)) % 10;
}

export function isValidLgCode(code: string): boolean {
  return /^\d{6}$/.test(code) && lgCodeCheckDigit(code.slice(0, 5)) === Number(code[5]);
}

export const LocalGovernmentCode = z
  .string()
  .regex(/^\d{6}$/, { message: 'keikaku:lg-code-format' })
  // Zod runs refinements after a failed regex too: only judge the check digit of a 6-digit code.
  .refine((c) => !/^\d{6}$/.test(c) || isValidLgCode(c), { message: 'keikaku:lg-code-check-digit' })
  .describe('全国地方公共団体コード (6 digits with check digit), e.g. 札幌市 011002');
export type LocalGovernmentCode = z.infer<typeof LocalGovernmentCode>;

import { z } from 'zod';

/** Stable ids: lowercase ASCII, digits and hyphens. They never change once published. */
export const Id = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { message: 'keikaku:id-format' })
  .describe('Stable id: lowercase letters, digits and hyphens, e.g. "g1-p2" or "shien-plan"');

/** Who carries out an initiative or owns an indicator (旭川: 市 / 市社協 / 市・市社協). */
export const OWNERS = ['市', '市社協', '市・市社協'] as const;
export const Owner = z.enum(OWNERS);
export type Owner = z.infer<typeof Owner>;

/** 新規 / レベルアップ / 再掲, as printed beside an initiative. */
export const MARKERS = ['新規', 'レベルアップ', '再掲'] as const;
export const Marker = z.enum(MARKERS);

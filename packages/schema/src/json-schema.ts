/** JSON Schema for plan and progress files, generated from the Zod schemas. */
import { z } from 'zod';
import { PlanObject } from './plan.js';
import { ProgressObject } from './progress.js';

export function planJsonSchema(): Record<string, unknown> {
  return {
    title: 'keikaku plan (市町村地域福祉計画)',
    ...z.toJSONSchema(PlanObject, { io: 'input', target: 'draft-2020-12' }),
  };
}

export function progressJsonSchema(): Record<string, unknown> {
  return {
    title: 'keikaku annual progress (進捗状況)',
    ...z.toJSONSchema(ProgressObject, { io: 'input', target: 'draft-2020-12' }),
  };
}

/** File name → schema, as written to schemas/. */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  return { 'plan.schema.json': planJsonSchema(), 'progress.schema.json': progressJsonSchema() };
}

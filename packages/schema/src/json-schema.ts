/** JSON Schema for plan and progress files, generated from the Zod schemas. */
import { z } from 'zod';
import { PlanObject } from './plan.js';
import { ProgressObject } from './progress.js';
import { builtInWords, vocabularyOf } from './open-word-kinds.js';

/**
 * An open word is checked as one non-empty string (vocabulary.ts openWord) but published as what
 * it accepts, the built-in words or another word, so that an editor offers the built-in words:
 * `anyOf: [{ enum: [built-in words] }, { minLength: 1 }]` in place of its `type` and `minLength`,
 * the other keys (description, keikakuVocabulary) where they were.
 */
const override: NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override'] = ({ zodSchema, jsonSchema }) => {
  const kind = vocabularyOf(zodSchema);
  if (kind === undefined || jsonSchema.type !== 'string') return;
  const keys = Object.entries(jsonSchema);
  for (const [k] of keys) delete jsonSchema[k];
  for (const [k, v] of keys) {
    if (k === 'type') jsonSchema.anyOf = [{ type: 'string', enum: [...builtInWords(kind)] }, { type: 'string', minLength: 1 }];
    else if (k !== 'minLength') jsonSchema[k] = v;
  }
};

/** A schema's input as JSON Schema (draft 2020-12), open words with their built-in words: every file of schemas/ is made with it. */
export function jsonSchemaOf(schema: z.core.$ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', override });
}

export function planJsonSchema(): Record<string, unknown> {
  return { title: 'keikaku plan (市町村地域福祉計画)', ...jsonSchemaOf(PlanObject) };
}

export function progressJsonSchema(): Record<string, unknown> {
  return { title: 'keikaku annual progress (進捗状況)', ...jsonSchemaOf(ProgressObject) };
}

/** File name → schema, as written to schemas/. */
export function jsonSchemas(): Record<string, Record<string, unknown>> {
  return { 'plan.schema.json': planJsonSchema(), 'progress.schema.json': progressJsonSchema() };
}

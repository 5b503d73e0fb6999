/**
 * Messages live beside the check that raises them, keyed by message id, with
 * typed data (typescript-eslint's `messages` + `data`, but as functions so the
 * compiler catches a missing slot).
 *
 * CONTRACT (shared by core, lint, report, cli).
 */
import type { Bilingual } from './finding.js';

export interface MessageDef<D = Record<string, never>> {
  ja: (d: D) => string;
  en: (d: D) => string;
  /** How to fix it, for a person. */
  hint?: { ja: (d: D) => string; en: (d: D) => string };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Messages = Record<string, MessageDef<any>>;

export type MessageData<M extends Messages, K extends keyof M> = M[K] extends MessageDef<infer D> ? D : never;

/** Returns its argument: captures message ids and data types. */
export function defineMessages<const M extends Messages>(messages: M): M {
  return messages;
}

export function renderMessage<M extends Messages, K extends keyof M & string>(
  messages: M,
  id: K,
  data: MessageData<M, K>,
): { message: Bilingual; hint?: Bilingual } {
  const def = messages[id];
  if (!def) throw new Error(`unknown message id ${id}`);
  const message = { ja: def.ja(data), en: def.en(data) };
  return def.hint ? { message, hint: { ja: def.hint.ja(data), en: def.hint.en(data) } } : { message };
}

/** A plan value quoted in a message: never at full length (a 1 MB string must not be echoed). */
export function quote(value: unknown, max = 40): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max).join('')}…（${chars.length}文字）` : s;
}

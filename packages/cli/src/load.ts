/** Loads a plan or progress module from source and turns a load failure into a located finding. */
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { formatPath } from '@keikaku/schema';
import type { Finding } from './finding.js';
import { pathAtPosition, readSource } from './locate.js';

export type Loaded = { ok: true; value: unknown } | { ok: false; finding: Finding };

export async function loadModule(root: string, file: string): Promise<Loaded> {
  try {
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    if (mod.default === undefined) {
      return {
        ok: false,
        finding: {
          file: relative(root, file), line: 1, column: 1, source: 'load', code: 'no-default-export',
          ja: 'export default がありません', en: 'the module has no default export',
          fix: { ja: 'export default definePlan({ … }) の形で書いてください。', en: 'Write export default definePlan({ … }).' },
        },
      };
    }
    return { ok: true, value: mod.default };
  } catch (err) {
    return { ok: false, finding: loadFailure(root, file, err) };
  }
}

/** A helper such as reiwa(0) threw while the module ran: point at the line that called it. */
function loadFailure(root: string, file: string, err: unknown): Finding {
  const e = err instanceof Error ? err : new Error(String(err));
  const where = locateInStack(e.stack ?? '', file);
  const [ja, en] = splitBilingual(e.message);
  return {
    file: relative(root, file),
    line: where?.line,
    column: where?.column,
    pathText: where ? pathAt(file, where.line, where.column) : undefined,
    source: 'load',
    code: e instanceof RangeError ? 'invalid-helper-argument' : 'module-error',
    ja: ja || 'モジュールを読み込めません',
    en: en || e.message,
    fix:
      e instanceof RangeError
        ? { ja: '年度ヘルパーの引数を確認してください（令和は reiwa(1) = 令和元年度 から、平成は heisei(31) まで）。', en: 'Check the helper argument: reiwa(1) is 令和元年度; heisei() ends at 31.' }
        : { ja: '示された行を確認してください。', en: 'Check the line shown.' },
  };
}

function locateInStack(stack: string, file: string): { line: number; column: number } | undefined {
  const url = pathToFileURL(file).href;
  for (const lineText of stack.split('\n')) {
    const idx = lineText.indexOf(url) >= 0 ? lineText.indexOf(url) + url.length : lineText.indexOf(file) >= 0 ? lineText.indexOf(file) + file.length : -1;
    if (idx < 0) continue;
    const m = /^(?:\?[^:]*)?:(\d+):(\d+)/.exec(lineText.slice(idx));
    if (m) return { line: Number(m[1]), column: Number(m[2]) };
  }
  return undefined;
}

/** Messages thrown by @keikaku/schema helpers read "日本語 (English)". */
function splitBilingual(msg: string): [string, string] {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(msg);
  return m ? [m[1]!, m[2]!] : ['', msg];
}

function pathAt(file: string, line: number, column: number): string | undefined {
  try {
    const sf = readSource(file, readFileSync(file, 'utf8'));
    const path = pathAtPosition(sf, sf.getPositionOfLineAndCharacter(line - 1, column - 1));
    return path && path.length ? formatPath(path) : undefined;
  } catch {
    return undefined;
  }
}

/** Type-checks plan and progress modules with the real TypeScript compiler. */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { UNITS, formatPath } from '@keikaku/schema';
import type { Finding } from './finding.js';
import { pathAtPosition } from './locate.js';

function compilerOptions(root: string): ts.CompilerOptions {
  let dir = root;
  for (;;) {
    const file = join(dir, 'tsconfig.base.json');
    if (existsSync(file)) {
      const cfg = ts.readConfigFile(file, ts.sys.readFile);
      const parsed = ts.parseJsonConfigFileContent(cfg.config, ts.sys, dir, undefined, file);
      return { ...parsed.options, noEmit: true };
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return { strict: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, skipLibCheck: true };
}

/** Japanese explanations of the diagnostics staff meet most, keyed by TS error code. */
const GLOSS: Record<number, { ja: string; fix?: string }> = {
  2322: { ja: '値が計画の型に合いません', fix: '値は数値、または { parts } { state } { direction } { frequency } { milestone } { missing } の形で書きます（schemas/plan.schema.json 参照）。' },
  2820: { ja: '計画にない id です', fix: '綴りを確認してください（候補が英文の Did you mean に出ます）。' },
  2345: { ja: '関数に渡した値の型が合いません', fix: '年度ヘルパーには数値を渡します（reiwa(6)）。' },
  2741: { ja: '必須項目がありません', fix: '英文に出ている項目を書き足してください。原典に記載がなければ notStated() を使います。' },
  2739: { ja: '必須項目がありません' },
  2740: { ja: '必須項目がありません' },
  2353: { ja: '使えない項目名です', fix: '項目名の綴りを確認してください。' },
  2561: { ja: '使えない項目名です', fix: '項目名の綴りを確認してください（Did you mean の候補を参照）。' },
  2304: { ja: '名前が見つかりません', fix: "ヘルパーの import を確認してください（import { reiwa } from '@keikaku/schema'）。" },
  2307: { ja: 'モジュールが見つかりません', fix: 'pnpm install を実行したか、import のパスを確認してください。' },
  1005: { ja: '構文エラーです（記号が足りません）', fix: 'カンマ・括弧・引用符の閉じ忘れを確認してください。' },
  1002: { ja: '文字列が閉じていません' },
  1109: { ja: '式がありません' },
  1128: { ja: '宣言または文がありません' },
};

/** TS prints the whole plan literal inside types like IndicatorIdOf<{…}>; shorten it. */
export function shortenTypeText(msg: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < msg.length; i++) {
    const ch = msg[i]!;
    if (ch === '{' && msg[i - 1] === '<') {
      if (depth === 0) out += '…';
      depth++;
      continue;
    }
    if (depth > 0) {
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
      continue;
    }
    out += ch;
  }
  // Long expanded types ('{ readonly id: string; … }') say nothing a plan author can use.
  return out
    .replace(/\s+/g, ' ')
    .replace(/'([^']{120,})'/g, (_m, t: string) => `'${t.slice(0, 100)}…'`)
    .trim();
}

const YEAR_FIX = 'この項目は年度です。reiwa(6)・heisei(31)・fy(2024) で書き、未定の年度は tbd("令和〇年度")、記載がなければ notStated() と書きます（文字列や裸の数値は使えません）。';
const UNIT_FIX = `単位は決められた一覧から選びます: ${UNITS.join(' ')}（一覧にない単位は packages/schema/src/units.ts に追加します）。`;

function glossFor(code: number, path: (string | number)[] | undefined): { ja: string; fix?: string } | undefined {
  const last = path?.[path.length - 1];
  if (code === 2322 && last === 'fy') return { ja: '年度の書き方が違います', fix: YEAR_FIX };
  if (code === 2322 && last === 'unit') return { ja: '単位が一覧にありません', fix: UNIT_FIX };
  if (code === 2322 && (last === 'indicator' || last === 'node' || last === 'initiative')) return GLOSS[2820];
  return GLOSS[code];
}

export function typecheck(root: string, files: string[]): Finding[] {
  const program = ts.createProgram({ rootNames: files, options: compilerOptions(root) });
  const wanted = new Set(files.map((f) => ts.sys.resolvePath(f)));
  const diags = [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()].filter(
    (d) => d.file && wanted.has(ts.sys.resolvePath(d.file.fileName)),
  );
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const d of diags) {
    const sf = d.file!;
    const start = d.start ?? 0;
    const { line, character } = sf.getLineAndCharacterOfPosition(start);
    const key = `${sf.fileName}:${start}:${d.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const path = pathAtPosition(sf, start);
    const gloss = glossFor(d.code, path);
    const en = shortenTypeText(ts.flattenDiagnosticMessageText(d.messageText, ' '));
    findings.push({
      file: relative(root, sf.fileName),
      line: line + 1,
      column: character + 1,
      pathText: path && path.length ? formatPath(path) : undefined,
      source: 'tsc',
      code: `TS${d.code}`,
      ja: gloss?.ja ?? '型エラーです',
      en,
      fix: gloss?.fix ? { ja: gloss.fix, en: 'The English line above is the TypeScript compiler message.' } : undefined,
    });
  }
  return findings;
}

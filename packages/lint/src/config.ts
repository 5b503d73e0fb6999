/**
 * Per-plan lint configuration: plans/<id>/keikaku.config.json, or the
 * `keikaku` field of plans/<id>/package.json. Every change carries a reason,
 * because a reviewer must see why a rule does not apply to this plan.
 *
 *   { "rules": { "missing-target": { "severity": "off", "reason": "数値目標は設定しない（計画書 p.12）" } } }
 *
 * (A typed config module, `export default defineConfig({...})`, would need a
 * defineConfig helper in @keikaku/schema, which the static reader allows
 * imports from; until then the configuration is JSON.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileFinding, type Finding, type Severity } from '@keikaku/core';

export interface RuleSetting {
  severity: Severity | 'off';
  reason: string;
}

export interface LintConfig {
  /** Repository-relative file the configuration came from. */
  file?: string;
  rules: Map<string, RuleSetting>;
}

export const CONFIG_FILE = 'keikaku.config.json';
const SEVERITIES: readonly RuleSetting['severity'][] = ['error', 'warning', 'info', 'off'];
const isSeverity = (x: unknown): x is RuleSetting['severity'] => SEVERITIES.some((s) => s === x);
/** The configuration is JSON a person wrote: read it as records before trusting a field. */
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Places a finding at the first occurrence of `needle` in the configuration text (line 1, column 1 without one). */
function placeAt(f: Finding, text: string | undefined, needle: string | undefined): Finding {
  if (!text || !needle) return f;
  const at = text.indexOf(needle);
  if (at < 0) return f;
  const lines = text.slice(0, at).split('\n');
  const line = lines.length;
  const column = lines[lines.length - 1]!.length + 1;
  return { ...f, line, column, endLine: line, endColumn: column + needle.length };
}

function configFinding(file: string, messageId: string, ja: string, en: string): Finding {
  return fileFinding(file, {
    ruleId: 'invalid-config',
    source: 'lint',
    severity: 'error',
    messageId,
    message: { ja, en },
    hint: {
      ja: '{ "rules": { "<ルールid>": { "severity": "off" | "error" | "warning" | "info", "reason": "理由" } } } の形で書いてください。',
      en: 'Write { "rules": { "<rule id>": { "severity": "off" | "error" | "warning" | "info", "reason": "why" } } }.',
    },
  });
}

/** Reads a plan's configuration. Problems are findings (rule invalid-config), never exceptions. */
export function loadConfig(root: string, planDir: string, knownRule: (id: string) => boolean): { config: LintConfig; findings: Finding[] } {
  const findings: Finding[] = [];
  const rules = new Map<string, RuleSetting>();
  const rel = (f: string) => relative(root, f).split(sep).join('/');
  let raw: unknown;
  let file: string | undefined;
  let text: string | undefined;
  const cfgPath = join(planDir, CONFIG_FILE);
  const pkgPath = join(planDir, 'package.json');
  try {
    if (existsSync(cfgPath)) {
      file = rel(cfgPath);
      text = readFileSync(cfgPath, 'utf8');
      raw = JSON.parse(text);
    } else if (existsSync(pkgPath)) {
      text = readFileSync(pkgPath, 'utf8');
      const pkg: unknown = JSON.parse(text);
      if (isRecord(pkg) && 'keikaku' in pkg) {
        file = rel(pkgPath);
        raw = pkg.keikaku;
      }
    }
  } catch (err) {
    const f = file ?? rel(existsSync(cfgPath) ? cfgPath : pkgPath);
    const detail = (err instanceof Error ? err.message : String(err)).slice(0, 120);
    findings.push(configFinding(f, 'unreadable', `設定ファイルを JSON として読めません: ${detail}`, `cannot read the configuration as JSON: ${detail}`));
    return { config: { file: f, rules }, findings };
  }
  if (raw === undefined || file === undefined) return { config: { rules }, findings };
  if (!isRecord(raw)) {
    findings.push(configFinding(file, 'not-object', '設定がオブジェクトではありません', 'the configuration is not an object'));
    return { config: { file, rules }, findings };
  }
  const obj = raw;
  for (const key of Object.keys(obj)) {
    if (key !== 'rules') findings.push(placeAt(configFinding(file, 'unknown-key', `設定の項目 "${key.slice(0, 40)}" は使えません（rules のみ）`, `unknown configuration key "${key.slice(0, 40)}" (only rules)`), text, JSON.stringify(key)));
  }
  const r = obj.rules;
  if (r === undefined) return { config: { file, rules }, findings };
  if (!isRecord(r)) {
    findings.push(configFinding(file, 'rules-not-object', 'rules がオブジェクトではありません', 'rules is not an object'));
    return { config: { file, rules }, findings };
  }
  for (const [id, s] of Object.entries(r)) {
    const shortId = id.slice(0, 60);
    if (!knownRule(id)) {
      findings.push(placeAt(configFinding(file, 'unknown-rule', `ルール "${shortId}" はありません`, `there is no rule "${shortId}"`), text, JSON.stringify(id)));
      continue;
    }
    if (!isRecord(s) || !isSeverity(s.severity)) {
      findings.push(placeAt(configFinding(file, 'bad-severity', `ルール ${shortId} の severity は error / warning / info / off のいずれかです`, `rule ${shortId}: severity must be error, warning, info or off`), text, JSON.stringify(id)));
      continue;
    }
    if (typeof s.reason !== 'string' || s.reason.trim() === '') {
      findings.push(placeAt(configFinding(file, 'reason-required', `ルール ${shortId} の設定に理由 (reason) がありません`, `rule ${shortId}: a reason is required`), text, JSON.stringify(id)));
      continue;
    }
    rules.set(id, { severity: s.severity, reason: s.reason.trim() });
  }
  return { config: { file, rules }, findings };
}

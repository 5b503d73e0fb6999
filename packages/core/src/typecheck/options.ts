/**
 * The compiler options plans are checked with: the workspace's
 * tsconfig.base.json, without @types/node (plan modules use no Node APIs),
 * and with the `keikaku-plan` export condition, which resolves
 * `@keikaku/schema` to its plan API (plan-api.ts: the declarations plan
 * modules may use, generated from the Zod schemas, without Zod's own), so
 * that each program costs about half the CPU (issue 6).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from '../typescript.js';

/** The nearest tsconfig.base.json at or above `root`. */
function baseConfig(root: string): string | undefined {
  for (let dir = resolve(root); ; ) {
    const file = join(dir, 'tsconfig.base.json');
    if (existsSync(file)) return file;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

const FALLBACK = { strict: true, noEmit: true, module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022', skipLibCheck: true } as const;

/** What a plan's check adds to the workspace's options. */
function planOverrides(moduleResolution: string | undefined, customConditions: readonly string[] = []) {
  // Conditions need a resolution mode that reads package exports.
  const exportsAware = ['bundler', 'node16', 'nodenext'].includes((moduleResolution ?? '').toLowerCase());
  return { noEmit: true, types: [] as string[], ...(exportsAware ? { customConditions: [...customConditions, 'keikaku-plan'] } : {}) };
}

/** The options as TypeScript 5.9's API takes them (the compile tests and editors' view of `keikaku check`). */
export function compilerOptions(root: string): ts.CompilerOptions {
  const file = baseConfig(root);
  if (!file) {
    const { options } = ts.convertCompilerOptionsFromJson(FALLBACK, root);
    return { ...options, ...planOverrides(FALLBACK.moduleResolution) };
  }
  const cfg = ts.readConfigFile(file, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(cfg.config, ts.sys, dirname(file), undefined, file);
  const mode = parsed.options.moduleResolution;
  const name = mode === undefined ? undefined : ts.ModuleResolutionKind[mode];
  return { ...parsed.options, ...planOverrides(name, parsed.options.customConditions) };
}

/**
 * A tsconfig.json for TypeScript 7's command line over `files`: it extends
 * the workspace's tsconfig.base.json (so both compilers read the same
 * options) and adds the plan overrides. Paths are absolute.
 */
export function tsconfigFor(root: string, given: readonly string[]): object {
  const files = given.map((f) => resolve(f));
  const file = baseConfig(root);
  if (!file) return { compilerOptions: { ...FALLBACK, ...planOverrides(FALLBACK.moduleResolution) }, files };
  const cfg = ts.readConfigFile(file, ts.sys.readFile).config as { compilerOptions?: { moduleResolution?: string; customConditions?: string[] } } | undefined;
  const own = cfg?.compilerOptions ?? {};
  return { extends: file, compilerOptions: planOverrides(own.moduleResolution, own.customConditions), files };
}

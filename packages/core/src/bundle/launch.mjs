// Runs a TypeScript program (the `keikaku` command, a bench script) from its
// bundle (index.ts), in plain JavaScript because it runs before anything can
// load TypeScript. A current bundle is imported at once (the inputs re-hashed,
// a few ms); otherwise tsx loads the builder, which builds one (about 0.3–1 s,
// once after each change of keikaku's sources); when none can be had (a cache
// folder that cannot be written, a failed build), or with KEIKAKU_BUNDLE=0,
// the source itself runs through tsx, as every command did before bundles.
// NODE_DEBUG=keikaku says which, and why.
import { debuglog } from 'node:util';
import { cachedBundle, targetOf } from './cache.mjs';

const debug = debuglog('keikaku');

/** Imports the program `entry` (a file URL of a TypeScript module) and resolves with its namespace. */
export async function launch(entry, opts = {}) {
  const wanted = process.env.KEIKAKU_BUNDLE !== '0';
  let hit;
  if (wanted) {
    try {
      hit = cachedBundle(targetOf(entry, opts.dir));
    } catch (err) {
      debug('launch: no bundle lookup for %s: %s', entry.href, err instanceof Error ? err.message : err);
    }
  }
  // Outside the try: what the program itself throws is the caller's, never a reason to run it again.
  if (hit) {
    debug('launch: %s from its bundle %s', entry.href, hit.href);
    return import(hit.href);
  }
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  if (wanted) {
    const { jobModule } = await import('./index.ts');
    const job = await jobModule(entry, opts);
    if (job.kind === 'bundle') {
      await unregister();
      return import(job.url.href);
    }
    debug('launch: running %s through tsx: %s', entry.href, job.note);
  } else debug('launch: running %s through tsx: KEIKAKU_BUNDLE=0', entry.href);
  return import(entry.href);
}

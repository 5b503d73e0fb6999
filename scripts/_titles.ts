import { listPlans, loadPlan } from '@keikaku/core';
import { formatPath } from '@keikaku/schema';
function* walk(v: unknown, path: (string | number)[]): Generator<[string, string]> {
  if (typeof v === 'string') yield [formatPath(path), v];
  else if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* walk(x, [...path, i]);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* walk(x, [...path, k]);
}
for (const pf of listPlans('.')) {
  const d = loadPlan('.', pf);
  for (const [p, s] of walk(d.module.value, [])) {
    if (/(title|name|heading)$/.test(p) && /[。、．，]$/.test(s)) console.log(pf.id, p, s);
    if (/障がい|障害|障碍/.test(s)) console.log('SHOGAI', pf.id, p, (s.match(/障がい|障害|障碍/g) ?? []).join(','));
    if (/[､｡]/.test(s)) console.log('HANKAKU', pf.id, p);
    if (/(.)\1/.test(s) && /([のをにがはでと])\1/.test(s)) console.log('DOUBLE', pf.id, p, s.match(/.{0,6}([のをにがはでと])\1.{0,6}/)?.[0]);
  }
}

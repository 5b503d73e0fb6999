import { readFileSync } from 'node:fs';
import { axe, launchAxe } from '../../../test/support/axe.js';
const b = await launchAxe();
for (const f of process.argv.slice(2)) for (const w of [375, 1280]) {
  const r = await axe(b, readFileSync(f, 'utf8'), w);
  console.log(f, w, JSON.stringify(r, null, 1).slice(0, 3000));
}
await b.close();

import { readFileSync } from 'node:fs';
import { destinationPages, hasToc } from '../src/render/page-refs.js';
const r = await destinationPages(readFileSync('/tmp/h7-fixture/review.pdf'));
console.log(r, hasToc(readFileSync('/tmp/h7-fixture/review.html', 'utf8')));

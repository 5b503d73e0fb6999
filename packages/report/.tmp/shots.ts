import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
const [file, prefix, w = '375', chunk = '1300'] = process.argv.slice(2);
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
await p.setViewport({ width: Number(w), height: 800 });
await p.setContent(readFileSync(file!, 'utf8'), { waitUntil: 'load' });
const h = await p.evaluate(() => document.documentElement.scrollHeight);
let i = 0;
for (let y = 0; y < h; y += Number(chunk)) {
  await p.screenshot({ path: `${prefix}-${String(i++).padStart(2, '0')}.png`, clip: { x: 0, y, width: Number(w), height: Math.min(Number(chunk), h - y) }, captureBeyondViewport: true });
}
console.log(h, i);
await b.close();

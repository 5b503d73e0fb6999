/**
 * Regenerates the radical → ideograph table of src/pdf-post/radicals.ts from
 * the fonts the report prints with (IPAexGothic first, then Noto Sans CJK
 * JP): a radical whose glyph a font shares with a unified ideograph maps to
 * that ideograph (the one the text held). Prints the table; paste it into
 * radicals.ts. Run: node --import tsx packages/report/scripts/radicals-table.ts
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';

export const REPORT_FONTS = ['/usr/share/fonts/truetype/fonts-japanese-gothic.ttf', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'];

/** The Unicode → glyph map of a TrueType/OpenType font (cmap 3/10 format 12, else 3/1 format 4). */
export function cmapOf(buf: Buffer, fontOffset: number): Map<number, number> {
  const numTables = buf.readUInt16BE(fontOffset + 4);
  let cmapOff = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = fontOffset + 12 + i * 16;
    if (buf.toString('latin1', rec, rec + 4) === 'cmap') cmapOff = buf.readUInt32BE(rec + 8);
  }
  const n = buf.readUInt16BE(cmapOff + 2);
  const map = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = cmapOff + 4 + i * 8;
    const pid = buf.readUInt16BE(r), eid = buf.readUInt16BE(r + 2), off = buf.readUInt32BE(r + 4);
    const st = cmapOff + off;
    const fmt = buf.readUInt16BE(st);
    if (pid === 3 && eid === 10 && fmt === 12) {
      const groups = buf.readUInt32BE(st + 12);
      for (let g = 0; g < groups; g++) {
        const s = buf.readUInt32BE(st + 16 + g * 12), e = buf.readUInt32BE(st + 20 + g * 12), gid = buf.readUInt32BE(st + 24 + g * 12);
        for (let c = s; c <= e; c++) map.set(c, gid + c - s);
      }
      return map;
    }
  }
  for (let i = 0; i < n; i++) {
    const r = cmapOff + 4 + i * 8;
    const pid = buf.readUInt16BE(r), eid = buf.readUInt16BE(r + 2), off = buf.readUInt32BE(r + 4);
    const st = cmapOff + off;
    if (pid === 3 && eid === 1 && buf.readUInt16BE(st) === 4) {
      const segX2 = buf.readUInt16BE(st + 6);
      const ends = st + 14, starts = ends + segX2 + 2, deltas = starts + segX2, ranges = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = buf.readUInt16BE(ends + 2 * s), start = buf.readUInt16BE(starts + 2 * s), delta = buf.readInt16BE(deltas + 2 * s), ro = buf.readUInt16BE(ranges + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let gid;
          if (ro === 0) gid = (c + delta) & 0xffff;
          else { const gaddr = ranges + 2 * s + ro + 2 * (c - start); gid = buf.readUInt16BE(gaddr); if (gid) gid = (gid + delta) & 0xffff; }
          if (gid) map.set(c, gid);
        }
      }
      return map;
    }
  }
  return map;
}

export function fontCmap(file: string): Map<number, number> {
  const buf = readFileSync(realpathSync(file));
  let off = 0;
  if (buf.toString('latin1', 0, 4) === 'ttcf') off = buf.readUInt32BE(12);
  return cmapOf(buf, off);
}

const isRad = (cp: number) => (cp >= 0x2f00 && cp <= 0x2fd5) || (cp >= 0x2e80 && cp <= 0x2ef3);
const rank = (c: number) => (c >= 0x4e00 && c <= 0x9fff ? 0 : c >= 0x3400 && c <= 0x4dbf ? 1 : c >= 0x20000 ? 2 : 3);

/** For each radical a font draws with an ideograph's glyph: that ideograph. */
export function sharedGlyphTable(files = REPORT_FONTS): Map<number, number> {
  const table = new Map<number, number>();
  for (const f of files) {
    if (!existsSync(f)) continue;
    const cmap = fontCmap(f);
    const byGlyph = new Map<number, number[]>();
    for (const [c, g] of cmap) byGlyph.set(g, [...(byGlyph.get(g) ?? []), c]);
    for (const [cp, g] of cmap) {
      if (!isRad(cp) || table.has(cp)) continue;
      const sib = byGlyph.get(g)!.filter((c) => !isRad(c) && c >= 0x3400 && !(c >= 0xf900 && c <= 0xfaff)).sort((a, b) => rank(a) - rank(b) || a - b);
      const compat = byGlyph.get(g)!.filter((c) => c >= 0xf900 && c <= 0xfaff);
      if (sib.length) table.set(cp, sib[0]!);
      else if (compat.length) table.set(cp, String.fromCodePoint(compat[0]!).normalize('NFKC').codePointAt(0)!);
    }
  }
  return table;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const t = [...sharedGlyphTable()].sort((a, b) => a[0] - b[0]);
  const cells = t.map(([r, u]) => `0x${r.toString(16)}: 0x${u.toString(16)}`);
  const lines: string[] = [];
  for (let i = 0; i < cells.length; i += 7) lines.push(`  ${cells.slice(i, i + 7).join(', ')},`);
  console.log(`// ${t.length} entries\n${lines.join('\n')}`);
}

/**
 * Post-processing: ToUnicode CMaps that name Kangxi or supplement radicals
 * are rewritten so pdftotext gives the unified ideographs; metadata is fixed
 * and the bytes are the same for the same input.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { inspectPdf, postProcess, rewriteCMap } from '../src/pdf-post/post.js';
import { FONT_TABLE, isRadical, toUnified, unifiedOf } from '../src/pdf-post/radicals.js';
import { REPORT_FONTS, sharedGlyphTable } from '../scripts/radicals-table.js';

const dir = mkdtempSync(join(tmpdir(), 'keikaku-pdfpost-'));
const text = (pdf: Uint8Array) => {
  const f = join(dir, `${createHash('sha1').update(pdf).digest('hex')}.pdf`);
  writeFileSync(f, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', f, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
};

/** A one-page PDF whose CID font's ToUnicode maps codes 1–4 as Chromium did: ⽀ ⻑ 援 ⼾. */
async function radicalPdf(cmapBody: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 200]);
  const ctx = doc.context;
  const cmap = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${cmapBody}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
  const toUnicode = ctx.register(ctx.flateStream(cmap));
  const cid = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'CIDFontType2', BaseFont: 'IPAexGothic', CIDSystemInfo: { Registry: PDFStringOf('Adobe'), Ordering: PDFStringOf('Identity'), Supplement: 0 }, FontDescriptor: ctx.register(ctx.obj({ Type: 'FontDescriptor', FontName: 'IPAexGothic', Flags: 4, FontBBox: [0, -200, 1000, 900], ItalicAngle: 0, Ascent: 880, Descent: -120, CapHeight: 700, StemV: 80 })), CIDToGIDMap: 'Identity', DW: 1000 }));
  const font = ctx.register(ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'IPAexGothic', Encoding: 'Identity-H', DescendantFonts: [cid], ToUnicode: toUnicode }));
  page.node.setFontDictionary(PDFName.of('F1'), font);
  const content = ctx.register(ctx.stream('BT /F1 24 Tf 20 100 Td <0001000200030004> Tj ET'));
  page.node.set(PDFName.of('Contents'), content);
  return doc.save({ useObjectStreams: false });
}
/** pdf-lib's obj() turns a JS string into a name; a literal string needs PDFString. */
const PDFStringOf = (s: string) => PDFString.of(s);

describe('ToUnicode CMap rewriting', () => {
  it.each([
    ['bfchar', '2 beginbfchar\n<0001> <2F40>\n<0002> <63F4>\nendbfchar', '2 beginbfchar\n<0001> <652F>\n<0002> <63F4>\nendbfchar', 1],
    ['bfrange through radicals is split', '1 beginbfrange\n<0010> <0012> <2ED0>\nendbfrange', '<0011> <9577>', 3],
    ['bfrange array form', '1 beginbfrange\n<0010> <0011> [<2ED1> <2F3E>]\nendbfrange', '[<9577> <6238>]', 2],
    ['untouched CMap', '1 beginbfchar\n<0001> <652F>\nendbfchar', '<0001> <652F>', 0],
  ])('%s', (_name, body, expected, changed) => {
    const r = rewriteCMap(`begincmap\n${body}\nendcmap`);
    expect(r.changed).toBe(changed);
    expect(r.text).toContain(expected);
  });

  it('maps radicals to the ideographs the fonts draw them with', () => {
    expect(toUnified('⽀援・⻑寿・⼾籍・⿊')).toBe('支援・長寿・戸籍・黒');
    expect(unifiedOf(0x652f)).toBe(0x652f);
    for (let cp = 0x2f00; cp <= 0x2fd5; cp++) expect(isRadical(unifiedOf(cp))).toBe(false);
  });

  it('the font table agrees with the installed report fonts', () => {
    const fonts = REPORT_FONTS.filter((f) => existsSync(f));
    if (!fonts.length) return; // no fonts installed: nothing to compare (scripts/setup.sh installs them)
    const fromFonts = sharedGlyphTable(fonts);
    expect(fromFonts.size).toBeGreaterThan(200);
    for (const [r, u] of fromFonts) expect([r.toString(16), FONT_TABLE[r]?.toString(16)]).toEqual([r.toString(16), u.toString(16)]);
  });
});

describe('postProcess', () => {
  it('pdftotext reads the unified ideographs after post-processing', async () => {
    const pdf = await radicalPdf('4 beginbfchar\n<0001> <2F40>\n<0002> <2ED1>\n<0003> <63F4>\n<0004> <2F3E>\nendbfchar');
    expect(text(pdf)).not.toBe('支長援戸');
    const out = await postProcess(pdf, { title: '報告書' });
    expect(out.radicalsFixed).toBe(3);
    expect(text(out.pdf)).toBe('支長援戸');
  });

  it('sets fixed metadata, /Lang ja and no dates unless given; same input, same bytes', async () => {
    const pdf = await radicalPdf('1 beginbfchar\n<0001> <652F>\nendbfchar');
    const a = await postProcess(pdf, { title: '札幌市 報告書', author: '北海道札幌市' });
    const b = await postProcess(pdf, { title: '札幌市 報告書', author: '北海道札幌市' });
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
    expect(await inspectPdf(a.pdf)).toMatchObject({ lang: 'ja', title: '札幌市 報告書', dates: false, displayDocTitle: true, pages: 1 });
    const dated = await postProcess(pdf, { title: 't', date: '2025-06-30' });
    expect((await inspectPdf(dated.pdf)).dates).toBe(true);
  });

  it("drops the producer's own Info entries, and gives a file without an Info dictionary one", async () => {
    // As Chromium writes it: its own producer, creator and dates.
    const chromium = await PDFDocument.load(await radicalPdf('1 beginbfchar\n<0001> <652F>\nendbfchar'));
    chromium.setProducer('Skia/PDF m120');
    chromium.setCreator('Chromium');
    chromium.setCreationDate(new Date(Date.UTC(2024, 0, 2)));
    chromium.setModificationDate(new Date(Date.UTC(2024, 0, 3)));
    const withInfo = await chromium.save({ updateFieldAppearances: false });
    expect((await inspectPdf(withInfo)).dates).toBe(true);
    const out = await PDFDocument.load((await postProcess(withInfo, { title: '報告書' })).pdf, { updateMetadata: false });
    expect([out.getProducer(), out.getCreator(), out.getCreationDate(), out.getModificationDate()]).toEqual(['keikaku (Chromium, pdf-lib)', 'keikaku report', undefined, undefined]);

    const bare = await PDFDocument.create({ updateMetadata: false });
    bare.addPage([100, 100]);
    const noInfo = await bare.save();
    expect(bare.context.trailerInfo.Info).toBeUndefined();
    expect(await inspectPdf(noInfo)).toMatchObject({ dates: false, pages: 1 });
    const given = await postProcess(noInfo, { title: '情報のない PDF', date: '2025-06-30' });
    expect(await inspectPdf(given.pdf)).toMatchObject({ title: '情報のない PDF', dates: true, lang: 'ja' });
  });
});

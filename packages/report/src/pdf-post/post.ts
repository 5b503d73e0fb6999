/**
 * Post-processing of Chromium's PDF with pdf-lib:
 * - fixed document information (title, author, subject, creator, producer;
 *   dates only when the user gives one) and /Lang ja, so the same inputs give
 *   the same bytes (the document is loaded with updateMetadata: false);
 * - /ViewerPreferences /DisplayDocTitle, so viewers show the title;
 * - every embedded font's ToUnicode CMap rewritten where it maps a glyph to a
 *   Kangxi or supplement radical, so extracted text equals the plan's text.
 */
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFStream, PDFString, ParseSpeeds, decodePDFRawStream } from 'pdf-lib';
import { isRadical, unifiedOf } from './radicals.js';
import { calendarDateToUtc, parseCalendarDate } from '@keikaku/schema';

export interface PdfMeta {
  title: string;
  author?: string;
  subject?: string;
  keywords?: string[];
  /** ISO date (YYYY-MM-DD); without it the PDF holds no date at all. */
  date?: string;
}

export interface PostResult {
  pdf: Uint8Array;
  /** ToUnicode entries changed from a radical to its unified ideograph. */
  radicalsFixed: number;
}

export async function postProcess(input: Uint8Array, meta: PdfMeta): Promise<PostResult> {
  const doc = await PDFDocument.load(input, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  // Chromium's own entries go; the setters below write ours (and make the Info dictionary if there is none).
  const info = infoDict(doc);
  for (const key of ['CreationDate', 'ModDate', 'Creator', 'Producer', 'Title', 'Author', 'Subject', 'Keywords']) info?.delete(PDFName.of(key));
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords?.length) doc.setKeywords(meta.keywords);
  doc.setCreator('keikaku report');
  doc.setProducer('keikaku (Chromium, pdf-lib)');
  const parsed = meta.date === undefined ? undefined : parseCalendarDate(meta.date);
  if (parsed && !parsed.ok) throw new RangeError(`${parsed.ja} (${parsed.en})`);
  if (parsed?.ok) {
    const d = calendarDateToUtc(parsed);
    doc.setCreationDate(d);
    doc.setModificationDate(d);
  }
  doc.setLanguage('ja');
  const prefs = doc.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict) ?? doc.context.obj({});
  prefs.set(PDFName.of('DisplayDocTitle'), PDFBool.True);
  doc.catalog.set(PDFName.of('ViewerPreferences'), prefs);
  const radicalsFixed = fixToUnicode(doc);
  renumberStructIds(doc);
  const pdf = await doc.save({ updateFieldAppearances: false, objectsPerTick: Infinity });
  return { pdf, radicalsFixed };
}

/** The document information dictionary (the trailer's /Info), if the file has one: read through pdf-lib's public context. */
function infoDict(doc: PDFDocument): PDFDict | undefined {
  return doc.context.lookupMaybe(doc.context.trailerInfo.Info, PDFDict);
}

/** Rewrites each font's ToUnicode CMap that maps to a radical; returns how many entries changed. */
export function fixToUnicode(doc: PDFDocument): number {
  let fixed = 0;
  const seen = new Set<string>();
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    if (obj.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const ref = obj.get(PDFName.of('ToUnicode'));
    if (!(ref instanceof PDFRef) || seen.has(ref.toString())) continue;
    seen.add(ref.toString());
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFStream)) continue;
    const text = streamText(stream);
    if (text === undefined) continue;
    const r = rewriteCMap(text);
    if (r.changed === 0) continue;
    fixed += r.changed;
    doc.context.assign(ref, doc.context.flateStream(r.text));
  }
  return fixed;
}

function streamText(s: PDFStream): string | undefined {
  try {
    const bytes = s instanceof PDFRawStream ? decodePDFRawStream(s).decode() : s.getContents();
    return Buffer.from(bytes).toString('latin1');
  } catch {
    return undefined;
  }
}

const hexToString = (hex: string): string => {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
};
const stringToHex = (s: string): string => {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return out;
};

function fixString(s: string): { s: string; changed: boolean } {
  let out = '';
  let changed = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isRadical(cp)) {
      const u = unifiedOf(cp);
      if (u !== cp) changed = true;
      out += String.fromCodePoint(u);
    } else out += ch;
  }
  return { s: out, changed };
}

/**
 * Rewrites the bfchar and bfrange entries of a ToUnicode CMap whose
 * destination is a radical. A range whose run passes through a radical is
 * split into single entries, so neighbouring codes keep their meaning.
 */
export function rewriteCMap(text: string): { text: string; changed: number } {
  let changed = 0;
  let out = text.replace(/beginbfchar([\s\S]*?)endbfchar/g, (_m, body: string) => {
    const fixedBody = body.replace(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g, (m2, src: string, dst: string) => {
      const f = fixString(hexToString(dst));
      if (!f.changed) return m2;
      changed++;
      return `<${src}> <${stringToHex(f.s)}>`;
    });
    return `beginbfchar${fixedBody}endbfchar`;
  });
  const extraChars: string[] = [];
  out = out.replace(/(?<!\d)(\d+)\s+beginbfrange([\s\S]*?)endbfrange/g, (_m, _n: string, body: string) => {
    const kept: string[] = [];
    const entry = /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g;
    let e: RegExpExecArray | null;
    while ((e = entry.exec(body))) {
      const lo = parseInt(e[1]!, 16);
      const hi = parseInt(e[2]!, 16);
      const width = e[1]!.length;
      if (e[4] !== undefined) {
        // array form: one destination per code
        const dsts = [...e[4].matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => x[1]!);
        let any = false;
        const fixedD = dsts.map((d) => {
          const f = fixString(hexToString(d));
          if (f.changed) { any = true; changed++; }
          return `<${stringToHex(f.s)}>`;
        });
        kept.push(`<${e[1]}> <${e[2]}> [${any ? fixedD.join(' ') : e[4]}]`);
        continue;
      }
      const start = hexToString(e[3]!);
      const base = start.codePointAt(0)!;
      const single = [...start].length === 1;
      const touches = single && hi >= lo && Array.from({ length: hi - lo + 1 }, (_, i) => base + i).some(isRadical);
      if (!touches) {
        kept.push(e[0]);
        continue;
      }
      for (let i = 0; i <= hi - lo; i++) {
        const cp = base + i;
        const u = isRadical(cp) ? unifiedOf(cp) : cp;
        if (u !== cp) changed++;
        extraChars.push(`<${(lo + i).toString(16).toUpperCase().padStart(width, '0')}> <${stringToHex(String.fromCodePoint(u))}>`);
      }
    }
    return kept.length ? `${kept.length} beginbfrange\n${kept.join('\n')}\nendbfrange` : '';
  });
  if (extraChars.length) {
    const blocks: string[] = [];
    for (let i = 0; i < extraChars.length; i += 100) {
      const chunk = extraChars.slice(i, i + 100);
      blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
    }
    out = out.replace(/endcmap/, `${blocks.join('\n')}\nendcmap`);
  }
  return { text: out, changed };
}

/**
 * Chromium names tagged elements after its DOM node ids (node00000093) in the
 * structure tree (/ID, table /Headers, the /IDTree name tree), and those ids
 * depend on how many documents the renderer has seen. Renumber them in order
 * (the mapping keeps their order, so the name tree stays sorted), so the same
 * report gives the same bytes whichever page printed it.
 */
export function renumberStructIds(doc: PDFDocument): void {
  const NODE = /^node(\d+)$/;
  const found = new Set<string>();
  const textOf = (o: unknown): string | undefined => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);
  const visit = (o: unknown, fn: (s: string, set: (v: PDFString) => void) => void, depth = 0): void => {
    if (depth > 8) return;
    if (o instanceof PDFDict) {
      for (const [k, v] of o.entries()) {
        const t = textOf(v);
        if (t !== undefined) fn(t, (nv) => o.set(k, nv));
        else if (v instanceof PDFDict || v instanceof PDFArray) visit(v, fn, depth + 1);
      }
    } else if (o instanceof PDFArray) {
      o.asArray().forEach((v, i) => {
        const t = textOf(v);
        if (t !== undefined) fn(t, (nv) => o.set(i, nv));
        else if (v instanceof PDFDict || v instanceof PDFArray) visit(v, fn, depth + 1);
      });
    }
  };
  // Only the structure tree holds these ids: its elements and its /IDTree name-tree nodes.
  const objects = doc.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .filter((o): o is PDFDict => o instanceof PDFDict && (o.get(PDFName.of('Type')) === PDFName.of('StructElem') || o.has(PDFName.of('Names')) || o.has(PDFName.of('Limits'))));
  for (const o of objects) visit(o, (t) => { if (NODE.test(t)) found.add(t); });
  if (!found.size) return;
  const sorted = [...found].sort((a, b) => Number(NODE.exec(a)![1]) - Number(NODE.exec(b)![1]));
  const map = new Map(sorted.map((id, i) => [id, PDFString.of(`node${String(i + 1).padStart(8, '0')}`)]));
  for (const o of objects) visit(o, (t, set) => { const n = map.get(t); if (n) set(n); });
}

/** What a report PDF declares about itself (for tests and checks). */
export async function inspectPdf(bytes: Uint8Array): Promise<{ lang?: string; title?: string; outline: boolean; structTree: boolean; displayDocTitle: boolean; dates: boolean; pages: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const lang = doc.catalog.get(PDFName.of('Lang'));
  const prefs = doc.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  const info = infoDict(doc);
  return {
    ...(lang instanceof PDFString || lang instanceof PDFHexString ? { lang: lang.decodeText() } : {}),
    ...(doc.getTitle() !== undefined ? { title: doc.getTitle()! } : {}),
    outline: doc.catalog.get(PDFName.of('Outlines')) !== undefined,
    structTree: doc.catalog.get(PDFName.of('StructTreeRoot')) !== undefined,
    displayDocTitle: prefs?.get(PDFName.of('DisplayDocTitle')) === PDFBool.True,
    dates: info !== undefined && (info.has(PDFName.of('CreationDate')) || info.has(PDFName.of('ModDate'))),
    pages: doc.getPageCount(),
  };
}

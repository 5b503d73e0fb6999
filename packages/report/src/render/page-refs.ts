/**
 * Page numbers in the 目次. Chromium does not implement target-counter(), so
 * the table of contents gets its numbers from a first layout: the PDF's
 * named destinations (/Dests, one per element id a link points to, so the
 * 目次 must be in that layout) give the page of every heading, and the
 * numbers are written into the document, which is printed again. The
 * numbers sit in a fixed-width box, so filling them in moves nothing.
 * Short reports go without a 目次.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** Reports of at most this many pages besides the 目次 are printed without one. */
export const TOC_MIN_PAGES = 5;

const TOC = /<nav class="toc"[^>]*data-toc-section[^>]*>[\s\S]*?<\/nav>/;
const PAGE_REF = /<span class="toc-page" data-toc-page="([^"]*)"><\/span>/g;

export const hasToc = (html: string) => TOC.test(html);
/** The document without its 目次. */
export const dropToc = (html: string) => html.replace(TOC, '');

/** The document with the page of each 目次 entry filled in. */
export function fillToc(html: string, pages: ReadonlyMap<string, number>): string {
  return html.replace(PAGE_REF, (whole, anchor: string) => {
    const p = pages.get(anchor);
    return p === undefined ? whole : whole.replace('></span>', `>${p}</span>`);
  });
}

/** The page (1-based, as the footer counts) of every named destination, and the page count. */
export async function destinationPages(pdf: Uint8Array): Promise<{ pages: Map<string, number>; total: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const index = new Map<string, number>();
  doc.getPages().forEach((p, i) => index.set(p.ref.toString(), i + 1));
  const pages = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [key, value] of dests?.entries() ?? []) {
    const arr = doc.context.lookup(value);
    const target = arr instanceof PDFArray ? arr.get(0) : undefined;
    const page = target instanceof PDFRef ? index.get(target.toString()) : undefined;
    if (page !== undefined) pages.set(key.decodeText(), page);
  }
  return { pages, total: doc.getPageCount() };
}

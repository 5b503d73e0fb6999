import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFDict, PDFArray, PDFRef } from 'pdf-lib';
const doc = await PDFDocument.load(readFileSync(process.argv[2]!));
const cat = doc.catalog;
console.log('catalog keys', cat.keys().map(String));
const names = cat.lookup(PDFName.of('Names'));
console.log('Names', names?.toString().slice(0, 300));
const dests = cat.lookup(PDFName.of('Dests'));
console.log('Dests', dests?.toString().slice(0, 600));
doc.getPages().forEach((p, i) => {
  const a = p.node.lookup(PDFName.of('Annots'));
  if (a instanceof PDFArray) for (const r of a.asArray()) { const d = doc.context.lookup(r) as PDFDict; console.log(i, d.toString().slice(0, 200).replace(/\n/g, ' ')); }
});

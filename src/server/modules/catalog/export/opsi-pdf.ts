import PDFDocument from 'pdfkit';
import { latin1 } from '../../../pdf/latin1.js';
import type { OpsiCase } from './opsi-case.js';

/**
 * The one-page PDF. The built-in Helvetica fonts (no font files, no network) cover Latin-1 only,
 * so other characters are mapped to near equivalents. Each section gets a fixed share of the
 * page and longer text ends with an ellipsis, so the result is always exactly one A4 page.
 */

const SHARE: Record<string, number> = { Summary: 0.14, Problem: 0.13, Innovation: 0.22, Results: 0.16, 'Public sector involvement': 0.13, Status: 0.12, Links: 0.06 };

export function opsiPdf(c: OpsiCase): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: latin1(c.title), Creator: 'Simpul' }, autoFirstPage: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 80;
  doc.font('Helvetica-Bold').fontSize(15).text(latin1(c.title), { width, height: 40, ellipsis: true });
  doc.font('Helvetica-Oblique').fontSize(8.5).fillColor('#444').text(latin1(c.subtitle), { width, height: 22, ellipsis: true });
  doc.moveDown(0.4);
  const footer = 28;
  const available = doc.page.height - 40 - footer - doc.y;
  for (const section of c.sections) {
    const budget = available * (SHARE[section.heading] ?? 0.1);
    const top = doc.y;
    doc.font('Helvetica-Bold').fontSize(10).fillColor('#0b3d6b').text(section.heading, { width });
    for (const p of section.paragraphs) {
      const left = top + budget - doc.y;
      if (left < 10) break;
      doc.fillColor('#000').fontSize(8.5);
      if (p.label) doc.font('Helvetica-Bold').text(`${latin1(p.label)}: `, { width, continued: true, height: left, ellipsis: true });
      doc.font('Helvetica').text(latin1(p.text), { width, height: left, ellipsis: true });
    }
    doc.y = Math.max(doc.y, top) + 4;
  }
  doc
    .font('Helvetica-Oblique')
    .fontSize(7)
    .fillColor('#555')
    .text(latin1(c.note), 40, doc.page.height - 40 - footer, { width, height: footer - 2, ellipsis: true });
  doc.end();
  return done;
}

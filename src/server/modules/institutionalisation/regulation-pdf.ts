import PDFDocument from 'pdfkit';
import { latin1 } from '../../pdf/latin1.js';

/**
 * A small one-page PDF standing for a regulation's text — the demo's Perwali, generated at seed
 * time so no binary is committed. Built-in fonts (Latin-1), no network.
 */
export function regulationPdf(r: { heading: string; number: string; issuedOn: string; title: string; body: string }): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: latin1(`${r.heading} ${r.number}`), Creator: 'Simpul (data demo)' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 128;
  doc.font('Helvetica-Bold').fontSize(14).text(latin1(r.heading.toUpperCase()), { width, align: 'center' });
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(latin1(`NOMOR ${r.number}`), { width, align: 'center' });
  doc.moveDown(0.5);
  doc
    .font('Helvetica-Bold')
    .fontSize(12)
    .text(latin1(`TENTANG ${r.title.toUpperCase()}`), { width, align: 'center' });
  doc.moveDown(1.5);
  doc.font('Helvetica').fontSize(11).text(latin1(r.body), { width, align: 'justify' });
  doc.moveDown(2);
  doc.text(latin1(`Ditetapkan pada tanggal ${r.issuedOn}`), { width, align: 'right' });
  doc.moveDown(3);
  doc.fontSize(8).fillColor('#555').text('Dokumen contoh untuk data demo Simpul; bukan produk hukum yang berlaku.', { width });
  doc.end();
  return done;
}

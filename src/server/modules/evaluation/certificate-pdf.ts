import PDFDocument from 'pdfkit';
import { latin1 } from '../../pdf/latin1.js';

/** A one-page landscape A4 certificate for an awarded proposal (built-in fonts, no network). */
export interface CertificateFacts {
  competition: string;
  year: number;
  award: string;
  proposalNumber: string;
  title: string;
  agencyName: string;
  regionName: string;
  decreeNumber: string;
  decreeDate: string;
}

export function certificatePdf(c: CertificateFacts): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 50, info: { Title: latin1(`Sertifikat ${c.award} - ${c.title}`), Creator: 'Simpul' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 100;
  doc
    .rect(30, 30, doc.page.width - 60, doc.page.height - 60)
    .lineWidth(3)
    .stroke('#0b3d6b');
  doc.moveDown(2);
  doc.font('Helvetica-Bold').fontSize(30).fillColor('#0b3d6b').text('SERTIFIKAT / CERTIFICATE', { width, align: 'center' });
  doc.moveDown(0.8);
  doc
    .font('Helvetica')
    .fontSize(13)
    .fillColor('#000')
    .text(latin1(`${c.competition} (${c.year})`), { width, align: 'center' });
  doc.moveDown(1.2);
  doc.fontSize(12).text('diberikan kepada / awarded to', { width, align: 'center' });
  doc.moveDown(0.6);
  doc.font('Helvetica-Bold').fontSize(20).text(latin1(c.title), { width, align: 'center' });
  doc.moveDown(0.4);
  doc
    .font('Helvetica')
    .fontSize(13)
    .text(latin1([c.agencyName, c.regionName].filter(Boolean).join(' - ')), { width, align: 'center' });
  doc.moveDown(1);
  doc.font('Helvetica-Bold').fontSize(22).fillColor('#b8860b').text(latin1(c.award), { width, align: 'center' });
  doc.moveDown(1.5);
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#333')
    .text(latin1(`Nomor usulan / Proposal number: ${c.proposalNumber}`), { width, align: 'center' });
  doc.text(latin1(`Keputusan / Decree: ${c.decreeNumber}, ${c.decreeDate}`), { width, align: 'center' });
  doc.end();
  return done;
}

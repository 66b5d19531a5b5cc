import PDFDocument from 'pdfkit';
import { formatWib } from '../../../common/competitions.js';
import { latin1 } from '../../pdf/latin1.js';
import type { ReceiptView } from './schemas.js';

/**
 * A printable one-page A4 receipt of a submission (issue #20.6): the same facts as the on-screen
 * receipt and the e-mail — number, title, call, time in WIB and UTC, who submitted, lateness and
 * the SHA-256 of the frozen content — in Indonesian with English beneath. Built-in fonts, no network.
 */
export function receiptPdf(r: ReceiptView): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: latin1(`Tanda terima ${r.number}`), Creator: 'Simpul' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 112;
  doc.font('Helvetica-Bold').fontSize(20).fillColor('#0b3d6b').text('TANDA TERIMA PROPOSAL', { width });
  doc.font('Helvetica').fontSize(11).fillColor('#444').text('Proposal receipt', { width });
  doc.moveDown(1.2);
  const submitted = new Date(r.submittedAt);
  const rows: [string, string][] = [
    ['Nomor proposal / Number', r.number],
    ['Judul / Title', r.title],
    ['Kompetisi / Call', r.competition],
    ['Waktu kirim / Submitted', `${formatWib(submitted)} (${submitted.toISOString()})`],
    ['Dikirim oleh / Submitted by', r.submittedBy ?? '-'],
    ...(r.lateSeconds ? ([['Masa tenggang / Grace period', `${r.lateSeconds} detik setelah batas waktu / seconds after the deadline`]] as [string, string][]) : []),
    ['Sidik isi / Content fingerprint (SHA-256)', r.contentHash],
  ];
  for (const [label, value] of rows) {
    doc.font('Helvetica-Bold').fontSize(10).fillColor('#000').text(latin1(label), { width });
    doc
      .font(label.startsWith('Sidik') ? 'Courier' : 'Helvetica')
      .fontSize(label.startsWith('Sidik') ? 9 : 12)
      .text(latin1(value), { width });
    doc.moveDown(0.6);
  }
  doc.moveDown(1);
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#444')
    .text(
      latin1(
        'Sidik isi dihitung dari isi proposal yang dibekukan saat dikirim; isi yang sama selalu menghasilkan sidik yang sama. / The fingerprint is computed over the content frozen at submission; the same content always gives the same fingerprint.',
      ),
      { width },
    );
  doc.end();
  return done;
}

import PDFDocument from 'pdfkit';
import { latin1 } from '../../pdf/latin1.js';

/**
 * A one-page cooperation agreement (perjanjian kerja sama) between the origin and the adopter
 * of a replication, as the demo attaches it to its cases (built-in fonts, no network). Real
 * agreements are the parties' signed scans; this is a stand-in with the case's own facts.
 */
export interface AgreementFacts {
  number: string;
  date: string;
  sourceTitle: string;
  originName: string;
  adopterName: string;
  hubName: string | null;
}

export function agreementPdf(a: AgreementFacts): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 60, info: { Title: latin1(`Perjanjian Kerja Sama ${a.number}`), Creator: 'Simpul' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 120;
  doc.font('Helvetica-Bold').fontSize(16).text('PERJANJIAN KERJA SAMA', { width, align: 'center' });
  doc.font('Helvetica').fontSize(11).text('Replikasi Inovasi Pelayanan Publik', { width, align: 'center' });
  doc.text(latin1(`Nomor: ${a.number}`), { width, align: 'center' });
  doc.moveDown(1.5);
  doc.text(latin1(`Pada tanggal ${a.date}, yang bertanda tangan di bawah ini:`), { width });
  doc.moveDown(0.5);
  doc.text(latin1(`1. ${a.originName}, selaku PIHAK PERTAMA (instansi asal inovasi);`), { width, indent: 10 });
  doc.text(latin1(`2. ${a.adopterName}, selaku PIHAK KEDUA (instansi pengadopsi);`), { width, indent: 10 });
  doc.moveDown(0.8);
  doc.text(
    latin1(
      `sepakat bekerja sama dalam replikasi inovasi "${a.sourceTitle}": PIHAK PERTAMA berbagi pengetahuan, dokumen dan pengalaman; ` +
        'PIHAK KEDUA mengadaptasi inovasi tersebut sesuai konteks daerahnya, melaksanakan rencana alih pengetahuan dan melaporkan capaiannya.',
    ),
    { width, align: 'justify' },
  );
  if (a.hubName) {
    doc.moveDown(0.5);
    doc.text(latin1(`Pendampingan dilaksanakan melalui ${a.hubName} dalam Jaringan Inovasi Pelayanan Publik (JIPP).`), { width });
  }
  doc.moveDown(2);
  const y = doc.y;
  doc.text('PIHAK PERTAMA', 60, y, { width: width / 2, align: 'center' });
  doc.text('PIHAK KEDUA', 60 + width / 2, y, { width: width / 2, align: 'center' });
  doc.moveDown(3);
  const y2 = doc.y;
  doc.text(latin1(a.originName), 60, y2, { width: width / 2, align: 'center' });
  doc.text(latin1(a.adopterName), 60 + width / 2, y2, { width: width / 2, align: 'center' });
  doc.end();
  return done;
}

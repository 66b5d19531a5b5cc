import PDFDocument from 'pdfkit';
import type { NomineesView } from '../../../common/index-nominees.js';
import { CLUSTER_LABELS, PREDICATE_LABELS, type Predicate } from '../../../common/innovation-index.js';
import { type SheetSpec, workbookBuffer } from '../../exports/xlsx.js';
import { latin1 } from '../../pdf/latin1.js';
import type { RankedResult, ReportCard } from './results-service.js';

/** Downloads: the results table (XLSX), a region's report card (PDF and XLSX) and the award nominees (XLSX). */

const n2 = (v: number) => v.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function resultsWorkbook(year: number, items: readonly RankedResult[]): Promise<Buffer> {
  const sheet: SheetSpec = {
    name: `IID ${year}`,
    columns: [
      { header: 'Peringkat', key: 'rank', width: 10 },
      { header: 'Kode wilayah', key: 'code' },
      { header: 'Wilayah', key: 'name', width: 34 },
      { header: 'Klaster', key: 'clusters', width: 24 },
      { header: 'IID terverifikasi', key: 'iid' },
      { header: 'Predikat', key: 'predicate', width: 28 },
      { header: 'IID klaim', key: 'claimed' },
      { header: 'Selisih klaim - verifikasi', key: 'gap', width: 24 },
      { header: 'Inovasi dilaporkan', key: 'innovations' },
    ],
    rows: items.map((r) => ({
      rank: r.rank,
      code: r.regionCode,
      name: r.regionName,
      clusters: r.clusters.join(', '),
      iid: r.verifiedIid,
      predicate: PREDICATE_LABELS[r.predicate].id,
      claimed: r.claimedIid,
      gap: r.gap,
      innovations: r.innovations,
    })),
  };
  return workbookBuffer([sheet]);
}

export function reportCardWorkbook(card: ReportCard): Promise<Buffer> {
  return workbookBuffer([
    {
      name: `Rapor ${card.regionCode}`,
      columns: [
        { header: 'No.', key: 'no', width: 6 },
        { header: 'Aspek', key: 'aspect', width: 8 },
        { header: 'Indikator', key: 'name', width: 48 },
        { header: `Poin ${card.year}`, key: 'points' },
        { header: `Poin ${card.year - 1}`, key: 'previous' },
        { header: 'Perubahan', key: 'change' },
      ],
      rows: card.indicators.map((i) => ({ no: i.no, aspect: i.aspect.toUpperCase(), name: i.name.id, points: i.points, previous: i.previousPoints, change: i.change })),
    },
  ]);
}

export function reportCardPdf(card: ReportCard): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 40, info: { Title: latin1(`Rapor Indeks Inovasi Daerah ${card.year} - ${card.regionName}`), Author: 'Simpul' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const width = pdf.page.width - 80;
  const r = card.result;
  pdf
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(latin1(`Rapor Indeks Inovasi Daerah ${card.year}`), { width });
  pdf
    .font('Helvetica')
    .fontSize(11)
    .text(latin1(`${card.regionName} (${card.regionCode})`), { width });
  pdf.moveDown(0.4);
  pdf
    .fontSize(10)
    .text(
      latin1(
        `IID terverifikasi ${n2(r.verifiedIid)} - ${PREDICATE_LABELS[r.predicate as Predicate]?.id ?? r.predicate}; klaim daerah ${n2(r.claimedIid)} (selisih ${n2(r.claimedIid - r.verifiedIid)}).`,
      ),
      { width },
    );
  pdf.text(latin1(`SPD ${n2(r.spd)}; SID ${n2(r.sid)} (termasuk skor jumlah inovasi ${n2(r.countScore)}); ${r.innovations} inovasi dilaporkan.`), { width });
  if (card.previous) pdf.text(latin1(`Tahun ${card.previous.year}: IID ${n2(card.previous.verifiedIid)} (perubahan ${n2(r.verifiedIid - card.previous.verifiedIid)}).`), { width });
  if (r.disclaimer) pdf.text(latin1(r.disclaimer === 'no_report' ? 'Disclaimer: daerah tidak melapor.' : 'Disclaimer: laporan tidak berbasis bukti.'), { width });
  pdf.moveDown(0.6);
  const columns = [
    { title: 'No', w: 30 },
    { title: 'Aspek', w: 40 },
    { title: 'Indikator', w: width - 250 },
    { title: `Poin ${card.year}`, w: 60 },
    { title: `Poin ${card.year - 1}`, w: 60 },
    { title: 'Perubahan', w: 60 },
  ];
  const row = (values: string[], bold = false) => {
    if (pdf.y > pdf.page.height - 60) pdf.addPage();
    const y = pdf.y;
    let x = 40;
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    values.forEach((v, i) => {
      pdf.text(latin1(v), x, y, { width: columns[i]!.w - 4, lineBreak: false, ellipsis: true, align: i >= 3 ? 'right' : 'left' });
      x += columns[i]!.w;
    });
    pdf.x = 40;
    pdf.y = y + 13;
  };
  row(
    columns.map((c) => c.title),
    true,
  );
  for (const i of card.indicators)
    row([String(i.no), i.aspect.toUpperCase(), i.name.id, n2(i.points), i.previousPoints === null ? '-' : n2(i.previousPoints), i.change === null ? '-' : n2(i.change)]);
  pdf.moveDown(0.6);
  pdf.font('Helvetica').fontSize(8).text(latin1('Poin SID per indikator dijumlahkan atas semua inovasi yang dilaporkan, sebelum dibagi max(k, n).'), 40, pdf.y, { width });
  pdf.end();
  return done;
}

/** The award nominees of a year, every cluster on one sheet, with what was sent where. */
export function nomineesWorkbook(view: NomineesView): Promise<Buffer> {
  const sheet: SheetSpec = {
    name: `Nominasi ${view.year}`,
    columns: [
      { header: 'Klaster', key: 'cluster', width: 24 },
      { header: 'Peringkat', key: 'rank', width: 10 },
      { header: 'Kode wilayah', key: 'code' },
      { header: 'Wilayah', key: 'name', width: 34 },
      { header: 'IID terverifikasi', key: 'iid' },
      { header: 'Predikat', key: 'predicate', width: 28 },
      { header: 'Seri di batas N', key: 'tied' },
      { header: 'Nomor usulan', key: 'number', width: 18 },
      { header: 'Dikirim ke', key: 'competition', width: 36 },
    ],
    rows: view.clusters.flatMap((c) =>
      c.items.map((r) => ({
        cluster: CLUSTER_LABELS[c.cluster].id,
        rank: r.rank,
        code: r.regionCode,
        name: r.regionName,
        iid: r.verifiedIid,
        predicate: PREDICATE_LABELS[r.predicate].id,
        tied: r.tied ? 'ya' : 'tidak',
        number: r.sent?.proposalNumber ?? '',
        competition: r.sent?.competitionName ?? 'belum dikirim',
      })),
    ),
  };
  return workbookBuffer([sheet]);
}

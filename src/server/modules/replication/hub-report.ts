import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { HubView } from '../../../common/replication-views.js';

/** A hub's annual report: an XLSX workbook (one sheet per part) and a short PDF (built-in fonts). */

function text(value: string | null | undefined): string {
  const v = value ?? '';
  return /^[=+\-@]/.test(v) ? `'${v}` : v;
}

export async function hubReportXlsx(hub: HubView): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Simpul';
  const summary = wb.addWorksheet('Ringkasan');
  summary.columns = [
    { header: 'Butir', key: 'k', width: 32 },
    { header: 'Nilai', key: 'v', width: 60 },
  ];
  const rows: [string, string | number][] = [
    ['Hub', hub.name],
    ['Provinsi', hub.province.name],
    ['Tahun laporan', hub.year],
    ['Tahun penetapan', hub.yearDesignated],
    ['Keputusan', hub.decreeNumber ?? 'belum tercatat'],
    ['Status', hub.status],
    ['Koordinator', hub.coordinators.map((c) => c.name).join(', ')],
    ['Anggota', hub.members.length],
    ['Pendamping aktif', hub.mentors.length],
    ['Kegiatan tercatat', hub.figures.logEntries],
    ['Peserta kegiatan', hub.figures.participants],
    ...Object.entries(hub.figures.byState).map(([state, n]): [string, number] => [`Kasus ${state}`, n]),
  ];
  for (const [k, v] of rows) summary.addRow({ k, v: typeof v === 'string' ? text(v) : v });
  const plan = wb.addWorksheet('Rencana kerja');
  plan.columns = [
    { header: 'Jenis', key: 'kind', width: 16 },
    { header: 'Kegiatan', key: 'title', width: 45 },
    { header: 'Target', key: 'target', width: 10 },
    { header: 'Satuan', key: 'unit', width: 14 },
    { header: 'Tercapai', key: 'achieved', width: 10 },
  ];
  for (const a of hub.activities) plan.addRow({ kind: a.kind, title: text(a.title), target: a.targetCount, unit: text(a.targetUnit), achieved: a.achieved });
  const log = wb.addWorksheet('Log kegiatan');
  log.columns = [
    { header: 'Tanggal', key: 'date', width: 12 },
    { header: 'Jenis', key: 'kind', width: 16 },
    { header: 'Peserta', key: 'participants', width: 10 },
    { header: 'Catatan', key: 'notes', width: 60 },
  ];
  for (const l of hub.log) log.addRow({ date: l.heldOn, kind: l.kind, participants: l.participants, notes: text(l.notes) });
  const reps = wb.addWorksheet('Replikasi');
  reps.columns = [
    { header: 'Inovasi sumber', key: 'source', width: 45 },
    { header: 'Pengadopsi', key: 'adopter', width: 35 },
    { header: 'Hasil', key: 'outcome', width: 12 },
    { header: 'Selesai', key: 'closed', width: 12 },
  ];
  for (const r of hub.replications) reps.addRow({ source: text(r.sourceTitle), adopter: text(r.adopter.name), outcome: r.outcome ?? '', closed: r.closedAt?.slice(0, 10) ?? '' });
  const members = wb.addWorksheet('Anggota');
  members.columns = [
    { header: 'Anggota', key: 'name', width: 50 },
    { header: 'Jenis', key: 'kind', width: 16 },
  ];
  for (const m of hub.members) members.addRow({ name: text(m.agency.name), kind: m.kind });
  for (const sheet of wb.worksheets) sheet.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const REPLACEMENTS: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-', '—': '-', '…': '...', '→': '->' };
function latin1(value: string): string {
  return [...value.normalize('NFC')].map((ch) => REPLACEMENTS[ch] ?? ((ch.codePointAt(0) ?? 0) <= 0xff ? ch : '?')).join('');
}

export function hubReportPdf(hub: HubView): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: latin1(`Laporan tahunan ${hub.name} ${hub.year}`), Creator: 'Simpul' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const heading = (s: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(latin1(s)).moveDown(0.3).font('Helvetica').fontSize(10);
  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .text(latin1(`Laporan Tahunan ${hub.name} ${hub.year}`));
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(latin1(`Keputusan: ${hub.decreeNumber ?? 'belum tercatat'} · ditetapkan ${hub.yearDesignated} · status ${hub.status}`));
  doc.text(latin1(`Koordinator: ${hub.coordinators.map((c) => c.name).join(', ') || '-'}`));
  heading('Angka');
  doc.text(latin1(`Anggota ${hub.members.length} · pendamping aktif ${hub.mentors.length} · kegiatan ${hub.figures.logEntries} (${hub.figures.participants} peserta)`));
  doc.text(
    latin1(
      `Kasus replikasi: ${
        Object.entries(hub.figures.byState)
          .map(([s, n]) => `${s} ${n}`)
          .join(', ') || '-'
      }`,
    ),
  );
  heading(`Rencana kerja ${hub.year}`);
  for (const a of hub.activities) doc.text(latin1(`• ${a.title} (${a.kind}): target ${a.targetCount} ${a.targetUnit}, tercapai ${a.achieved}`));
  if (hub.activities.length === 0) doc.text('-');
  heading('Log kegiatan');
  for (const l of hub.log.slice(0, 60)) doc.text(latin1(`• ${l.heldOn} ${l.kind}, ${l.participants} peserta${l.notes ? `: ${l.notes}` : ''}`));
  if (hub.log.length === 0) doc.text('-');
  heading('Replikasi selesai');
  for (const r of hub.replications.slice(0, 60)) doc.text(latin1(`• ${r.sourceTitle} -> ${r.adopter.name} (${r.outcome ?? ''})`));
  if (hub.replications.length === 0) doc.text('-');
  doc.end();
  return done;
}

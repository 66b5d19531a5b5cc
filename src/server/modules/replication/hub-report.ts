import PDFDocument from 'pdfkit';
import type { HubView } from '../../../common/replication-views.js';
import { workbookBuffer } from '../../exports/xlsx.js';
import { latin1 } from '../../pdf/latin1.js';

/** A hub's annual report: an XLSX workbook (one sheet per part) and a short PDF (built-in fonts). */

export function hubReportXlsx(hub: HubView): Promise<Buffer> {
  const summary: [string, string | number][] = [
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
  return workbookBuffer([
    {
      name: 'Ringkasan',
      columns: [
        { header: 'Butir', key: 'k', width: 32 },
        { header: 'Nilai', key: 'v', width: 60 },
      ],
      rows: summary.map(([k, v]) => ({ k, v })),
    },
    {
      name: 'Rencana kerja',
      columns: [
        { header: 'Jenis', key: 'kind', width: 16 },
        { header: 'Kegiatan', key: 'title', width: 45 },
        { header: 'Target', key: 'target', width: 10 },
        { header: 'Satuan', key: 'unit', width: 14 },
        { header: 'Tercapai', key: 'achieved', width: 10 },
      ],
      rows: hub.activities.map((a) => ({ kind: a.kind, title: a.title, target: a.targetCount, unit: a.targetUnit, achieved: a.achieved })),
    },
    {
      name: 'Log kegiatan',
      columns: [
        { header: 'Tanggal', key: 'date', width: 12 },
        { header: 'Jenis', key: 'kind', width: 16 },
        { header: 'Peserta', key: 'participants', width: 10 },
        { header: 'Catatan', key: 'notes', width: 60 },
      ],
      rows: hub.log.map((l) => ({ date: l.heldOn, kind: l.kind, participants: l.participants, notes: l.notes })),
    },
    {
      name: 'Replikasi',
      columns: [
        { header: 'Inovasi sumber', key: 'source', width: 45 },
        { header: 'Pengadopsi', key: 'adopter', width: 35 },
        { header: 'Hasil', key: 'outcome', width: 12 },
        { header: 'Selesai', key: 'closed', width: 12 },
      ],
      rows: hub.replications.map((r) => ({ source: r.sourceTitle, adopter: r.adopter.name, outcome: r.outcome ?? '', closed: r.closedAt?.slice(0, 10) ?? '' })),
    },
    {
      name: 'Anggota',
      columns: [
        { header: 'Anggota', key: 'name', width: 50 },
        { header: 'Jenis', key: 'kind', width: 16 },
      ],
      rows: hub.members.map((m) => ({ name: m.agency.name, kind: m.kind })),
    },
  ]);
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

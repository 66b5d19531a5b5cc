import ExcelJS from 'exceljs';
import { neutralizeCell } from '../../exports/csv.js';
import type { getRoundResults } from './results-service.js';
import type { getSelection } from './selection-service.js';

/**
 * The ministry's workbook: one sheet with the round's results side by side (every aggregate, the
 * rank and its deciding tie-break), one with the evaluators' profiles, one per selection.
 * Text cells that start like a formula are prefixed so a spreadsheet never executes them.
 */
function text(value: string | null | undefined): string {
  return neutralizeCell(value ?? '');
}

export async function resultsWorkbook(results: Awaited<ReturnType<typeof getRoundResults>>, selections: Awaited<ReturnType<typeof getSelection>>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Simpul';
  const sheet = wb.addWorksheet('Hasil');
  sheet.columns = [
    { header: 'Peringkat', key: 'rank', width: 10 },
    { header: 'Nomor', key: 'number', width: 20 },
    { header: 'Judul', key: 'title', width: 50 },
    { header: 'Instansi', key: 'agency', width: 35 },
    { header: 'Wilayah', key: 'region', width: 25 },
    { header: 'Jumlah penilai', key: 'count', width: 10 },
    { header: 'Rata-rata', key: 'mean', width: 10 },
    { header: 'Median', key: 'median', width: 10 },
    { header: 'Ternormalisasi', key: 'normalised', width: 14 },
    { header: `Skor (${results.basis})`, key: 'score', width: 12 },
    { header: 'Selisih besar', key: 'disagreement', width: 12 },
    { header: 'Penentu urutan', key: 'decidedBy', width: 16 },
  ];
  for (const r of results.items) {
    sheet.addRow({
      rank: r.rank,
      number: text(r.proposalNumber),
      title: text(r.title),
      agency: text(r.agencyName),
      region: text(r.regionName),
      count: r.count,
      mean: Number(r.mean.toFixed(3)),
      median: Number(r.median.toFixed(3)),
      normalised: Number(r.normalised.toFixed(3)),
      score: Number(r.score.toFixed(3)),
      disagreement: r.disagreement ? 'ya' : 'tidak',
      decidedBy: r.decidedBy ?? '',
    });
  }
  sheet.getRow(1).font = { bold: true };
  const evaluators = wb.addWorksheet('Penilai');
  evaluators.columns = [
    { header: 'Penilai', key: 'name', width: 30 },
    { header: 'Jumlah nilai', key: 'count', width: 12 },
    { header: 'Rata-rata', key: 'mean', width: 12 },
    { header: 'Simpangan baku', key: 'sd', width: 14 },
    { header: 'Kelonggaran (+) / ketat (-)', key: 'leniency', width: 24 },
  ];
  for (const e of results.evaluators) {
    evaluators.addRow({ name: text(e.name), count: e.count, mean: Number(e.mean.toFixed(3)), sd: Number(e.stdDev.toFixed(3)), leniency: Number(e.leniency.toFixed(3)) });
  }
  evaluators.getRow(1).font = { bold: true };
  for (const s of selections) {
    const ws = wb.addWorksheet(text(s.name).slice(0, 31) || 'Seleksi');
    ws.columns = [
      { header: 'Peringkat', key: 'rank', width: 10 },
      { header: 'Nomor', key: 'number', width: 20 },
      { header: 'Judul', key: 'title', width: 50 },
      { header: 'Terpilih', key: 'selected', width: 10 },
      { header: 'Alasan sistem', key: 'reason', width: 18 },
      { header: 'Pertimbangan panel', key: 'rationale', width: 50 },
    ];
    for (const d of s.decisions) {
      ws.addRow({
        rank: d.rank,
        number: text(d.proposalNumber),
        title: text(d.title),
        selected: d.selected ? 'ya' : 'tidak',
        reason: d.computedReason,
        rationale: text(d.rationale),
      });
    }
    ws.getRow(1).font = { bold: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

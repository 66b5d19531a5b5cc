import { workbookBuffer } from '../../exports/xlsx.js';
import type { getRoundResults } from './results-service.js';
import type { getSelection } from './selection-service.js';

/**
 * The ministry's workbook: one sheet with the round's results side by side (every aggregate, the
 * rank and its deciding tie-break), one with the evaluators' profiles, one per selection. Written
 * by the one workbook writer (exports/xlsx.ts), which keeps text that starts like a formula text.
 */
const three = (n: number) => Number(n.toFixed(3));

export function resultsWorkbook(results: Awaited<ReturnType<typeof getRoundResults>>, selections: Awaited<ReturnType<typeof getSelection>>[]): Promise<Buffer> {
  return workbookBuffer([
    {
      name: 'Hasil',
      columns: [
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
      ],
      rows: results.items.map((r) => ({
        rank: r.rank,
        number: r.proposalNumber,
        title: r.title,
        agency: r.agencyName,
        region: r.regionName,
        count: r.count,
        mean: three(r.mean),
        median: three(r.median),
        normalised: three(r.normalised),
        score: three(r.score),
        disagreement: r.disagreement ? 'ya' : 'tidak',
        decidedBy: r.decidedBy ?? '',
      })),
    },
    {
      name: 'Penilai',
      columns: [
        { header: 'Penilai', key: 'name', width: 30 },
        { header: 'Jumlah nilai', key: 'count', width: 12 },
        { header: 'Rata-rata', key: 'mean', width: 12 },
        { header: 'Simpangan baku', key: 'sd', width: 14 },
        { header: 'Kelonggaran (+) / ketat (-)', key: 'leniency', width: 24 },
      ],
      rows: results.evaluators.map((e) => ({ name: e.name, count: e.count, mean: three(e.mean), sd: three(e.stdDev), leniency: three(e.leniency) })),
    },
    ...selections.map((s) => ({
      name: s.name || 'Seleksi',
      columns: [
        { header: 'Peringkat', key: 'rank', width: 10 },
        { header: 'Nomor', key: 'number', width: 20 },
        { header: 'Judul', key: 'title', width: 50 },
        { header: 'Terpilih', key: 'selected', width: 10 },
        { header: 'Alasan sistem', key: 'reason', width: 18 },
        { header: 'Pertimbangan panel', key: 'rationale', width: 50 },
      ],
      rows: s.decisions.map((d) => ({
        rank: d.rank,
        number: d.proposalNumber,
        title: d.title,
        selected: d.selected ? 'ya' : 'tidak',
        reason: d.computedReason,
        rationale: d.rationale,
      })),
    })),
  ]);
}

import { workbookBuffer } from '../../exports/xlsx.js';
import type { CaseSummary } from './cases-schemas.js';

/** The M&E list as a workbook: one row per case with its flags. */
export async function casesWorkbook(cases: readonly CaseSummary[]): Promise<Buffer> {
  const columns = [
    { header: 'Inovasi sumber', key: 'source', width: 45 },
    { header: 'Instansi asal', key: 'origin', width: 35 },
    { header: 'Instansi pengadopsi', key: 'adopter', width: 35 },
    { header: 'Provinsi pengadopsi', key: 'province', width: 12 },
    { header: 'Hub', key: 'hub', width: 28 },
    { header: 'Pendamping', key: 'mentor', width: 28 },
    { header: 'Status', key: 'state', width: 16 },
    { header: 'Hasil', key: 'outcome', width: 12 },
    { header: 'Diminta', key: 'requested', width: 12 },
    { header: 'Log terakhir', key: 'lastLog', width: 12 },
    { header: 'Tonggak berikutnya', key: 'nextDue', width: 14 },
    { header: 'Tonggak terlambat', key: 'overdue', width: 10 },
    { header: 'Senyap (60 hari)', key: 'silent', width: 10 },
  ];
  const rows = cases.map((c) => ({
    source: c.source.title,
    origin: c.origin.name,
    adopter: c.adopter.name,
    province: c.adopter.provinceCode ?? '',
    hub: c.hub?.name,
    mentor: c.mentor?.name,
    state: c.state,
    outcome: c.outcome ?? '',
    requested: c.requestedAt.slice(0, 10),
    lastLog: c.lastLogOn ?? '',
    nextDue: c.nextDueOn ?? '',
    overdue: c.overdueMilestones,
    silent: c.silent ? 'ya' : '',
  }));
  return workbookBuffer([{ name: 'Replikasi', columns, rows }]);
}

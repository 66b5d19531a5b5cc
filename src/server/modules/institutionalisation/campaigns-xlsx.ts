import type { CampaignAgencyTally, CampaignTally, CampaignView } from '../../../common/institutionalisation.js';
import { workbookBuffer } from '../../exports/xlsx.js';

/** The answer columns every sheet of the progress workbook ends with. */
const tallyColumns = [
  { header: 'Ditanyakan', key: 'asked', width: 12 },
  { header: 'Terkonfirmasi', key: 'updated', width: 14 },
  { header: 'Berlanjut', key: 'continuing', width: 11 },
  { header: 'Dikembangkan', key: 'developed', width: 14 },
  { header: 'Berhenti', key: 'stopped', width: 10 },
  { header: 'Belum menjawab', key: 'silent', width: 15 },
];
const tallyCells = (t: CampaignTally) => ({ ...t, updated: t.continuing + t.developed + t.stopped });

/** A campaign's progress as a workbook: every agency on one sheet, every province on another (issue #16 item 3). */
export async function campaignProgressWorkbook(p: {
  campaign: CampaignView;
  byProvince: readonly (CampaignTally & { code: string; name: string })[];
  byAgency: readonly CampaignAgencyTally[];
}): Promise<Buffer> {
  const { campaign } = p;
  return workbookBuffer([
    {
      name: 'Per instansi',
      columns: [{ header: 'Instansi', key: 'name', width: 45 }, ...tallyColumns],
      rows: p.byAgency.map((a) => ({ name: a.name, ...tallyCells(a) })),
      freezeHeader: true,
    },
    {
      name: 'Per provinsi',
      columns: [{ header: 'Kode', key: 'code', width: 8 }, { header: 'Provinsi', key: 'name', width: 30 }, ...tallyColumns],
      rows: [...p.byProvince.map((r) => ({ code: r.code, name: r.name, ...tallyCells(r) })), { code: '', name: 'Nasional', ...tallyCells(campaign.result) }],
      freezeHeader: true,
    },
  ]);
}

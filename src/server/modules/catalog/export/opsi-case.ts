import type { InnovationView } from '../schemas.js';

/**
 * An innovation arranged in the sections a case library such as the OECD OPSI one expects, with
 * English headings and labels. Narrative text is reproduced as the agency wrote it (usually in
 * Bahasa Indonesia): the platform does not machine-translate, and says so on the page.
 */
export interface OpsiSection {
  heading: string;
  paragraphs: { label?: string; text: string }[];
}

export interface OpsiCase {
  title: string;
  subtitle: string;
  sections: OpsiSection[];
  note: string;
}

const AGENCY_TYPE_EN: Record<string, string> = {
  kementerian: 'Central government ministry',
  lembaga: 'Central government agency',
  provinsi: 'Provincial government',
  kabupaten: 'Regency government',
  kota: 'City government',
  bumn: 'State-owned enterprise',
  bumd: 'Region-owned enterprise',
  perguruan_tinggi: 'University',
  swasta: 'Private organisation',
  komunitas: 'Community organisation',
};
const BUDGET_EN: Record<string, string> = {
  apbn: 'State budget (APBN)',
  apbd: 'Regional budget (APBD)',
  apbdes: 'Village budget (APBDes)',
  bumn_bumd: 'State/region-owned enterprise funds',
  csr: 'Corporate social responsibility (CSR)',
  swadaya: 'Community self-funding',
  hibah: 'Grant',
  lainnya: 'Other',
};
const FORM_EN: Record<string, string> = { governance: 'governance', public_service: 'public service', other: 'other' };
const AWARD_EN: Record<string, string> = {
  top_5: 'Top 5 Outstanding Achievement',
  top_45: 'Top 45',
  top_99: 'Top 99',
  special: 'Special award',
  international: 'International award',
  regional: 'Regional award',
};
export const SDG_NAMES_EN = [
  'No poverty',
  'Zero hunger',
  'Good health and well-being',
  'Quality education',
  'Gender equality',
  'Clean water and sanitation',
  'Affordable and clean energy',
  'Decent work and economic growth',
  'Industry, innovation and infrastructure',
  'Reduced inequalities',
  'Sustainable cities and communities',
  'Responsible consumption and production',
  'Climate action',
  'Life below water',
  'Life on land',
  'Peace, justice and strong institutions',
  'Partnerships for the goals',
] as const;

const number = (n: number) => n.toLocaleString('en-US');

function indicatorLines(view: InnovationView): string[] {
  const lines: string[] = [];
  if (view.beneficiaries !== null) lines.push(`Beneficiaries: ${number(view.beneficiaries)}`);
  if (view.timeSavedDays !== null) lines.push(`Service time saved: ${number(view.timeSavedDays)} days`);
  if (view.costSavedIdr !== null) lines.push(`Cost saved: IDR ${number(view.costSavedIdr)} per year`);
  for (const i of view.indicators) {
    const unit = i.unit ? ` ${i.unit}` : '';
    lines.push(`${i.label}: ${i.before === null ? 'n/a' : number(i.before) + unit} before, ${i.after === null ? 'n/a' : number(i.after) + unit} after`);
  }
  return lines;
}

export function opsiCase(view: InnovationView, catalogUrl: string): OpsiCase {
  const started = view.startDate.slice(0, 4);
  const status =
    view.status === 'running'
      ? `Running since ${started} (status last confirmed ${view.statusConfirmedAt.slice(0, 10)}).`
      : `Stopped. Reason given: ${view.stoppedReason ?? 'not stated'} (status last confirmed ${view.statusConfirmedAt.slice(0, 10)}).`;
  const awards = view.awards.map((a) => `${AWARD_EN[a.level] ?? a.level} ${a.year}: ${a.label}`);
  const replications = view.replications.map((r) => `${r.adopterAgency.name}${r.regionName ? ` (${r.regionName})` : ''}${r.startedOn ? `, since ${r.startedOn.slice(0, 4)}` : ''}`);
  const indicators = indicatorLines(view);
  const links = [view.websiteUrl && `Website: ${view.websiteUrl}`, view.videoUrl && `Video: ${view.videoUrl}`, `Catalog record: ${catalogUrl}`].filter((l): l is string => !!l);

  return {
    title: view.title,
    subtitle: `${view.agency.name} · ${view.region.name}, ${view.region.provinceName}, Indonesia · started ${started}`,
    sections: [
      { heading: 'Summary', paragraphs: [{ text: view.summary }] },
      { heading: 'Problem', paragraphs: [{ text: view.problem || 'Not described.' }] },
      {
        heading: 'Innovation',
        paragraphs: [
          { label: 'What is new', text: view.approach || 'Not described.' },
          { label: 'Implementation', text: view.implementationSteps || 'Not described.' },
          {
            label: 'Type',
            text: `${view.digital ? 'Digital' : 'Non-digital'} ${FORM_EN[view.form] ?? view.form} innovation; category: ${view.category.nameEn}; SDGs: ${view.sdgs.map((s) => `${s} ${SDG_NAMES_EN[s - 1]}`).join('; ')}.`,
          },
        ],
      },
      {
        heading: 'Results',
        paragraphs: [{ text: view.results || 'Not described.' }, ...(indicators.length ? [{ label: 'Indicators', text: indicators.join('. ') }] : [])],
      },
      {
        heading: 'Public sector involvement',
        paragraphs: [
          { label: 'Organisation', text: `${view.agency.name} (${AGENCY_TYPE_EN[view.agency.type] ?? view.agency.type})${view.unitName ? `, unit: ${view.unitName}` : ''}.` },
          ...(view.stakeholders ? [{ label: 'Stakeholders', text: view.stakeholders }] : []),
          ...(view.resources || view.budgetSource
            ? [{ label: 'Resources', text: [view.resources, view.budgetSource ? `Budget source: ${BUDGET_EN[view.budgetSource]}.` : ''].filter(Boolean).join(' ') }]
            : []),
        ],
      },
      {
        heading: 'Status',
        paragraphs: [
          { text: status },
          ...(awards.length ? [{ label: 'Awards', text: awards.join('; ') }] : []),
          ...(replications.length ? [{ label: 'Replicated by', text: replications.join('; ') }] : []),
          ...(view.sustainability ? [{ label: 'Sustainability', text: view.sustainability }] : []),
        ],
      },
      { heading: 'Links', paragraphs: links.map((text) => ({ text })) },
    ],
    note: 'Headings and facts are in English; narrative text is reproduced as written by the agency (usually Bahasa Indonesia). Source: Simpul, the public service innovation catalog of Indonesia (Kementerian PANRB).',
  };
}

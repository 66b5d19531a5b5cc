import { STATUS_CONFIRMATION_MONTHS } from '../../../common/catalog.js';
import { NARRATIVE_SECTIONS } from '../../../common/historical-import.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { canSeeInternals, permissionsFor } from './policy.js';
import type { ProfileSnapshot } from './profile-fields.js';
import type { listDocuments } from './documents-repository.js';
import type { InnovationRecord, listAwards, listReplications } from './repository.js';
import type { InnovationView } from './schemas.js';

export function wholeYearsSince(isoDate: string, today = new Date()): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  let years = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) years--;
  return Math.max(0, years);
}

export function isStatusStale(status: string, confirmedAt: Date, now = new Date()): boolean {
  if (status !== 'running') return false;
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - STATUS_CONFIRMATION_MONTHS);
  return confirmedAt < limit;
}

export function snapshotOf(record: InnovationRecord, documents: string[]): ProfileSnapshot {
  return {
    title: record.title,
    summary: record.summary,
    unitName: record.unitName,
    regionCode: record.regionCode,
    problem: record.problem,
    approach: record.approach,
    implementationSteps: record.implementationSteps,
    results: record.results,
    stakeholders: record.stakeholders,
    resources: record.resources,
    budgetSource: record.budgetSource,
    sustainability: record.sustainability,
    replicationPotential: record.replicationPotential,
    beneficiaries: record.beneficiaries,
    costSavedIdr: record.costSavedIdr,
    timeSavedDays: record.timeSavedDays,
    indicators: record.indicators,
    websiteUrl: record.websiteUrl,
    videoUrl: record.videoUrl,
    startDate: record.startDate,
    digital: record.digital,
    governmentAffair: record.governmentAffair,
    initiator: record.initiator,
    form: record.form,
    categoryId: record.categoryId,
    sdgs: record.sdgs,
    status: record.status,
    stoppedReason: record.stoppedReason,
    workflowState: record.workflowState,
    documents,
  };
}

type Awards = Awaited<ReturnType<typeof listAwards>>;
type Replications = Awaited<ReturnType<typeof listReplications>>;
type Documents = Awaited<ReturnType<typeof listDocuments>>;

export function toInnovationView(record: InnovationRecord, extras: { awards: Awards; replications: Replications; documents: Documents }, user: AuthUser | null): InnovationView {
  const facts = { agencyId: record.agencyId, workflowState: record.workflowState, publishedAt: record.publishedAt };
  const internal = canSeeInternals(user, facts);
  return {
    id: record.id,
    title: record.title,
    summary: record.summary,
    unitName: record.unitName,
    agency: { id: record.agencyId, name: record.agencyName, type: record.agencyType },
    region: { code: record.regionCode, name: record.regionName, provinceCode: record.provinceCode, provinceName: record.provinceName },
    problem: record.problem,
    approach: record.approach,
    implementationSteps: record.implementationSteps,
    results: record.results,
    stakeholders: record.stakeholders,
    resources: record.resources,
    budgetSource: record.budgetSource as InnovationView['budgetSource'],
    sustainability: record.sustainability,
    replicationPotential: record.replicationPotential,
    beneficiaries: record.beneficiaries,
    costSavedIdr: record.costSavedIdr,
    timeSavedDays: record.timeSavedDays,
    indicators: record.indicators,
    websiteUrl: record.websiteUrl,
    videoUrl: record.videoUrl,
    startDate: record.startDate,
    ageYears: wholeYearsSince(record.startDate),
    digital: record.digital,
    governmentAffair: record.governmentAffair ?? null,
    initiator: record.initiator ?? null,
    form: record.form as InnovationView['form'],
    category: record.category,
    sdgs: record.sdgs,
    status: record.status as InnovationView['status'],
    stoppedReason: record.stoppedReason,
    statusConfirmedAt: record.statusConfirmedAt.toISOString(),
    statusStale: isStatusStale(record.status, record.statusConfirmedAt),
    workflowState: record.workflowState,
    reviewNote: internal ? record.reviewNote : null,
    submittedAt: internal ? (record.submittedAt?.toISOString() ?? null) : null,
    publishedAt: record.publishedAt?.toISOString() ?? null,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    version: record.version,
    awards: extras.awards.map((a) => ({ id: a.id, level: a.level, year: a.year, label: a.label })),
    replications: extras.replications.map((r) => ({
      id: r.id,
      adopterAgency: { id: r.agency_id, name: r.agency_name },
      regionCode: r.region_code,
      regionName: r.region_name,
      startedOn: r.started_on,
      replicaInnovationId: r.replica_innovation_id,
    })),
    documents: extras.documents.map((d) => ({ id: d.id, filename: d.filename, contentType: d.content_type, sizeBytes: d.size_bytes, uploadedAt: d.uploaded_at.toISOString() })),
    historical: record.importedAt
      ? {
          importedAt: record.importedAt.toISOString(),
          sourceUrl: record.sourceUrl,
          startPrecision: record.startPrecision,
          missingSections: NARRATIVE_SECTIONS.filter((section) => record[section].trim() === ''),
        }
      : null,
    can: permissionsFor(user, facts),
  };
}

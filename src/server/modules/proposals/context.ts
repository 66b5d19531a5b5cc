import type { Kysely } from 'kysely';
import type { Actor } from '../../audit/audit-log.js';
import type { AuthUser } from '../../auth/auth-user.js';
import type { Database } from '../../db/schema.js';
import { AppError, errors } from '../../http/errors.js';
import { findAgency } from '../agencies/service.js';
import { getInnovation } from '../catalog/innovation-service.js';
import { type CompetitionRecord, loadCompetitionConfig, windowOf } from '../competitions/service.js';
import { registrationPhase } from '../competitions/phase.js';
import type { Applicant, EligibilityFacts, InnovationFacts } from './eligibility.js';
import { entersAsCitizen } from './policy.js';
import { confirmedReplicationsOf } from '../catalog/replications-service.js';
import type { GroupView } from '../competitions/schemas.js';

/** What every proposal service call carries. `now` is when the request arrived: deadlines are judged on it. */
export interface ProposalsContext {
  db: Kysely<Database>;
  actor: Actor;
  user: AuthUser;
  now: Date;
  publicUrl: string;
}

export const PROPOSAL = { id: 'Proposal', en: 'Proposal' };
const COMPETITION = { id: 'Kompetisi', en: 'Competition' };

/** The call's configuration; a draft call does not exist for participants. */
export async function competitionFor(ctx: ProposalsContext, id: string): Promise<CompetitionRecord> {
  const record = await loadCompetitionConfig(ctx.db, id);
  if (!record || record.row.status === 'draft') throw errors.notFound(COMPETITION);
  return record;
}

export function phaseOf(record: CompetitionRecord, now: Date) {
  return registrationPhase(windowOf(record), now);
}

/** Who is entering: the caller's agency (with its type), or the citizen themself. */
export async function applicantOf(ctx: ProposalsContext): Promise<Applicant> {
  if (entersAsCitizen(ctx.user)) return { kind: 'citizen', userId: ctx.user.id, participantType: 'citizen' };
  if (!ctx.user.agencyId) throw errors.forbidden();
  const agency = await findAgency(ctx.db, ctx.user.agencyId);
  if (!agency || !agency.active) throw errors.forbidden();
  return { kind: 'agency', agencyId: agency.id, participantType: agency.type };
}

/** Eligibility facts of a catalog innovation, read through the catalog's service (its visibility rules apply). */
export async function innovationFacts(ctx: ProposalsContext, id: string): Promise<InnovationFacts> {
  try {
    const view = await getInnovation({ db: ctx.db, actor: ctx.actor, user: ctx.user }, id);
    return {
      id: view.id,
      agencyId: view.agency.id,
      title: view.title,
      startDate: view.startDate,
      status: view.status,
      awards: view.awards.map((a) => ({ level: a.level, year: a.year })),
    };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) {
      throw errors.notFound({ id: 'Inovasi', en: 'Innovation' });
    }
    throw error;
  }
}

/**
 * For a group that requires a replication (the KIPP "replikasi" group): the catalog's confirmed
 * replications whose replica is this innovation, with their sources' awards; null when there is
 * none or the group does not ask. Read through the catalog's read model.
 */
export async function replicationFacts(ctx: ProposalsContext, group: GroupView, innovation: InnovationFacts | null): Promise<EligibilityFacts['replication']> {
  if (!group.requiresReplication || !innovation || innovation.id === 'new') return null;
  const confirmed = (await confirmedReplicationsOf(ctx.db, innovation.agencyId)).filter((r) => r.replicaInnovationId === innovation.id);
  return confirmed.length > 0 ? { sourceAwards: confirmed.flatMap((r) => r.sourceAwards) } : null;
}

export function deadlinePassed(): AppError {
  return errors.conflict('DEADLINE_PASSED', {
    id: 'Batas waktu pengiriman sudah lewat; proposal tidak dapat dikirim atau diubah lagi.',
    en: 'The submission deadline has passed; the proposal can no longer be submitted or changed.',
  });
}

export function registrationNotOpen(phase: string): AppError {
  return errors.conflict('REGISTRATION_NOT_OPEN', {
    id: phase === 'upcoming' ? 'Pendaftaran kompetisi ini belum dibuka.' : 'Pendaftaran kompetisi ini sudah ditutup.',
    en: phase === 'upcoming' ? 'Registration for this competition has not opened yet.' : 'Registration for this competition is closed.',
  });
}

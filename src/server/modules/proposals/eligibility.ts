import { TIME_ZONES } from '../../../common/competitions.js';
import { AppError } from '../../http/errors.js';
import type { GroupView } from '../competitions/schemas.js';

/**
 * The eligibility rules of a call, checked when drafting starts and again at submission
 * (DOMAIN.md: minimum age, never a top winner before, caps per agency). Pure functions over
 * facts the service gathers, so each rule is easy to test and to read.
 */
export type Applicant = { kind: 'agency'; agencyId: string; participantType: string } | { kind: 'citizen'; userId: string; participantType: 'citizen' };

export interface InnovationFacts {
  id: string;
  agencyId: string;
  title: string;
  /** `YYYY-MM-DD`. */
  startDate: string;
  status: 'running' | 'stopped';
  awards: { level: string; year: number }[];
}

export interface EligibilityFacts {
  competitionName: string;
  participantTypes: readonly string[];
  group: GroupView;
  applicant: Applicant;
  innovation: InnovationFacts | null;
  /**
   * For a group that requires a replication: the catalog's confirmed replication whose replica is
   * this innovation, with the source's awards (null: none). Gathered by `replicationFacts`.
   */
  replication?: { sourceAwards: { level: string; year: number }[] } | null;
  now: Date;
}

function replicationRequired(group: GroupView, title: string | null): AppError {
  const what = title
    ? { id: `inovasi '${title}' belum tercatat`, en: `'${title}' is not recorded` }
    : { id: 'inovasi baru belum tercatat', en: 'a new innovation is not recorded' };
  return new AppError(422, 'REPLICATION_REQUIRED', {
    id: `Kelompok ${group.name} hanya untuk inovasi hasil replikasi yang terkonfirmasi: ${what.id} di katalog sebagai replikasi yang dikonfirmasi instansi asalnya. Selesaikan replikasi melalui menu Replikasi, atau pilih kelompok lain.`,
    en: `Group ${group.name} only accepts confirmed replications: ${what.en} in the catalog as a replication confirmed by its origin agency. Complete the replication under Replications, or choose another group.`,
  });
}

/** Whole months from the start date to `now`, counted on the WIB calendar. */
export function innovationAgeMonths(startDate: string, now: Date): number {
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  const local = new Date(now.getTime() + TIME_ZONES.WIB.offsetHours * 3_600_000);
  let months = (local.getUTCFullYear() - y) * 12 + (local.getUTCMonth() + 1 - m);
  if (local.getUTCDate() < d) months -= 1;
  return months;
}

export function participantTypeAllowed(participantTypes: readonly string[], type: string): boolean {
  return participantTypes.includes(type);
}

export function notAllowedParticipant(competitionName: string, type: string): AppError {
  return new AppError(403, 'PARTICIPANT_TYPE_NOT_ALLOWED', {
    id: `${competitionName} tidak terbuka untuk peserta jenis '${type}'.`,
    en: `${competitionName} is not open to participants of type '${type}'.`,
  });
}

/** The first rule the facts break, or null when the applicant may enter this group with this innovation. */
export function eligibilityProblem(f: EligibilityFacts): AppError | null {
  const type = f.applicant.participantType;
  if (!participantTypeAllowed(f.participantTypes, type)) return notAllowedParticipant(f.competitionName, type);
  if (f.group.participantTypes.length > 0 && !f.group.participantTypes.includes(type)) {
    return new AppError(422, 'GROUP_NOT_FOR_PARTICIPANT', {
      id: `Kelompok ${f.group.name} hanya untuk peserta jenis: ${f.group.participantTypes.join(', ')}.`,
      en: `Group ${f.group.name} is only for participants of type: ${f.group.participantTypes.join(', ')}.`,
    });
  }
  const innovation = f.innovation;
  if (!innovation) {
    if (f.group.requiresReplication) return replicationRequired(f.group, null);
    // Without a registered innovation there is no start date to prove the minimum age.
    if (f.group.minInnovationAgeMonths > 0) {
      return new AppError(422, 'INNOVATION_REQUIRED', {
        id: `Kelompok ${f.group.name} mensyaratkan inovasi terdaftar berusia minimal ${f.group.minInnovationAgeMonths} bulan.`,
        en: `Group ${f.group.name} requires a registered innovation at least ${f.group.minInnovationAgeMonths} months old.`,
      });
    }
    return null;
  }
  if (f.applicant.kind !== 'agency' || innovation.agencyId !== f.applicant.agencyId) {
    return new AppError(403, 'INNOVATION_OF_OTHER_AGENCY', {
      id: `Inovasi '${innovation.title}' bukan milik instansi Anda; proposal hanya dapat dibuat untuk inovasi instansi sendiri.`,
      en: `The innovation '${innovation.title}' belongs to another agency; a proposal can only be made for your own agency's innovation.`,
    });
  }
  if (innovation.status !== 'running') {
    return new AppError(422, 'INNOVATION_STOPPED', {
      id: `Inovasi '${innovation.title}' berstatus berhenti; hanya inovasi yang masih berjalan yang dapat diikutkan.`,
      en: `The innovation '${innovation.title}' has stopped; only running innovations can enter.`,
    });
  }
  const age = innovationAgeMonths(innovation.startDate, f.now);
  if (age < f.group.minInnovationAgeMonths) {
    return new AppError(422, 'INNOVATION_TOO_YOUNG', {
      id: `Usia inovasi ${Math.max(age, 0)} bulan (mulai ${innovation.startDate}); kelompok ${f.group.name} mensyaratkan minimal ${f.group.minInnovationAgeMonths} bulan.`,
      en: `The innovation is ${Math.max(age, 0)} months old (started ${innovation.startDate}); group ${f.group.name} requires at least ${f.group.minInnovationAgeMonths} months.`,
    });
  }
  const since = f.group.excludedAwardSinceYear;
  const prior = innovation.awards.find((a) => f.group.excludedAwardLevels.includes(a.level) && (since === null || a.year >= since));
  if (prior) {
    return new AppError(422, 'PRIOR_WINNER_EXCLUDED', {
      id: `Inovasi ini pernah meraih ${prior.level} (${prior.year}); pemenang sebelumnya tidak dapat mengikuti kelompok ${f.group.name}.`,
      en: `This innovation already won ${prior.level} (${prior.year}); prior winners cannot enter group ${f.group.name}.`,
    });
  }
  if (f.group.requiresReplication) {
    if (innovation.id === 'new' || !f.replication) return replicationRequired(f.group, innovation.id === 'new' ? null : innovation.title);
    if (f.replication.sourceAwards.length === 0) {
      return new AppError(422, 'REPLICATION_SOURCE_NOT_AWARDED', {
        id: `Kelompok ${f.group.name} mensyaratkan replikasi dari inovasi yang pernah meraih penghargaan (mis. Top 99); sumber dari inovasi '${innovation.title}' belum pernah meraihnya.`,
        en: `Group ${f.group.name} requires a replication of an award-winning innovation (e.g. Top 99); the source of '${innovation.title}' has not won an award.`,
      });
    }
  }
  return null;
}

export function capReached(group: GroupView, count: number, applicantKind: Applicant['kind']): AppError {
  const who = applicantKind === 'agency' ? { id: 'per instansi', en: 'per agency' } : { id: 'per peserta', en: 'per participant' };
  return new AppError(409, 'PROPOSAL_CAP_REACHED', {
    id: `Batas ${group.maxProposalsPerAgency} proposal ${who.id} untuk kelompok ${group.name} sudah tercapai (${count}).`,
    en: `The cap of ${group.maxProposalsPerAgency} proposals ${who.en} in group ${group.name} is reached (${count}).`,
  });
}

import { appendAudit } from '../../audit/audit-log.js';
import { errors } from '../../http/errors.js';
import { findAgency } from '../agencies/service.js';
import { existingCategoryIds } from '../catalog/read-model.js';
import { fieldError, MENTOR, type NetworkContext } from './context.js';
import { checkDecreeDate } from './hubs-service.js';
import { mayBeAppointedMentor } from './policy.js';
import { findHubRow, findMentorByUser, findMentorRow, listMentorRows, mentorOutcomeRows, type MentorRow, insertMentor, updateMentorRow, usersByIds } from './network-repository.js';
import type { AppointMentorInput, MentorView, UpdateMentorInput } from './network-schemas.js';

/** Mentors appointed by the ministry: a `mentor` account, a university, a hub, expertise, a cap of active cases. */

function toView(m: MentorRow): MentorView {
  return {
    id: m.id,
    user: { id: m.user_id, name: m.user_name },
    university: { id: m.university_id, name: m.university_name },
    hub: m.hub_id ? { id: m.hub_id, name: m.hub_name ?? '' } : null,
    expertise: m.expertise,
    decreeNumber: m.decree_number,
    decreeDate: m.decree_date ?? '',
    maxActiveCases: m.max_active_cases,
    activeCases: m.active_cases,
    active: m.active,
  };
}

export async function listMentors(ctx: NetworkContext, hubId?: string): Promise<MentorView[]> {
  return (await listMentorRows(ctx.db, hubId)).map(toView);
}

/** For matchmaking's mentor suggestions: per mentor id, how many of their cases were completed and stopped. */
export async function mentorOutcomes(ctx: NetworkContext): Promise<Map<string, { completed: number; stopped: number }>> {
  return new Map((await mentorOutcomeRows(ctx.db)).map((r) => [r.mentor_id, { completed: r.completed, stopped: r.stopped }]));
}

async function checkExpertise(ctx: NetworkContext, expertise: number[] | undefined): Promise<void> {
  if (!expertise) return;
  const known = await existingCategoryIds(ctx.db, expertise);
  const bad = expertise.findIndex((id) => !known.has(id));
  if (bad >= 0) throw fieldError(`expertise[${bad}]`, { id: 'bukan kategori inovasi yang dikenal', en: 'is not a known innovation category' });
}

async function checkHub(ctx: NetworkContext, hubId: string | null | undefined): Promise<void> {
  if (hubId && !(await findHubRow(ctx.db, hubId))) throw fieldError('hubId', { id: 'hub tidak dikenal', en: 'unknown hub' });
}

export async function appointMentor(ctx: NetworkContext, input: AppointMentorInput): Promise<MentorView> {
  checkDecreeDate('decreeDate', input.decreeDate, ctx.now);
  const [user] = await usersByIds(ctx.db, [input.userId]);
  if (!user || !mayBeAppointedMentor(user)) throw fieldError('userId', { id: "bukan akun aktif berperan 'mentor'", en: "is not an active account with role 'mentor'" });
  const university = await findAgency(ctx.db, input.universityAgencyId);
  if (!university || university.type !== 'perguruan_tinggi') throw fieldError('universityAgencyId', { id: 'bukan perguruan tinggi', en: 'is not a university' });
  await checkHub(ctx, input.hubId);
  await checkExpertise(ctx, input.expertise);
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (await findMentorByUser(trx, input.userId))
      throw errors.conflict('MENTOR_EXISTS', { id: `${user.name} sudah diangkat sebagai pendamping.`, en: `${user.name} is already appointed as a mentor.` });
    const newId = await insertMentor(trx, {
      user_id: input.userId,
      university_agency_id: input.universityAgencyId,
      hub_id: input.hubId,
      expertise: input.expertise,
      decree_number: input.decreeNumber,
      decree_date: input.decreeDate,
      max_active_cases: input.maxActiveCases,
    });
    await appendAudit(trx, ctx.actor, { action: 'mentor.appoint', entityType: 'mentor', entityId: newId, after: input });
    return newId;
  });
  return toView((await findMentorRow(ctx.db, id))!);
}

export async function updateMentor(ctx: NetworkContext, mentorId: string, input: UpdateMentorInput): Promise<MentorView> {
  const before = await findMentorRow(ctx.db, mentorId);
  if (!before) throw errors.notFound(MENTOR);
  await checkHub(ctx, input.hubId);
  await checkExpertise(ctx, input.expertise);
  await ctx.db.transaction().execute(async (trx) => {
    const columns: Record<string, unknown> = {};
    if (input.hubId !== undefined) columns.hub_id = input.hubId;
    if (input.expertise !== undefined) columns.expertise = input.expertise;
    if (input.maxActiveCases !== undefined) columns.max_active_cases = input.maxActiveCases;
    if (input.active !== undefined) columns.active = input.active;
    await updateMentorRow(trx, mentorId, columns);
    await appendAudit(trx, ctx.actor, {
      action: 'mentor.update',
      entityType: 'mentor',
      entityId: mentorId,
      before: { hubId: before.hub_id, expertise: before.expertise, maxActiveCases: before.max_active_cases, active: before.active },
      after: input,
    });
  });
  return toView((await findMentorRow(ctx.db, mentorId))!);
}

import type { Localized, TodoItem } from '../../../common/dashboards.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { type Permission, roleHas } from '../../auth/permissions.js';
import type { Db } from '../../db/types.js';
import { recordWorkload } from '../catalog/figures-service.js';
import { evaluationQueue, reviewsLeft } from '../evaluation/figures-service.js';
import { listPanelSelections } from '../evaluation/selection-service.js';
import { listRuleSets } from '../incentive/rules-service.js';
import { pendingForAgency } from '../institutionalisation/campaigns-service.js';
import { listRecommendations } from '../incentive/scenarios-service.js';
import { adminIndexWork, regionIndexWork, verifierIndexWork } from '../innovation-index/todo-service.js';
import { proposalsWaitingFor } from '../matchmaking/proposals-service.js';
import { pendingAdminChecks, proposalWorkload } from '../proposals/figures-service.js';
import { listCases, mentorHome } from '../replication/cases-read-service.js';

/**
 * The role homes as to-do lists (issue #19). Each provider declares the permission of
 * `auth/permissions.ts` whose holders it serves (the dashboards policy picks providers by it, so
 * no role names are written here) and reads through its owning module's read model, already
 * scoped to the user (own agency, own assignments). Items with a zero count are left out.
 */
export interface TodoContext {
  db: Db;
  user: AuthUser;
  now: Date;
}

export interface TodoProvider {
  id: string;
  permission: Permission;
  load(ctx: TodoContext): Promise<TodoItem[]>;
}

const item = (id: string, title: Localized, count: number, href: string, deadline: Date | null = null): TodoItem => ({
  id,
  title,
  count,
  href,
  deadline: deadline ? deadline.toISOString() : null,
});

const proposalsToSubmit: TodoProvider = {
  id: 'proposals.to-submit',
  permission: 'proposals.submit',
  async load({ db, user, now }) {
    const [ready] = await proposalWorkload(db, user, ['ready'], now);
    return [
      item(
        'proposals.ready',
        { id: 'Proposal siap diajukan ke kementerian', en: 'Proposals ready to submit to the ministry' },
        ready?.count ?? 0,
        '/proposal',
        ready?.nextDeadline,
      ),
    ];
  },
};

const proposalDrafts: TodoProvider = {
  id: 'proposals.drafts',
  permission: 'proposals.draft',
  async load({ db, user, now }) {
    const rows = await proposalWorkload(db, user, ['draft', 'returned'], now);
    const of = (s: string) => rows.find((r) => r.status === s);
    return [
      item('proposals.draft', { id: 'Draf proposal', en: 'Proposal drafts' }, of('draft')?.count ?? 0, '/proposal', of('draft')?.nextDeadline),
      item(
        'proposals.returned',
        { id: 'Proposal dikembalikan untuk diperbaiki', en: 'Proposals returned for correction' },
        of('returned')?.count ?? 0,
        '/proposal',
        of('returned')?.nextDeadline,
      ),
    ];
  },
};

const recordsToApprove: TodoProvider = {
  id: 'innovations.to-approve',
  permission: 'innovations.approve',
  async load({ db, user }) {
    const w = await recordWorkload(db, user.agencyId);
    return [item('innovations.submitted', { id: 'Inovasi menunggu persetujuan', en: 'Innovations waiting for approval' }, w.submitted, '/inovasi/persetujuan')];
  },
};

const recordDrafts: TodoProvider = {
  id: 'innovations.author',
  permission: 'innovations.author',
  async load({ db, user }) {
    if (!user.agencyId) return [];
    const w = await recordWorkload(db, user.agencyId);
    return [
      item('innovations.draft', { id: 'Draf inovasi', en: 'Innovation drafts' }, w.drafts, '/inovasi'),
      item('innovations.returned', { id: 'Inovasi dikembalikan dengan catatan', en: 'Innovations returned with a note' }, w.returned, '/inovasi'),
      item('innovations.stale', { id: 'Status inovasi perlu dikonfirmasi', en: 'Innovation statuses to confirm' }, w.staleRunning, '/dasbor'),
    ];
  },
};

const reviews: TodoProvider = {
  id: 'evaluation.reviews',
  permission: 'evaluation.review',
  async load({ db, user, now }) {
    const r = await reviewsLeft(db, user, now);
    return [item('evaluation.reviews', { id: 'Penilaian yang belum dikirim', en: 'Reviews not yet submitted' }, r.count, '/penilaian', r.nextDeadline)];
  },
};

const checks: TodoProvider = {
  id: 'proposals.checks',
  permission: 'proposals.check',
  async load({ db }) {
    return [item('proposals.checks', { id: 'Seleksi administrasi tertunda', en: 'Administrative checks pending' }, await pendingAdminChecks(db), '/admin/seleksi-administrasi')];
  },
};

const secretariat: TodoProvider = {
  id: 'evaluation.queue',
  permission: 'evaluation.manage',
  async load({ db, now }) {
    const q = await evaluationQueue(db, now);
    return [
      item('evaluation.rounds-to-open', { id: 'Putaran penilaian belum dibuka', en: 'Evaluation rounds to open' }, q.roundsInSetup, '/admin/penilaian'),
      item('evaluation.rounds-to-close', { id: 'Putaran lewat tenggat, perlu ditutup', en: 'Rounds past their deadline to close' }, q.roundsPastDeadline, '/admin/penilaian'),
      item('evaluation.objections', { id: 'Sanggahan belum dijawab', en: 'Objections to answer' }, q.openObjections, '/admin/penilaian', q.objectionsDeadline),
    ];
  },
};

const panel: TodoProvider = {
  id: 'evaluation.panel',
  permission: 'evaluation.results',
  async load({ db, user, now }) {
    const selections = await listPanelSelections({ db, user, now, actor: { userId: user.id, role: user.role, requestId: null } });
    return [item('evaluation.selections', { id: 'Seleksi menunggu keputusan panel', en: 'Selections awaiting the panel' }, selections.length, '/panel/seleksi')];
  },
};

/**
 * Extension points for the modules still to come. Each adds its providers to its list (with a
 * permission it adds to `auth/permissions.ts`, e.g. `hubs.coordinate`, `mentoring.cases`,
 * `incentive.read`), reading through its own read model:
 * - hub coordinator: replication cases and milestones of the hub's members;
 * - mentor: assigned cases and milestones due;
 * - finance viewer: published incentive recommendations.
 */
/** Cases in the hub's province that still wait for a mentor or are overdue (the replication policy scopes them). */
const hubCases: TodoProvider = {
  id: 'replication.hub',
  permission: 'network.hub',
  async load({ db, user, now }) {
    const ctx = { db, actor: { userId: user.id, role: user.role, requestId: null }, user, now };
    const [waiting, overdue] = await Promise.all([listCases(ctx, { state: 'accepted', page: 1, pageSize: 1 }), listCases(ctx, { flag: 'overdue', page: 1, pageSize: 1 })]);
    return [
      item('replication.waiting-mentor', { id: 'Kasus replikasi menunggu pendamping', en: 'Replication cases waiting for a mentor' }, waiting.total, '/replikasi?state=accepted'),
      item('replication.overdue', { id: 'Kasus dengan tonggak terlambat', en: 'Cases with an overdue milestone' }, overdue.total, '/replikasi?flag=overdue'),
    ];
  },
};

/** A mentor's milestones due within a month (overdue ones first) and the log entries they owe. */
const mentorWork: TodoProvider = {
  id: 'replication.mentor',
  permission: 'replication.mentor',
  async load({ db, user, now }) {
    const home = await mentorHome({ db, actor: { userId: user.id, role: user.role, requestId: null }, user, now });
    const overdue = home.milestones.filter((m) => m.overdue).length;
    return [
      item('mentor.overdue', { id: 'Tonggak terlambat', en: 'Overdue milestones' }, overdue, '/pendamping'),
      item('mentor.due', { id: 'Tonggak jatuh tempo bulan ini', en: 'Milestones due this month' }, home.milestones.length - overdue, '/pendamping'),
      item('mentor.logs', { id: 'Catatan pendampingan yang belum diisi (60 hari)', en: 'Mentoring log entries owed (60 days)' }, home.logsOwed.length, '/pendamping'),
    ];
  },
};

/** The incentive: published recommendations to read (finance viewer), draft rule sets to finish (ministry). */
const incentiveWork: TodoProvider = {
  id: 'incentive',
  permission: 'incentive.read',
  async load({ db, user }) {
    const [recommendations, ruleSets] = await Promise.all([listRecommendations(db), listRuleSets(db)]);
    const drafts = roleHas(user.role, 'incentive.manage') ? ruleSets.filter((r) => r.status === 'draft').length : 0;
    return [
      item(
        'incentive.recommendations',
        { id: 'Rekomendasi insentif fiskal yang diterbitkan', en: 'Published fiscal incentive recommendations' },
        recommendations.length,
        '/insentif',
      ),
      item('incentive.drafts', { id: 'Aturan insentif yang masih rancangan', en: 'Incentive rule sets still in draft' }, drafts, '/insentif'),
    ];
  },
};

/** Update campaigns: the agency's records still to confirm in each open campaign, with its deadline. */
const campaignRecords: TodoProvider = {
  id: 'campaigns',
  permission: 'campaigns.confirm',
  async load({ db, user, now }) {
    if (!user.agencyId) return [];
    const open = await pendingForAgency(db, user.agencyId, now);
    return open.map((c) =>
      item(`campaigns.${c.id}`, { id: `Konfirmasi data inovasi: ${c.title}`, en: `Confirm innovation records: ${c.title}` }, c.pending, `/pemutakhiran/${c.id}`, c.closesAt),
    );
  },
};

/** The regional innovation index: a region's unsent report and rejections to answer; a verifier's sent reports. */
const indexReport: TodoProvider = {
  id: 'index.report',
  permission: 'index.report',
  async load({ db, user, now }) {
    const work = await regionIndexWork({ db, actor: { userId: user.id, role: user.role, requestId: null }, user, now });
    if (!work) return [];
    return [
      item(
        'index.unsent',
        { id: `Laporan Indeks Inovasi Daerah ${work.year} belum dikirim`, en: `Regional innovation index ${work.year} report not sent yet` },
        work.unsent ? 1 : 0,
        '/indeks/laporan',
        work.closesAt,
      ),
      item('index.answer', { id: 'Baris indeks ditolak yang perlu dijawab', en: 'Rejected index rows to answer' }, work.toAnswer, '/indeks/laporan'),
    ];
  },
};

/** Matchmaking proposals waiting for the agency's answer (as adopter: accept opens a case; as source: after the adopter). */
const matchProposals: TodoProvider = {
  id: 'matchmaking.proposals',
  permission: 'matchmaking.respond',
  async load({ db, user }) {
    if (!user.agencyId) return [];
    const waiting = await proposalsWaitingFor(db, user.agencyId);
    return [
      item('matchmaking.as-adopter', { id: 'Usulan perjodohan replikasi untuk instansi Anda', en: 'Replication match proposals for your agency' }, waiting.adopter, '/perjodohan'),
      item(
        'matchmaking.as-source',
        { id: 'Permintaan berbagi inovasi dari usulan perjodohan', en: 'Requests to share an innovation from match proposals' },
        waiting.source,
        '/perjodohan',
      ),
    ];
  },
};

const indexVerification: TodoProvider = {
  id: 'index.verify',
  permission: 'index.verify',
  async load({ db, user, now }) {
    const work = await verifierIndexWork({ db, actor: { userId: user.id, role: user.role, requestId: null }, user, now });
    return work
      ? [
          item(
            'index.to-verify',
            { id: `Laporan indeks ${work.year} menunggu verifikasi`, en: `Index ${work.year} reports awaiting verification` },
            work.toVerify,
            '/indeks/verifikasi',
          ),
        ]
      : [];
  },
};

/** The index team: reports awaiting verification, the open window with its close, results to publish once it closed. */
const indexAdmin: TodoProvider = {
  id: 'index.admin',
  permission: 'index.manage',
  async load({ db, user, now }) {
    const work = await adminIndexWork({ db, actor: { userId: user.id, role: user.role, requestId: null }, user, now });
    if (!work) return [];
    return [
      item(
        'index.admin.to-verify',
        { id: `Laporan indeks ${work.year} menunggu verifikasi`, en: `Index ${work.year} reports awaiting verification` },
        work.toVerify,
        '/indeks/verifikasi',
      ),
      item(
        'index.admin.window',
        { id: `Jendela pengisian indeks ${work.year} sedang terbuka`, en: `Index ${work.year} submission window open` },
        work.windowOpen ? 1 : 0,
        '/indeks',
        work.closesAt,
      ),
      item(
        'index.admin.results',
        { id: `Hasil indeks ${work.year} belum diterbitkan (jendela sudah ditutup)`, en: `Index ${work.year} results not published yet (the window has closed)` },
        work.resultsToPublish ? 1 : 0,
        '/indeks',
      ),
      item(
        'index.admin.nominees',
        { id: `Nominasi penghargaan indeks ${work.year} belum dikirim ke tahap panel`, en: `Index ${work.year} award nominees not sent to a panel round yet` },
        work.nomineesToSend,
        `/indeks?tahun=${work.year}`,
      ),
    ];
  },
};

export const HUB_COORDINATOR_TODOS: TodoProvider[] = [hubCases];
export const MENTOR_TODOS: TodoProvider[] = [mentorWork];
export const FINANCE_VIEWER_TODOS: TodoProvider[] = [incentiveWork];

export const TODO_PROVIDERS: readonly TodoProvider[] = [
  proposalsToSubmit,
  proposalDrafts,
  recordsToApprove,
  recordDrafts,
  reviews,
  checks,
  secretariat,
  panel,
  ...HUB_COORDINATOR_TODOS,
  ...MENTOR_TODOS,
  ...FINANCE_VIEWER_TODOS,
  campaignRecords,
  indexReport,
  indexVerification,
  indexAdmin,
  matchProposals,
];

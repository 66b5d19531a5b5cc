import type { Metric } from '../harness/results.js';
import { type Answer, multipartFile, send, signIn } from '../harness/raw-http.js';
import type { EngineScenario } from '../harness/scenario.js';
import { summarise } from '../harness/stats.js';

/**
 * The ministry's historical import at its largest (issue #13.2): a winners' list of ROWS rows
 * (titles new to the data set, regional governments and regencies written by name, an award each)
 * uploaded, dry-run and committed as the background job, while `GET /api/health` is sent back to
 * back. Reports each step's time, rows per second of the commit and how the server answered
 * meanwhile (on PGlite the commit's one transaction holds the only connection). It writes ROWS
 * published records, so it runs after the read scenarios.
 */
const ROWS = 3000;
const HEADER = 'Judul Inovasi,Instansi,Provinsi,Kabupaten/Kota,Tahun,Penghargaan';

export const historicalImportScenario: EngineScenario = {
  kind: 'engine',
  id: 'historical-import',
  title: `Historical import: ${ROWS.toLocaleString('en')} rows uploaded, dry-run and committed as a job, health probed meanwhile`,
  requiresTables: ['historical_import_jobs'],
  async run(ctx) {
    const [admin] = await ctx.server.query<{ email: string }>("select email from users where role = 'ministry_admin' and active order by email limit 1");
    if (!admin) throw new Error('no ministry account in the data set');
    const regencies = await ctx.server.query<{ agency: string; regency: string; province: string }>(
      `select a.name as agency, r.name as regency, p.name as province from agencies a
         join regions r on r.code = a.region_code join regions p on p.code = r.province_code
        where a.type in ('kabupaten', 'kota') and a.active order by a.name limit 400`,
    );
    if (regencies.length === 0) throw new Error('no regional governments in the data set');
    const stamp = Date.now().toString(36);
    const rows = Array.from({ length: ROWS }, (_, i) => {
      const g = regencies[i % regencies.length]!;
      const year = 2014 + (i % 9);
      return `Inovasi Arsip ${stamp} ${i + 1},${g.agency},${g.province},${g.regency},${year},Top 99 KIPP ${year}`;
    });
    const { body, type } = multipartFile('pemenang.csv', 'text/csv', Buffer.from([HEADER, ...rows].join('\n')));
    const session = await signIn(ctx.server.baseUrl, admin.email);
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    const json = (payload: unknown) => ({ headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify(payload) });

    const uploaded = await send(
      ctx.server.baseUrl,
      { method: 'POST', path: '/api/historical-imports', headers: { ...headers, 'content-type': type, 'content-length': String(body.length) } },
      body,
    );
    if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.status} ${uploaded.body.slice(0, 300)}`);
    const file = JSON.parse(uploaded.body) as { fileId: string; suggested: Record<string, string> };
    const mapping = json({ mapping: file.suggested });

    const dry = await send(ctx.server.baseUrl, { method: 'POST', path: `/api/historical-imports/${file.fileId}/preview`, headers: mapping.headers }, mapping.payload);
    const report = JSON.parse(dry.body) as { ok: boolean; problems: unknown[]; pending: number };
    if (dry.status !== 200 || !report.ok) throw new Error(`dry run: ${dry.status} ${dry.body.slice(0, 300)}`);

    const state = { done: false };
    const health: number[] = [];
    const probing = (async () => {
      while (!state.done) health.push((await send(ctx.server.baseUrl, { method: 'GET', path: '/api/health' })).ms);
    })();
    const started = performance.now();
    let answer: Answer = await send(ctx.server.baseUrl, { method: 'POST', path: `/api/historical-imports/${file.fileId}/commit`, headers: mapping.headers }, mapping.payload);
    if (answer.status !== 202) throw new Error(`commit: ${answer.status} ${answer.body.slice(0, 300)}`);
    let job = JSON.parse(answer.body) as { id: string; status: string; report: { created: number } | null; error: unknown };
    let polls = 0;
    while (job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await send(ctx.server.baseUrl, { method: 'GET', path: `/api/historical-imports/jobs/${job.id}`, headers });
      job = JSON.parse(answer.body);
      polls++;
    }
    const commitMs = performance.now() - started;
    state.done = true;
    await probing;
    if (job.status !== 'done' || job.report?.created !== ROWS) throw new Error(`job: ${answer.body.slice(0, 300)}`);
    const during = summarise(health.length ? health : [0]);
    ctx.log(
      `historical-import: ${ROWS} rows — upload ${uploaded.ms.toFixed(0)} ms, dry run ${dry.ms.toFixed(0)} ms, commit ${(commitMs / 1000).toFixed(1)} s (${((ROWS * 1000) / commitMs).toFixed(0)} rows/s, ${polls} polls); health ${health.length} answered, p50 ${during.p50.toFixed(1)} ms, max ${during.max.toFixed(0)} ms`,
    );
    const metrics: Metric[] = [
      { name: 'upload (guarded reader)', value: uploaded.ms, unit: 'ms', better: 'lower' },
      { name: 'dry run', value: dry.ms, unit: 'ms', better: 'lower' },
      { name: 'commit job, start to done', value: commitMs, unit: 'ms', better: 'lower' },
      { name: 'commit rows per second', value: (ROWS * 1000) / commitMs, unit: 'count', better: 'higher' },
      { name: 'health probes answered during the commit', value: health.length, unit: 'count', better: 'none' },
      { name: 'health during the commit p50', value: during.p50, unit: 'ms', better: 'lower' },
      { name: 'health during the commit max', value: during.max, unit: 'ms', better: 'lower' },
    ];
    return { metrics };
  },
};

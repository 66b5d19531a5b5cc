import fs from 'node:fs';
import { hundredThousandRows } from '../generator/hostile-xlsx.js';
import { multipartFile, send, signIn } from '../harness/raw-http.js';
import type { Metric } from '../harness/results.js';
import type { EngineScenario } from '../harness/scenario.js';
import { summarise } from '../harness/stats.js';

/**
 * The security probe's stalled import (issue #12 item 2): a 100,000-row × 26-cell XLSX sent to
 * `POST /api/innovations/import?dryRun=true` by a signed-in operator, once with the sheet's
 * dimension declared and once without (the reader must then count streamed rows). While the
 * upload is in flight `GET /api/health` is sent back to back, and the server's resident memory is
 * sampled from /proc. Reports the time to the refusal, health latency during it and the memory
 * growth. The probe measured 31–33 s, 27–31 s and 1.2 GB before the guarded reader.
 */
function rssBytes(pid: number): number {
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
}

async function oneUpload(baseUrl: string, pid: number, session: { cookie: string; csrf: string }, file: Buffer) {
  const { body, type } = multipartFile('besar.xlsx', 'application/octet-stream', file);
  const rssBefore = rssBytes(pid);
  let rssMax = rssBefore;
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssBytes(pid))), 10);
  const state = { done: false };
  const health: number[] = [];
  let probing: Promise<void> = Promise.resolve();
  const upload = send(
    baseUrl,
    {
      method: 'POST',
      path: '/api/innovations/import?dryRun=true',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': type, 'content-length': String(body.length) },
    },
    body,
    () => {
      probing = (async () => {
        while (!state.done) health.push((await send(baseUrl, { method: 'GET', path: '/api/health' })).ms);
      })();
    },
  ).finally(() => (state.done = true));
  const answer = await upload;
  await probing;
  clearInterval(sampler);
  if (answer.status !== 400) throw new Error(`expected the 2,000-row refusal, got ${answer.status} ${answer.body.slice(0, 200)}`);
  return { refusalMs: answer.ms, health, growthMb: (rssMax - rssBefore) / 1024 / 1024 };
}

export const importGuardScenario: EngineScenario = {
  kind: 'engine',
  id: 'import-guard',
  title: 'Oversized XLSX import refused (100,000 rows × 26 cells) with health probes during it',
  async run(ctx) {
    const [operator] = await ctx.server.query<{ email: string }>(
      "select email from users where role = 'agency_operator' and email like '%@nasional.simpul.test' order by email limit 1",
    );
    if (!operator) throw new Error('no operator account in the data set');
    const session = await signIn(ctx.server.baseUrl, operator.email);
    const idle = (await Promise.all(Array.from({ length: 5 }, () => send(ctx.server.baseUrl, { method: 'GET', path: '/api/health' })))).map((a) => a.ms);
    const metrics: Metric[] = [{ name: 'health idle p50', value: summarise(idle).p50, unit: 'ms', better: 'lower' }];
    for (const [label, dimension] of [
      ['declared dimension', true],
      ['no dimension (streamed count)', false],
    ] as const) {
      const file = hundredThousandRows({ dimension });
      const r = await oneUpload(ctx.server.baseUrl, ctx.server.pid, session, file);
      const during = summarise(r.health.length ? r.health : [0]);
      ctx.log(
        `import-guard (${label}): ${(file.length / 1024 / 1024).toFixed(1)} MB refused in ${r.refusalMs.toFixed(0)} ms; ${r.health.length} health probes, max ${during.max.toFixed(1)} ms; RSS +${r.growthMb.toFixed(0)} MB`,
      );
      metrics.push(
        { name: `refusal time, ${label}`, value: r.refusalMs, unit: 'ms', better: 'lower' },
        { name: `health during upload max, ${label}`, value: during.max, unit: 'ms', better: 'lower' },
        { name: `health during upload p50, ${label}`, value: during.p50, unit: 'ms', better: 'lower' },
        { name: `server RSS growth, ${label}`, value: r.growthMb, unit: 'MB', better: 'lower' },
        { name: `health probes answered during upload, ${label}`, value: r.health.length, unit: 'count', better: 'none' },
      );
    }
    return { metrics };
  },
};

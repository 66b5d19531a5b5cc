import { type BenchResults, type CeilingKind, ceilingRatio, type Metric, metricKey, type ScenarioResult } from './results.js';
import { round } from './stats.js';

/**
 * The results as a Markdown report: one table per scenario with PGlite and PostgreSQL side by
 * side, each figure followed by its ceilings and the ours/ceiling ratio, then the regressions.
 */
export function renderMarkdown(results: BenchResults): string {
  const lines: string[] = [];
  lines.push(`# Simpul benchmark (${results.mode}) — ${results.startedAt}`, '');
  const m = results.machine;
  lines.push(
    `Machine: ${m.cpuModel} × ${m.cpus} cores, ${m.memoryGb} GB RAM, Node ${m.node}, ${m.platform}; load average at start ${m.loadAverage}. Commit ${m.commit}${m.dirty ? ' (uncommitted changes)' : ''}.`,
  );
  for (const [engine, info] of Object.entries(results.engines)) lines.push(`- **${engine}**: ${describe(info)}`);
  lines.push('');
  lines.push("Ratios are ours / ceiling: for times, 3.0 means three times the ceiling's time; for throughput, 0.33 means a third of the ceiling's requests per second.");
  lines.push(
    'Ceilings: *framework* = the same server answering a precomputed body of the same size; *database* = the same SQL replayed directly on the driver; *browser* = the same page as static HTML without scripts.',
  );
  lines.push('');

  const regressed = new Set(results.comparison?.regressions.map((r) => r.key));
  const byId = new Map<string, ScenarioResult[]>();
  for (const s of results.scenarios) byId.set(s.id, [...(byId.get(s.id) ?? []), s]);
  for (const [id, runs] of byId) {
    lines.push(`## ${runs[0]!.title} (\`${id}\`)`, '');
    for (const failed of runs.filter((r) => r.error)) lines.push(`> ${failed.engine ?? ''} did not run: ${failed.error}`, '');
    const engines = runs.filter((r) => !r.error);
    if (engines.length === 0) continue;
    const header = engines.map((r) => r.engine ?? 'value');
    lines.push(`| figure | ${header.join(' | ')} |`, `|---|${header.map(() => '---').join('|')}|`);
    const names = [...new Set(engines.flatMap((r) => r.metrics.map((x) => x.name)))];
    for (const name of names) {
      const cells = engines.map((r) => {
        const metric = r.metrics.find((x) => x.name === name);
        if (!metric) return '—';
        const flag = regressed.has(metricKey(r, metric)) ? ' ⚠️ >20% worse' : '';
        return `${cell(metric)}${flag}`;
      });
      const unit = engines.flatMap((r) => r.metrics).find((x) => x.name === name)!.unit;
      lines.push(`| ${name} (${unit}) | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }

  const c = results.comparison;
  lines.push('## Compared with the previous run', '');
  if (!c?.previousFile) lines.push('No earlier results file of this mode: nothing to compare.');
  else if (c.regressions.length === 0) lines.push(`No figure got more than 20% worse than in \`${c.previousFile}\` (${c.compared} figures compared).`);
  else {
    lines.push(`${c.regressions.length} figure(s) got more than 20% worse than in \`${c.previousFile}\` (${c.compared} compared):`, '');
    for (const r of c.regressions) lines.push(`- ${r.key}: ${round(r.previous)} → ${round(r.current)} ${r.unit} (${Math.round(r.worseBy * 100)}% worse)`);
  }
  lines.push('');
  return lines.join('\n');
}

function cell(metric: Metric): string {
  const parts = [`**${format(metric.value)}**`];
  for (const kind of ['framework', 'database', 'browser'] as CeilingKind[]) {
    const ceiling = metric.ceilings?.find((x) => x.kind === kind);
    if (!ceiling) continue;
    const ratio = ceilingRatio(metric, kind);
    parts.push(`${kind} ${format(ceiling.value)} (×${ratio === null ? '—' : round(ratio, 3)})`);
  }
  return parts.join('<br>');
}

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : String(round(value));
}

function describe(info: Record<string, unknown>): string {
  return Object.entries(info)
    .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('; ');
}

import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** What a reader needs to judge the figures: the machine, its load, and the code measured. */
export function describeMachine(): Record<string, unknown> {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    } catch {
      return '';
    }
  };
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain', '--untracked-files=no']).length > 0,
  };
}

import type { EngineScenario } from '../harness/scenario.js';

/**
 * The server process's peak resident memory over all the scenarios before it (VmHWM), so it
 * must stay last in the engine list. With PGlite the database engine lives inside the server
 * process and is included; with PostgreSQL it is a separate server and is not.
 */
export const serverMemoryScenario: EngineScenario = {
  kind: 'engine',
  id: 'server-memory',
  title: 'Server peak memory (after all scenarios)',
  async run(ctx) {
    const memory = await ctx.server.memory();
    const mb = (bytes: number) => bytes / 1024 / 1024;
    return {
      metrics: [
        {
          name: 'peak RSS',
          value: mb(memory.peakRssBytes),
          unit: 'MB',
          better: 'lower',
          note: ctx.engine === 'pglite' ? 'includes the embedded database' : 'PostgreSQL itself not included',
        },
        { name: 'RSS after start', value: mb(ctx.startupRssBytes), unit: 'MB', better: 'lower' },
        { name: 'RSS at end', value: mb(memory.rssBytes), unit: 'MB', better: 'lower' },
        { name: 'JS heap used at end', value: mb(memory.heapUsedBytes), unit: 'MB', better: 'lower' },
      ],
    };
  },
};

/**
 * `npm run audit:verify`: walks the audit hash chain of the configured database (DATA_DIR or
 * DATABASE_URL), checks its signed checkpoints (from the database and from
 * DATA_DIR/audit-checkpoints.jsonl, with AUDIT_CHECKPOINT_KEY or DATA_DIR/audit-checkpoint.key)
 * and reports the first broken link, truncation and bad checkpoints. Exit code 0 when intact,
 * 2 when not. The embedded database is locked while the server runs: stop it first, or verify
 * through GET /api/audit/verify as a ministry admin.
 */
import { existingCheckpointSettings } from '../src/server/audit/checkpoint-settings.js';
import { verifyAuditLog } from '../src/server/audit/verify.js';
import { readConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/client.js';

const config = readConfig();
const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir, poolSize: 2 });
try {
  const settings = existingCheckpointSettings(config);
  if (!settings.key) console.warn('No AUDIT_CHECKPOINT_KEY and no key file in DATA_DIR: checkpoint signatures are not checked.');
  const report = await verifyAuditLog(handle.db, settings);
  const latest = report.checkpoints.latest;
  const checkpointLine = `${report.checkpoints.database} checkpoints in the database, ${report.checkpoints.file ?? 'no'} in the file${latest ? `, latest at entry ${latest.sequence} (${latest.at})` : ''}`;
  if (report.ok) {
    console.log(`Rantai audit utuh / audit chain intact: ${report.entries} entries verified; ${checkpointLine}.`);
  } else {
    if (report.firstBroken) {
      console.error(`Rantai audit RUSAK / audit chain BROKEN at entry id ${report.firstBroken.id} (${report.firstBroken.reason}); ${report.entries} entries read.`);
    }
    for (const p of report.problems) {
      console.error(`Checkpoint (${p.source}${p.checkpointId ? ` #${p.checkpointId}` : ''}) at entry ${p.sequence ?? '?'}: ${p.reason}`);
    }
    console.error(`Head: entry ${report.head?.sequence ?? 'none'}; ${checkpointLine}.`);
    process.exitCode = 2;
  }
} finally {
  await handle.close();
}

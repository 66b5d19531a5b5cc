/**
 * `npm run audit:verify`: walks the audit hash chain of the configured database (DATA_DIR or
 * DATABASE_URL) and reports the first broken link. Exit code 0 when intact, 2 when broken.
 * The embedded database is locked while the server runs: stop it first, or verify through
 * GET /api/audit/verify as a ministry admin.
 */
import { verifyAuditChain } from '../src/server/audit/audit-log.js';
import { readConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/client.js';

const config = readConfig();
const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir, poolSize: 2 });
try {
  const report = await verifyAuditChain(handle.db);
  if (report.ok) {
    console.log(`Rantai audit utuh / audit chain intact: ${report.entries} entries verified.`);
  } else {
    console.error(
      `Rantai audit RUSAK / audit chain BROKEN at entry id ${report.firstBroken?.id} (${report.firstBroken?.reason}); ${report.entries} entries read.`,
    );
    process.exitCode = 2;
  }
} finally {
  await handle.close();
}

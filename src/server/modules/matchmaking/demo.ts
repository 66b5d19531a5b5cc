import type { AuthUser } from '../../auth/auth-user.js';
import type { Db } from '../../db/types.js';
import type { RequestContext } from '../../http/request-context.js';
import { findAgencyId } from '../agencies/service.js';
import { demoInnovationIds } from '../catalog/demo/lookup.js';
import { authUserByEmail } from '../users/contacts.js';
import { proposeMatch } from './proposals-service.js';

/**
 * Matchmaking demo (first run, after the replication demo, through the service): the Jawa Timur
 * hub proposes to Kota Surabaya (the demo agency: admin.surabaya / operator.surabaya see it on
 * their home) to replicate Kota Semarang's waste bank.
 */
export async function seedDemoMatchmaking(db: Db): Promise<number> {
  const innovations = await demoInnovationIds(db);
  const hubUser = await authUserByEmail(db, 'hub.jatim@simpul.test');
  const surabaya = await findAgencyId(db, { regionCode: '35.78', type: 'kota' });
  const source = innovations.get('Bank Sampah Induk dengan Tabungan Digital');
  if (!hubUser || !surabaya || !source) return 0;
  const ctx: RequestContext = { db, actor: { userId: hubUser.id, role: hubUser.role, requestId: null }, user: hubUser as AuthUser, now: new Date() };
  await proposeMatch(ctx, {
    adopterAgencyId: surabaya,
    sourceInnovationId: source,
    problem: 'Timbulan sampah rumah tangga di permukiman padat terus naik dan bank sampah unit belum terhubung.',
    message: 'Kota Semarang sudah menjalankan bank sampah induk dengan tabungan digital; hub siap mendampingi studi tiru ke Semarang.',
  });
  return 1;
}

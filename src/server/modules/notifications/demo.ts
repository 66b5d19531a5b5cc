import type { Db } from '../../db/types.js';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts.js';
import { userIdsByEmail } from '../users/contacts.js';
import { notify } from './service.js';

/**
 * A few unread notifications for the demo accounts, written through `notify`, so the bell shows
 * something on first start (the proposals seeder already leaves receipts for the agency accounts).
 * Announcements come from the modules' own demos through their real paths, never made up here:
 * the index window and rejections (innovation-index/demo.ts), the incentive recommendation to the
 * finance viewers (incentive/demo.ts).
 * First run only (registered behind the foundation's first-run check in seed/demo.ts).
 */
export async function seedDemoNotifications(db: Db, options: { publicUrl?: string } = {}): Promise<void> {
  const publicUrl = options.publicUrl ?? 'http://localhost:3000';
  const ids = await userIdsByEmail(
    db,
    DEMO_ACCOUNTS.map((a) => a.email),
  );
  const surabaya = ['admin.surabaya@simpul.test', 'operator.surabaya@simpul.test'].flatMap((e) => (ids.has(e) ? [{ userId: ids.get(e)! }] : []));
  const admin = ids.get('admin.surabaya@simpul.test');
  await db.transaction().execute(async (trx) => {
    await notify(trx, {
      recipients: surabaya,
      kind: 'campaign.reminder',
      params: { campaign: 'Pemutakhiran Data Inovasi 2026', deadline: '31 Desember 2026 23.59 WIB', pending: 3 },
      link: '/inovasi',
      publicUrl,
    });
    if (admin) {
      await notify(trx, {
        recipients: [{ userId: admin }],
        kind: 'replication.request',
        params: { innovation: 'Sistem Informasi Pelayanan Terpadu', requester: 'Pemerintah Kabupaten Sidoarjo' },
        link: '/katalog',
        publicUrl,
      });
    }
  });
}

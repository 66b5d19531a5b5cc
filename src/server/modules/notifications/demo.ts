import type { Db } from '../../db/types.js';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts.js';
import { userIdsByEmail } from '../users/contacts.js';
import { notify } from './service.js';

/**
 * A few unread notifications for the demo accounts, written through `notify`, so the bell shows
 * something on first start (the proposals seeder already leaves receipts for the agency accounts).
 * First run only (registered behind the foundation's first-run check in seed/demo.ts).
 */
export async function seedDemoNotifications(db: Db, options: { publicUrl?: string } = {}): Promise<void> {
  const publicUrl = options.publicUrl ?? 'http://localhost:3000';
  const ids = await userIdsByEmail(
    db,
    DEMO_ACCOUNTS.map((a) => a.email),
  );
  const everyone = [...ids.values()].map((userId) => ({ userId }));
  const surabaya = ['admin.surabaya@simpul.test', 'operator.surabaya@simpul.test'].flatMap((e) => (ids.has(e) ? [{ userId: ids.get(e)! }] : []));
  const admin = ids.get('admin.surabaya@simpul.test');
  await db.transaction().execute(async (trx) => {
    await notify(trx, { recipients: everyone, kind: 'incentive.published', params: { year: 2026, title: 'Top 45 Inovasi Pelayanan Publik' }, link: '/kompetisi', publicUrl });
    await notify(trx, { recipients: everyone, kind: 'index.window', params: { year: 2027, opens: '1 Maret 2027', closes: '30 April 2027' }, link: null, publicUrl });
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

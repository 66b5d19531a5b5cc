import { type Kysely, sql } from 'kysely';

/**
 * The starting category list: the ten KIPP 2021 categories. It is configuration from here on
 * (the ministry adds, renames and retires categories in the app); codes are stable keys.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into innovation_categories (code, name_id, name_en, position) values
      ('kemiskinan', 'Penanggulangan Kemiskinan', 'Poverty reduction', 1),
      ('pendidikan', 'Pendidikan', 'Education', 2),
      ('kesehatan', 'Kesehatan', 'Health', 3),
      ('pangan', 'Ketahanan Pangan', 'Food security', 4),
      ('ekonomi', 'Pertumbuhan Ekonomi dan Lapangan Kerja', 'Economic growth and jobs', 5),
      ('pemberdayaan', 'Pemberdayaan Masyarakat', 'Community empowerment', 6),
      ('gender', 'Pelayanan Publik Responsif Gender', 'Gender-responsive public services', 7),
      ('lingkungan', 'Lingkungan Hidup', 'Environment', 8),
      ('tata_kelola', 'Tata Kelola Pemerintahan', 'Governance', 9),
      ('hukum', 'Penegakan Hukum', 'Law enforcement', 10)
    on conflict (code) do nothing
  `.execute(db);
}

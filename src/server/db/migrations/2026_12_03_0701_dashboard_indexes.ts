import { type Kysely, sql } from 'kysely';

/**
 * Region profiles at national scale (issue #19 item 6): a region's newest published records read
 * in order from an index of their own region instead of walking the national start-date index,
 * and the replications adopted in a region (by province prefix or by regency/city code) found by
 * index instead of reading every replication.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index innovations_province_start_idx on innovations (province_code, start_date desc, id) where published;
    create index innovations_regency_start_idx on innovations (regency_code, start_date desc, id) where published;
    create index innovation_replications_province_idx on innovation_replications (split_part(region_code, '.', 1));
    create index innovation_replications_region_idx on innovation_replications (region_code);
  `.execute(db);
}

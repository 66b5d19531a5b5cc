import { type Kysely, sql } from 'kysely';

/**
 * Optional English versions of the texts the ministry enters for a competition (issue #20.7):
 * group, category and stage names, question wording and help, and evaluation criterion names.
 * Null means "no English version": the English interface then shows the Indonesian text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table competition_groups add column name_en text;
    alter table competition_categories add column name_en text;
    alter table competition_stages add column name_en text;
    alter table competition_questions add column title_en text, add column help_text_en text;
    alter table evaluation_criteria add column name_en text;
  `.execute(db);
}

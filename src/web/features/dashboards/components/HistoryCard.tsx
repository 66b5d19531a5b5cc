import { useTranslation } from 'react-i18next';
import type { CompetitionHistoryRow } from '../../../../common/dashboards';
import { FigureCard } from './FigureCard';

/** A competition history (KIPP per year, or the special calls): submitted proposals charted, every stage in the table. */
export function HistoryCard({ title, rows }: { title: string; rows: CompetitionHistoryRow[] }) {
  const { t, i18n } = useTranslation('dashboards');
  const n = (v: number) => v.toLocaleString(i18n.language);
  return (
    <FigureCard
      title={title}
      unit={t('history.proposals')}
      rows={rows.map((r) => ({
        key: r.competitionId,
        label: rows.filter((o) => o.year === r.year).length > 1 ? `${r.year} · ${r.name}` : String(r.year),
        value: r.proposals,
        href: `/hasil/${r.competitionId}`,
      }))}
      extraColumns={[
        { header: t('history.passed'), values: rows.map((r) => n(r.passedCheck)) },
        { header: t('history.top99'), values: rows.map((r) => n(r.top99)) },
        { header: t('history.top45'), values: rows.map((r) => n(r.top45)) },
        { header: t('history.winners'), values: rows.map((r) => n(r.winners)) },
      ]}
    />
  );
}

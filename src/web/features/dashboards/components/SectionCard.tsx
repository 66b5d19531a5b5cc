import type { FigureSection, NationalDashboard } from '../../../../common/dashboards';
import { regionPath } from '../api/dashboards-api';
import { FigureCard } from './FigureCard';
import { ProvinceTileMap } from './ProvinceTileMap';

/**
 * A figure another module contributes (replications, OAOI coverage, index, incentive, hubs): a
 * bar chart, or the province tile map when its rows are keyed by province code (each row then
 * links to the province's profile); its extra values as table columns; its list link; its empty note.
 */
export function SectionCard({ section: s, lang, provinceNames }: { section: FigureSection; lang: 'id' | 'en'; provinceNames?: NationalDashboard['innovations']['byProvince'] }) {
  const onMap = s.tileMap === true;
  const rows = s.rows.map((r) => ({ key: r.key, label: r.label[lang], value: r.value, ...(onMap ? { href: regionPath(r.key) } : {}) }));
  const number = (v: number) => v.toLocaleString(lang === 'id' ? 'id-ID' : 'en');
  return (
    <FigureCard
      title={s.title[lang]}
      unit={s.unit[lang]}
      catalogHref={s.catalogQuery ? `/katalog?${s.catalogQuery}` : undefined}
      listHref={s.listHref}
      emptyNote={s.emptyNote?.[lang]}
      rows={rows}
      extraColumns={s.extra?.map((e) => ({ header: e.header[lang], values: e.values.map(number) }))}
      picture={
        onMap ? (
          <ProvinceTileMap
            title={s.title[lang]}
            unit={s.unit[lang]}
            counts={new Map(s.rows.map((r) => [r.key, r.value]))}
            names={new Map([...(provinceNames ?? []).map((p) => [p.key, p.name] as const), ...s.rows.map((r) => [r.key, r.label[lang]] as const)])}
          />
        ) : undefined
      }
    />
  );
}

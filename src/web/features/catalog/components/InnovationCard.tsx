import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { innovationPath } from '../../../routes/paths';
import type { SearchItem } from '../api/catalog-types';
import { MaturityBadge, UnconfirmedMark } from '../../institutionalisation/components/MaturityBadges';
import { sdgName } from './facet-label';
import { InnovationStatusBadge } from './InnovationStatusBadge';

/** One search result: title (a link), who and where, summary, and badges. */
export function InnovationCard({ item }: { item: SearchItem }) {
  const { t, i18n } = useTranslation('catalog');
  return (
    <Paper withBorder p="md" radius="md" component="article">
      <Stack gap={6}>
        <Anchor component={Link} to={innovationPath(item.id)} fw={600} size="lg">
          {item.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {item.agencyName} · {item.regionName === item.provinceName ? item.provinceName : `${item.regionName}, ${item.provinceName}`} ·{' '}
          {t('search.started', { year: item.yearStarted })}
        </Text>
        <Text size="sm" lineClamp={3}>
          {item.summary}
        </Text>
        <Group gap={6}>
          <InnovationStatusBadge status={item.status} />
          {item.maturity ? <MaturityBadge stage={item.maturity} /> : null}
          {item.unconfirmedSince ? <UnconfirmedMark since={item.unconfirmedSince} /> : null}
          <Badge variant="outline" color="gray.8" tt="none">
            {i18n.language === 'en' ? item.categoryName.en : item.categoryName.id}
          </Badge>
          {item.sdgs.map((n) => (
            <Badge key={n} variant="light" color="blue" tt="none" title={sdgName(n)}>
              {t('sdgShort', { number: n })}
            </Badge>
          ))}
          {/* Dark gold: white text on it reads at 5.5:1 (WCAG AA); Mantine yellow.8 gave 2.5:1. */}
          {item.awards.map((a) => (
            <Badge key={`${a.level}-${a.year}`} variant="filled" color="#8a6100" tt="none">
              {t(`awards.${a.level}`)} {a.year}
            </Badge>
          ))}
          {item.replicationCount > 0 ? (
            <Badge variant="light" color="grape" tt="none">
              {t('search.replications', { count: item.replicationCount })}
            </Badge>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}

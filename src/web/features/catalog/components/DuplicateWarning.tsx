import { Alert, Anchor, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { innovationPath } from '../../../routes/paths';
import { findDuplicates } from '../api/catalog-api';
import { WorkflowBadge } from './InnovationStatusBadge';

/** Similar records already in the catalog, checked while the title and summary are typed. */
export function DuplicateWarning({ title, summary, excludeId }: { title: string; summary: string; excludeId?: string }) {
  const { t } = useTranslation('catalog');
  const [debounced] = useDebouncedValue({ title: title.trim(), summary: summary.trim() }, 700);
  const enabled = debounced.title.length >= 5;
  const check = useQuery({
    queryKey: ['catalog', 'duplicates', debounced, excludeId],
    queryFn: () => findDuplicates({ title: debounced.title, ...(debounced.summary ? { summary: debounced.summary } : {}), ...(excludeId ? { excludeId } : {}) }),
    enabled,
    staleTime: 60_000,
  });
  const items = check.data?.items ?? [];
  return (
    <div aria-live="polite">
      {enabled && items.length > 0 ? (
        <Alert color="yellow" variant="light" title={t('duplicates.title')}>
          <Text size="sm" mb="xs">
            {t('duplicates.intro')}
          </Text>
          <List size="sm">
            {items.map((d) => (
              <List.Item key={d.id}>
                <Anchor component={Link} to={innovationPath(d.id)} target="_blank">
                  {d.title}
                </Anchor>{' '}
                — {d.agencyName} <WorkflowBadge state={d.workflowState} /> ({t('duplicates.similarity', { title: Math.round(d.titleSimilarity * 100) })}
                {d.summarySimilarity !== null ? `, ${t('duplicates.summarySimilarity', { summary: Math.round(d.summarySimilarity * 100) })}` : ''})
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </div>
  );
}

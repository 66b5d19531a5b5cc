import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { usePanelSelections } from '../api/evaluation-queries';
import { SelectionCard } from '../components/SelectionsSection';

/** The independent panel (TPI): selections to decide on, each proposal with its rank and a rationale per change. */
export function PanelSelectionsPage() {
  const { t } = useTranslation('evaluation');
  const { user } = useAuth();
  const selections = usePanelSelections();
  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('panel.title')} intro={t('panel.intro')} />
      {selections.isPending && <PageLoader />}
      <ErrorAlert error={selections.error} />
      {selections.data && selections.data.items.length === 0 && <Text>{t('panel.empty')}</Text>}
      <Stack>
        {(selections.data?.items ?? []).map((s) => (
          <Stack key={s.id} gap="xs">
            <Title order={2} size="h5">
              {s.competitionName} ({s.competitionYear}) · {s.roundName}
            </Title>
            <SelectionCard id={s.id} canManage={user?.role === 'ministry_admin'} />
          </Stack>
        ))}
      </Stack>
    </Container>
  );
}

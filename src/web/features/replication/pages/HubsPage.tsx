import { Button, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { useHubs } from '../api/replication-api';
import { HubsTable } from '../components/HubsTable';

/** The JIPP hubs: province, year and decree, coordinators, mentors and replication figures; the table as XLSX. */
export function HubsPage() {
  const { t } = useTranslation('replication');
  const hubs = useHubs();
  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('hubs.title')}
        intro={t('hubs.intro')}
        actions={
          <Button component="a" href={apiUrl('/api/hubs.xlsx')} download variant="light">
            {t('list.export')}
          </Button>
        }
      />
      {hubs.isPending ? <PageLoader /> : hubs.isError ? <ErrorAlert error={hubs.error} /> : <HubsTable hubs={hubs.data} />}
    </Container>
  );
}

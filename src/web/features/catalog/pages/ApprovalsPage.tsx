import { Anchor, Button, Container, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { TablePagination } from '../../../components/TablePagination';
import { useListParams } from '../../../hooks/use-list-params';
import { innovationPath } from '../../../routes/paths';
import { useWorkspace } from '../api/catalog-queries';
import { formatDate } from '../components/format';

/** The agency admin's approval queue (the ministry sees every agency's), oldest submission first. */
export function ApprovalsPage() {
  const { t, i18n } = useTranslation('catalog');
  const { user } = useAuth();
  const { page, setPage } = useListParams([]);
  const queue = useWorkspace({ state: 'submitted', page });
  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('approvals.title')} intro={t('approvals.intro')} />
      {queue.isPending ? (
        <PageLoader />
      ) : queue.isError ? (
        <ErrorAlert error={queue.error} />
      ) : queue.data.items.length === 0 ? (
        <Text>{t('approvals.empty')}</Text>
      ) : (
        <>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mine.columns.title')}</Table.Th>
                {user?.role === 'ministry_admin' ? <Table.Th>{t('mine.columns.agency')}</Table.Th> : null}
                <Table.Th>{t('approvals.submittedAt')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor component={Link} to={innovationPath(item.id)}>
                      {item.title}
                    </Anchor>
                  </Table.Td>
                  {user?.role === 'ministry_admin' ? <Table.Td>{item.agencyName}</Table.Td> : null}
                  <Table.Td>{formatDate(item.submittedAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Button component={Link} to={innovationPath(item.id)} size="compact-sm" variant="light" aria-label={`${t('approvals.open')}: ${item.title}`}>
                      {t('approvals.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <TablePagination page={page} total={queue.data.total} onChange={setPage} />
        </>
      )}
    </Container>
  );
}

import { Anchor, Button, Checkbox, Container, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { editEventPath, eventPath, innovationPath, replicationCasePath } from '../../../routes/paths';
import { useFormat } from '../../../utils/use-format';
import { useAttendance, useCancelEvent, useEvent, useInterests, useRegistrations } from '../api/events-api';
import { MaterialsEditor } from '../components/MaterialsEditor';

/** The organiser's screen for one event: registrations and waiting list with attendance, interests (XLSX), materials, edit, cancel. */
export function EventManagePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('events');
  const f = useFormat();
  const event = useEvent(id);
  const registrations = useRegistrations(id);
  const interests = useInterests(id);
  const attendance = useAttendance(id);
  const cancel = useCancelEvent(id);
  const [confirming, setConfirming] = useState(false);
  if (event.isPending) return <PageLoader />;
  if (event.error || !event.data) return <ErrorAlert error={event.error} />;
  const e = event.data;
  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={t('manage.title', { title: e.title })}
        actions={
          <>
            <Anchor component={Link} to={eventPath(e.id)}>
              {t('manage.back')}
            </Anchor>
            {!e.cancelled ? (
              <>
                <Button component={Link} to={editEventPath(e.id)} variant="default">
                  {t('manage.edit')}
                </Button>
                <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
                  {t('manage.cancel')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <ConfirmDialog
        opened={confirming}
        title={t('manage.cancel')}
        body={t('manage.cancelConfirm')}
        confirmLabel={t('manage.cancel')}
        danger
        busy={cancel.isPending}
        error={cancel.error}
        onConfirm={() => cancel.mutate(undefined, { onSuccess: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      />
      <Stack gap="xl">
        <section>
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h3">
              {t('manage.registrations')}
            </Title>
            <Anchor href={`/api/events/${encodeURIComponent(e.id)}/registrations.xlsx`}>{t('manage.downloadXlsx')}</Anchor>
          </Group>
          <ErrorAlert error={registrations.error ?? attendance.error} />
          {registrations.data?.items.length === 0 ? <Text>{t('manage.noRegistrations')}</Text> : null}
          {registrations.data?.items.length ? (
            <Table.ScrollContainer minWidth={560} type="native" tabIndex={0} role="region" aria-label={t('manage.registrations')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('manage.name')}</Table.Th>
                    <Table.Th>{t('manage.agency')}</Table.Th>
                    <Table.Th>{t('manage.status')}</Table.Th>
                    <Table.Th>{t('manage.attended')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {registrations.data.items.map((r) => (
                    <Table.Tr key={r.userId}>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.name}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.agency ?? '—'}</Table.Td>
                      <Table.Td>{t(`manage.statuses.${r.status}`, { position: r.position })}</Table.Td>
                      <Table.Td>
                        {r.status === 'registered' ? (
                          <Checkbox
                            aria-label={`${t('manage.attended')}: ${r.name}`}
                            checked={r.attended}
                            onChange={(x) => attendance.mutate({ userIds: [r.userId], attended: x.currentTarget.checked })}
                          />
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </section>
        <section>
          <Group justify="space-between" mb="sm">
            <Title id="manage-interests" order={2} size="h3">
              {t('manage.interests')}
            </Title>
            <Anchor href={`/api/events/${encodeURIComponent(e.id)}/interests.xlsx`}>{t('manage.downloadXlsx')}</Anchor>
          </Group>
          <ErrorAlert error={interests.error} />
          {interests.data?.items.length === 0 ? <Text>{t('manage.noInterests')}</Text> : null}
          {interests.data?.items.length ? (
            <Table.ScrollContainer minWidth={560} type="native" tabIndex={0} role="region" aria-label={t('manage.interests')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('manage.innovation')}</Table.Th>
                    <Table.Th>{t('manage.agency')}</Table.Th>
                    <Table.Th>{t('manage.name')}</Table.Th>
                    <Table.Th>{t('event.openCase')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {interests.data.items.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        <Anchor component={Link} to={innovationPath(i.innovationId)}>
                          {i.innovation}
                        </Anchor>
                      </Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{i.agency}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>
                        {i.name} · {f.dateTime(i.createdAt)}
                      </Table.Td>
                      <Table.Td>
                        {i.caseId ? (
                          <Anchor component={Link} to={replicationCasePath(i.caseId)}>
                            {t('event.openCase')}
                          </Anchor>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </section>
        <MaterialsEditor event={e} />
      </Stack>
    </Container>
  );
}

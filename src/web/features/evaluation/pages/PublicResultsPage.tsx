import { Anchor, Badge, Button, Card, Container, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withYear } from '../../../../common/format';
import { useFormat } from '../../../utils/use-format';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { certificateUrl, evaluationApi } from '../api/evaluation-api';
import { useEvaluationAction, usePublicResults } from '../api/evaluation-queries';

/** Public: published and final results of a competition, certificates, and the objection form. */
export function PublicResultsPage() {
  const { t } = useTranslation('evaluation');
  const f = useFormat();
  const { competitionId = '' } = useParams();
  const results = usePublicResults(competitionId);
  if (results.isPending) return <PageLoader />;
  if (!results.data) return <ErrorAlert error={results.error} />;
  const { competition, selections } = results.data;
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('public.title', { name: withYear(competition.name, competition.year) })} intro={t('public.intro')} />
      {selections.length === 0 && <Text>{t('public.none')}</Text>}
      <Stack>
        {selections.map((s) => (
          <Card key={s.id} withBorder>
            <Group justify="space-between">
              <Title order={2}>{s.name}</Title>
              <Badge>{t(`selectionStatus.${s.status}`)}</Badge>
            </Group>
            {s.status === 'final' ? (
              <Text>{t('selection.decree', { number: s.decreeNumber, date: s.decreeDate })}</Text>
            ) : (
              <Text>{t('selection.objectionEnds', { at: s.objectionEndsAt ? f.dateTime(s.objectionEndsAt) : '' })}</Text>
            )}
            <Table striped aria-label={s.name}>
              <Table.Tbody>
                {s.proposals.map((p) => (
                  <Table.Tr key={p.proposalId}>
                    <Table.Td>{p.number}</Table.Td>
                    <Table.Td>{p.title}</Table.Td>
                    <Table.Td>{p.agencyName}</Table.Td>
                    <Table.Td>{p.regionName}</Table.Td>
                    <Table.Td>{s.status === 'final' && s.awardLevel && <Anchor href={certificateUrl(s.id, p.proposalId)}>{t('selection.certificate')}</Anchor>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {s.status === 'published' && <ObjectionForm selectionId={s.id} />}
          </Card>
        ))}
      </Stack>
    </Container>
  );
}

function ObjectionForm({ selectionId }: { selectionId: string }) {
  const { t } = useTranslation('evaluation');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(false);
  const file = useEvaluationAction(() => evaluationApi.fileObjection(selectionId, { name, email, reason }));
  if (done) return <Text role="status">{t('public.objectionFiled')}</Text>;
  return (
    <Stack mt="md" gap="xs">
      <Title order={3} size="h5">
        {t('public.objectionTitle')}
      </Title>
      <TextInput label={t('public.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <TextInput label={t('public.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
      <Textarea label={t('public.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      <ErrorAlert error={file.error} />
      <Button w="fit-content" onClick={() => file.mutate(undefined, { onSuccess: () => setDone(true) })}>
        {t('public.fileObjection')}
      </Button>
    </Stack>
  );
}

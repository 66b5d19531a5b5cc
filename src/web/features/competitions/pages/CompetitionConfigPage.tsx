import { Anchor, Badge, Button, Container, Group, NumberInput, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { competitionConfigPath, competitionPath } from '../../../routes/paths';
import { useCloneCompetition, useCompetition, useMoveCompetition } from '../api/competitions-queries';
import { BasicsForm } from '../components/BasicsForm';
import { CategoriesEditor } from '../components/CategoriesEditor';
import { GroupsEditor } from '../components/GroupsEditor';
import { QuestionsEditor } from '../components/QuestionsEditor';
import { StagesEditor } from '../components/StagesEditor';
import { TimeZoneSelect } from '../components/TimeZoneSelect';

/** The ministry's configuration of one competition: basics, groups and rules, categories, form, stages. */
export function CompetitionConfigPage() {
  const { id } = useParams();
  const { t } = useTranslation('competitions');
  const competition = useCompetition(id);
  const move = useMoveCompetition(id ?? '');
  const clone = useCloneCompetition(id ?? '');
  const navigate = useNavigate();
  const [cloneYear, setCloneYear] = useState<number | null>(null);

  if (competition.isPending) return <PageLoader />;
  if (competition.isError) return <ErrorAlert error={competition.error} />;
  const c = competition.data;

  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={t('configTitle', { name: c.name })}
        documentTitle={c.name}
        actions={
          <>
            <Badge variant="outline" tt="none" size="lg">
              {t(`status.${c.status}`)}
            </Badge>
            {c.status === 'draft' ? (
              <Button onClick={() => move.mutate('published')} loading={move.isPending}>
                {t('publish')}
              </Button>
            ) : null}
            {c.status === 'published' ? (
              <>
                <Button variant="default" onClick={() => move.mutate('draft')} loading={move.isPending}>
                  {t('unpublish')}
                </Button>
                <Button variant="light" color="gray" onClick={() => move.mutate('archived')} loading={move.isPending}>
                  {t('archive')}
                </Button>
              </>
            ) : null}
            {c.status === 'archived' ? <Button onClick={() => move.mutate('published')}>{t('republish')}</Button> : null}
          </>
        }
      />
      <Group justify="space-between" mb="md" align="flex-end">
        <Anchor component={Link} to={competitionPath(c.id)}>
          {t('viewAsParticipant')}
        </Anchor>
        <Group align="flex-end">
          <NumberInput label={t('cloneYear')} min={2000} max={2100} value={cloneYear ?? c.year + 1} onChange={(v) => setCloneYear(Number(v) || null)} w={140} />
          <Button
            variant="default"
            loading={clone.isPending}
            onClick={() => clone.mutate(cloneYear ?? c.year + 1, { onSuccess: (copy) => navigate(competitionConfigPath(copy.id)) })}
          >
            {t('clone')}
          </Button>
          <TimeZoneSelect />
        </Group>
      </Group>
      <ErrorAlert error={move.error ?? clone.error} />
      <Tabs defaultValue="basics" keepMounted={false} mt="md">
        <Tabs.List>
          <Tabs.Tab value="basics">{t('sections.basics')}</Tabs.Tab>
          <Tabs.Tab value="groups">{t('sections.groups')}</Tabs.Tab>
          <Tabs.Tab value="categories">{t('sections.categories')}</Tabs.Tab>
          <Tabs.Tab value="questions">{t('sections.questions')}</Tabs.Tab>
          <Tabs.Tab value="stages">{t('sections.stages')}</Tabs.Tab>
        </Tabs.List>
        {/* Keyed by id so a clone or reload starts each editor from the server's copy. */}
        <Tabs.Panel value="basics" pt="md">
          <BasicsForm key={c.id} competition={c} />
        </Tabs.Panel>
        <Tabs.Panel value="groups" pt="md">
          <GroupsEditor key={c.id} competition={c} />
        </Tabs.Panel>
        <Tabs.Panel value="categories" pt="md">
          <CategoriesEditor key={c.id} competition={c} />
        </Tabs.Panel>
        <Tabs.Panel value="questions" pt="md">
          <QuestionsEditor key={c.id} competition={c} />
        </Tabs.Panel>
        <Tabs.Panel value="stages" pt="md">
          <StagesEditor key={c.id} competition={c} />
        </Tabs.Panel>
      </Tabs>
    </Container>
  );
}

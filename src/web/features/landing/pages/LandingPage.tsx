import { Box, Button, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../../../auth/use-auth';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { paths } from '../../../routes/paths';
import { ServiceStatus } from '../../health/components/ServiceStatus';
import { ProgramCard } from '../components/ProgramCard';
import { StageCard } from '../components/StageCard';

const STAGES = ['create', 'develop', 'institutionalise'] as const;
const PROGRAMS = ['kipp', 'jipp', 'catalog'] as const;

/** Public home page: what Simpul is for, in the words of the three-stage policy. */
export function LandingPage() {
  const { t } = useTranslation(['landing', 'shell', 'common']);
  const { user } = useAuth();
  useDocumentTitle('');

  return (
    <Container size="lg" px={0}>
      <Stack gap={48}>
        <Box component="section" aria-labelledby="landing-hero" pt={{ base: 'sm', md: 'xl' }}>
          <Stack gap="md" maw={760}>
            <Title id="landing-hero" order={1} fz={{ base: 28, sm: 36, md: 42 }} lh={1.15}>
              {t('heroTitle')}
            </Title>
            <Text size="lg">{t('heroBody')}</Text>
            <Group gap="sm" mt="xs">
              <Button component={Link} to={paths.catalog} size="md">
                {t('exploreCatalog')}
              </Button>
              <Button component={Link} to={paths.events} size="md" variant="light">
                {t('seeEvents')}
              </Button>
              {user ? (
                <Button component={Link} to={paths.dashboard} size="md" variant="default">
                  {t('goToDashboard')}
                </Button>
              ) : (
                <Button component={Link} to={paths.login} size="md" variant="default">
                  {t('shell:login')}
                </Button>
              )}
            </Group>
          </Stack>
        </Box>

        <Box component="section" aria-labelledby="landing-stages">
          <Title id="landing-stages" order={2} mb="md">
            {t('stagesTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {STAGES.map((stage, index) => (
              <StageCard key={stage} label={t('stageLabel', { number: index + 1 })} title={t(`stages.${stage}.title`)} body={t(`stages.${stage}.body`)} />
            ))}
          </SimpleGrid>
        </Box>

        <Box component="section" aria-labelledby="landing-programs">
          <Title id="landing-programs" order={2} mb="md">
            {t('programsTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {PROGRAMS.map((program) => (
              <ProgramCard
                key={program}
                title={t(`programs.${program}.title`)}
                body={t(`programs.${program}.body`)}
                link={program === 'catalog' ? { to: paths.catalog, label: t('exploreCatalog') } : undefined}
              />
            ))}
          </SimpleGrid>
        </Box>

        <Box component="footer" pt="md" pb="xl" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Stack gap={6}>
            <ServiceStatus />
            <Text size="sm" c="dimmed">
              {t('common:appName')} · {t('common:ministry')}
            </Text>
          </Stack>
        </Box>
      </Stack>
    </Container>
  );
}

import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ComingSoonPanel } from '../../../components/ComingSoonPanel';
import { PageHeader } from '../../../components/PageHeader';

/** Placeholder until the catalog feature lands: says so, shows no invented data. */
export function CatalogPage() {
  const { t } = useTranslation('catalog');
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ComingSoonPanel />
    </Container>
  );
}

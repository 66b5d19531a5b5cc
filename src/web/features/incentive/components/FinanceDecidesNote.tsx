import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Said on every incentive screen: the platform recommends, the Ministry of Finance decides. */
export function FinanceDecidesNote() {
  const { t } = useTranslation('incentive');
  return (
    <Alert variant="light" color="blue" mb="md" title={t('title')}>
      {t('financeDecides')}
    </Alert>
  );
}

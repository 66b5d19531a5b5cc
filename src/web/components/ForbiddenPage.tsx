import { useTranslation } from 'react-i18next';
import { MessagePage } from './MessagePage';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <MessagePage code="403" title={t('forbidden.title')} body={t('forbidden.body')} />;
}

import { useTranslation } from 'react-i18next';
import { MessagePage } from './MessagePage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <MessagePage code="404" title={t('notFound.title')} body={t('notFound.body')} />;
}

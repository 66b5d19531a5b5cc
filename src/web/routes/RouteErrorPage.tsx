import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MessagePage } from '../components/MessagePage';

/** Shown by the route error boundary: offers a reload, which also fetches a fresh build. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return <MessagePage title={t('routeError.title')} body={t('routeError.body')} action={<Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>} />;
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `<title>` to "Page · Simpul" while the page is shown. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? t('pageTitle', { title }) : t('appName');
  }, [title, t]);
}

import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A polite, dismissible confirmation ("X was deactivated.") announced by screen readers. */
export function StatusMessage({ message, onClose }: { message: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      {message ? (
        <Alert color="teal" variant="light" withCloseButton closeButtonLabel={t('close')} onClose={onClose} mb="md">
          {message}
        </Alert>
      ) : null}
    </div>
  );
}

import { Alert } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';

/** Shows a failure (usually an ApiError with the server's message) as a `role="alert"` box. */
export function ErrorAlert({
  error,
  title,
  ref,
}: {
  error: unknown;
  title?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) ? error.message : t('errors.unexpected');
  return (
    <Alert ref={ref} role="alert" color="red" variant="light" title={title} tabIndex={-1}>
      {message}
    </Alert>
  );
}

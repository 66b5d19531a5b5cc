import { Alert } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';

/** Shows a failure (usually an ApiError with the server's message) as a `role="alert"` box. */
export function ErrorAlert({
  error,
  title,
  ref,
  children,
}: {
  error: unknown;
  title?: string;
  ref?: Ref<HTMLDivElement>;
  /** More about this failure, under the message (e.g. when to try again). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) ? error.message : t('errors.unexpected');
  return (
    <Alert ref={ref} role="alert" color="red" variant="light" title={title} tabIndex={-1}>
      {message}
      {children}
    </Alert>
  );
}

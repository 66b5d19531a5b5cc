import { Alert, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { paths } from '../../../routes/paths';
import { AuthCard } from './AuthCard';
import { NewPasswordFields, type NewPasswordValue } from './NewPasswordFields';
import { readInviteToken } from './read-invite-token';
import { useFocusOnError } from './use-focus-on-error';

export interface TokenPasswordTexts {
  title: string;
  intro: string;
  newPassword: string;
  confirmPassword: string;
  submit: string;
  missingToken: string;
  failedTitle: string;
  successTitle: string;
  successBody: string;
  goToLogin: string;
}

/**
 * A page opened from an e-mailed link (invitation or password reset) that sets a password with
 * the link's token. The token is read from the URL fragment (`#token=…`, never sent to a server)
 * once, then dropped from the address bar and history.
 */
export function TokenPasswordPage({
  path,
  texts,
  submit: send,
  extra,
}: {
  path: string;
  texts: TokenPasswordTexts;
  submit: (input: { token: string; password: string }) => Promise<void>;
  /** Shown under the error, e.g. a link to ask for a new token. */
  extra?: ReactNode;
}) {
  const { t } = useTranslation(['auth', 'common']);
  const location = useLocation();
  const [token] = useState(() => readInviteToken(location));
  const [value, setValue] = useState<NewPasswordValue>({ password: '', confirmation: '' });
  const [errors, setErrors] = useState<{ password?: string; confirmation?: string }>({});
  const alertRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const mutation = useMutation({ mutationFn: send });
  useFocusOnError(mutation.error, alertRef);

  useEffect(() => {
    if (token) window.history.replaceState(window.history.state, '', path);
  }, [token, path]);

  useEffect(() => {
    if (mutation.isSuccess) successRef.current?.focus();
  }, [mutation.isSuccess]);

  if (!token) {
    return (
      <AuthCard title={texts.title}>
        <Alert role="alert" color="red" variant="light">
          {texts.missingToken}
        </Alert>
        {extra}
      </AuthCard>
    );
  }

  if (mutation.isSuccess) {
    return (
      <AuthCard title={texts.title}>
        <Alert ref={successRef} tabIndex={-1} role="status" color="teal" variant="light" title={texts.successTitle}>
          {texts.successBody}
        </Alert>
        <Button component={Link} to={paths.login}>
          {texts.goToLogin}
        </Button>
      </AuthCard>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      password: value.password ? undefined : t('common:errors.required'),
      confirmation: value.confirmation !== value.password ? t('passwordsDoNotMatch') : undefined,
    };
    setErrors(next);
    if (next.password) return passwordRef.current?.focus();
    if (next.confirmation) return confirmationRef.current?.focus();
    mutation.mutate({ token, password: value.password });
  };

  return (
    <AuthCard title={texts.title} intro={texts.intro}>
      <ErrorAlert ref={alertRef} error={mutation.error} title={texts.failedTitle} />
      {mutation.isError ? extra : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <NewPasswordFields
            labels={{ password: texts.newPassword, confirmation: texts.confirmPassword }}
            value={value}
            onChange={setValue}
            errors={errors}
            passwordRef={passwordRef}
            confirmationRef={confirmationRef}
          />
          <Button type="submit" loading={mutation.isPending} fullWidth>
            {texts.submit}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}

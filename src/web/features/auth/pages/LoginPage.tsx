import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../utils/use-format';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { isApiError } from '../../../api/api-error';
import type { LoginRedirectState } from '../../../auth/RequireAccess';
import { useAuth } from '../../../auth/use-auth';
import { useLogin } from '../../../auth/use-login';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { paths } from '../../../routes/paths';
import { AuthCard } from '../components/AuthCard';
import { useFocusOnError } from '../components/use-focus-on-error';

interface FieldErrors {
  email?: string;
  password?: string;
}

/** Only same-app paths are followed after sign-in (no open redirect). */
function safeReturnPath(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : paths.dashboard;
}

/** When a refused sign-in (429) may be tried again, from its `retry-after`; null when not said. */
function retryTime(error: unknown, receivedAt: number): Date | null {
  if (!isApiError(error) || error.status !== 429 || error.retryAfterSeconds === null) return null;
  return new Date(receivedAt + error.retryAfterSeconds * 1000);
}

export function LoginPage() {
  const { t } = useTranslation(['auth', 'common']);
  const f = useFormat();
  const { loading, user } = useAuth();
  const location = useLocation();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [retryAt, setRetryAt] = useState<Date | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  useFocusOnError(login.error, alertRef);

  const returnTo = safeReturnPath(location.state);
  if (loading) return <PageLoader />;
  if (user && !login.isPending) return <Navigate to={returnTo} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {
      email: !email.trim() ? t('common:errors.required') : !email.includes('@') ? t('common:errors.invalidEmail') : undefined,
      password: password ? undefined : t('common:errors.required'),
    };
    setFieldErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    login.reset();
    setRetryAt(null);
    // On success the session query holds the user and the redirect above takes over.
    login.mutate(
      { email: email.trim(), password },
      {
        onError: (error) => {
          setPassword('');
          setRetryAt(retryTime(error, Date.now()));
        },
      },
    );
  };

  return (
    <AuthCard title={t('login.title')} intro={t('login.intro')}>
      <ErrorAlert ref={alertRef} error={login.error} title={t('login.failedTitle')}>
        {retryAt && (
          <Text size="sm" mt="xs">
            {t('login.retryAt', {
              time: f.time(retryAt),
            })}
          </Text>
        )}
      </ErrorAlert>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            ref={emailRef}
            label={t('email')}
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            required
            autoFocus
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldErrors.email}
          />
          <PasswordInput
            ref={passwordRef}
            label={t('password')}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldErrors.password}
          />
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('login.submit')}
          </Button>
          <Anchor component={Link} to={paths.forgotPassword} size="sm">
            {t('login.forgotPassword')}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}

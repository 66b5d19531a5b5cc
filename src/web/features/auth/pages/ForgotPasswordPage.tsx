import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { requestPasswordReset } from '../../../auth/auth-api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { paths } from '../../../routes/paths';
import { AuthCard } from '../components/AuthCard';
import { useFocusOnError } from '../components/use-focus-on-error';

/**
 * "Lupa kata sandi?": asks for a reset link by e-mail. The confirmation is the same whether or not
 * the address has an account, as the server's answer is.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation(['auth', 'common']);
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const emailRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const sentRef = useRef<HTMLDivElement>(null);
  const request = useMutation({ mutationFn: requestPasswordReset });
  useFocusOnError(request.error, alertRef);

  useEffect(() => {
    if (request.isSuccess) sentRef.current?.focus();
  }, [request.isSuccess]);

  const backToLogin = (
    <Anchor component={Link} to={paths.login} size="sm">
      {t('forgotPassword.backToLogin')}
    </Anchor>
  );

  if (request.isSuccess) {
    return (
      <AuthCard title={t('forgotPassword.title')}>
        <Alert ref={sentRef} tabIndex={-1} role="status" color="teal" variant="light" title={t('forgotPassword.sentTitle')}>
          {t('forgotPassword.sentBody', { email: request.variables })}
        </Alert>
        {backToLogin}
      </AuthCard>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !email.trim() ? t('common:errors.required') : !email.includes('@') ? t('common:errors.invalidEmail') : undefined;
    setFieldError(problem);
    if (problem) return emailRef.current?.focus();
    request.mutate(email.trim());
  };

  return (
    <AuthCard title={t('forgotPassword.title')} intro={t('forgotPassword.intro')}>
      <ErrorAlert ref={alertRef} error={request.error} title={t('forgotPassword.failedTitle')} />
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
            error={fieldError}
          />
          <Button type="submit" loading={request.isPending} fullWidth>
            {t('forgotPassword.submit')}
          </Button>
        </Stack>
      </form>
      {backToLogin}
    </AuthCard>
  );
}

import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../../../auth/auth-api';
import { SESSION_QUERY_KEY } from '../../../auth/use-auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AuthCard } from '../components/AuthCard';
import { NewPasswordFields, type NewPasswordValue } from '../components/NewPasswordFields';
import { useFocusOnError } from '../components/use-focus-on-error';

interface Errors {
  current?: string;
  password?: string;
  confirmation?: string;
}

export function ChangePasswordPage() {
  const { t } = useTranslation(['auth', 'common']);
  const [current, setCurrent] = useState('');
  const [value, setValue] = useState<NewPasswordValue>({ password: '', confirmation: '' });
  const [errors, setErrors] = useState<Errors>({});
  const alertRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: changePassword,
    // The server may rotate the session and its CSRF token after a password change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
  });
  useFocusOnError(change.error, alertRef);

  useEffect(() => {
    if (change.isSuccess) successRef.current?.focus();
  }, [change.isSuccess]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {
      current: current ? undefined : t('common:errors.required'),
      password: !value.password ? t('common:errors.required') : value.password === current ? t('passwordSameAsCurrent') : undefined,
      confirmation: value.confirmation !== value.password ? t('passwordsDoNotMatch') : undefined,
    };
    setErrors(next);
    if (next.current) return currentRef.current?.focus();
    if (next.password) return passwordRef.current?.focus();
    if (next.confirmation) return confirmationRef.current?.focus();
    change.mutate(
      { currentPassword: current, newPassword: value.password },
      {
        onSuccess: () => {
          setCurrent('');
          setValue({ password: '', confirmation: '' });
        },
      },
    );
  };

  return (
    <AuthCard title={t('changePassword.title')}>
      {change.isSuccess ? (
        <Alert ref={successRef} tabIndex={-1} role="status" color="teal" variant="light">
          {t('changePassword.success')}
        </Alert>
      ) : null}
      <ErrorAlert ref={alertRef} error={change.error} title={t('changePassword.failedTitle')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <PasswordInput
            ref={currentRef}
            label={t('changePassword.currentPassword')}
            name="current-password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(event) => setCurrent(event.currentTarget.value)}
            error={errors.current}
          />
          <NewPasswordFields
            labels={{
              password: t('changePassword.newPassword'),
              confirmation: t('changePassword.confirmPassword'),
            }}
            value={value}
            onChange={setValue}
            errors={errors}
            passwordRef={passwordRef}
            confirmationRef={confirmationRef}
          />
          <Button type="submit" loading={change.isPending}>
            {t('changePassword.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}

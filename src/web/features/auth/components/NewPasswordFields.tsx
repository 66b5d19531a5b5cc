import { PasswordInput } from '@mantine/core';
import type { Ref } from 'react';

export interface NewPasswordValue {
  password: string;
  confirmation: string;
}

/** "New password" and "Repeat new password" inputs, with their error messages. */
export function NewPasswordFields({
  labels,
  value,
  onChange,
  errors,
  passwordRef,
  confirmationRef,
}: {
  labels: { password: string; confirmation: string };
  value: NewPasswordValue;
  onChange: (value: NewPasswordValue) => void;
  errors: { password?: string; confirmation?: string };
  passwordRef?: Ref<HTMLInputElement>;
  confirmationRef?: Ref<HTMLInputElement>;
}) {
  return (
    <>
      <PasswordInput
        ref={passwordRef}
        label={labels.password}
        name="new-password"
        autoComplete="new-password"
        required
        value={value.password}
        onChange={(event) => onChange({ ...value, password: event.currentTarget.value })}
        error={errors.password}
      />
      <PasswordInput
        ref={confirmationRef}
        label={labels.confirmation}
        name="confirm-password"
        autoComplete="new-password"
        required
        value={value.confirmation}
        onChange={(event) => onChange({ ...value, confirmation: event.currentTarget.value })}
        error={errors.confirmation}
      />
    </>
  );
}

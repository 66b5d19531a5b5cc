import { Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, ROLES_REQUIRING_AGENCY, type Role } from '../../../auth/roles';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DialogActions } from '../../../components/DialogActions';
import { useFocusOnError } from '../../auth/components/use-focus-on-error';
import { AgencyPicker } from '../../admin-agencies/components/AgencyPicker';
import type { Invitation } from '../api/users-api';
import { useCreateUser } from '../api/users-queries';
import { InviteLinkPanel } from './InviteLinkPanel';
import { inviteLink } from '../../../routes/paths';

interface Errors {
  email?: string;
  name?: string;
  agency?: string;
}

const EMPTY_FORM = {
  email: '',
  name: '',
  role: 'agency_operator' as Role,
  agencyId: null as string | null,
};

/** Creates a user and shows the invite link the new user opens to set a password. */
export function CreateUserDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation(['adminUsers', 'roles', 'common']);
  const [form, setForm] = useState(EMPTY_FORM);
  const [errors, setErrors] = useState<Errors>({});
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const create = useCreateUser();
  const alertRef = useRef<HTMLDivElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusOnError(create.error, alertRef);

  const agencyRequired = ROLES_REQUIRING_AGENCY.includes(form.role);

  const close = () => {
    setForm(EMPTY_FORM);
    setErrors({});
    setInvitation(null);
    create.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const email = form.email.trim();
    const name = form.name.trim();
    const next: Errors = {
      email: !email ? t('common:errors.required') : !email.includes('@') ? t('common:errors.invalidEmail') : undefined,
      name: name ? undefined : t('common:errors.required'),
      agency: agencyRequired && !form.agencyId ? t('form.agencyRequired') : undefined,
    };
    setErrors(next);
    if (next.email) return emailRef.current?.focus();
    if (next.name) return nameRef.current?.focus();
    if (next.agency) return;
    create.mutate({ email, name, role: form.role, ...(form.agencyId ? { agencyId: form.agencyId } : {}) }, { onSuccess: setInvitation });
  };

  return (
    <Modal opened={opened} onClose={close} title={invitation ? t('inviteResult.title') : t('form.title')} size="lg" closeButtonProps={{ 'aria-label': t('common:close') }}>
      {invitation ? (
        <InviteLinkPanel email={invitation.user.email} link={invitation.inviteUrl ?? inviteLink(invitation.inviteToken)} onDone={close} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <ErrorAlert ref={alertRef} error={create.error} title={t('form.failedTitle')} />
            <TextInput
              ref={emailRef}
              label={t('form.email')}
              type="email"
              autoComplete="off"
              required
              data-autofocus
              value={form.email}
              onChange={(event) => setForm({ ...form, email: event.currentTarget.value })}
              error={errors.email}
            />
            <TextInput
              ref={nameRef}
              label={t('form.name')}
              autoComplete="off"
              required
              value={form.name}
              onChange={(event) => setForm({ ...form, name: event.currentTarget.value })}
              error={errors.name}
            />
            <NativeSelect
              label={t('form.role')}
              required
              value={form.role}
              onChange={(event) => setForm({ ...form, role: event.currentTarget.value as Role })}
              data={ROLES.map((value) => ({ value, label: t(`roles:${value}.name`) }))}
            />
            <AgencyPicker
              value={form.agencyId}
              onChange={(agencyId) => setForm({ ...form, agencyId })}
              required={agencyRequired}
              description={t('form.agencyHint')}
              error={errors.agency}
            />
            <DialogActions submitLabel={t('form.submit')} busy={create.isPending} onCancel={close} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}

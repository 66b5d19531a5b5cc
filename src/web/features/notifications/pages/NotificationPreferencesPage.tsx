import { Alert, Anchor, Button, Container, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EMAIL_CHOICES, type EmailChoice, NOTIFICATION_KINDS, type NotificationKind } from '../../../../common/notifications';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { currentLanguage } from '../../../i18n';
import { paths } from '../../../routes/paths';
import { useNotificationPreferences, useSaveNotificationPreferences } from '../api/notifications-queries';

/** Per kind: e-mail immediately, in the daily digest, or off (the in-app entry is always written). */
export function NotificationPreferencesPage() {
  const { t } = useTranslation(['notifications', 'common']);
  const stored = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  // Only the user's edits; an untouched kind shows what is stored.
  const [choices, setChoices] = useState<Partial<Record<NotificationKind, EmailChoice>>>({});
  const language = currentLanguage();
  const changed = stored.data?.items.filter((i) => choices[i.kind] !== undefined && choices[i.kind] !== i.email) ?? [];

  const submit = () => {
    const items = changed.map((i) => ({ kind: i.kind, email: choices[i.kind]! }));
    if (items.length > 0) save.mutate(items);
  };

  return (
    <Container size="md" px={0}>
      <PageHeader title={t('notifications:preferences.title')} intro={t('notifications:preferences.intro')} />
      {stored.isPending ? (
        <PageLoader />
      ) : stored.isError ? (
        <ErrorAlert error={stored.error} />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="sm">
            {stored.data.items.map((item) => {
              const labelId = `pref-${item.kind.replace('.', '-')}`;
              return (
                <Paper key={item.kind} withBorder p="md" radius="md">
                  <Group justify="space-between" wrap="wrap" gap="sm">
                    <Text id={labelId} fw={600} style={{ flex: '1 1 12rem' }}>
                      {NOTIFICATION_KINDS[item.kind].label[language]}
                    </Text>
                    <SegmentedControl
                      aria-labelledby={labelId}
                      value={choices[item.kind] ?? item.email}
                      onChange={(value) => setChoices((c) => ({ ...c, [item.kind]: value as EmailChoice }))}
                      data={EMAIL_CHOICES.map((choice) => ({ value: choice, label: t(`notifications:preferences.${choice}`) }))}
                      size="xs"
                    />
                  </Group>
                </Paper>
              );
            })}
            <ErrorAlert error={save.error} title={t('notifications:preferences.notSaved')} />
            {save.isSuccess && changed.length === 0 ? (
              <Alert color="teal" variant="light" role="status">
                {t('notifications:preferences.saved')}
              </Alert>
            ) : null}
            <Group justify="space-between">
              <Anchor component={Link} to={paths.notifications} size="sm">
                {t('notifications:preferences.back')}
              </Anchor>
              <Button type="submit" loading={save.isPending} disabled={changed.length === 0}>
                {t('common:save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Container>
  );
}

import { Button, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { savePreferences } from '../auth/auth-api';
import { SESSION_QUERY_KEY, type SessionState, useAuth } from '../auth/use-auth';
import { setLanguage } from '../i18n';
import { LANGUAGES, type Language } from '../i18n/languages';

const SHORT_NAMES: Record<Language, string> = { id: 'ID', en: 'EN' };

/**
 * Two toggle buttons, "ID" and "EN". Each also carries its language's name in its own language
 * ("Bahasa Indonesia", "English"), hidden, so it can be found whatever the current language and
 * the accessible name still begins with the visible text (WCAG 2.5.3).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('language');
  const current = i18n.resolvedLanguage;
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const choose = (language: Language) => {
    void setLanguage(language);
    // Signed in: notifications and e-mails follow the interface language (best effort; the switch works offline too).
    if (!user || user.language === language) return;
    savePreferences({ language })
      .then((saved) =>
        queryClient.setQueryData<SessionState>(SESSION_QUERY_KEY, (session) => (session?.user ? { ...session, user: { ...session.user, language: saved.language } } : session)),
      )
      .catch(() => undefined);
  };
  return (
    <Group gap={0} role="group" aria-label={t('label')} wrap="nowrap">
      {LANGUAGES.map((language, index) => {
        const pressed = current === language;
        return (
          <Button
            key={language}
            size="compact-sm"
            h={32}
            px={10}
            variant={pressed ? 'filled' : 'default'}
            aria-pressed={pressed}
            lang={language}
            onClick={() => choose(language)}
            style={{
              borderTopLeftRadius: index === 0 ? undefined : 0,
              borderBottomLeftRadius: index === 0 ? undefined : 0,
              borderTopRightRadius: index === LANGUAGES.length - 1 ? undefined : 0,
              borderBottomRightRadius: index === LANGUAGES.length - 1 ? undefined : 0,
            }}
          >
            {SHORT_NAMES[language]}
            <span className="visually-hidden"> {t(language, { lng: language })}</span>
          </Button>
        );
      })}
    </Group>
  );
}

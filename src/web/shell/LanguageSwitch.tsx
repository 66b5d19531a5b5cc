import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
            onClick={() => void setLanguage(language)}
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

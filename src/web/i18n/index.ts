import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { id, type Translations } from './id';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language, readStoredLanguage, storeLanguage } from './languages';

/** Bahasa Indonesia ships in the entry chunk; other languages are fetched when first chosen. */
const loadTranslations: Record<Language, () => Promise<Translations>> = {
  id: async () => id,
  en: async () => (await import('./en')).en,
};

const NAMESPACES = Object.keys(id) as (keyof Translations)[];

async function ensureLoaded(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'common')) return;
  const resources = await loadTranslations[language]();
  for (const namespace of NAMESPACES) {
    i18n.addResourceBundle(language, namespace, resources[namespace], true, true);
  }
}

function applyLanguage(language: string): void {
  if (!isLanguage(language)) return;
  document.documentElement.lang = language;
  storeLanguage(language);
}

export async function initI18n(): Promise<typeof i18n> {
  const language = readStoredLanguage();
  await i18n.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: NAMESPACES,
    defaultNS: 'common',
    resources: { id },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18n.on('languageChanged', applyLanguage);
  await setLanguage(language);
  document.documentElement.lang = currentLanguage();
  return i18n;
}

/** Switches the interface language, loading its translations first. */
export async function setLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  await i18n.changeLanguage(language);
}

/** The language in use now; also sent to the API as `Accept-Language`. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

export { i18n };

import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/** Plain objects rather than `X.extend()`, so the entry chunk does not import these inputs. */
const NO_ASTERISK = { defaultProps: { withAsterisk: false } };

/** System fonts only: nothing is fetched from the internet at run time. */
const SYSTEM_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white-on-primary and primary-on-white text above 4.5:1 (WCAG AA).
  primaryShade: { light: 8, dark: 8 },
  fontFamily: SYSTEM_FONTS,
  headings: { fontFamily: SYSTEM_FONTS },
  focusRing: 'auto',
  defaultRadius: 'md',
  cursorType: 'pointer',
  /**
   * Mantine's required asterisk is a DOM node inside <label>, so a label's text becomes
   * "Email *" and `getByLabel('Email', { exact: true })` fails. The asterisk is drawn by CSS
   * instead (styles/global.css); inputs keep the `required` attribute. Every input with a
   * label is listed, or it would show two ("Tahun * *").
   */
  components: {
    TextInput: NO_ASTERISK,
    PasswordInput: NO_ASTERISK,
    NativeSelect: NO_ASTERISK,
    Select: NO_ASTERISK,
    Textarea: NO_ASTERISK,
    NumberInput: NO_ASTERISK,
    MultiSelect: NO_ASTERISK,
    FileInput: NO_ASTERISK,
    Autocomplete: NO_ASTERISK,
    TagsInput: NO_ASTERISK,
    InputWrapper: NO_ASTERISK,
    CheckboxGroup: NO_ASTERISK,
    RadioGroup: NO_ASTERISK,
  },
});

/**
 * The theme in the interface language: Mantine's close buttons of modals and drawers have no
 * accessible name of their own (axe: button-name), so every one gets "Tutup" / "Close" unless the
 * dialog names it itself.
 */
export function localizedTheme(closeLabel: string): typeof theme {
  const closeButtonProps = { 'aria-label': closeLabel };
  return { ...theme, components: { ...theme.components, Modal: { defaultProps: { closeButtonProps } }, Drawer: { defaultProps: { closeButtonProps } } } };
}

/** Darker secondary, error and placeholder text than Mantine's defaults, for AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-9)',
    // "Light" alerts and badges: shade-9 text on shade-1 teal is 4.3:1; on shade 0 it passes.
    '--mantine-color-teal-light': 'var(--mantine-color-teal-0)',
    '--mantine-color-teal-light-hover': 'var(--mantine-color-teal-1)',
    '--mantine-color-red-light': 'var(--mantine-color-red-0)',
    '--mantine-color-red-light-hover': 'var(--mantine-color-red-1)',
    // Yellow and orange "light" text (alert titles, badges) was 2.7:1 on its own background: dark text instead.
    '--mantine-color-yellow-light-color': 'var(--mantine-color-dark-7)',
    '--mantine-color-orange-light-color': 'var(--mantine-color-dark-7)',
    // Outline badges and coloured hint text in teal/green were 3.7–4.0:1 on white and gray-0.
    '--mantine-color-teal-outline': 'var(--mantine-color-teal-9)',
    '--mantine-color-green-outline': 'var(--mantine-color-green-9)',
    '--mantine-color-teal-text': 'var(--mantine-color-teal-9)',
    '--mantine-color-green-text': 'var(--mantine-color-green-9)',
  },
  dark: {},
});

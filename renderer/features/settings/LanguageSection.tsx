import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/ipc/settings.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { initI18n, LOCALES } from '../../i18n/index.ts';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';

/** Each language named in itself, so an operator finds theirs whatever is shown now. */
const NATIVE_NAMES: Record<Locale, string> = { en: 'English', nl: 'Nederlands', de: 'Deutsch' };

export function LanguageSection(props: { locale: Locale }) {
  const { t } = useTranslation('settings');
  const update = useSettingsStore((state) => state.update);
  const [error, setError] = useState<string | null>(null);

  async function choose(locale: Locale) {
    initI18n(locale); // at once; saving follows
    const failure = await update({ locale });
    setError(failure?.message ?? null);
  }

  return (
    <SettingsCard title={t('language.title')}>
      {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not a form fieldset */}
      <div className="language-choice" role="group" aria-label={t('language.title')}>
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="button"
            lang={locale}
            className="language-button"
            aria-pressed={props.locale === locale}
            onClick={() => void choose(locale)}
          >
            {NATIVE_NAMES[locale]}
          </button>
        ))}
      </div>
      <FieldError message={error} />
    </SettingsCard>
  );
}

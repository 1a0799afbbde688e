// How many parcels the order goes in: one label each (1..20, what main accepts).
import { useTranslation } from 'react-i18next';

const MAX_PACKAGES = 20;

export function PackagesStepper(props: {
  value: number;
  onChange: (value: number) => void;
  disabled: boolean;
}) {
  const { value, onChange, disabled } = props;
  const { t } = useTranslation('print');
  return (
    <fieldset className="print-packages">
      <legend className="visually-hidden">{t('card.packages')}</legend>
      <span className="print-packages-label" aria-hidden="true">
        {t('card.packages')}
      </span>
      <button
        type="button"
        className="secondary"
        aria-label={t('card.fewerPackages')}
        disabled={disabled || value <= 1}
        onClick={() => onChange(value - 1)}
      >
        −
      </button>
      <output className="print-packages-value" aria-live="polite">
        {value}
      </output>
      <button
        type="button"
        className="secondary"
        aria-label={t('card.morePackages')}
        disabled={disabled || value >= MAX_PACKAGES}
        onClick={() => onChange(value + 1)}
      >
        +
      </button>
    </fieldset>
  );
}

// A fulfillment status in the operator's language. A status a newer Equipme added has no
// translation: it reads "unknown status “x”", never a raw i18n key.
import type { TFunction } from 'i18next';
import { isKnownStatus } from '../../shared/domain/lifecycle.ts';

export function statusName(t: TFunction, status: string): string {
  return isKnownStatus(status) ? t(`common:status.${status}`) : t('common:statusUnknown', { status });
}

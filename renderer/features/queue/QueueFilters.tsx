import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSACTION_TYPES } from '../../../shared/api/equipme.ts';
import { isKnownStatus, OPEN_STATUSES } from '../../../shared/domain/lifecycle.ts';
import { formatCount } from '../../i18n/format.ts';
import { statusName } from '../../ui/status-name.ts';
import { useQueueStore } from './use-queue-store.ts';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

function Chip(props: { pressed: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="chip" aria-pressed={props.pressed} onClick={props.onClick}>
      {props.children}
    </button>
  );
}

function ChipGroup(props: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset's legend cannot sit beside the chips
    <div className="chip-group" role="group" aria-label={props.label}>
      <span className="chip-group-label" aria-hidden="true">
        {props.label}
      </span>
      <div className="chip-group-chips">{props.children}</div>
    </div>
  );
}

export const QueueFilters = memo(function QueueFilters() {
  const { t, i18n } = useTranslation(['queue', 'common']);
  // Each filter on its own: typing in the search field does not draw the chips again.
  const statuses = useQueueStore((state) => state.filters.statuses);
  const transactionTypes = useQueueStore((state) => state.filters.transactionTypes);
  const locationIds = useQueueStore((state) => state.filters.locationIds);
  const preorder = useQueueStore((state) => state.filters.preorder);
  const counts = useQueueStore((state) => state.countsByStatus);
  const locations = useQueueStore((state) => state.locations);
  const source = useQueueStore((state) => state.filters.source);
  const sources = useQueueStore((state) => state.sources);
  const setFilters = useQueueStore((state) => state.setFilters);
  // Main counts every open order once, under its own status (also one a newer Equipme added): the
  // sum is the list's unfiltered total.
  const allOpen = Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const unknownStatuses = Object.keys(counts)
    .filter((status) => !isKnownStatus(status))
    .sort();
  const count = (n: number) => <span className="chip-count">{formatCount(n, i18n.language)}</span>;

  return (
    <div className="queue-filters">
      <ChipGroup label={t('filter.status')}>
        <Chip pressed={statuses.length === 0} onClick={() => setFilters({ statuses: [] })}>
          {t('filter.allOpen')} {count(allOpen)}
        </Chip>
        {OPEN_STATUSES.map((status) => (
          <Chip
            key={status}
            pressed={statuses.includes(status)}
            onClick={() => setFilters({ statuses: toggle(statuses, status) })}
          >
            {t(`common:status.${status}`)} {count(counts[status] ?? 0)}
          </Chip>
        ))}
        {unknownStatuses.map((status) => (
          // The station cannot filter on a status it does not know: shown, not pressable.
          <span key={status} className="chip chip-unknown" title={t('filter.unknownTitle')}>
            {statusName(t, status)} {count(counts[status] ?? 0)}
          </span>
        ))}
      </ChipGroup>
      <div className="chip-row">
        <ChipGroup label={t('filter.type')}>
          <Chip pressed={transactionTypes.length === 0} onClick={() => setFilters({ transactionTypes: [] })}>
            {t('filter.all')}
          </Chip>
          {TRANSACTION_TYPES.map((type) => (
            <Chip
              key={type}
              pressed={transactionTypes.includes(type)}
              onClick={() => setFilters({ transactionTypes: toggle(transactionTypes, type) })}
            >
              {t(`common:transactionType.${type}`)}
            </Chip>
          ))}
        </ChipGroup>
        <ChipGroup label={t('filter.preorder')}>
          <Chip pressed={preorder === null} onClick={() => setFilters({ preorder: null })}>
            {t('filter.all')}
          </Chip>
          <Chip pressed={preorder === true} onClick={() => setFilters({ preorder: true })}>
            {t('filter.preorderOnly')}
          </Chip>
          <Chip pressed={preorder === false} onClick={() => setFilters({ preorder: false })}>
            {t('filter.notPreorder')}
          </Chip>
        </ChipGroup>
        {(sources.length > 1 || source !== null) && (
          <ChipGroup label={t('source.filter')}>
            <Chip pressed={source === null} onClick={() => setFilters({ source: null })}>
              {t('filter.all')}
            </Chip>
            {sources.map((name) => (
              <Chip key={name} pressed={source === name} onClick={() => setFilters({ source: name })}>
                {t(`source.name.${name}`)}
              </Chip>
            ))}
          </ChipGroup>
        )}
        {locations.length > 0 && (
          <ChipGroup label={t('filter.location')}>
            <Chip pressed={locationIds.length === 0} onClick={() => setFilters({ locationIds: [] })}>
              {t('filter.all')}
            </Chip>
            {locations.map((location) => (
              <Chip
                key={location.id}
                pressed={locationIds.includes(location.id)}
                onClick={() => setFilters({ locationIds: toggle(locationIds, location.id) })}
              >
                {location.name}
              </Chip>
            ))}
          </ChipGroup>
        )}
      </div>
    </div>
  );
});

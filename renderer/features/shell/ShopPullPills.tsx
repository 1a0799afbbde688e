// Each shop switched on, beside Equipme's connection pill in the header: its name and a dot, green
// while its pulls go well, amber after a problem, red while they fail (offline, a refused password),
// so an operator at the queue sees a shop's trouble without opening one of its orders. The words
// (what went wrong, since when, the last pull, the next try) are the pill's title, and a press shows
// them under it until the pill loses focus. Nothing more while all is well: Equipme's pill shows no
// more either.
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShopPullStatus } from '../../../shared/domain/shop-pull-status.ts';
import { useSyncStore } from '../../app/use-sync-store.ts';
import { formatTime } from '../../i18n/format.ts';

type Tone = 'ok' | 'warn' | 'danger' | 'idle';

// One empty list: a new one per read would be a new snapshot on every render.
const NO_SHOPS: readonly ShopPullStatus[] = [];

function toneOf(shop: ShopPullStatus): Tone {
  if (shop.state === 'failing') return 'danger';
  if (shop.problem !== null) return 'warn';
  return shop.lastPull === null ? 'idle' : 'ok';
}

/** What the operator is told about one shop's pulls, line by line. */
function detailLines(t: TFunction, shop: ShopPullStatus, language: string): string[] {
  const name = t(`shopName.${shop.source}`);
  const time = (iso: string) => formatTime(iso, language);
  const lines: string[] = [];
  if (shop.problem !== null) {
    lines.push(t('shopPull.problem', { shop: name, problem: shop.problem }));
    if (shop.problemAt) lines.push(t('shopPull.since', { time: time(shop.problemAt) }));
  }
  lines.push(
    shop.lastPull
      ? t('shopPull.lastPull', { shop: name, time: time(shop.lastPull.at), count: shop.lastPull.orders })
      : t('shopPull.notYet', { shop: name }),
  );
  if (shop.nextAt && shop.state !== 'pulling') lines.push(t('shopPull.next', { time: time(shop.nextAt) }));
  return lines;
}

export function ShopPullPills() {
  const shops = useSyncStore((state) => state.status?.shops ?? NO_SHOPS);
  const on = shops.filter((shop) => shop.state !== 'off');
  if (on.length === 0) return null;
  return (
    <span className="shop-pulls">
      {on.map((shop) => (
        <ShopPullPill key={shop.source} shop={shop} />
      ))}
    </span>
  );
}

function ShopPullPill(props: { shop: ShopPullStatus }) {
  const { shop } = props;
  const { t, i18n } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const tone = toneOf(shop);
  const name = t(`shopName.${shop.source}`);
  const lines = detailLines(t, shop, i18n.language);
  const panel = `shop-pull-${shop.source}`;
  return (
    <span className="shop-pull">
      <button
        type="button"
        className={`shop-pull-pill tone-${tone}`}
        title={lines.join('\n')}
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
        // The words go when the operator turns to anything else (a scan never presses the pill:
        // the wedge listener takes a scan's keys before any button sees them).
        onBlur={() => setOpen(false)}
      >
        <span className="shop-pull-dot" aria-hidden="true" />
        {tone === 'danger' ? t('shopPull.failing', { shop: name }) : name}
      </button>
      {open && (
        <span id={panel} className={`shop-pull-panel tone-${tone}`} role="status">
          {lines.map((line) => (
            <span key={line} className="shop-pull-line">
              {line}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

// The pages as the printer will print them: PNGs main renders from the very layout it turns into
// printer bytes. They fit the card; a click opens a page large enough to read every line.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../../../shared/ipc/printing.ts';
import { PreviewDialog } from './PreviewDialog.tsx';
import { usePrintStore } from './use-print-store.ts';
import './print-preview.css';

const KINDS: readonly DocumentKind[] = ['label', 'slip'];

export function PrintPreview() {
  const { t } = useTranslation('print');
  const state = usePrintStore((s) => s.preview);
  const showPreview = usePrintStore((s) => s.showPreview);
  const [enlarged, setEnlarged] = useState<number | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // The card sits in a busy side column: once the first page has its size, bring the pages into view.
  const reveal = () => panelRef.current?.scrollIntoView?.({ block: 'nearest' });

  if (!state) return null;
  const pages = state.preview?.pages ?? [];
  const notes = state.preview?.notes ?? [];
  const kind = t(`kind.${state.kind}`);

  return (
    <div className="print-preview" ref={panelRef}>
      <fieldset className="print-preview-kinds">
        <legend className="visually-hidden">{t('preview.document')}</legend>
        <span className="print-preview-showing" aria-hidden="true">
          {t('preview.showing')}
        </span>
        {KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className="secondary"
            aria-pressed={state.kind === k}
            onClick={() => void showPreview(k)}
          >
            {t(`kind.${k}`)}
          </button>
        ))}
      </fieldset>
      {state.loading && <p className="print-preview-loading">{t('preview.loading')}</p>}
      {state.error && (
        <p className="print-error" role="alert">
          {state.error}
        </p>
      )}
      {pages.length > 0 && (
        <div className="print-preview-body">
          <ul className="print-preview-pages" aria-label={t('preview.pages', { kind })}>
            {pages.map((src, index) => (
              // Two pages may be the same image; their position tells them apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: the pages of a preview never reorder
              <li key={index}>
                <button
                  type="button"
                  className="print-preview-page"
                  aria-label={t('preview.enlarge', { kind, page: index + 1, count: pages.length })}
                  onClick={() => setEnlarged(index)}
                >
                  <img
                    className={
                      pages.length > 1 ? 'print-preview-img print-preview-img-many' : 'print-preview-img'
                    }
                    src={src}
                    onLoad={index === 0 ? reveal : undefined}
                    alt={t('preview.pageAlt', { kind, page: index + 1, count: pages.length })}
                  />
                </button>
              </li>
            ))}
          </ul>
          <div className="print-preview-aside">
            <p className="print-preview-hint">{t('preview.hint')}</p>
            {notes.length > 0 && (
              <ul className="print-notes" aria-label={t('preview.notes')}>
                {notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      {enlarged !== null && pages.length > 0 && (
        <PreviewDialog
          kind={kind}
          pages={pages}
          start={Math.min(enlarged, pages.length - 1)}
          onClose={() => setEnlarged(null)}
        />
      )}
    </div>
  );
}

// One preview page, large: fitted to the screen, or at the printer's own dots to read the small
// print (scrolls). Arrow keys and the buttons page through a multi-page document.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog.tsx';

export function PreviewDialog(props: { kind: string; pages: string[]; start: number; onClose: () => void }) {
  const { kind, pages, onClose } = props;
  const { t } = useTranslation(['print', 'common']);
  const [page, setPage] = useState(props.start);
  const [actualSize, setActualSize] = useState(false);
  const count = pages.length;
  const values = { kind, page: page + 1, count };

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'ArrowRight' && page < count - 1) setPage(page + 1);
    if (event.key === 'ArrowLeft' && page > 0) setPage(page - 1);
  }

  return (
    <Dialog title={t('print:preview.dialogTitle', values)} onClose={onClose}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys page through, buttons do the same */}
      <div className="print-enlarge" onKeyDown={onKeyDown}>
        <div className={actualSize ? 'print-enlarge-frame print-enlarge-actual' : 'print-enlarge-frame'}>
          <img className="print-enlarge-img" src={pages[page]} alt={t('print:preview.pageAlt', values)} />
        </div>
        <div className="dialog-buttons print-enlarge-buttons">
          {count > 1 && (
            <>
              <button
                type="button"
                className="secondary"
                disabled={page === 0}
                onClick={() => setPage(page - 1)}
              >
                {t('print:preview.previous')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={page === count - 1}
                onClick={() => setPage(page + 1)}
              >
                {t('print:preview.next')}
              </button>
            </>
          )}
          <button
            type="button"
            className="secondary"
            aria-pressed={actualSize}
            onClick={() => setActualSize(!actualSize)}
          >
            {actualSize ? t('print:preview.fit') : t('print:preview.actualSize')}
          </button>
          <button type="button" data-autofocus onClick={onClose}>
            {t('common:button.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

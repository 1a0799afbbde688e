// What the sales order and its customer ask of the packer, as the order and the shipment screens show
// it: the customer's packing instructions (read and acknowledged before the label prints: main refuses
// the label until then) and the customer's note to the sales order. Text only, never markup.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackingInstruction, SalesOrderView } from '../../shared/ipc/sales.ts';
import './sales-notes.css';

export function PackingInstructions(props: {
  customerName: string;
  instructions: PackingInstruction[];
  /** Once acknowledged, who did and when, in words (the caller knows for which orders); null while due. */
  acknowledged: string | null;
  /** Resolves to main's refusal in words, or null once acknowledged. */
  onAcknowledge(): Promise<string | null>;
}) {
  const { customerName, instructions, acknowledged } = props;
  const { t } = useTranslation(['order']);
  const [problem, setProblem] = useState<string | null>(null);
  if (instructions.length === 0) return null;
  const title = t('order:sales.instructionsTitle', { customer: customerName });

  return (
    <section
      className={`order-instructions${acknowledged ? ' order-instructions-read' : ''}`}
      aria-label={title}
    >
      <strong className="order-note-title">{title}</strong>
      {instructions.map((instruction) => (
        <p key={instruction.key} className="order-instructions-text">
          {instruction.text}
        </p>
      ))}
      {acknowledged ? (
        <span className="order-instructions-ack" role="status">
          {acknowledged}
        </span>
      ) : (
        <button
          type="button"
          className="primary"
          onClick={async () => setProblem(await props.onAcknowledge())}
        >
          {t('order:sales.acknowledge')}
        </button>
      )}
      {problem && (
        <span className="order-instructions-problem" role="alert">
          {problem}
        </span>
      )}
    </section>
  );
}

/** The customer's note to the whole sales order. */
export function SalesOrderNote(props: { salesOrder: SalesOrderView }) {
  const { salesOrder } = props;
  const { t } = useTranslation(['order']);
  if (salesOrder.state !== 'copy' || !salesOrder.note) return null;
  return (
    <p className="order-note" title={t('order:sales.noteOf', { number: salesOrder.orderNumber })}>
      <strong className="order-note-title">{t('order:sales.note')}</strong>
      <span className="order-note-text">{salesOrder.note}</span>
    </p>
  );
}

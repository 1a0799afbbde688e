import { useEffect } from 'react';
import { formatCreated, STATUS_LABELS, TRANSACTION_LABELS } from './labels.ts';
import { useQueueStore } from './use-queue-store.ts';
import './order-queue.css';

export function OrderQueue() {
  const { orders, total, loaded, loading, error, load } = useQueueStore();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="queue" aria-labelledby="queue-title">
      <div className="queue-bar">
        <h1 id="queue-title">Order queue</h1>
        <span className="queue-count">
          {loaded && (orders.length === total ? `${total} open` : `${orders.length} of ${total} open`)}
        </span>
        <button type="button" className="queue-refresh" onClick={() => void load()} disabled={loading}>
          {loading ? 'Loading…' : 'Refresh'}
        </button>
      </div>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      <table className="queue-table">
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Customer</th>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col" className="numeric">
              Lines
            </th>
            <th scope="col">Country</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id}>
              <td className="order-number">
                {order.orderNumber}
                {order.isPreorder && <span className="badge badge-preorder">Preorder</span>}
              </td>
              <td>{order.customerName}</td>
              <td>{TRANSACTION_LABELS[order.transactionType]}</td>
              <td>
                <span className={`status status-${order.status}`}>{STATUS_LABELS[order.status]}</span>
              </td>
              <td className="numeric">{order.lineCount}</td>
              <td>{order.country ?? '—'}</td>
              <td>{formatCreated(order.created)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {loaded && !error && orders.length === 0 && <p className="queue-empty">No open orders.</p>}
    </section>
  );
}

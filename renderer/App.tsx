import { OrderQueue } from './features/queue/OrderQueue.tsx';
import { StationHeader } from './features/station/StationHeader.tsx';

export function App() {
  return (
    <div className="app">
      <StationHeader />
      <main className="app-main">
        <OrderQueue />
      </main>
    </div>
  );
}

import { useEffect } from 'react';
import { useStationStore } from './use-station-store.ts';
import './station-header.css';

const CONNECTION_LABELS = { online: 'Online', offline: 'Offline', unknown: 'Connecting…' } as const;

export function StationHeader() {
  const { info, online, error, load, watchStatus } = useStationStore();

  useEffect(() => {
    void load();
    return watchStatus();
  }, [load, watchStatus]);

  const connection = online === null ? 'unknown' : online ? 'online' : 'offline';
  return (
    <header className="station-header">
      <span className="station-name">Packing Station</span>
      {info && (
        <span className={`mode mode-${info.mode}`} title={info.apiUrl}>
          {info.mode === 'demo' ? 'Demo' : 'Live'}
        </span>
      )}
      <span className={`connection connection-${connection}`}>{CONNECTION_LABELS[connection]}</span>
      {error && (
        <span className="station-error" role="alert">
          {error}
        </span>
      )}
      {info && <span className="station-version">v{info.version}</span>}
    </header>
  );
}

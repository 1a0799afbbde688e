// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StationHeader } from '../../renderer/features/station/StationHeader.tsx';
import { useStationStore } from '../../renderer/features/station/use-station-store.ts';
import { installFakeStation } from './fake-station.ts';

const initialStation = useStationStore.getState();

beforeEach(() => useStationStore.setState(initialStation, true));
afterEach(cleanup);

describe('StationHeader', () => {
  it('shows the mode from station:info and follows station:status', async () => {
    const station = installFakeStation({
      'station:info': () => ({
        ok: true,
        value: { version: '0.1.0', mode: 'demo', apiUrl: 'http://127.0.0.1:4010', printer: 'file' },
      }),
    });
    render(<StationHeader />);

    expect(await screen.findByText('Demo')).toBeTruthy();
    expect(screen.getByText('v0.1.0')).toBeTruthy();
    expect(screen.getByText('Connecting…')).toBeTruthy();
    act(() => station.push('station:status', { online: false }));
    expect(screen.getByText('Offline')).toBeTruthy();
    act(() => station.push('station:status', { online: true }));
    expect(screen.getByText('Online')).toBeTruthy();
  });

  it('says so when the station does not answer', async () => {
    installFakeStation({});
    render(<StationHeader />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not answer/);
  });
});

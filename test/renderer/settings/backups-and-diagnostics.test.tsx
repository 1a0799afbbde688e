// @vitest-environment happy-dom
// Settings → Backups shows how the station's backups go; Diagnostics for support: one press, main
// writes the zip, the screen shows where.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupSection } from '../../../renderer/features/settings/BackupSection.tsx';
import { DiagnosticsSection } from '../../../renderer/features/settings/DiagnosticsSection.tsx';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { installFakeStation } from '../fake-station.ts';

beforeEach(() => initI18n('en'));
afterEach(cleanup);

const FILE = '/home/packer/.config/packing-station/diagnostics/diagnostics-2026-12-02T08-00-00-000Z.zip';

describe('the diagnostics button', () => {
  it('asks main to write the zip and shows its path', async () => {
    const station = installFakeStation({
      'station:diagnostics': () => ({ ok: true, value: { file: FILE } }),
    });
    render(<DiagnosticsSection />);
    const card = screen.getByRole('region', { name: 'Diagnostics for support' });
    await act(async () =>
      fireEvent.click(within(card).getByRole('button', { name: 'Write diagnostics zip' })),
    );
    expect(station.calls.map((call) => call.channel)).toEqual(['station:diagnostics']);
    expect(within(card).getByRole('status').textContent).toBe(`Written. Send this file to support: ${FILE}`);
  });

  it("shows main's words when the zip cannot be written", async () => {
    installFakeStation({
      'station:diagnostics': () => ({
        ok: false,
        error: { code: 'internal', message: 'The diagnostics zip could not be written: the disk is full' },
      }),
    });
    render(<DiagnosticsSection />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Write diagnostics zip' })));
    expect(screen.getByRole('alert').textContent).toMatch(/the disk is full/);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('the backups card', () => {
  it('shows the newest backup and how many are kept', async () => {
    installFakeStation({
      'station:backup-status': () => ({
        ok: true,
        value: { kept: 7, newestAt: '2026-12-02T06:00:00.000Z', failure: null },
      }),
    });
    render(<BackupSection />);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(/^Last backup .*2026.*; 7 backups kept\.$/),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a failed backup in red, with what main said', async () => {
    installFakeStation({
      'station:backup-status': () => ({
        ok: true,
        value: {
          kept: 0,
          newestAt: null,
          failure: {
            at: '2026-12-02T06:00:00.000Z',
            message: 'the disk holding /data is full: free space on it',
          },
        },
      }),
    });
    render(<BackupSection />);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /failed: the disk holding \/data is full: free space on it\. The station goes on/,
      ),
    );
    expect(screen.getByRole('status').textContent).toBe('No backup yet.');
  });
});

// Start at login on Linux: an XDG autostart entry (~/.config/autostart/packing-station.desktop),
// written when the supervisor turns it on and removed when turned off. (macOS and Windows use
// Electron's app.setLoginItemSettings in the glue.)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const AUTOSTART_FILE = 'packing-station.desktop';

/** $XDG_CONFIG_HOME/autostart, or ~/.config/autostart. */
export function autostartDir(env: Record<string, string | undefined>, home: string): string {
  const configHome = env.XDG_CONFIG_HOME?.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(configHome, 'autostart');
}

/** The desktop entry that starts `command` (the executable and its arguments) at login. */
export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Packing Station',
    // The file's own string escapes apply on top of Exec's quoting: each backslash is doubled.
    `Exec=${command.map(execArgument).join(' ').replaceAll('\\', '\\\\')}`,
    'X-GNOME-Autostart-enabled=true',
    'Terminal=false',
    '',
  ].join('\n');
}

export function setLinuxAutostart(enabled: boolean, dir: string, command: readonly string[]): void {
  const file = join(dir, AUTOSTART_FILE);
  if (!enabled) {
    rmSync(file, { force: true });
    return;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, autostartEntry(command), { mode: 0o644 });
}

/**
 * One argument of Exec= (Desktop Entry Specification, "The Exec key"): quoted when it holds a
 * reserved character, with ", `, $ and \ escaped inside the quotes; a literal % is %%.
 */
function execArgument(argument: string): string {
  const percent = argument.replaceAll('%', '%%');
  if (!/[\s"'\\><~|&;$*?#()`=]/.test(percent) && percent !== '') return percent;
  return `"${percent.replace(/["`$\\]/g, (c) => `\\${c}`)}"`;
}

// Who holds the sync lease: host and process, so a holder that died on this machine is taken over
// at once instead of after the heartbeat goes stale.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

export function newLeaseOwner(): string {
  return `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
}

/** True when `owner` names a process on this host that no longer runs. */
export function ownerIsDead(owner: string): boolean {
  const [host, pid] = owner.split('/');
  if (host !== hostname() || !pid || !/^\d+$/.test(pid)) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** True when `owner` names a process on this host that still runs. */
export function ownerRunsHere(owner: string): boolean {
  const [host, pid] = owner.split('/');
  return host === hostname() && pid !== undefined && /^\d+$/.test(pid) && !ownerIsDead(owner);
}

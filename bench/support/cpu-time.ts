// CPU time spent by this Node process and by the bench's PostgreSQL cluster, so a
// benchmark can say where a request's work goes even when the wall clock is noisy (other jobs
// share the 2 cores): CPU seconds are not stretched by waiting for a core, wall seconds are.
import fs from 'node:fs';
import path from 'node:path';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * Sum of user + system CPU ms of one PostgreSQL cluster: its postmaster (pid from
 * `<dataDir>/postmaster.pid`) and the backends it forked (Linux /proc; 0 elsewhere). Other
 * clusters on the machine (tests running beside the bench) are not counted.
 */
export function postgresCpuMs(dataDir: string): number {
  let postmaster: string;
  try { postmaster = fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0].trim(); } catch { return 0; }
  let ticks = 0;
  let dirs: string[] = [];
  try { dirs = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)); } catch { return 0; }
  for (const pid of dirs) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (pid !== postmaster && fields[1] !== postmaster) continue; // fields[1] is the parent pid
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch { /* the process ended meanwhile */ }
  }
  return (ticks / TICKS_PER_SECOND) * 1000;
}

export interface CpuMark { node: number; pg: number }

export function cpuMark(dataDir: string): CpuMark {
  const u = process.cpuUsage();
  return { node: (u.user + u.system) / 1000, pg: postgresCpuMs(dataDir) };
}

/** CPU ms of Node and of the cluster in `dataDir` since `from`. */
export function cpuSince(dataDir: string, from: CpuMark): CpuMark {
  const now = cpuMark(dataDir);
  return { node: now.node - from.node, pg: now.pg - from.pg };
}

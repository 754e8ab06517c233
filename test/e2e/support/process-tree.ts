import { readdirSync, readFileSync } from 'node:fs';

// What the kernel says about a process (Linux /proc): its descendants and the CPU it used, so that
// the e2e tests can check that the desk leaves no child, and the bench can count its CPU time.

/** Clock ticks per second of /proc's CPU fields (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
function statFields(path: string): string[] | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** Every live process whose parent chain leads to `pid`. */
export function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(`/proc/${entry}/stat`);
    if (fields) parents.set(Number(entry), Number(fields[1]));
  }
  const found: number[] = [];
  const isBelow = (child: number): boolean => {
    for (let up = parents.get(child); up !== undefined && up > 1; up = parents.get(up))
      if (up === pid) return true;
    return false;
  };
  for (const child of parents.keys()) if (isBelow(child)) found.push(child);
  return found;
}

/** True while the process exists (and is not a zombie). */
export function alive(pid: number): boolean {
  const fields = statFields(`/proc/${pid}/stat`);
  return fields !== undefined && fields[0] !== 'Z';
}

/** CPU milliseconds (user + system) a process used so far, all its threads; `thread` alone when given. */
export function cpuMs(pid: number, thread?: number): number {
  const fields = statFields(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`);
  if (!fields) return Number.NaN;
  // utime and stime are fields 14 and 15 of stat; index 0 here is field 3 (the state).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

// Run a command and measure it from outside: wall time, and peak memory of its whole process tree
// (the command and every process it starts), sampled from /proc every 25 ms. Linux only.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  /** Wall time, ms. */
  ms: number;
  /** Peak of the summed resident memory of the process tree, bytes (sampled). */
  peakTreeRss: number;
  /** Largest per-process peak (VmHWM, exact), bytes. */
  peakProcessRss: number;
  /** The largest peak (VmHWM) of each program in the tree, by name ("node", "pagefind_extended"), bytes. */
  peakByProgram: Record<string, number>;
  stdout: string;
  stderr: string;
  code: number | null;
}

const statusKb = (status: string, key: string) =>
  Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

const programs = new Map<number, string>();

/** pid -> parent pid, for every process now running (and each one's program name in `programs`). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid ..." — comm may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
      programs.set(Number(name), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    } catch {
      // the process ended meanwhile
    }
  }
  return map;
}

function tree(root: number): number[] {
  const byParent = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const todo = [root];
  while (todo.length > 0) {
    const pid = todo.pop()!;
    out.push(pid);
    todo.push(...(byParent.get(pid) ?? []));
  }
  return out;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    let peakTreeRss = 0;
    const hwm = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of tree(child.pid)) {
        try {
          const status = readFileSync(`/proc/${pid}/status`, 'utf8');
          sum += statusKb(status, 'VmRSS') * 1024;
          hwm.set(pid, Math.max(hwm.get(pid) ?? 0, statusKb(status, 'VmHWM') * 1024));
        } catch {
          // ended between the listing and the read
        }
      }
      peakTreeRss = Math.max(peakTreeRss, sum);
    };
    const timer = setInterval(sample, 25);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const peakByProgram: Record<string, number> = {};
      for (const [pid, bytes] of hwm) {
        const program = programs.get(pid) ?? '?';
        peakByProgram[program] = Math.max(peakByProgram[program] ?? 0, bytes);
      }
      resolve({
        ms: performance.now() - t0,
        peakTreeRss,
        peakProcessRss: Math.max(0, ...hwm.values()),
        peakByProgram,
        stdout,
        stderr,
        code,
      });
    });
  });
}

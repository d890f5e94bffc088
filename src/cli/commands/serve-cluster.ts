import cluster, { type Worker } from 'node:cluster';

/**
 * The primary of `serve --workers N`: forks N copies of this same command (node:cluster shares
 * the listening socket between them), restarts a worker that dies, and stops them all on
 * SIGINT/SIGTERM. It opens no database and serves nothing itself; each worker opens its own
 * SQLite connection (WAL lets them read side by side) and keeps its own page cache.
 */
export function runPrimary(workers: number): void {
  let stopping = false;
  const listened = new WeakSet<Worker>();
  cluster.on('listening', (worker, address) => {
    listened.add(worker);
    const host = address.address ?? 'localhost';
    console.log(`healthpress worker ${worker.process.pid} is serving http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // A worker that never listened will fail again the same way (port taken, bad database):
    // restarting it would only loop, so the whole server stops with its error.
    if (!listened.has(worker)) {
      console.error(`healthpress: worker ${worker.process.pid} exited before serving (code ${code}); stopping`);
      stop(1);
      return;
    }
    console.error(`healthpress: worker ${worker.process.pid} died (${signal ?? `code ${code}`}); starting another`);
    cluster.fork();
  });
  const stop = (exitCode: number) => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
    if (alive.length === 0) process.exit(exitCode);
    let left = alive.length;
    for (const worker of alive) {
      worker.once('exit', () => {
        if (--left === 0) process.exit(exitCode);
      });
      worker.process.kill('SIGTERM');
    }
  };
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));
  console.log(`healthpress is starting ${workers} workers (primary ${process.pid})`);
  for (let i = 0; i < workers; i++) cluster.fork();
}

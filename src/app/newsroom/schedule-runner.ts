import { type DueReport, publishDue } from './scheduling.js';
import type { NewsroomPorts } from './newsroom-ports.js';

/** How often the runner asks the database for the next due time: schedules made by other processes. */
export const SCHEDULE_RECHECK_MS = 5_000;

/**
 * The running server's scheduler: a timer to the next due item (not a poll every few minutes), so
 * a publication goes live within moments of its time. It runs what fell due while nothing ran at
 * start, and re-reads the next due time every few seconds (one indexed query) to notice schedules
 * another process made. Several servers may run one each: publishDue is exactly-once.
 */
export class ScheduleRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly ports: NewsroomPorts,
    private readonly log: (message: string) => void = () => {},
    private readonly recheckMs = SCHEDULE_RECHECK_MS,
  ) {}

  /** Runs what is due now, then arms the timer. */
  async start(): Promise<DueReport> {
    const report = await this.runOnce();
    this.arm();
    return report;
  }

  /** A schedule changed in this process: look again now. */
  wake(): void {
    if (!this.stopped) this.arm(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Waits for a run in progress (tests, shutdown). */
  async idle(): Promise<void> {
    await this.running;
  }

  private async runOnce(): Promise<DueReport> {
    const report = await publishDue(this.ports);
    for (const id of report.published) this.log(`scheduled publication: article ${id} published`);
    for (const id of report.unpublished) this.log(`scheduled unpublication: article ${id} unpublished`);
    for (const held of report.held) this.log(`scheduled publication of article ${held.articleId} held: ${held.reason}`);
    return report;
  }

  private arm(delayMs?: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    const schedule = (ms: number) => {
      this.timer = setTimeout(() => void this.tick(), Math.max(0, Math.min(ms, this.recheckMs)));
      this.timer.unref();
    };
    if (delayMs !== undefined) return schedule(delayMs);
    void this.ports.newsroom.nextScheduleAt().then(
      (at) => schedule(at === null ? this.recheckMs : Date.parse(at) - this.ports.clock().getTime()),
      (error: unknown) => {
        this.log(`scheduler: could not read the next due time: ${String(error)}`);
        schedule(this.recheckMs);
      },
    );
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    const at = await this.ports.newsroom.nextScheduleAt().catch(() => null);
    if (at !== null && Date.parse(at) <= this.ports.clock().getTime()) {
      this.running = this.runOnce().then(
        () => undefined,
        (error: unknown) => this.log(`scheduler: ${String(error)}`),
      );
      await this.running;
    }
    this.arm();
  }
}

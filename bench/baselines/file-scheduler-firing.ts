// The file scheduler the local desk used before its Scheduler peer, kept only as the
// scheduler bench's baseline: every pass reads every pending file.
import { access, mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Instant } from '../../lib/domain/vocabulary';
import type { ReminderPayload, ReminderSchedule } from '../../lib/ports/reminder-scheduler';

/** The part of the durable local scheduler that firing needs (LocalReminderScheduler has it). */
export interface DueSchedules {
  listDue(at: Instant): Promise<readonly ReminderSchedule[]>;
  delete(name: string): Promise<void>;
}

/** The send-reminder Lambda's handler, as the local desk calls it. */
export type ReminderHandler = (payload: ReminderPayload) => Promise<unknown>;

/** What happened to one due schedule. */
export type FiringResult =
  | { readonly schedule: ReminderSchedule; readonly fired: true; readonly result: unknown }
  | { readonly schedule: ReminderSchedule; readonly fired: false; readonly reason: string };

/** Where the schedules live and who handles them. */
export interface ReminderFiringDeps {
  readonly schedules: DueSchedules;
  /** The scheduler's folder: one `<name>.json` per pending schedule. */
  readonly scheduleDir: string;
  /** Claims of schedules being fired right now, shared by the desk and `reminders run-due`. */
  readonly claimDir: string;
  readonly handler: ReminderHandler;
}

/**
 * Fires due schedules as EventBridge Scheduler would: each one once, then deleted
 * (ActionAfterCompletion DELETE). The desk's loop and `reminders run-due` may run at the
 * same time in two processes, so a schedule is claimed with an exclusive file first.
 */
export class ReminderFiring {
  constructor(private readonly deps: ReminderFiringDeps) {}

  /** Forgets claims left by a process that died while firing: their schedules are due again. */
  async releaseStaleClaims(): Promise<void> {
    await rm(this.deps.claimDir, { recursive: true, force: true });
    await mkdir(this.deps.claimDir, { recursive: true });
  }

  /** Fires every schedule due by `at`, oldest first; a failed one stays pending for the next run. */
  async fireDue(at: Instant): Promise<FiringResult[]> {
    await mkdir(this.deps.claimDir, { recursive: true });
    const due = [...(await this.deps.schedules.listDue(at))].sort((a, b) => a.at - b.at);
    const results: FiringResult[] = [];
    for (const schedule of due) {
      const result = await this.fireOne(schedule);
      if (result) results.push(result);
    }
    return results;
  }

  private async fireOne(schedule: ReminderSchedule): Promise<FiringResult | null> {
    const claim = await this.claim(schedule.name);
    if (!claim) return null;
    try {
      // Another process may have fired and deleted it between our listing and our claim.
      if (!(await this.stillPending(schedule.name))) return null;
      const result = await this.deps.handler(schedule.payload);
      await this.deps.schedules.delete(schedule.name);
      return { schedule, fired: true, result };
    } catch (error) {
      return {
        schedule,
        fired: false,
        reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
    } finally {
      await rm(claim, { force: true });
    }
  }

  private async claim(name: string): Promise<string | null> {
    const file = join(this.deps.claimDir, name);
    try {
      await (await open(file, 'wx')).close();
      return file;
    } catch {
      return null;
    }
  }

  private async stillPending(name: string): Promise<boolean> {
    return access(join(this.deps.scheduleDir, `${name}.json`)).then(
      () => true,
      () => false,
    );
  }
}

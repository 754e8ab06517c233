import { LocalDeskError } from '../errors';

/** A file in the scheduler's folder that the peer cannot read back: it refuses to start rather than lose it. */
export class ScheduleFileError extends LocalDeskError {
  override readonly name = 'ScheduleFileError';
  constructor(
    readonly file: string,
    why: string,
  ) {
    super(`${file}: ${why} (move the file away to start without it)`);
  }
}

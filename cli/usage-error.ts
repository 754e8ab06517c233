/** Bad input from the command line or a file it names: reported as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

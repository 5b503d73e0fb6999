/** Errors the CLI reports as a message and an exit code, never as a stack trace. */
export class UsageError extends Error {
  constructor(
    readonly ja: string,
    readonly en: string,
  ) {
    super(`${ja} (${en})`);
  }
}

/** A failure the user can fix; `cli.ts` prints its message and exits with its code. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad arguments or options: exit 2. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** A fact file that cannot be read or does not follow the schema: exit 2. */
export class DataError extends UserError {
  constructor(message: string) {
    super(message, 2);
  }
}

/**
 * A value from the command line or a file, quoted for a message: JSON's escapes make control
 * characters visible, so a value cannot break the message's one line or drive the terminal.
 */
export function quote(value: string, maxLength = 60): string {
  return JSON.stringify(value.length > maxLength ? `${value.slice(0, maxLength - 1)}…` : value);
}

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

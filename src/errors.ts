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

/** Names in messages (keys, paths, file names) are cut to this many characters. */
export const NAME_LENGTH = 80;

/** A name cut to `maxLength` characters with "…", not inside a character: a 5 MB key must not make a 5 MB message. */
export function shorten(name: string, maxLength = NAME_LENGTH): string {
  if (name.length <= maxLength) return name;
  const cut = name.slice(0, maxLength - 1);
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * A value from the command line or a file, quoted for a message: JSON's escapes make control
 * characters visible, so a value cannot break the message's one line or drive the terminal.
 */
export function quote(value: string, maxLength = 60): string {
  return JSON.stringify(shorten(value, maxLength));
}

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  EBADF: "it is closed",
};

/** What a system error means, in words: ours for the usual ones, else the system's own ("ELOOP: too many symbolic links encountered"). */
export function errnoWords(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code !== undefined && ERRNO_WORDS[code]) return ERRNO_WORDS[code];
  // Node's message for a system error is "ELOOP: too many symbolic links encountered, open 'x'".
  const words = /^E[A-Z0-9]+: ([^,]+)/.exec(String(message))?.[1];
  return words ?? code ?? String(error);
}

/** Where a command writes, so tests can run commands and read what they print. */
export interface CommandIo {
  out(text: string): void
  err(text: string): void
}

export const processIo: CommandIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`)
}

/** A mistake in how a command was called: printed with a hint to `--help`, exit code 2. */
export class UsageError extends Error {}

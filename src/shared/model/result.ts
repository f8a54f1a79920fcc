/**
 * The typed error every transport carries back to the caller instead of throwing
 * across a process boundary. `code` is stable (the UI picks its message by it);
 * `message` is English for logs and the CLI.
 */
export type PulsoErrorCode =
  | 'invalid-input'
  | 'unknown-channel'
  | 'not-found'
  | 'bad-file'
  | 'not-a-workspace'
  | 'already-imported'
  | 'cancelled'
  | 'forbidden'
  | 'unsupported'
  | 'internal'

/** A problem the user can act on, plain data so it crosses IPC and HTTP as JSON. */
export interface PulsoError {
  code: PulsoErrorCode
  message: string
  /** Where the problem is, when it is about a file or a field. */
  details?: { file?: string; sheet?: string; row?: number; column?: string; field?: string; issues?: string[] }
}

/** What every channel answers: the value, or a typed error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: PulsoError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail(code: PulsoErrorCode, message: string, details?: PulsoError['details']): Result<never> {
  return details ? { ok: false, error: { code, message, details } } : { ok: false, error: { code, message } }
}

import type { PulsoError, PulsoErrorCode } from '../../shared/model/result'

/**
 * An error the user can act on, thrown inside the core and turned into a typed
 * `PulsoError` at the edge of every transport (IPC, HTTP, CLI).
 */
export class PulsoFailure extends Error {
  constructor(
    readonly code: PulsoErrorCode,
    message: string,
    readonly details?: PulsoError['details']
  ) {
    super(message)
    this.name = 'PulsoFailure'
  }

  toError(): PulsoError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message }
  }
}

/** Any thrown value as a typed error: our failures keep their code, anything else is `internal`. */
export function toPulsoError(thrown: unknown): PulsoError {
  if (thrown instanceof PulsoFailure) return thrown.toError()
  const message = thrown instanceof Error ? thrown.message : String(thrown)
  return { code: 'internal', message: `Unexpected error: ${message}` }
}

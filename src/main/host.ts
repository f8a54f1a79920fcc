import type { ParsedRequestOf } from '../shared/api'
import { PulsoFailure } from './core/failure'

/**
 * What only the desktop shell can do for a handler: native open and save dialogs.
 * Electron provides the real one; the CLI and the HTTP bridge run headless.
 */
export interface ShellHost {
  openFiles(request: ParsedRequestOf<'dialog:openFiles'>): Promise<string[]>
  saveFile(request: ParsedRequestOf<'dialog:saveFile'>): Promise<string | null>
}

/** The host of the CLI and the bridge: no native dialogs; the browser uses its own file picker. */
export const headlessHost: ShellHost = {
  openFiles: () => Promise.reject(new PulsoFailure('unsupported', 'Native dialogs exist only in the desktop app; use the browser’s file picker.')),
  saveFile: () => Promise.reject(new PulsoFailure('unsupported', 'Native dialogs exist only in the desktop app; the browser downloads the file instead.'))
}

/**
 * What the app offers on start when the last session ended abnormally (a crash, a kill,
 * a power cut): plain data for the `recovery:check` channel.
 */
export interface RecoveryOffer {
  /** When the session that did not end cleanly started (ISO). */
  startedAt: string
  /** `untitled`: an untitled workspace was autosaved and can be restored; `workspace`: a saved one can be reopened. */
  kind: 'untitled' | 'workspace'
  /** The saved workspace's file (kind `workspace`), or null. */
  workspacePath: string | null
  /** When the untitled workspace was last autosaved (kind `untitled`), or null. */
  autosavedAt: string | null
}

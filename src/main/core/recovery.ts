import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { PulsoFailure } from './failure'
import { readJsonFile, writeFileAtomic } from './jsonFile'
import type { RecoveryOffer } from '../../shared/model/recovery'
import { Workspace } from './workspace/workspace'

export type { RecoveryOffer } from '../../shared/model/recovery'

/** The marker of a running session, in the config dir; a clean exit removes it. */
export const sessionMarkerName = 'session.json'
/** Where an untitled workspace is autosaved, in the config dir. */
export const recoveryFileName = 'recovery.pulso'

/** What the marker records about the session that wrote it. */
interface SessionMarker {
  pid: number
  startedAt: string
  /** The open workspace's file, or null for an untitled one (or none). */
  workspacePath: string | null
  /** When the untitled workspace was last autosaved to the recovery file, or null. */
  autosavedAt: string | null
}

function isMarker(value: unknown): value is SessionMarker {
  const v = value as Partial<SessionMarker> | null
  return typeof v === 'object' && v !== null && typeof v.pid === 'number' && typeof v.startedAt === 'string' && (v.workspacePath === null || typeof v.workspacePath === 'string') && (v.autosavedAt === null || typeof v.autosavedAt === 'string')
}

/** Whether another process with this id is running now (a second app instance owns the marker). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Crash recovery for the desktop app's session. On start, `begin()` reads the marker the
 * last session left (a clean exit removes it), works out what can be offered, and writes
 * this session's marker. While the app runs, `autosave()` after each import saves a
 * workspace that has a file and writes an untitled one to the recovery file, and
 * `track()` follows which workspace is open. `end()` on a clean exit removes both files.
 */
export class SessionRecovery {
  private readonly markerFile: string
  private readonly recoveryFile: string
  private marker: SessionMarker
  private offer: RecoveryOffer | null = null

  constructor(
    configDir: string,
    private readonly now: () => Date = () => new Date()
  ) {
    this.markerFile = path.join(configDir, sessionMarkerName)
    this.recoveryFile = path.join(configDir, recoveryFileName)
    this.marker = { pid: process.pid, startedAt: this.now().toISOString(), workspacePath: null, autosavedAt: null }
  }

  /**
   * Starts this session: returns what the last session left to recover (null when it
   * ended cleanly, left nothing, or is another instance still running), and writes this
   * session's marker. The offer stays available to `pendingOffer()` until restored or discarded.
   */
  begin(): RecoveryOffer | null {
    const last = readJsonFile(this.markerFile, null)
    if (isMarker(last) && isRunning(last.pid)) return null
    if (isMarker(last)) {
      if (last.workspacePath === null && last.autosavedAt !== null && existsSync(this.recoveryFile)) {
        this.offer = { startedAt: last.startedAt, kind: 'untitled', workspacePath: null, autosavedAt: last.autosavedAt }
      } else if (last.workspacePath !== null && existsSync(last.workspacePath)) {
        this.offer = { startedAt: last.startedAt, kind: 'workspace', workspacePath: last.workspacePath, autosavedAt: null }
      }
    }
    if (this.offer?.kind !== 'untitled') rmSync(this.recoveryFile, { force: true })
    this.writeMarker()
    return this.offer
  }

  /** The offer `begin()` found, until restored or discarded. */
  pendingOffer(): RecoveryOffer | null {
    return this.offer
  }

  /**
   * Opens what the offer names: the recovered untitled workspace (untitled again, so the
   * user chooses where to save it) or the saved workspace. The recovery file is kept
   * until the next autosave or `end()`, so a crash right now loses nothing.
   */
  async restore(): Promise<Workspace> {
    const offer = this.offer
    if (!offer) throw new PulsoFailure('invalid-input', 'There is nothing to recover.')
    this.offer = null
    if (offer.kind === 'workspace') return Workspace.open(offer.workspacePath as string)
    const workspace = await Workspace.open(this.recoveryFile)
    workspace.path = null
    workspace.dirty = true
    return workspace
  }

  /** Drops the offer and the recovered untitled workspace. */
  discard(): void {
    if (this.offer?.kind === 'untitled') rmSync(this.recoveryFile, { force: true })
    this.offer = null
  }

  /** Follows the workspace the user has open (null: none, or an untitled one). */
  track(workspace: Workspace | null): void {
    const workspacePath = workspace?.path ?? null
    if (workspacePath === this.marker.workspacePath) return
    this.marker = { ...this.marker, workspacePath, autosavedAt: null }
    if (workspacePath !== null && this.offer?.kind !== 'untitled') rmSync(this.recoveryFile, { force: true })
    this.writeMarker()
  }

  /**
   * Saves after an import: a workspace with a file to its file, an untitled one to the
   * recovery file in the config dir (atomically, like every save).
   */
  autosave(workspace: Workspace): void {
    if (workspace.path) {
      workspace.save()
      this.track(workspace)
      return
    }
    writeFileAtomic(this.recoveryFile, workspace.db.export())
    workspace.db.exec('PRAGMA foreign_keys = ON')
    if (this.offer?.kind === 'untitled') this.offer = null
    this.marker = { ...this.marker, workspacePath: null, autosavedAt: this.now().toISOString() }
    this.writeMarker()
  }

  /** A clean exit: nothing to recover next time. */
  end(): void {
    rmSync(this.recoveryFile, { force: true })
    rmSync(this.markerFile, { force: true })
  }

  private writeMarker(): void {
    writeFileAtomic(this.markerFile, JSON.stringify(this.marker))
  }
}

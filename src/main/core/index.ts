import type { AppInfo } from '../../shared/api'
import type { WorkspaceSummary } from '../../shared/model/workspace'
import { AppSettingsStore, RecentWorkspaces } from './appSettings'
import { CoreEvents } from './events'
import { PathGrants } from './pathGrants'
import { SessionRecovery } from './recovery'
import { WorkspaceSession } from './session'

/** What the core needs from the outside world, passed in so tests and the CLI build it with `new`. */
export interface CoreOptions {
  /** Folder for the app's own settings and recent list (Electron's userData, or ~/.config/pulso). */
  configDir: string
  version: string
  platform: string
  systemLocale: string
  transport: AppInfo['transport']
  /** Pulso's own folder for workspaces (Documents/Pulso): the browser saves there, and the sample lives there. */
  workspaceFolder: string
  /** The bundled import worker (`import-worker.js`), when the entry has one: large imports use both cores. */
  importWorkerFile?: string
  /** Keep a session marker and autosave untitled workspaces, to offer a restore after a crash (the desktop app). */
  recoverSessions?: boolean
  /** Open only files the user chose (dialogs, uploads, recent list): true when paths come from a renderer. */
  restrictPaths: boolean
}

/**
 * The Node side of Pulso with no window: settings, workspaces, imports, queries.
 * Electron, the HTTP bridge and the CLI all drive this same object.
 */
export class Core {
  readonly events = new CoreEvents()
  readonly settings: AppSettingsStore
  readonly recent: RecentWorkspaces
  readonly grants: PathGrants
  readonly session: WorkspaceSession
  /** Crash recovery, when the options ask for it: `begin()` at start, `end()` on a clean exit. */
  readonly recovery: SessionRecovery | null

  constructor(readonly options: CoreOptions) {
    this.settings = new AppSettingsStore(options.configDir)
    this.recent = new RecentWorkspaces(options.configDir)
    this.grants = new PathGrants(options.restrictPaths)
    this.grants.grant(...this.recent.list())
    this.grants.grantFolder(options.workspaceFolder)
    this.recovery = options.recoverSessions ? new SessionRecovery(options.configDir) : null
    this.session = new WorkspaceSession(this.events, this.recent, this.grants, options.importWorkerFile, this.recovery)
  }

  info(): AppInfo {
    const { version, platform, systemLocale, transport, workspaceFolder } = this.options
    return { name: 'Pulso', version, platform, systemLocale, transport, workspaceFolder }
  }

  currentWorkspace(): WorkspaceSummary | null {
    return this.session.summary()
  }

  /** Frees the open workspace; the core is not used after this. */
  dispose(): void {
    this.session.close()
  }
}

import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import type { ImportFileRequest, ImportFileResult, SheetPreview, WorkspaceProblem } from '../../shared/model/importRequests'
import type { TableKind } from '../../shared/model/kinds'
import type { WorkspaceSettings } from '../../shared/model/workspaceSettings'
import type { Series } from '../../shared/model/series'
import type { WorkspaceSummary } from '../../shared/model/workspace'
import type { RecentWorkspaces } from './appSettings'
import type { CoreEvents } from './events'
import { PulsoFailure, toPulsoError } from './failure'
import { previewSpreadsheet } from './import/detectSheet'
import { createSampleWorkspace } from './sample'
import { importSpreadsheet } from './import/importSpreadsheet'
import type { PathGrants } from './pathGrants'
import type { RecoveryOffer, SessionRecovery } from './recovery'
import type { ReportExportResult } from '../../shared/model/report'
import type { SurveyListExportResult } from '../../shared/model/surveyList'
import { exportReport, type ReportExportRequest } from './report/exportReport'
import { exportSurveyList, type SurveyListExportRequest } from './export/exportSurveyList'
import { cachedSeries } from './series/seriesCache'
import { queryRows, Workspace } from './workspace/workspace'
import { readWorkspaceSettings, workspaceSettingsSchema, writeWorkspaceSettings } from './workspace/workspaceSettings'

/** The sample workspace's file name, in Pulso's workspaces folder. */
export const sampleWorkspaceName = 'Amostra Pulso.pulso'

/**
 * The workspace the user has open, and the imports running into it. It owns the
 * workspace (closing it when another is opened), tells every window when it changes,
 * and saves after each import when the workspace has a file.
 */
export class WorkspaceSession {
  private workspace: Workspace | null = null
  private series: Series | null = null
  private readonly imports = new Map<string, AbortController>()

  constructor(
    private readonly events: CoreEvents,
    private readonly recent: RecentWorkspaces,
    private readonly grants: PathGrants,
    private readonly importWorkerFile?: string,
    /** Crash recovery of the desktop app's session; none for the CLI and the bridge. */
    private readonly recovery: SessionRecovery | null = null
  ) {}

  summary(): WorkspaceSummary | null {
    return this.workspace?.summary() ?? null
  }

  private replace(next: Workspace): WorkspaceSummary {
    if (this.imports.size > 0) throw new PulsoFailure('invalid-input', 'An import is running: wait for it or cancel it first.')
    this.workspace?.close()
    this.workspace = next
    this.series = null
    if (next.path) {
      this.recent.add(next.path)
      this.grants.grant(next.path)
    }
    this.recovery?.track(next)
    return this.changed()
  }

  private changed(): WorkspaceSummary {
    const summary = (this.workspace as Workspace).summary()
    this.events.emit('workspace:changed', summary)
    return summary
  }

  private current(): Workspace {
    if (!this.workspace) throw new PulsoFailure('invalid-input', 'No workspace is open.')
    return this.workspace
  }

  async create(): Promise<WorkspaceSummary> {
    return this.replace(await Workspace.create())
  }

  async open(file: string): Promise<WorkspaceSummary> {
    return this.replace(await Workspace.open(this.grants.check(file)))
  }

  /**
   * Opens the sample company (a Brazilian SaaS, 2,000 customers over 36 months), making
   * it first in `folder` when it is not there yet.
   */
  async openSample(folder: string): Promise<WorkspaceSummary> {
    const file = path.join(folder, sampleWorkspaceName)
    if (!existsSync(file)) {
      mkdirSync(folder, { recursive: true })
      await createSampleWorkspace(file)
    }
    this.grants.grant(file)
    return this.open(file)
  }

  /** Saves to the workspace's file, or to `file` (save as), atomically. */
  save(file?: string): WorkspaceSummary {
    const workspace = this.current()
    if (!file && !workspace.path) throw new PulsoFailure('invalid-input', 'This workspace has never been saved: choose where to save it (Save as).')
    const target = file ? path.resolve(file) : (workspace.path as string)
    if (file && !target.toLowerCase().endsWith('.pulso')) throw new PulsoFailure('invalid-input', 'A workspace file name must end in .pulso.')
    if (file) this.grants.check(target)
    workspace.save(target)
    this.recent.add(target)
    this.recovery?.track(workspace)
    return this.changed()
  }

  /** The proposal for each file's sheets; `choices` (a kind, columns, a sheet) apply to every file given. */
  async preview(files: string[], choices: { kind?: TableKind; map?: Record<string, string>; sheet?: string } = {}): Promise<SheetPreview[]> {
    const previews: SheetPreview[] = []
    for (const file of files) previews.push(...(await previewSpreadsheet(this.workspace, this.grants.check(file), choices)))
    return previews
  }

  /**
   * Imports files one by one, each all-or-nothing, pushing `import:progress`; a file that
   * fails is reported and the others go on. Saves after each file when the workspace has
   * a path, so nothing imported is lost.
   */
  async importFiles(importId: string, files: ImportFileRequest[], replaceEarlier: boolean): Promise<ImportFileResult[]> {
    const workspace = this.workspace ?? (await Workspace.create())
    if (!this.workspace) this.replace(workspace)
    const controller = new AbortController()
    this.imports.set(importId, controller)
    const results: ImportFileResult[] = []
    const started = Date.now()
    try {
      for (const request of files) {
        const name = path.basename(request.path)
        try {
          const file = this.grants.check(request.path)
          const sheets = await importSpreadsheet(workspace, file, {
            kind: request.kind,
            map: request.map,
            sheet: request.sheet,
            replace: replaceEarlier,
            signal: controller.signal,
            workerFile: this.importWorkerFile,
            onProgress: ({ rows, fraction }) => this.events.emit('import:progress', { importId, file: name, rows, fraction, rowsPerSecond: Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000)), done: false })
          })
          results.push({ file: name, sheets, error: null })
          this.series = null
          this.autosave(workspace)
        } catch (error) {
          results.push({ file: name, sheets: [], error: toPulsoError(error) })
          if (controller.signal.aborted) break
        }
        this.events.emit('import:progress', { importId, file: name, rows: 0, fraction: 1, rowsPerSecond: 0, done: true })
      }
    } finally {
      this.imports.delete(importId)
    }
    if (results.some((result) => result.error === null)) this.summariseAfterImport(workspace)
    this.changed()
    return results
  }

  /** After an import: the workspace's own file, or (untitled, desktop) the recovery file, so nothing imported is lost. */
  private autosave(workspace: Workspace): void {
    if (this.recovery) this.recovery.autosave(workspace)
    else if (workspace.path) workspace.save()
  }

  /** The open workspace's own settings, or null without one. */
  settings(): WorkspaceSettings | null {
    return this.workspace ? readWorkspaceSettings(this.workspace) : null
  }

  /**
   * Changes the open workspace's settings (checked against their ranges) and saves the
   * file when it has one: settings are rare, deliberate changes the user expects to keep.
   */
  updateSettings(next: unknown): WorkspaceSettings {
    const workspace = this.current()
    const parsed = workspaceSettingsSchema.safeParse(next)
    if (!parsed.success) throw new PulsoFailure('invalid-input', `Invalid workspace settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
    const saved = writeWorkspaceSettings(workspace, parsed.data)
    if (workspace.path) workspace.save()
    return saved
  }

  /** What the last session left to recover, when it ended abnormally. */
  recoveryOffer(): RecoveryOffer | null {
    return this.recovery?.pendingOffer() ?? null
  }

  /** Opens what the last session left (accept) or forgets it; answers the open workspace. */
  async answerRecovery(accept: boolean): Promise<WorkspaceSummary | null> {
    if (!this.recovery || !this.recovery.pendingOffer()) return this.summary()
    if (!accept) {
      this.recovery.discard()
      return this.summary()
    }
    return this.replace(await this.recovery.restore())
  }

  cancelImport(importId: string): boolean {
    const controller = this.imports.get(importId)
    controller?.abort()
    return controller !== undefined
  }

  /** Every stored problem of the workspace's imports, with file and sheet. */
  problems(limit = 5000): WorkspaceProblem[] {
    if (!this.workspace) return []
    return queryRows(this.workspace.db, 'SELECT s.name AS file, s.sheet, p.row_number, p.column_name, p.raw, p.reason FROM problems p JOIN source_files s ON s.id = p.source_id ORDER BY s.id, p.row_number LIMIT ?', [limit]).map((row) => ({
      file: String(row.file),
      sheet: row.sheet === null ? null : String(row.sheet),
      row: row.row_number === null ? null : Number(row.row_number),
      column: row.column_name === null ? null : String(row.column_name),
      raw: row.raw === null ? null : String(row.raw),
      reason: String(row.reason)
    }))
  }

  /** The columnar series of the open workspace: from the workspace's cache, or built once per change. */
  currentSeries(): Series | null {
    if (!this.workspace) return null
    this.series ??= cachedSeries(this.workspace)
    return this.series
  }

  /** Writes the open workspace's Excel report (a granted .xlsx path), from the same series the dashboards read. */
  async exportReport(request: ReportExportRequest, version: string): Promise<ReportExportResult> {
    const workspace = this.current()
    const series = this.currentSeries() as Series
    return exportReport({ series, sources: workspace.sourceFiles(), name: workspace.name, settings: readWorkspaceSettings(workspace) }, request, this.grants, version)
  }

  /** The open workspace's list of customers due for a survey, written as xlsx or csv (`export:surveyList`). */
  async exportSurveyList(request: SurveyListExportRequest): Promise<SurveyListExportResult> {
    const workspace = this.current()
    const series = this.currentSeries() as Series
    return exportSurveyList(series, readWorkspaceSettings(workspace), request, this.grants)
  }

  /**
   * Builds the series the dashboards read right after an import and keeps it in the
   * workspace (saved with it), so no view scans raw rows. A series that cannot be built is
   * reported when a view asks for it, not as a failure of the import that succeeded.
   */
  private summariseAfterImport(workspace: Workspace): void {
    try {
      this.series = cachedSeries(workspace)
      this.autosave(workspace)
    } catch {
      this.series = null
    }
  }

  close(): void {
    for (const controller of this.imports.values()) controller.abort()
    this.workspace?.close()
    this.workspace = null
    this.series = null
  }
}

/**
 * The one typed contract between the workbench and the core. Every channel has a
 * request schema (checked at the edge of every transport: Electron IPC, the HTTP
 * bridge) and a response type; every event the core pushes has a payload type.
 * The handler table in `src/main/handlers.ts` must implement exactly these channels,
 * and the renderer's client can only call them.
 */
import { z } from 'zod'
import type { ChannelName, EventName } from './channels'
import type { Result } from './model/result'
import type { ImportFileResult, SheetPreview, WorkspaceProblem } from './model/importRequests'
import { tableKinds } from './model/kinds'
import type { RecoveryOffer } from './model/recovery'
import type { Series } from './model/series'
import type { WorkspaceSettings } from './model/workspaceSettings'
import type { AppSettings } from './model/settings'
import type { ImportProgress, WorkspaceSummary } from './model/workspace'
import { reportLanguages, reportSheetIds, type ReportExportResult } from './model/report'
import { surveyListFormats, type SurveyListExportResult } from './model/surveyList'

export type { ChannelName, EventName } from './channels'

const empty = z.object({}).strict()
const filePath = z.string().min(1).max(4096)
const importFile = z
  .object({
    path: filePath,
    kind: z.enum(tableKinds).optional(),
    map: z.record(z.string().max(100), z.string().max(500)).optional(),
    sheet: z.string().max(255).optional()
  })
  .strict()

const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM')
const period = z.object({ from: monthKey, to: monthKey }).strict()
const attributeFilters = z.array(z.object({ column: z.string().min(1).max(200), values: z.array(z.string().max(500)).min(1).max(1000) }).strict()).max(50)

/** What the app is and how it runs, for the About box and the status bar. */
export interface AppInfo {
  name: string
  version: string
  /** Which transport serves this renderer. */
  transport: 'electron' | 'http'
  platform: string
  /** The operating system's locale, e.g. `pt-BR`. */
  systemLocale: string
  /** Pulso's own folder for workspaces: "Save as" in the browser saves there. */
  workspaceFolder: string
}

/** Request schemas, one per channel. */
export const requestSchemas = {
  'app:info': empty,
  'dialog:openFiles': z.object({ purpose: z.enum(['spreadsheets', 'workspace']), multiple: z.boolean().default(false) }).strict(),
  'dialog:saveFile': z.object({ purpose: z.enum(['workspace', 'report', 'csv']), suggestedName: z.string().max(255).default('') }).strict(),
  'settings:get': empty,
  'settings:update': z
    .object({
      theme: z.enum(['light', 'dark', 'system']).optional(),
      language: z.enum(['pt-BR', 'en', 'system']).optional()
    })
    .strict(),
  'workspace:current': empty,
  'workspace:recent': empty,
  'workspace:new': empty,
  'workspace:open': z.object({ path: filePath }).strict(),
  'workspace:save': empty,
  'workspace:saveAs': z.object({ path: filePath }).strict(),
  'workspace:openSample': empty,
  'workspace:problems': empty,
  'workspace:series': empty,
  'import:preview': z
    .object({
      paths: z.array(filePath).min(1).max(100),
      kind: z.enum(tableKinds).optional(),
      map: z.record(z.string().max(100), z.string().max(500)).optional(),
      sheet: z.string().max(255).optional()
    })
    .strict(),
  'workspace:list': empty,
  'recovery:check': empty,
  'workspace:settings': empty,
  'workspace:updateSettings': z
    .object({
      settings: z.record(z.string().max(60), z.number()),
      currency: z.string().max(3),
      fiscalYearStartMonth: z.number()
    })
    .strict(),
  'recovery:restore': z.object({ accept: z.boolean() }).strict(),
  'import:run': z
    .object({
      importId: z.string().min(1).max(100),
      files: z.array(importFile).min(1).max(100),
      replace: z.boolean().default(false)
    })
    .strict(),
  'import:cancel': z.object({ importId: z.string().min(1).max(100) }).strict(),
  'report:export': z
    .object({
      /** Where to write the .xlsx: a path the user chose (dialog) or one in Pulso's workspaces folder. */
      path: filePath,
      from: monthKey.optional(),
      to: monthKey.optional(),
      /** Adds the Comparison sheet: A against B, each side with its own filters (the report's when not given). */
      compare: z.object({ a: period, b: period, aFilters: attributeFilters.optional(), bFilters: attributeFilters.optional() }).strict().optional(),
      lang: z.enum(reportLanguages),
      filters: attributeFilters.optional(),
      /** Only these sheets (a dashboard's own part), plus About; every sheet when not given. */
      sheets: z.array(z.enum(reportSheetIds)).min(1).max(reportSheetIds.length).optional(),
      /** Adds the Data sheet; by default it is written only with every sheet (no `sheets`). */
      data: z.boolean().optional()
    })
    .strict(),
  'export:surveyList': z
    .object({
      /** Where to write: a path the user chose (dialog) or one in Pulso's workspaces folder, ending in `.xlsx` or `.csv` as `format`. */
      path: filePath,
      format: z.enum(surveyListFormats),
      /** The list is taken on the period's last day; the data's last month when not given. */
      period: period.optional(),
      filters: attributeFilters.optional(),
      /** The language of the header row (column names from the data are kept); English by default. */
      lang: z.enum(reportLanguages).optional()
    })
    .strict()
} satisfies Record<ChannelName, z.ZodType>

/** Response types, one per channel. */
export interface Responses {
  'app:info': AppInfo
  /** Absolute paths the user picked; empty when the dialog was cancelled. */
  'dialog:openFiles': string[]
  /** The path the user picked, or null when cancelled. */
  'dialog:saveFile': string | null
  'settings:get': AppSettings
  'settings:update': AppSettings
  'workspace:current': WorkspaceSummary | null
  'workspace:recent': string[]
  'workspace:new': WorkspaceSummary
  'workspace:open': WorkspaceSummary
  'workspace:save': WorkspaceSummary
  'workspace:saveAs': WorkspaceSummary
  /** The sample company's workspace (made on first use in the workspaces folder), opened. */
  'workspace:openSample': WorkspaceSummary
  'workspace:problems': WorkspaceProblem[]
  /** The columnar series the renderer's metric engine reads; null without a workspace. */
  'workspace:series': Series | null
  'import:preview': SheetPreview[]
  /** What the last session left when it ended abnormally (desktop app), or null. */
  'recovery:check': RecoveryOffer | null
  /** The open workspace's own settings (metric settings, currency, fiscal year), or null without one. */
  'workspace:settings': WorkspaceSettings | null
  /** Changes them, in the workspace file (saved at once when it has one). */
  'workspace:updateSettings': WorkspaceSettings
  /** Restores it (accept) or forgets it; answers the open workspace. */
  'recovery:restore': WorkspaceSummary | null
  /** The workspaces in Pulso's workspaces folder, newest first (what Open offers in the browser). */
  'workspace:list': { path: string; name: string; modifiedAt: string; sizeBytes: number }[]
  'import:run': ImportFileResult[]
  /** False when no such import is running. */
  'import:cancel': boolean
  /** The open workspace's Excel report, written to the path asked. */
  'report:export': ReportExportResult
  /** The customers due for a survey, written as xlsx or csv to the path asked. */
  'export:surveyList': SurveyListExportResult
}

/** Payloads of the events the core pushes to every open window. */
export interface Events {
  /** A menu item or an accelerator handled by the native shell: run this workbench command. */
  'app:command': { command: string }
  /** Files dropped on the desktop window, now allowed for the core to read. */
  'files:dropped': { paths: string[] }
  'import:progress': ImportProgress
  'workspace:changed': WorkspaceSummary | null
}

export type RequestOf<C extends ChannelName> = z.input<(typeof requestSchemas)[C]>
export type ParsedRequestOf<C extends ChannelName> = z.output<(typeof requestSchemas)[C]>
export type ResponseOf<C extends ChannelName> = Responses[C]
export type EventOf<E extends EventName> = Events[E]

/**
 * What the preload puts on `window.pulso` and the HTTP client mirrors: call a channel,
 * get its Result; listen to an event, get an unsubscribe function.
 */
export interface PulsoBridge {
  invoke<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>
  on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void
}

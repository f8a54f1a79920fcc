import { requestSchemas, type ChannelName, type ParsedRequestOf, type ResponseOf } from '../shared/api'
import { isChannelName } from '../shared/channels'
import { fail, ok, type Result } from '../shared/model/result'
import type { Core } from './core'
import { toPulsoError } from './core/failure'
import type { ShellHost } from './host'
import { listWorkspaces } from './core/workspace/listWorkspaces'

/** One channel's implementation: a validated request in, its response out. */
export type Handler<C extends ChannelName> = (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>

/** Every channel of `shared/api.ts`, implemented once for all transports. */
export type HandlerTable = { [C in ChannelName]: Handler<C> }

/** The handler table over one core, with the shell's dialogs where there is a shell. */
export function createHandlers(core: Core, host: ShellHost): HandlerTable {
  return {
    'app:info': () => core.info(),
    'dialog:openFiles': async (request) => {
      const paths = await host.openFiles(request)
      core.grants.grant(...paths)
      return paths
    },
    'dialog:saveFile': async (request) => {
      const chosen = await host.saveFile(request)
      if (chosen) core.grants.grant(chosen)
      return chosen
    },
    'settings:get': () => core.settings.get(),
    'settings:update': (change) => core.settings.update(change),
    'workspace:current': () => core.currentWorkspace(),
    'workspace:recent': () => core.recent.list(),
    'workspace:new': () => core.session.create(),
    'workspace:open': ({ path }) => core.session.open(path),
    'workspace:save': () => core.session.save(),
    'workspace:saveAs': ({ path }) => core.session.save(path),
    'workspace:openSample': () => core.session.openSample(core.options.workspaceFolder),
    'workspace:problems': () => core.session.problems(),
    'workspace:series': () => core.session.currentSeries(),
    'import:preview': ({ paths, ...choices }) => core.session.preview(paths, choices),
    'workspace:list': () => listWorkspaces(core.options.workspaceFolder),
    'recovery:check': () => core.session.recoveryOffer(),
    'workspace:settings': () => core.session.settings(),
    'workspace:updateSettings': (next) => core.session.updateSettings(next),
    'recovery:restore': ({ accept }) => core.session.answerRecovery(accept),
    'import:run': ({ importId, files, replace }) => core.session.importFiles(importId, files, replace),
    'import:cancel': ({ importId }) => core.session.cancelImport(importId),
    'report:export': (request) => core.session.exportReport(request, core.options.version),
    'export:surveyList': (request) => core.session.exportSurveyList(request)
  }
}

/**
 * The edge every transport calls with untrusted input: checks the channel name and the
 * request against its schema, runs the handler and answers a Result. It never throws:
 * a bad name or input is `invalid-input`/`unknown-channel`, a failure in the core keeps
 * its typed code, anything unexpected is `internal`.
 */
export async function dispatch(table: HandlerTable, channel: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isChannelName(channel)) return fail('unknown-channel', `There is no channel named ${JSON.stringify(channel)}.`)
  const parsed = requestSchemas[channel].safeParse(input ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`)
    return fail('invalid-input', `Invalid request for ${channel}: ${issues.join('; ')}`, { issues })
  }
  try {
    const handler = table[channel] as (request: unknown) => unknown
    return ok(await handler(parsed.data))
  } catch (thrown) {
    return { ok: false, error: toPulsoError(thrown) }
  }
}

/**
 * The names of every channel and event, without their schemas, so the sandboxed
 * preload can check a name without bundling the schema library.
 * Names are `domain:verb`. `api.ts` types each one.
 */
export const channelNames = [
  'app:info',
  'dialog:openFiles',
  'dialog:saveFile',
  'settings:get',
  'settings:update',
  'workspace:current',
  'workspace:recent',
  'workspace:new',
  'workspace:open',
  'workspace:save',
  'workspace:saveAs',
  'workspace:openSample',
  'workspace:problems',
  'workspace:series',
  'import:preview',
  'recovery:check',
  'workspace:settings',
  'workspace:updateSettings',
  'recovery:restore',
  'workspace:list',
  'import:run',
  'import:cancel',
  'report:export',
  'export:surveyList'
] as const

export const eventNames = ['app:command', 'files:dropped', 'import:progress', 'workspace:changed'] as const

export type ChannelName = (typeof channelNames)[number]
export type EventName = (typeof eventNames)[number]

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && (channelNames as readonly string[]).includes(name)
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name)
}

/** The one IPC channel on which the main process pushes core events to the preload. */
export const eventChannel = 'pulso:event'

/** The one message the preload sends on its own: the paths of files dropped on the window. */
export const droppedFilesChannel = 'pulso:dropped'

import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import { channelNames, eventChannel } from '../../shared/channels'
import { fail, type Result } from '../../shared/model/result'
import type { CoreEvents } from '../core/events'
import { dispatch, type HandlerTable } from '../handlers'
import { isOwnUrl, type RendererSource } from './origin'


/**
 * Whether an IPC call comes from the app's own page: the main window's top frame,
 * showing the app's own URL. Anything else (a subframe, another webContents, a page
 * that navigated elsewhere) is foreign.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, window: BrowserWindow | null, source: RendererSource): boolean {
  const frame = event.senderFrame
  if (!frame || !window || window.isDestroyed() || event.sender !== window.webContents) return false
  const main = window.webContents.mainFrame
  return frame.processId === main.processId && frame.frameToken === main.frameToken && isOwnUrl(source, frame.url)
}

/**
 * Registers one `ipcMain.handle` per channel of the contract. Each call checks its sender,
 * then goes through `dispatch`, which validates the request and never throws, so the
 * renderer always gets a Result. Answers a function that removes the handlers.
 */
export function registerIpc(handlers: HandlerTable, window: () => BrowserWindow | null, source: RendererSource): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, request: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, window(), source)) {
        return Promise.resolve(fail('forbidden', `The channel ${channel} only answers the Pulso workbench.`))
      }
      return dispatch(handlers, channel, request)
    })
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel)
  }
}

/**
 * Forwards every core event to the window until it closes; the subscription belongs to
 * the window and ends with it. Answers the unsubscribe function for an earlier end.
 */
export function forwardEvents(events: CoreEvents, window: BrowserWindow): () => void {
  const unsubscribe = events.subscribe((event) => {
    if (!window.isDestroyed()) window.webContents.send(eventChannel, event)
  })
  window.once('closed', unsubscribe)
  return unsubscribe
}

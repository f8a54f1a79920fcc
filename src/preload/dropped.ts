import { ipcRenderer, webUtils } from 'electron'
import { droppedFilesChannel } from '../shared/channels'

type DroppedFile = Parameters<typeof webUtils.getPathForFile>[0]

/** The part of the page's window this needs (the preload is typechecked without the DOM library). */
export interface DropTarget {
  addEventListener(type: 'drop', listener: (event: { dataTransfer?: { files?: ArrayLike<DroppedFile> } | null }) => void, capture: boolean): void
}

/**
 * Tells the main process which files the user dropped on the window. Only a real drop
 * from the operating system carries files with a path; files a page builds in script
 * have none, so the page cannot make the core read a file the user did not drop.
 */
export function forwardDroppedFiles(target: DropTarget): void {
  target.addEventListener(
    'drop',
    (event) => {
      const files = event.dataTransfer?.files
      if (!files || files.length === 0) return
      const paths = Array.from(files, (file) => webUtils.getPathForFile(file)).filter((path) => path !== '')
      if (paths.length > 0) ipcRenderer.send(droppedFilesChannel, paths)
    },
    true
  )
}

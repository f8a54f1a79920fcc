import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { displayShortcut, isMacPlatform, shortcutOf, type KeyPress } from '../workbench/keys'
import { toPulsoError } from '../api/client'
import { useLogStore } from './log'
import { useWorkbenchStore } from './workbench'

export type CommandCategory = 'view' | 'preferences' | 'help' | 'file' | 'dashboards'

/** Something the user can do from the palette, a menu or a shortcut. */
export interface Command {
  id: string
  /** i18n key of the title, under `command.` */
  titleKey: string
  category: CommandCategory
  /** Shortcuts in `Ctrl+Shift+P` notation; the first is shown. */
  keys?: string[]
  run(): void | Promise<void>
}

/** The command registry: the palette lists it, the keyboard and the native menu run it. */
export const useCommandsStore = defineStore('commands', () => {
  const commands = shallowRef<Command[]>([])
  const isMac = isMacPlatform()

  function register(...added: Command[]): void {
    const ids = new Set(added.map((c) => c.id))
    commands.value = [...commands.value.filter((c) => !ids.has(c.id)), ...added]
  }

  /** Runs a command by id; failures land in the Output panel, never as an uncaught error. */
  async function run(id: string): Promise<boolean> {
    const log = useLogStore()
    const command = commands.value.find((c) => c.id === id)
    if (!command) {
      log.log(`Unknown command: ${id}`, 'error')
      return false
    }
    try {
      await command.run()
      return true
    } catch (error) {
      reportFailure(id, error)
      return false
    }
  }

  /** A failed command (or an action a view runs for one): logged with its id, the Output panel shown. */
  function reportFailure(id: string, error: unknown): void {
    const problem = toPulsoError(error)
    useLogStore().reportError({ ...problem, message: `${id}: ${problem.message}` })
    useWorkbenchStore().showPanel('output')
  }

  /** The command bound to a key press, if any. */
  function commandForKey(press: KeyPress): Command | undefined {
    const shortcut = shortcutOf(press, isMac)
    return commands.value.find((c) => c.keys?.includes(shortcut))
  }

  function shortcutLabel(command: Command): string {
    return command.keys?.[0] ? displayShortcut(command.keys[0], isMac) : ''
  }

  return { commands, register, run, reportFailure, commandForKey, shortcutLabel, isMac }
})

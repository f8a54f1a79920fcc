import { PulsoFailure } from './core/failure'
import { processIo, UsageError, type CommandIo } from './commands/io'
import { appVersion } from './commands/context'
import { compareCommand, compareHelp } from './commands/compareCommand'
import { importCommand, importHelp } from './commands/importCommand'
import { metricsCommand, metricsHelp } from './commands/metricsCommand'
import { reportCommand, reportHelp } from './commands/reportCommand'
import { sampleCommand, sampleHelp } from './commands/sampleCommand'
import { serveCommand, serveHelp } from './commands/serve'

export const mainHelp = `Pulso: Customer Success metrics from your spreadsheets, offline.

Usage: pulso <command> [options]

Commands:
  compare    compare every metric over two periods (or two segments) side by side
  import     import csv and xlsx files into a workspace
  metrics    print a workspace's metrics (add --json for one JSON object)
  report     write a workspace's Excel report (formulas, charts, sources)
  sample     write the sample workspace (a made-up Brazilian SaaS company)
  serve      open the workbench in a browser, on 127.0.0.1 only

Options:
  -h, --help     show this help (or a command's: pulso <command> --help)
  -v, --version  show Pulso's version`

const commandHelp: Record<string, string> = { compare: compareHelp, import: importHelp, metrics: metricsHelp, report: reportHelp, sample: sampleHelp, serve: serveHelp }

/**
 * Runs one CLI invocation and answers its exit code: 0 done, 1 failed, 2 wrong usage.
 * Long-running commands (serve) keep the process alive through their own handles.
 */
export async function runCli(argv: string[], io: CommandIo = processIo): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.out(command === 'help' && rest[0] && commandHelp[rest[0]] ? commandHelp[rest[0]] : mainHelp)
      return 0
    }
    if (command === '-v' || command === '--version') {
      io.out(appVersion())
      return 0
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      if (!commandHelp[command]) throw new UsageError(`Unknown command "${command}".`)
      io.out(commandHelp[command])
      return 0
    }
    switch (command) {
      case 'compare':
        return await compareCommand(rest, io)
      case 'import':
        return await importCommand(rest, io)
      case 'metrics':
        return await metricsCommand(rest, io)
      case 'report':
        return await reportCommand(rest, io)
      case 'sample':
        return await sampleCommand(rest, io)
      case 'serve': {
        const bridge = await serveCommand(rest, io)
        const stop = () => void bridge.close().then(() => process.exit(0))
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
        return 0
      }
      default:
        throw new UsageError(`Unknown command "${command}".`)
    }
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`pulso: ${error.message}\nRun \`pulso --help\` for usage.`)
      return 2
    }
    if (error instanceof PulsoFailure) {
      io.err(`pulso: ${error.message}`)
      return 1
    }
    io.err(`pulso: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return 1
  }
}

/** The `pulso` command's entry: bin/pulso.js calls this with the process's arguments. */
export function main(): void {
  // `pulso … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  runCli(process.argv.slice(2)).then((code) => {
    if (code !== 0) process.exitCode = code
  })
}

/** The names of the workbench's icons. */
export type IconName = 'explorer' | 'settings' | 'keyboard' | 'close' | 'split' | 'problems' | 'output' | 'file' | 'table' | 'workspace' | 'pulse' | 'theme' | 'language' | 'chevron' | 'warning' | 'error' | 'import' | 'add' | 'open' | 'save' | 'chart' | 'churn' | 'revenue' | 'nps' | 'cohorts' | 'activation' | 'campaigns' | 'compare'

/** SVG path data of each icon, on a 24x24 grid, stroked. */
export const iconPaths: Record<IconName, string> = {
  explorer: 'M4 4h6l2 2h8v13H4z M4 9h16',
  settings: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z',
  keyboard: 'M3 6h18v12H3z M7 10h.01 M11 10h.01 M15 10h.01 M7 14h10',
  close: 'M6 6l12 12 M18 6L6 18',
  split: 'M4 4h16v16H4z M12 4v16',
  problems: 'M12 3l9 16H3z M12 10v4 M12 17h.01',
  output: 'M4 5h16v14H4z M8 10l3 2-3 2 M13 15h4',
  file: 'M6 3h8l4 4v14H6z M14 3v4h4',
  table: 'M4 5h16v14H4z M4 10h16 M4 15h16 M10 5v14',
  workspace: 'M4 7l8-4 8 4-8 4z M4 12l8 4 8-4 M4 17l8 4 8-4',
  pulse: 'M2 12h4l3-8 4 16 3-8h6',
  theme: 'M12 3a9 9 0 1 0 9 9 7 7 0 0 1-9-9z',
  language: 'M4 5h8 M8 3v2 M6 5c0 4 3 7 6 8 M10 5c0 3-3 7-6 8 M13 21l4-10 4 10 M14.5 17h5',
  chevron: 'M9 6l6 6-6 6',
  warning: 'M12 3l9 16H3z M12 10v4 M12 17h.01',
  error: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M9 9l6 6 M15 9l-6 6',
  import: 'M12 3v12 M7 10l5 5 5-5 M4 17v3h16v-3',
  add: 'M12 5v14 M5 12h14',
  open: 'M3 6h6l2 2h10v11H3z M3 11h18',
  save: 'M5 3h11l3 3v15H5z M8 3v5h8V3 M8 14h8v7H8z',
  chart: 'M4 20h16 M7 16v-5 M12 16V6 M17 16v-8',
  churn: 'M3 6l6 6 4-4 8 8 M21 11v5h-5',
  revenue: 'M3 18l6-6 4 4 8-8 M21 8v5 M21 8h-5',
  nps: 'M4 6h16v10H9l-5 4z M9 11h.01 M12 11h.01 M15 11h.01',
  cohorts: 'M4 4h16v16H4z M4 9h16 M4 14h11 M4 19h6 M9 4v16 M14 4v11',
  activation: 'M13 3L5 14h6l-1 7 8-11h-6z',
  campaigns: 'M3 6h18v12H3z M3 6l9 7 9-7',
  compare: 'M4 5h7v14H4z M13 5h7v14h-7z M6.5 15v-3 M9 15V9 M15.5 15v-4 M18 15v-6'
}

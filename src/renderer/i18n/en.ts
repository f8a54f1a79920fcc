/** English texts of the workbench. pt-BR.ts has the same keys (a test checks). */
export default {
  app: { name: 'Pulso', tagline: 'Customer Success metrics from your spreadsheets, offline.' },
  activity: { explorer: 'Explorer', settings: 'Settings', shortcuts: 'Keyboard shortcuts' },
  explorer: {
    title: 'Explorer',
    workspace: 'Workspace',
    files: 'Source files',
    tables: 'Tables',
    recent: 'Recent workspaces',
    noWorkspace: 'No workspace is open.',
    noWorkspaceHint: 'A workspace is one .pulso file holding the spreadsheets you import and what Pulso computes from them.',
    noFiles: 'No files imported yet.',
    noRecent: 'No recent workspaces.',
    rows: '{n} rows',
    unsaved: 'Unsaved workspace'
  },
  editor: {
    empty: 'No editor is open.',
    emptyHint: 'Open the command palette with {keys} to see everything Pulso can do.',
    close: 'Close',
    closeTab: 'Close {title}',
    splitHint: 'Split'
  },
  welcome: {
    title: 'Welcome',
    heading: 'Pulso',
    intro: 'Open the spreadsheets you already keep (CRM exports, billing reports, NPS answers, e-mail campaign results) and Pulso computes churn, revenue movements, NPS, cohorts and more, on this machine only.',
    start: 'Start',
    learn: 'What Pulso measures',
    metrics: {
      churn: 'Churn by customers and by revenue, with reasons',
      revenue: 'MRR movements: new, expansion (upsell and cross-sell), contraction, churn, referral',
      nps: 'NPS with margin of error, CSAT and comments',
      cohorts: 'Cohorts, activation, average ticket and e-mail survey results'
    },
    privacy: 'Nothing leaves this machine: Pulso works offline.'
  },
  settings: {
    title: 'Settings',
    search: 'Search settings',
    appearance: 'Appearance',
    theme: 'Color theme',
    themeHelp: 'Light, dark, or the operating system’s choice.',
    language: 'Language',
    languageHelp: 'The language of menus, labels and number formats.',
    themes: { light: 'Light', dark: 'Dark', system: 'Follow the system' },
    languages: { 'pt-BR': 'Português (Brasil)', en: 'English', system: 'Follow the system' },
    noMatch: 'No setting matches “{query}”.'
  },
  shortcuts: { title: 'Keyboard shortcuts', command: 'Command', keys: 'Keys', category: 'Category', none: '—', search: 'Search commands' },
  panel: {
    problems: 'Problems',
    output: 'Output',
    noProblems: 'No problems have been found.',
    noOutput: 'Nothing logged yet.',
    close: 'Close panel',
    location: 'Location',
    message: 'Message'
  },
  status: {
    noWorkspace: 'No workspace',
    problems: '{n} problems | {n} problem | {n} problems',
    transport: { electron: 'Desktop', http: 'Browser (local bridge)' },
    theme: 'Theme: {name}',
    language: 'Language: {name}',
    offline: 'Offline'
  },
  palette: {
    placeholder: 'Type a command',
    noResults: 'No command matches.',
    label: 'Command palette'
  },
  category: { view: 'View', preferences: 'Preferences', help: 'Help', file: 'File' },
  command: {
    commandPalette: 'Show all commands',
    toggleSideBar: 'Toggle side bar',
    togglePanel: 'Toggle panel',
    showProblems: 'Show problems',
    showOutput: 'Show output',
    splitEditor: 'Split editor',
    closeEditor: 'Close editor',
    focusFirstGroup: 'Focus first editor group',
    focusSecondGroup: 'Focus second editor group',
    nextEditor: 'Open next editor',
    previousEditor: 'Open previous editor',
    showExplorer: 'Show explorer',
    openWelcome: 'Open welcome page',
    openSettings: 'Open settings',
    openShortcuts: 'Open keyboard shortcuts',
    toggleTheme: 'Toggle light/dark theme',
    themeLight: 'Use the light theme',
    themeDark: 'Use the dark theme',
    languagePt: 'Mudar idioma para português',
    languageEn: 'Change language to English',
    about: 'About Pulso'
  },
  output: {
    connected: 'Connected to {name} {version} ({transport}).',
    commandFailed: 'Command “{title}” failed: {message}',
    settingsSaved: 'Settings saved.',
    about: '{name} {version} on {platform}.'
  },
  error: { title: 'Something went wrong', unreachable: 'Pulso’s core did not answer: {message}' }
}

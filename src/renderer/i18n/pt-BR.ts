import type en from './en'

/** Textos em português do workbench, com as mesmas chaves de en.ts. */
const ptBR: typeof en = {
  app: { name: 'Pulso', tagline: 'Métricas de Customer Success das suas planilhas, offline.' },
  activity: { explorer: 'Explorador', settings: 'Configurações', shortcuts: 'Atalhos de teclado' },
  explorer: {
    title: 'Explorador',
    workspace: 'Área de trabalho',
    files: 'Arquivos de origem',
    tables: 'Tabelas',
    recent: 'Áreas de trabalho recentes',
    noWorkspace: 'Nenhuma área de trabalho aberta.',
    noWorkspaceHint: 'Uma área de trabalho é um arquivo .pulso com as planilhas que você importa e o que o Pulso calcula a partir delas.',
    noFiles: 'Nenhum arquivo importado ainda.',
    noRecent: 'Nenhuma área de trabalho recente.',
    rows: '{n} linhas',
    unsaved: 'Área de trabalho não salva'
  },
  editor: {
    empty: 'Nenhum editor aberto.',
    emptyHint: 'Abra a paleta de comandos com {keys} para ver tudo o que o Pulso faz.',
    close: 'Fechar',
    closeTab: 'Fechar {title}',
    splitHint: 'Dividir'
  },
  welcome: {
    title: 'Boas-vindas',
    heading: 'Pulso',
    intro: 'Abra as planilhas que você já tem (exportações do CRM, relatórios de faturamento, respostas de NPS, resultados de campanhas de e-mail) e o Pulso calcula churn, movimentos de receita, NPS, coortes e mais, somente nesta máquina.',
    start: 'Começar',
    learn: 'O que o Pulso mede',
    metrics: {
      churn: 'Churn por clientes e por receita, com motivos',
      revenue: 'Movimentos de MRR: novos, expansão (upsell e cross-sell), contração, churn, indicação',
      nps: 'NPS com margem de erro, CSAT e comentários',
      cohorts: 'Coortes, ativação, ticket médio e resultados de pesquisas por e-mail'
    },
    privacy: 'Nada sai desta máquina: o Pulso funciona offline.'
  },
  settings: {
    title: 'Configurações',
    search: 'Pesquisar configurações',
    appearance: 'Aparência',
    theme: 'Tema de cores',
    themeHelp: 'Claro, escuro ou a escolha do sistema operacional.',
    language: 'Idioma',
    languageHelp: 'O idioma dos menus, rótulos e formatos de número.',
    themes: { light: 'Claro', dark: 'Escuro', system: 'Seguir o sistema' },
    languages: { 'pt-BR': 'Português (Brasil)', en: 'English', system: 'Seguir o sistema' },
    noMatch: 'Nenhuma configuração corresponde a “{query}”.'
  },
  shortcuts: { title: 'Atalhos de teclado', command: 'Comando', keys: 'Teclas', category: 'Categoria', none: '—', search: 'Pesquisar comandos' },
  panel: {
    problems: 'Problemas',
    output: 'Saída',
    noProblems: 'Nenhum problema encontrado.',
    noOutput: 'Nada registrado ainda.',
    close: 'Fechar painel',
    location: 'Local',
    message: 'Mensagem'
  },
  status: {
    noWorkspace: 'Sem área de trabalho',
    problems: '{n} problemas | {n} problema | {n} problemas',
    transport: { electron: 'Desktop', http: 'Navegador (ponte local)' },
    theme: 'Tema: {name}',
    language: 'Idioma: {name}',
    offline: 'Offline'
  },
  palette: {
    placeholder: 'Digite um comando',
    noResults: 'Nenhum comando corresponde.',
    label: 'Paleta de comandos'
  },
  category: { view: 'Exibir', preferences: 'Preferências', help: 'Ajuda', file: 'Arquivo' },
  command: {
    commandPalette: 'Mostrar todos os comandos',
    toggleSideBar: 'Alternar barra lateral',
    togglePanel: 'Alternar painel',
    showProblems: 'Mostrar problemas',
    showOutput: 'Mostrar saída',
    splitEditor: 'Dividir editor',
    closeEditor: 'Fechar editor',
    focusFirstGroup: 'Focar o primeiro grupo de editores',
    focusSecondGroup: 'Focar o segundo grupo de editores',
    nextEditor: 'Abrir o próximo editor',
    previousEditor: 'Abrir o editor anterior',
    showExplorer: 'Mostrar explorador',
    openWelcome: 'Abrir página de boas-vindas',
    openSettings: 'Abrir configurações',
    openShortcuts: 'Abrir atalhos de teclado',
    toggleTheme: 'Alternar tema claro/escuro',
    themeLight: 'Usar o tema claro',
    themeDark: 'Usar o tema escuro',
    languagePt: 'Mudar idioma para português',
    languageEn: 'Change language to English',
    about: 'Sobre o Pulso'
  },
  output: {
    connected: 'Conectado ao {name} {version} ({transport}).',
    commandFailed: 'O comando “{title}” falhou: {message}',
    settingsSaved: 'Configurações salvas.',
    about: '{name} {version} em {platform}.'
  },
  error: { title: 'Algo deu errado', unreachable: 'O núcleo do Pulso não respondeu: {message}' }
}

export default ptBR

/**
 * Chart colours for the light and dark themes. They match `styles/theme.css` (text,
 * muted text, borders) and add the series colours charts need, chosen to stay readable
 * on both backgrounds. Pure data, so chart builders stay testable without a DOM.
 */
export type ThemeName = 'light' | 'dark'

/** The colours a chart builder draws with. */
export interface ChartTheme {
  name: ThemeName
  text: string
  muted: string
  grid: string
  /** The main series (MRR, customers, churn). */
  primary: string
  secondary: string
  good: string
  bad: string
  /** MRR movements, in the order of the stacked bars. */
  movements: { new: string; upsell: string; crossSell: string; reactivation: string; contraction: string; churn: string; net: string }
}

const light: ChartTheme = {
  name: 'light',
  text: '#1f2328',
  muted: '#5f6670',
  grid: '#e4e4e8',
  primary: '#0e7490',
  secondary: '#7c3aed',
  good: '#15803d',
  bad: '#c2410c',
  movements: { new: '#16a34a', upsell: '#0e7490', crossSell: '#2563eb', reactivation: '#7c3aed', contraction: '#f59e0b', churn: '#dc2626', net: '#1f2328' }
}

const dark: ChartTheme = {
  name: 'dark',
  text: '#e4e4e7',
  muted: '#a1a1aa',
  grid: '#34343b',
  primary: '#22a6c3',
  secondary: '#a78bfa',
  good: '#4ade80',
  bad: '#fb923c',
  movements: { new: '#4ade80', upsell: '#22d3ee', crossSell: '#60a5fa', reactivation: '#c084fc', contraction: '#fbbf24', churn: '#f87171', net: '#f4f4f5' }
}

/** The chart colours of a theme. */
export function chartTheme(name: ThemeName): ChartTheme {
  return name === 'dark' ? dark : light
}

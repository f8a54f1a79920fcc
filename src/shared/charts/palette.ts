/**
 * The colours charts draw with on a light background (the report's pages; the same as the
 * renderer's light theme in src/renderer/charts/theme.ts), as plain data.
 */
export interface ChartPalette {
  text: string
  muted: string
  grid: string
  primary: string
  secondary: string
  good: string
  bad: string
  neutral: string
  /** MRR movements, in the order of the stacked bars. */
  movements: { new: string; upsell: string; crossSell: string; reactivation: string; contraction: string; churn: string; net: string }
  /** Several series of one kind (cohorts, campaigns): cycled. */
  series: string[]
}

export const lightPalette: ChartPalette = {
  text: '#1f2328',
  muted: '#5f6670',
  grid: '#e4e4e8',
  primary: '#0e7490',
  secondary: '#7c3aed',
  good: '#15803d',
  bad: '#c2410c',
  neutral: '#9ca3af',
  movements: { new: '#16a34a', upsell: '#0e7490', crossSell: '#2563eb', reactivation: '#7c3aed', contraction: '#f59e0b', churn: '#dc2626', net: '#1f2328' },
  series: ['#0e7490', '#7c3aed', '#c2410c', '#15803d', '#2563eb', '#db2777', '#ca8a04', '#4b5563', '#0891b2', '#9333ea', '#ea580c', '#65a30d']
}

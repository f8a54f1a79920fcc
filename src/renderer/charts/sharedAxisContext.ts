/** How charts shown side by side agree on their value axes: each shares its extents by chart id and reads the joint ones. */
import { inject, provide, type InjectionKey } from 'vue'
import type { AxisExtents } from './sharedAxis'

export interface SharedAxisContext {
  /** This side's chart `chartId` needs these extents. */
  share(chartId: string, extents: AxisExtents): void
  /** The chart is gone (its tab closed). */
  release(chartId: string): void
  /** The extents covering every side's chart `chartId`, or null when none shared it. */
  extentsOf(chartId: string): AxisExtents | null
}

const sharedAxisKey: InjectionKey<SharedAxisContext | null> = Symbol('sharedAxis')

/** Makes the charts below align their value axes through `context`. */
export function provideSharedAxis(context: SharedAxisContext | null): void {
  provide(sharedAxisKey, context)
}

/** The shared-axis context of the charts' editor, or null (each chart scales itself). */
export function useSharedAxis(): SharedAxisContext | null {
  return inject(sharedAxisKey, null)
}

import { defineStore } from 'pinia'
import { ref } from 'vue'

/** One question the quick input asks: texts as i18n keys with their parameters. */
export interface QuickInputRequest {
  titleKey: string
  hintKey?: string
  params?: Record<string, string>
  value: string
}

/**
 * A small palette-style input that asks one line of text (a workspace name in the
 * browser's "Save as"). `ask` resolves the text, or null when the user pressed Escape.
 */
export const useQuickInputStore = defineStore('quickInput', () => {
  const request = ref<QuickInputRequest | null>(null)
  let settle: ((answer: string | null) => void) | null = null

  function ask(next: QuickInputRequest): Promise<string | null> {
    settle?.(null)
    request.value = next
    return new Promise((resolve) => (settle = resolve))
  }

  function answer(text: string | null): void {
    const done = settle
    settle = null
    request.value = null
    done?.(text)
  }

  return { request, ask, answer }
})

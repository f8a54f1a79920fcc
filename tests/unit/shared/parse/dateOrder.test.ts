import { describe, expect, it } from 'vitest'
import { guessDateOrder } from '../../../../src/shared/parse/dateOrder'

describe('guessDateOrder', () => {
  it.each([
    [['01/02/2024', '31/12/2024'], 'dmy'],
    [['01/02/2024', '12/31/2024'], 'mdy'],
    [['11/1/2019 8:51:12', '11/13/2019 9:00:00'], 'mdy'],
    [['13-01-24', '01-01-24'], 'dmy']
  ] as const)('decides %j -> %s', (samples, order) => {
    expect(guessDateOrder(samples)).toMatchObject({ order, decided: true, confidence: 1 })
  })

  it('falls back when every value reads both ways', () => {
    expect(guessDateOrder(['11/1/2019', '11/2/2019'], 'mdy')).toMatchObject({ order: 'mdy', decided: false })
    expect(guessDateOrder(['2024-12-31', 45657, null])).toMatchObject({ order: 'dmy', decided: false })
  })

  it('takes the majority and reports its confidence', () => {
    const guess = guessDateOrder(['31/01/2024', '30/01/2024', '25/01/2024', '01/13/2024'])
    expect(guess).toMatchObject({ order: 'dmy', decided: true, votes: { dmy: 3, mdy: 1 } })
    expect(guess.confidence).toBeCloseTo(0.75)
  })
})

import { describe, expect, it } from 'vitest'
import { fail, ok } from '../../../../src/shared/model/result'

describe('result', () => {
  it('wraps a value and a typed error', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 })
    expect(fail('bad-file', 'no', { file: 'a.csv', row: 2 })).toEqual({
      ok: false,
      error: { code: 'bad-file', message: 'no', details: { file: 'a.csv', row: 2 } }
    })
  })
})

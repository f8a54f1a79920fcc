import { describe, expect, it } from 'vitest'
import { parseFlag } from '../../../../src/shared/parse/flag'
import { isMissing } from '../../../../src/shared/parse/missing'
import { parseScore } from '../../../../src/shared/parse/score'

describe('parseFlag', () => {
  it.each([
    ['Yes', true], ['No', false], ['yes', true], ['NO', false],
    ['Sim', true], ['Não', false], ['NAO', false], ['nao', false], ['não ', false],
    ['True', true], ['False', false], ['TRUE', true], ['FALSE', false],
    ['1', true], ['0', false], ['1.0', true], ['0,0', false],
    ['S', true], ['N', false], ['Y', true], ['n', false],
    ['V', true], ['F', false], ['Verdadeiro', true], ['Falso', false],
    ['Churned', true], ['Active', false], ['Cancelado', true], ['Ativo', false], ['Inativo', true], ['Oui', true], ['Non', false],
    [1, true], [0, false], [true, true], [false, false]
  ] as const)('reads %j as %s', (raw, value) => {
    expect(parseFlag(raw)).toEqual({ ok: true, value })
  })

  it.each([['maybe'], ['2'], [2], ['yes!'], ['Month-to-month']] as const)('refuses %j', (raw) => {
    expect(parseFlag(raw)).toEqual({ ok: false, reason: { code: 'not-a-flag', message: 'not yes or no' } })
  })

  it('treats blanks as missing', () => {
    expect(parseFlag('NA')).toMatchObject({ ok: false, reason: { code: 'missing' } })
  })
})

describe('parseScore', () => {
  it.each([
    ['0', 0], ['10', 10], ['9.0', 9], ['9,0', 9], [' 7 ', 7], [8, 8], [9.0, 9], ['10 - Extremely likely', 10], ['0 (Not at all likely)', 0], ['6 Neutral', 6]
  ] as const)('reads %j as %d', (raw, value) => {
    expect(parseScore(raw)).toEqual({ ok: true, value })
  })

  it.each([
    ['11', 'out-of-range', '11 is outside 0 to 10'],
    ['-1', 'out-of-range', '-1 is outside 0 to 10'],
    [12, 'out-of-range', '12 is outside 0 to 10'],
    ['9.5', 'not-whole', '9.5 is not a whole number from 0 to 10'],
    ['7,5', 'not-whole', '7.5 is not a whole number from 0 to 10'],
    ['nine', 'not-a-score', 'not a score from 0 to 10'],
    ['R$ 9', 'not-a-score', 'not a score from 0 to 10'],
    ['90%', 'not-a-score', 'not a score from 0 to 10'],
    [true, 'not-a-score', 'not a score from 0 to 10'],
    ['NA', 'missing', 'no value']
  ] as const)('refuses %j: %s', (raw, code, message) => {
    expect(parseScore(raw)).toEqual({ ok: false, reason: { code, message } })
  })
})

describe('isMissing', () => {
  it.each(['', '  ', 'NA', 'na', 'N/A', 'n/a', '-', '—', '–', 'null', 'NULL', '#N/D', '#N/A', 'NaN', null, undefined, Number.NaN])('%j is missing', (raw) => {
    expect(isMissing(raw)).toBe(true)
  })

  it.each(['0', 0, false, 'No', 'None', 'x', 'N'])('%j is a value', (raw) => {
    expect(isMissing(raw)).toBe(false)
  })
})

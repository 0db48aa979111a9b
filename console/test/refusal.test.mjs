// Unit tests of how a form shows a refusal (src/composables/useRefusal.js), in Node's own test runner: `npm test`.
import { test } from 'node:test'
import assert from 'node:assert/strict'

// The console's language comes from the browser's storage (none here: Chinese, the default).
globalThis.localStorage = { getItem: () => null, setItem: () => {} }
const { refusalOf } = await import('../src/composables/useRefusal.js')

const refused = (detail, errors) => Object.assign(new Error(detail), { problem: { status: 400, detail, errors } })

test('a refusal naming fields shows each under its field and one line above the form, not the detail again', () => {
  const refusal = refusalOf(refused('请按字段提示修改后重新提交。', [
    { field: 'name', code: 'NotBlank', message: '不能为空' },
    { field: 'budget[0].amount', code: 'DecimalMin', message: '必须大于或等于0.01' }
  ]))
  assert.deepEqual(refusal.errors, { name: '不能为空', 'budget[0].amount': '必须大于或等于0.01' })
  assert.equal(refusal.problem, '请按提示修改后再提交')
})

test('a refusal naming no field shows the service detail alone', () => {
  const refusal = refusalOf(refused('该轮次已截止，不能再提交申请。', []))
  assert.deepEqual(refusal.errors, {})
  assert.equal(refusal.problem, '该轮次已截止，不能再提交申请。')
})

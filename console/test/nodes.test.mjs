// Unit tests of the 节点管理 helpers (src/nodes/nodes.js), in Node's own test runner: `npm test`.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SERVICES, emptyNode, endpointRows, nodeActions, registration } from '../src/nodes/nodes.js'

const admin = { can: (...permissions) => permissions.some((p) => p.startsWith('registry:node:')) }
const reader = { can: (...permissions) => permissions.includes('registry:node:read') }
const actions = (state, session = admin) => nodeActions({ state }, session).map((step) => step.action)

test('an active node may be drained and removed', () => {
  assert.deepEqual(actions('ACTIVE'), ['DRAIN', 'REMOVE'])
})

test('a joining node gets no traffic to drain: only removed', () => {
  assert.deepEqual(actions('JOINING'), ['REMOVE'])
})

test('a draining node is not drained twice: only removed', () => {
  assert.deepEqual(actions('DRAINING'), ['REMOVE'])
})

test('a reader of the directory is offered no action', () => {
  assert.deepEqual(['JOINING', 'ACTIVE', 'DRAINING'].flatMap((state) => actions(state, reader)), [])
  assert.deepEqual(nodeActions(null, admin), [])
})

test('a new form registers joining, with no service chosen', () => {
  const form = emptyNode()
  assert.equal(form.joining, true)
  assert.deepEqual(form.services, [])
  assert.deepEqual(Object.keys(form.endpoints), SERVICES)
})

test('the registration sends the chosen services only, trimmed, a blank gRPC address left out', () => {
  const form = emptyNode()
  Object.assign(form, { name: ' xingsha ', jurisdiction: '430121001000 ', services: ['incubation', 'registry'], joining: false })
  form.endpoints.registry = { http: ' http://10.0.3.7:8081 ', grpc: '10.0.3.7:9081' }
  form.endpoints.incubation = { http: 'http://10.0.3.7:8082', grpc: '  ' }
  form.endpoints.grants = { http: 'http://typed-then-unchecked:1', grpc: '' }
  assert.deepEqual(registration(form), {
    name: 'xingsha', jurisdiction: '430121001000', joining: false,
    endpoints: {
      registry: { http: 'http://10.0.3.7:8081', grpc: '10.0.3.7:9081' },
      incubation: { http: 'http://10.0.3.7:8082' }
    }
  })
})

test('a form without services sends no endpoints, for the service to refuse under its field', () => {
  assert.deepEqual(registration(emptyNode()).endpoints, {})
})

test('a node\'s endpoints are listed in the service order, unknown services last', () => {
  const rows = endpointRows({
    endpoints: { 'party-building': { http: 'http://p:1' }, billing: { http: 'http://b:1' }, registry: { http: 'http://r:1', grpc: 'r:2' } }
  })
  assert.deepEqual(rows, [
    { service: 'registry', http: 'http://r:1', grpc: 'r:2' },
    { service: 'party-building', http: 'http://p:1', grpc: null },
    { service: 'billing', http: 'http://b:1', grpc: null }
  ])
})

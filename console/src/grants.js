// 公益创投 screens' shared helpers: the grant-service's paths, a round's lifecycle, a programme's lines.
import { ref } from 'vue'
import { api } from './api'

export const GRANTS = '/api/grants/v1'

/** The programmes a list's filter offers: loaded once, empty for a caller who may not read them or on a failure. */
export function useProgrammes(session) {
  const programmes = ref([])
  if (session.can('grants:programme:read')) {
    api.get(`${GRANTS}/programmes`, { size: 200 }).then((page) => { programmes.value = page.items }, () => {})
  }
  return programmes
}

/**
 * The round actions each status allows, as the service's RoundStatus.LIFECYCLE defines them (RANK goes to
 * POST /rounds/{id}/ranking, FINALIZE to /finalization, the others to /actions). The console shows a button only when
 * the status allows the action and the caller holds its permission; the service still decides (409 otherwise).
 */
const ACTIONS = {
  DRAFT: ['PUBLISH', 'CANCEL'],
  OPEN: ['CLOSE', 'CANCEL'],
  CLOSED: ['START_INITIAL_REVIEW', 'CANCEL'],
  INITIAL_REVIEW: ['START_EXPERT_REVIEW', 'CANCEL'],
  EXPERT_REVIEW: ['RANK', 'CANCEL'],
  RANKED: ['RANK', 'REOPEN_REVIEW', 'PUBLISH_NOTICE', 'CANCEL'],
  PUBLIC_NOTICE: ['FINALIZE', 'CANCEL'],
  FINAL: [],
  CANCELLED: []
}

/** Steps of a round in the order the lifecycle runs (CANCELLED is shown apart). */
export const STEPS = ['DRAFT', 'OPEN', 'CLOSED', 'INITIAL_REVIEW', 'EXPERT_REVIEW', 'RANKED', 'PUBLIC_NOTICE', 'FINAL']

/** The permission each action needs (the service's @RequiresPermission of its endpoint). */
export function actionPermission(action) {
  return action === 'FINALIZE' ? 'grants:round:finalize' : 'grants:round:manage'
}

/** The actions the caller may take on a round now: allowed by its status and by the caller's permissions. */
export function roundActions(round, session) {
  return (ACTIONS[round?.status] || []).filter((action) => session.can(actionPermission(action)))
}

/** Where a round's status allows the work that keeps it (RoundStatus.WORK). */
export const WORK = {
  ADD_EXPERT: ['CLOSED', 'INITIAL_REVIEW', 'EXPERT_REVIEW'],
  EXCUSE_EXPERT: ['EXPERT_REVIEW'],
  ADJUST_ALLOCATION: ['RANKED']
}

/** Whether a round has a ranking to read: once ranked (the managers), and on notice or final (everyone who sees it). */
export function hasAllocation(round) {
  return ['RANKED', 'PUBLIC_NOTICE', 'FINAL'].includes(round?.status)
}

/** A decimal the console sends (yuan, a weight): a string with two places for the service's BigDecimal; null if empty. */
export function toDecimal(amount) {
  return amount === null || amount === undefined || amount === '' ? null : Number(amount).toFixed(2)
}

/** A sum of amounts in yuan, added in fen so that no binary fraction creeps in. */
export function sumYuan(amounts) {
  return amounts.reduce((fen, amount) => fen + Math.round((Number(amount) || 0) * 100), 0) / 100
}

/** A programme's funding (资金来源) as the forms edit it: government money by default, committed today. */
export function newFunding(committedOn) {
  return { source: 'GOVERNMENT', funderName: '', partnerId: '', amount: null, committedOn }
}

/** A funding as ProgrammeController's FundingRequest takes it (a government's carries no partner id). */
export function fundingBody(line) {
  return {
    source: line.source, funderName: line.funderName,
    partnerId: line.source === 'PARTNER' ? line.partnerId || null : null,
    amount: toDecimal(line.amount), committedOn: line.committedOn || null
  }
}

/** A capped plan (计划) as the forms edit it. */
export function newPlan() {
  return { code: '', name: '', cap: null }
}

/** A plan as ProgrammeController's PlanRequest takes it. */
export function planBody(line) {
  return { code: line.code, name: line.name, cap: toDecimal(line.cap) }
}

/** A new idempotency key for a payment (one per click; a retry of the same click reuses it). */
export function idempotencyKey() {
  return crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2)
}

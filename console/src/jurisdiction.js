// The significant prefix of a 12-digit division code, compared at tier boundaries (as the platform's Jurisdiction):
// 430121000000 -> 430121, so 430121001000 is inside it and 430122000000 is not.
const BOUNDARIES = [2, 4, 6, 9, 12]

export function significantPrefix(code) {
  const length = BOUNDARIES.find((n) => /^0*$/.test(code.slice(n))) ?? 12
  return code.slice(0, length)
}

export function within(code, root) {
  return !root || (code || '').startsWith(significantPrefix(root))
}

// 公益创投 screens' menus and routes, merged into router.js (kept apart to keep that file's list short).

export const grantMenus = [
  {
    // Programmes (项目计划) with their pools and capped plans: read by the staff, set up by those holding
    // grants:programme:write (ProgrammeController's @RequiresPermission).
    path: '/grant-programmes', name: 'grantProgrammes', icon: 'Wallet', permissions: ['grants:programme:read'],
    component: () => import('./views/grants/GrantProgrammes.vue')
  },
  {
    // Rounds are run by those whose role runs them (officers, base operators, hubs for micro-ventures).
    path: '/grant-rounds', name: 'grantRounds', icon: 'Trophy', permissions: ['grants:round:manage'],
    component: () => import('./views/grants/GrantRounds.vue')
  },
  {
    // An organization's calls, proposals, awards and reports: those who submit reports are its org-admins.
    path: '/my-grants', name: 'myGrants', icon: 'Files', permissions: ['grants:report:submit'],
    component: () => import('./views/grants/MyGrants.vue')
  },
  {
    // Awards with their tranches and payments, for those who release, pay or decide reports.
    path: '/grant-awards', name: 'grantAwards', icon: 'Money', permissions: ['grants:award:pay', 'grants:report:decide'],
    component: () => import('./views/grants/GrantAwards.vue')
  }
]

export const grantRoutes = [
  {
    path: '/grant-programmes/new', name: 'programmeNew', component: () => import('./views/grants/ProgrammeForm.vue'),
    meta: { permissions: ['grants:programme:write'] }
  },
  {
    path: '/grant-programmes/:id', name: 'grantProgramme', component: () => import('./views/grants/GrantProgramme.vue'),
    meta: { permissions: ['grants:programme:read'] }, props: true
  },
  {
    // A round's draft, for a programme chosen on the form or given in the address (?programmeId=).
    path: '/grant-rounds/new', name: 'roundNew', component: () => import('./views/grants/RoundForm.vue'),
    meta: { permissions: ['grants:round:manage'] }, props: (route) => ({ programmeId: route.query.programmeId || null })
  },
  {
    path: '/grant-rounds/:id', name: 'grantRound', component: () => import('./views/grants/GrantRound.vue'),
    meta: { permissions: ['grants:round:read'] }, props: true
  },
  {
    path: '/grant-rounds/:roundId/proposal', name: 'proposalNew', component: () => import('./views/grants/ProposalForm.vue'),
    meta: { permissions: ['grants:proposal:write'] }, props: true
  },
  {
    path: '/grant-proposals/:id', name: 'proposalEdit', component: () => import('./views/grants/ProposalForm.vue'),
    meta: { permissions: ['grants:proposal:read'] }, props: true
  },
  {
    path: '/grant-awards/:id', name: 'grantAward', component: () => import('./views/grants/GrantAward.vue'),
    meta: { permissions: ['grants:award:read'] }, props: true
  }
]

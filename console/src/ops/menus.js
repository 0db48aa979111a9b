import './i18n.js'

/**
 * The operations screens' menus (培训签到, Excel 导入, 工位平面图), kept beside their code and spread into the console's
 * menu list by router.js. Each names the permissions (any of them) that open it, as the services enforce them.
 */
export const opsMenus = [
  {
    path: '/training-sessions', name: 'trainingSessions', icon: 'Reading', permissions: ['training:attendance:record'],
    component: () => import('./TrainingSessions.vue')
  },
  {
    path: '/imports', name: 'imports', icon: 'Upload',
    permissions: ['registry:organization:import', 'registry:talent:write'],
    component: () => import('./Imports.vue')
  },
  {
    path: '/zone-plan', name: 'zonePlan', icon: 'Place', permissions: ['incubation:base:write', 'incubation:case:transition', 'incubation:statistics:read'],
    component: () => import('./ZonePlan.vue')
  }
]

/** Pages reached from a link rather than a menu: a learner opens the check-in page from a QR code. */
export const opsRoutes = [
  {
    path: '/check-in', name: 'checkIn', component: () => import('./CheckIn.vue'),
    meta: { permissions: ['training:attendance:check-in'] }, props: (route) => ({ code: route.query.code || '' })
  }
]

import { createRouter, createWebHistory } from 'vue-router'
import { useSession } from './stores/session'
import { grantMenus, grantRoutes } from './router-grants'
import { opsMenus, opsRoutes } from './ops/menus'
import { orgMenus, orgRoutes } from './org/menus'
import { registryMenus, registryRoutes } from './registry/menus'
import { nodeMenus, nodeRoutes } from './nodes/menus'

/** Each menu names the permissions (any of them) that open it: the same table the services enforce. */
export const menus = [
  {
    path: '/dashboard', name: 'dashboard', icon: 'DataAnalysis',
    permissions: ['registry:statistics:read', 'incubation:statistics:read', 'party:statistics:read',
      'training:statistics:read', 'grants:programme:read'],
    component: () => import('./views/Dashboard.vue')
  },
  {
    path: '/organizations', name: 'organizations', icon: 'OfficeBuilding', permissions: ['registry:organization:read'],
    component: () => import('./views/Organizations.vue')
  },
  {
    path: '/weekly', name: 'weekly', icon: 'Calendar', permissions: ['registry:weekly:read'],
    component: () => import('./views/Weekly.vue')
  },
  {
    path: '/reviews', name: 'reviews', icon: 'EditPen', permissions: ['grants:review:assignments'],
    component: () => import('./views/Reviews.vue')
  },
  {
    // The boards are the staff's and the instructors' work screens: an org-admin or an expert reads a case, but works
    // from their own organization's or assignment's screens.
    path: '/incubation-board', name: 'incubationBoard', icon: 'Grid', permissions: ['incubation:case:transition'],
    component: () => import('./views/IncubationBoard.vue')
  },
  {
    path: '/party-board', name: 'partyBoard', icon: 'Flag',
    permissions: ['party:case:work', 'party:case:open', 'party:statistics:read'],
    component: () => import('./views/PartyBoard.vue')
  },
  {
    path: '/operation-log', name: 'operationLog', icon: 'Document',
    permissions: ['registry:audit:read', 'incubation:audit:read', 'party:audit:read', 'grants:audit:read',
      'training:audit:read'],
    component: () => import('./views/OperationLog.vue')
  },
  ...grantMenus,
  // the operations screens (training check-in, Excel imports, zone plan): src/ops/
  ...opsMenus,
  // the talent pool, needs and offers, an org-admin's own organization: src/org/
  ...orgMenus,
  // the registry work screens (annual inspections, the abnormal list): src/registry/
  ...registryMenus,
  // 节点管理, the platform admin's node directory: src/nodes/
  ...nodeMenus
]

export function allowedMenus(session) {
  return menus.filter((menu) => session.can(...menu.permissions))
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    ...menus.map((menu) => ({ path: menu.path, name: menu.name, component: menu.component, meta: { permissions: menu.permissions } })),
    {
      path: '/organizations/:id', name: 'organization', component: () => import('./views/OrganizationProfile.vue'),
      meta: { permissions: ['registry:organization:read'] }, props: true
    },
    {
      path: '/notifications', name: 'notifications', component: () => import('./views/Notifications.vue'),
      meta: { permissions: ['registry:notification:read'] }
    },
    ...grantRoutes,
    ...opsRoutes,
    ...orgRoutes,
    ...registryRoutes,
    ...nodeRoutes,
    { path: '/forbidden', name: 'forbidden', component: () => import('./views/Forbidden.vue') },
    { path: '/', name: 'home', component: () => import('./views/Forbidden.vue') },
    { path: '/:rest(.*)*', redirect: '/' }
  ]
})

router.beforeEach((to) => {
  const session = useSession()
  if (to.name === 'home') {
    const first = allowedMenus(session)[0]
    return first ? first.path : { name: 'forbidden' }
  }
  if (to.meta.permissions && !session.can(...to.meta.permissions)) {
    return { name: 'forbidden' }
  }
  return true
})

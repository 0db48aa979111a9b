import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import * as icons from '@element-plus/icons-vue'
import 'element-plus/dist/index.css'
import App from './App.vue'
import { login } from './auth'
import { i18n } from './i18n'
import { router } from './router'
import { useSession } from './stores/session'

async function start() {
  await login()
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia).use(i18n).use(ElementPlus)
  Object.entries(icons).forEach(([name, component]) => app.component(name, component))
  await useSession(pinia).load()
  app.use(router)
  app.mount('#app')
}

start().catch((error) => {
  document.getElementById('app').textContent = '控制台无法启动 · The console could not start: ' + error.message
})

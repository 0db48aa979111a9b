package cn.incubator.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the web console needs to know at run time, served at {@code /console-config.json}: the Keycloak the browser
 * logs in through (its public address, which may differ from the one the gateway reaches), the realm and the console's
 * public client.
 */
@ConfigurationProperties("incubator.console")
record ConsoleProperties(String keycloakUrl, String realm, String clientId) {
}

package cn.incubator.platform.test.service;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service test base shares: the service's own database ({@link #jdbc}, to see what a call stored or to
 * set up what a test needs), its JSON mapper, and no caller left on the thread for the next test. A service's own base
 * (its {@code @SpringBootTest}, its real PostgreSQL, the stand-ins of the services it calls) extends it.
 */
public abstract class ServiceIT {

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected JsonMapper json;

    @AfterEach
    void leaveNoCallerOnTheThread() {
        Callers.none();
    }
}

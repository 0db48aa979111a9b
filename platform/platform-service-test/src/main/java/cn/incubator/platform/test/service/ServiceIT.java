package cn.incubator.platform.test.service;

import org.junit.jupiter.api.AfterEach;

/**
 * What every service test base shares: no caller is left on the thread for the next test. A service's own base
 * (its {@code @SpringBootTest}, its real PostgreSQL, the stand-ins of the services it calls) extends it.
 */
public abstract class ServiceIT {

    @AfterEach
    void leaveNoCallerOnTheThread() {
        Callers.none();
    }
}

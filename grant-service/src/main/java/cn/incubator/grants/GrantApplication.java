package cn.incubator.grants;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Grant service: 公益创投, 微创投, capped subsidy plans, fund custody and the partner API. */
@SpringBootApplication
public class GrantApplication {

    public static void main(String[] args) {
        SpringApplication.run(GrantApplication.class, args);
    }
}

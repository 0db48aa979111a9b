package cn.incubator.incubation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** Incubation service: five-stage incubation (孵化), zones and workstations, evaluations, supervision, street hubs. */
@SpringBootApplication
@EnableFeignClients
public class IncubationApplication {

    public static void main(String[] args) {
        SpringApplication.run(IncubationApplication.class, args);
    }
}

package cn.incubator.partybuilding;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Party-building service: dual incubation (一领双孵化). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PartyBuildingApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartyBuildingApplication.class, args);
    }
}

package cn.incubator.partybuilding.member;

import cn.incubator.partybuilding.PartyBuildingProperties;
import cn.incubator.platform.idnumber.IdNumberHasher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The keyed hash under which members' ID numbers are kept, keyed by {@code incubator.party-building.id-number-key}. */
@Configuration(proxyBeanMethods = false)
class IdNumberHashing {

    @Bean
    IdNumberHasher idNumberHasher(PartyBuildingProperties properties) {
        return new IdNumberHasher(properties.idNumberKey(), "incubator.party-building.id-number-key");
    }
}

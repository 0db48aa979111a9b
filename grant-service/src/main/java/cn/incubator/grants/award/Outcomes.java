package cn.incubator.grants.award;

import java.math.BigDecimal;

/**
 * Outcome figures (成效数据) a report states: activities held, person-times served (服务人次), volunteer person-times
 * (志愿者人次) and funds leveraged (撬动资金, yuan).
 */
public record Outcomes(int activitiesHeld, long personTimesServed, long volunteerPersonTimes,
        BigDecimal fundsLeveraged) {

    public static final Outcomes NONE = new Outcomes(0, 0, 0, Yuan.ZERO);

    public Outcomes plus(Outcomes other) {
        return new Outcomes(activitiesHeld + other.activitiesHeld, personTimesServed + other.personTimesServed,
                volunteerPersonTimes + other.volunteerPersonTimes, fundsLeveraged.add(other.fundsLeveraged));
    }
}

package cn.incubator.training.organization;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An organization's training record (培训记录), counted when asked: the courses its people completed (结业), its
 * person-times (人次: attendance present or late, one per person and sitting), its valid certificates and those
 * revoked, and the date of its latest completion ({@code null} when none).
 */
public record TrainingRecord(UUID organizationId, int coursesCompleted, long personTimes, int certificates,
        int certificatesRevoked, LocalDate lastCompletedOn) {
}

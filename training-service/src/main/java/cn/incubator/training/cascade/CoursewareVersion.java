package cn.incubator.training.cascade;

import java.time.Instant;
import java.util.UUID;

/**
 * A courseware version (课件版本) of a course, developed and released by the base that offers the course (研发); the
 * hubs then run the same version in their streets (推广), and each session records the version it runs.
 *
 * @param label   how the version is called, unique per course ("2025版")
 * @param summary what the version covers or changed
 */
public record CoursewareVersion(UUID id, UUID courseId, String label, String summary, String releasedBy,
        Instant releasedAt) {
}

package cn.incubator.training.attendance;

import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.training.course.Audience;
import cn.incubator.training.course.CourseArea;
import java.util.List;

/**
 * Person-times (人次): sittings attended (present or late), counted from the attendance rows, by the jurisdiction where
 * the session was held, the course area, the audience and the month (Beijing time).
 */
public record PersonTimes(long total, long sessions, List<Row> rows) {

    public record Row(Jurisdiction jurisdiction, CourseArea area, Audience audience, String period, long sessions,
            long personTimes) {
    }
}

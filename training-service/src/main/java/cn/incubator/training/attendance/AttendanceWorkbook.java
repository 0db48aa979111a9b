package cn.incubator.training.attendance;

import cn.incubator.platform.export.ExcelTables;
import cn.incubator.platform.identity.CurrentUser;
import cn.incubator.platform.sql.ReadOnly;
import cn.incubator.platform.text.Display;
import cn.incubator.platform.text.EnumLabels;
import cn.incubator.training.enrolment.Enrolment;
import cn.incubator.training.enrolment.EnrolmentService;
import cn.incubator.training.enrolment.EnrolmentStatus;
import cn.incubator.training.session.SessionService;
import cn.incubator.training.session.TrainingSession;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 考勤导出: a session's attendance as the caller sees it (an organization its own people's) in two sheets: one line
 * per person holding a place with each sitting's status, sittings attended and the rate ({@code 出勤汇总}); and the
 * attendance rows as listed ({@code 签到记录}). Chinese labels, times in Beijing time.
 */
@Component
public class AttendanceWorkbook {

    static final String SUMMARY = "出勤汇总";
    static final String RECORDS = "签到记录";
    static final List<String> RECORD_HEADERS = List.of("姓名", "场次", "场次开始", "考勤", "方式", "记录人", "记录时间",
            "报名编号");

    private final SessionService sessions;
    private final EnrolmentService enrolments;
    private final AttendanceService attendance;
    private final MessageSource messages;

    AttendanceWorkbook(SessionService sessions, EnrolmentService enrolments, AttendanceService attendance,
            MessageSource messages) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.messages = messages;
    }

    /** The session's title and the workbook. */
    public record Export(TrainingSession session, byte[] workbook) {
    }

    @ReadOnly
    public Export of(CurrentUser user, UUID sessionId) {
        TrainingSession session = sessions.get(user, sessionId);
        List<Enrolment> all = enrolments.list(user, sessionId, null);
        List<Enrolment> people = all.stream()
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED || e.status() == EnrolmentStatus.COMPLETED
                        || e.status() == EnrolmentStatus.NOT_COMPLETED)
                .toList();
        List<Attendance> records = attendance.list(user, sessionId);
        Map<UUID, Map<Integer, AttendanceStatus>> byPerson = new HashMap<>();
        records.forEach(a -> byPerson.computeIfAbsent(a.enrolmentId(), k -> new HashMap<>())
                .put(a.sittingSeq(), a.status()));
        Map<UUID, String> names = new HashMap<>();
        all.forEach(e -> names.put(e.id(), e.personName()));

        int sittings = session.sittings().size();
        List<String> summaryHeaders = new ArrayList<>(List.of("姓名", "组织编号", "培训对象", "报名状态"));
        session.sittings().forEach(s -> summaryHeaders.add("第" + s.seq() + "场"));
        summaryHeaders.addAll(List.of("出勤次数", "场次总数", "出勤率(%)"));
        List<List<?>> summary = new ArrayList<>();
        for (Enrolment person : people) {
            Map<Integer, AttendanceStatus> statuses = byPerson.getOrDefault(person.id(), Map.of());
            List<Object> row = new ArrayList<>(Arrays.asList(person.personName(), person.organizationId().toString(),
                    label(person.audience()), label(person.status())));
            int attended = 0;
            for (TrainingSession.Sitting sitting : session.sittings()) {
                AttendanceStatus status = statuses.get(sitting.seq());
                row.add(status == null ? "未记录" : label(status));
                if (status == AttendanceStatus.PRESENT || status == AttendanceStatus.LATE) {
                    attended++;
                }
            }
            row.add(attended);
            row.add(sittings);
            row.add(Math.round(attended * 1000.0 / sittings) / 10.0);
            summary.add(row);
        }
        List<List<?>> lines = records.stream().<List<?>>map(a -> Arrays.asList(names.get(a.enrolmentId()),
                a.sittingSeq(), beijing(session.sitting(a.sittingSeq()).startsAt()), label(a.status()),
                "CODE".equals(a.method()) ? "签到码" : "点名", a.recordedBy(), beijing(a.recordedAt()),
                a.enrolmentId().toString())).toList();
        return new Export(session, ExcelTables.of(List.of(new ExcelTables.Table(SUMMARY, summaryHeaders, summary),
                new ExcelTables.Table(RECORDS, RECORD_HEADERS, lines))));
    }

    private String label(Enum<?> value) {
        return messages.getMessage(EnumLabels.key(value), null, value.name(), Locale.SIMPLIFIED_CHINESE);
    }

    private static LocalDateTime beijing(Instant at) {
        return LocalDateTime.ofInstant(at, Display.ZONE);
    }
}

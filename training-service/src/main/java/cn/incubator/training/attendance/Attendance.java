package cn.incubator.training.attendance;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** One person's attendance at one sitting, by one-time code ({@code CODE}) or roll call ({@code ROLL_CALL}). */
public record Attendance(UUID sessionId, int sittingSeq, UUID enrolmentId, AttendanceStatus status, String method,
        String recordedBy, Instant recordedAt) {

    /** A one-time check-in code of one person for one sitting (printed as the QR slip). */
    public record Code(UUID enrolmentId, String personName, int sittingSeq, String code) {
    }

    /** One line of a roll call. */
    public record Call(@NotNull UUID enrolmentId, @NotNull AttendanceStatus status) {
    }
}

package cn.incubator.training.attendance;

/** How a person attended one sitting: present (出勤), late (迟到, still counted) or absent (缺勤). */
public enum AttendanceStatus {
    PRESENT, LATE, ABSENT;

    /** Whether the sitting counts as attended (person-times, completion). */
    public boolean attended() {
        return this != ABSENT;
    }
}

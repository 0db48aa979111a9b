package cn.incubator.registry.weekly;

import cn.incubator.platform.export.ExcelTables;
import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.text.Masking;
import cn.incubator.registry.excel.Workbooks;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The weekly issue as leaders get it (活动周预报汇总表): one sheet of totals, one per grouping, one of activities. */
final class WeeklyWorkbook {

    private static final List<String> GROUP_HEADERS = List.of("名称", "活动数", "预计参与人数");

    private WeeklyWorkbook() {
    }

    static byte[] of(WeeklyViews.Compilation issue, List<WeeklyActivity> activities) {
        List<List<?>> totals = List.of(
                List.of("周次", issue.week()),
                List.of("周一", issue.monday().toString()),
                List.of("区划", issue.jurisdiction().name() + "（" + issue.jurisdiction().code() + "）"),
                List.of("报送截止", LocalDateTime.ofInstant(issue.deadline(), ActivityWeek.ZONE)),
                List.of("活动数", issue.activities()),
                List.of("预计参与人数", issue.expectedAttendees()),
                List.of("逾期报送", issue.lateActivities()),
                List.of("存在冲突的活动", issue.clashes()));
        // The leaders' chart (活动与参与人数柱状图) beside the counts by category and by district, drawn from those cells.
        return Workbooks.tables(List.of(
                new Workbooks.Table("汇总", List.of("项目", "数值"), totals),
                new Workbooks.Table("按组织", GROUP_HEADERS, groups(issue.byOrganization())),
                new Workbooks.Table("按类别", GROUP_HEADERS, groups(issue.byCategory())),
                new Workbooks.Table("按区县", GROUP_HEADERS, groups(issue.byDistrict())),
                details(activities)), List.of(
                new ExcelTables.BarChart("按类别", issue.week() + " 各类别活动数与预计参与人数", 0, List.of(1, 2)),
                new ExcelTables.BarChart("按区县", issue.week() + " 各区县活动数与预计参与人数", 0, List.of(1, 2))));
    }

    /** The activities alone (the list the console shows), for anyone who may read the week's pre-reports. */
    static byte[] activities(List<WeeklyActivity> activities) {
        return Workbooks.tables(List.of(details(activities)));
    }

    /**
     * The week's activities as the list shows them, collected from this node and the street nodes (跨节点导出): the same
     * sheet as {@link #activities}, and a sheet naming the nodes missing from it, if any.
     */
    static byte[] listed(NodeFederation.Collected<WeeklyActivityController.ActivityResponse> found) {
        List<List<?>> rows = found.rows().stream().<List<?>>map(a -> Arrays.asList(a.organizationName(), a.title(),
                LocalDateTime.ofInstant(a.startsAt(), ActivityWeek.ZONE),
                LocalDateTime.ofInstant(a.endsAt(), ActivityWeek.ZONE), a.place(), a.jurisdiction().name(),
                a.expectedAttendees(), a.volunteers(), a.volunteerTeam(), a.contactName(), a.contactPhone(), a.late()))
                .toList();
        List<Workbooks.Table> sheets = new ArrayList<>(List.of(new Workbooks.Table("活动明细", HEADERS, rows)));
        if (found.partial()) {
            sheets.add(new Workbooks.Table(NodeFederation.Collected.NOTE_SHEET, NodeFederation.Collected.NOTE_HEADERS,
                    found.notes()));
        }
        return Workbooks.tables(sheets);
    }

    private static final List<String> HEADERS = List.of("组织", "活动", "开始", "结束", "地点", "所在区划", "预计参与人数",
            "志愿者人数", "志愿服务队", "联系人", "联系电话", "逾期");

    private static Workbooks.Table details(List<WeeklyActivity> activities) {
        List<List<?>> rows = activities.stream().<List<?>>map(a -> Arrays.asList(a.organizationName(), a.title(),
                LocalDateTime.ofInstant(a.startsAt(), ActivityWeek.ZONE),
                LocalDateTime.ofInstant(a.endsAt(), ActivityWeek.ZONE), a.place(), a.jurisdiction().name(),
                a.expectedAttendees(), a.volunteers(), a.volunteerTeam(), a.contactName(),
                Masking.mobilePhone(a.contactPhone()), a.late())).toList();
        return new Workbooks.Table("活动明细", HEADERS, rows);
    }

    private static List<List<?>> groups(List<WeeklyViews.Group> groups) {
        return groups.stream().<List<?>>map(g -> List.of(g.label(), g.activities(), g.expectedAttendees())).toList();
    }
}

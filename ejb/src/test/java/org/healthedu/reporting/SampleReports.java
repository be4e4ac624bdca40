package org.healthedu.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small completion report to draw: a county with a township and a site below it, two targets, a full history. */
final class SampleReports {

    static final String PROJECT_ZH = "宜兴市青春健康家长培训项目";

    private SampleReports() {
    }

    static ReportFigures figures() {
        UnitFigures total = unit(101, "YX", "宜兴市", "Yixing", "COUNTY", 12, 40, 0.8125, 4.37);
        UnitFigures township = unit(151, "YX-YC", "宜城街道", "Yicheng", "TOWNSHIP", 8, 25, 0.9, 4.5);
        UnitFigures site = unit(7, null, "宝东社区项目点", null, "SITE", 4, 15, 0.66, null);
        List<TargetProgress> targets = List.of(
                new TargetProgress(1, "PARENTS_TRAINED", "培训家长", "Parents trained", "人", "people",
                        "COMPLETED_PARENTS", false, 100L, 30L, 30.0, 50.0, TargetProgress.State.BEHIND),
                new TargetProgress(2, "SESSIONS_HELD", "举办培训场次", "Training sessions held", "场", "sessions",
                        "SESSIONS_HELD", false, 10L, 12L, 120.0, 50.0, TargetProgress.State.ACHIEVED));
        return ReportFigures.exact(5, "YX-PARENT-2026", PROJECT_ZH, "Yixing parent training", total,
                List.of(township, site), targets, ReportPeriod.month(YearMonth.of(2026, 3)),
                Instant.parse("2026-04-02T02:00:00Z"));
    }

    static UnitFigures unit(long id, String code, String zh, String en, String level, long held, long enrolled,
            double rate, Double satisfaction) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put(Measure.SESSIONS_HELD.name(), BigDecimal.valueOf(held));
        values.put(Measure.ENROLLED.name(), BigDecimal.valueOf(enrolled));
        values.put(Measure.COMPLETED_PARENTS.name(), BigDecimal.valueOf(enrolled / 2));
        values.put(Measure.CONTACTS.name(), BigDecimal.valueOf(held * 10));
        values.put(Measure.ATTENDANCE_RATE.name(), BigDecimal.valueOf(rate));
        values.put(Measure.REACHED_BY_PEERS.name(), BigDecimal.valueOf(3));
        if (satisfaction != null) {
            values.put(Measure.SATISFACTION_MEAN.name(), BigDecimal.valueOf(satisfaction));
        }
        return UnitFigures.of(id, code, zh, en, level, values);
    }

    static ReportDocument document() {
        Map<SectionKind, String> sections = new LinkedHashMap<>();
        sections.put(SectionKind.OVERVIEW, "本月在宝东社区举办家长培训。\n第二批家长已报名。");
        sections.put(SectionKind.PROBLEMS, "部分家长因工作请假。");
        List<ReportDocument.Event> history = List.of(
                new ReportDocument.Event("CREATED", null, ReportStatus.DRAFT, null, "宜兴协调员",
                        Instant.parse("2026-04-01T01:00:00Z")),
                new ReportDocument.Event("SUBMITTED", ReportStatus.DRAFT, ReportStatus.SUBMITTED, null, "宜兴协调员",
                        Instant.parse("2026-04-02T02:00:00Z")),
                new ReportDocument.Event("ACCEPTED", ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, "很好",
                        "无锡协调员", Instant.parse("2026-04-03T03:00:00Z")));
        return new ReportDocument(42, ReportStatus.ACCEPTED, ReportPeriod.month(YearMonth.of(2026, 3)), "YX",
                "宜兴市计生协", "Yixing FPA", "无锡市计生协", "Wuxi FPA", sections,
                List.of(new ReportDocument.Attachment(9, "PHOTO", "开班仪式", "opening.jpg", 204800)), figures(), true,
                List.of(new ReportDocument.Change(null, null, "SESSIONS_HELD", BigDecimal.valueOf(12),
                        BigDecimal.valueOf(13))),
                history, Instant.parse("2026-04-05T08:00:00Z"));
    }
}

package org.healthedu.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthedu.organisation.Units.placed;
import static org.healthedu.shared.BrokenRule.assertBroken;
import static org.healthedu.shared.BrokenRule.assertInvalid;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.healthedu.organisation.OrganisationUnit;
import org.healthedu.organisation.UnitKind;
import org.healthedu.project.Project;
import org.healthedu.project.ProjectDraft;
import org.healthedu.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CurriculumTest {

    private final AtomicLong ids = new AtomicLong(1000);
    private final LongSupplier lessonIds = ids::incrementAndGet;
    private OrganisationUnit wuxi;
    private Project project;
    private Curriculum template;

    @BeforeEach
    void setUp() {
        OrganisationUnit china = placed(1, UnitKind.NATIONAL, null);
        OrganisationUnit jiangsu = placed(5, UnitKind.PROVINCE, china);
        wuxi = placed(9, UnitKind.CITY, jiangsu);
        project = new Project(new ProjectDraft("WX-P1", "青春健康家长培训项目", null, 1L, 9L, LocalDate.of(2026, 7, 11),
                LocalDate.of(2026, 12, 31), null, null), china, wuxi);
        template = Curriculum.template(wuxi, " 家长课堂 ", "Parents' class", "示例");
        CurriculumLesson first = template.addLesson(lessonIds.getAsLong(), "认识青春期", "Adolescence", null);
        CurriculumLesson second = template.addLesson(lessonIds.getAsLong(), "亲子沟通", null, null);
        template.addSegment(first, segment("青春期身心发展", 45), null);
        template.addSegment(first, segment("青春期的大脑与情绪", 30), null);
        template.addSegment(second, segment("倾听与共情", 45), null);
    }

    private static SegmentDraft segment(String title, int minutes) {
        return new SegmentDraft(title, null, "目标：" + title, minutes);
    }

    private static List<String> titles(CurriculumLesson lesson) {
        return lesson.segments().stream().map(s -> s.position() + " " + s.titleZh()).toList();
    }

    private static List<String> lessonTitles(Curriculum curriculum) {
        return curriculum.lessons().stream().map(l -> l.position() + " " + l.titleZh()).toList();
    }

    @Test
    void aTemplateHasOrderedLessonsOfOrderedSegments() {
        assertThat(template.isTemplate()).isTrue();
        assertThat(template.isShipped()).as("owned by a unit").isFalse();
        assertThat(template.nameZh()).isEqualTo("家长课堂");
        assertThat(lessonTitles(template)).containsExactly("1 认识青春期", "2 亲子沟通");
        assertThat(titles(template.lessonAt(1))).containsExactly("1 青春期身心发展", "2 青春期的大脑与情绪");
        assertThat(template.lessonAt(1).minutes()).isEqualTo(75);
        assertThat(template.segmentCount()).isEqualTo(3);
        assertThat(template.lessonAt(1).lineageId()).as("a new lesson starts its own lineage")
                .isEqualTo(template.lessonAt(1).id());
    }

    @Test
    void lessonsAndSegmentsAreAddedAtAPositionMovedAndRemovedWithoutGaps() {
        CurriculumLesson intro = template.addLesson(lessonIds.getAsLong(), "开班", null, 1);
        assertThat(lessonTitles(template)).containsExactly("1 开班", "2 认识青春期", "3 亲子沟通");
        template.moveLesson(intro, 3);
        assertThat(lessonTitles(template)).containsExactly("1 认识青春期", "2 亲子沟通", "3 开班");

        CurriculumLesson first = template.lessonAt(1);
        CurriculumSegment icebreaker = template.addSegment(first, segment("破冰", 20), 1);
        assertThat(titles(first)).containsExactly("1 破冰", "2 青春期身心发展", "3 青春期的大脑与情绪");
        template.moveSegment(icebreaker, first, 3);
        assertThat(titles(first)).containsExactly("1 青春期身心发展", "2 青春期的大脑与情绪", "3 破冰");

        template.moveSegment(icebreaker, intro, 1);
        assertThat(titles(first)).containsExactly("1 青春期身心发展", "2 青春期的大脑与情绪");
        assertThat(titles(intro)).containsExactly("1 破冰");
        assertThat(icebreaker.lesson()).isSameAs(intro);

        template.removeSegment(first.segments().get(0));
        assertThat(titles(first)).containsExactly("1 青春期的大脑与情绪");
        template.removeLesson(template.lessonAt(2));
        assertThat(lessonTitles(template)).containsExactly("1 认识青春期", "2 开班");
    }

    @Test
    void positionsOutsideTheListAreRefused() {
        CurriculumLesson first = template.lessonAt(1);
        assertInvalid(() -> template.moveLesson(first, 3), "position", "curriculum.position.invalid", 2);
        assertInvalid(() -> template.moveLesson(first, 0), "position", "curriculum.position.invalid", 2);
        assertInvalid(() -> template.moveLesson(first, null), "position", "error.required");
        assertInvalid(() -> template.addLesson(lessonIds.getAsLong(), "第四", null, 4), "position",
                "curriculum.position.invalid", 3);
        assertInvalid(() -> template.moveSegment(first.segments().get(0), first, 3), "position",
                "curriculum.position.invalid", 2);
        assertInvalid(() -> template.moveSegment(first.segments().get(0), template.lessonAt(2), 3), "position",
                "curriculum.position.invalid", 2);
        assertThat(lessonTitles(template)).containsExactly("1 认识青春期", "2 亲子沟通");
        assertThat(titles(first)).containsExactly("1 青春期身心发展", "2 青春期的大脑与情绪");
    }

    @Test
    void aSegmentNeedsATitleAndAPositiveDurationAndABadEditChangesNothing() {
        CurriculumLesson first = template.lessonAt(1);
        CurriculumSegment segment = first.segments().get(0);
        assertInvalid(() -> template.addSegment(first, new SegmentDraft(" ", null, null, 30), null), "titleZh",
                "error.required");
        assertInvalid(() -> template.addSegment(first, new SegmentDraft("环节", null, null, null), null),
                "durationMinutes", "error.required");
        assertInvalid(() -> template.describeSegment(segment, new SegmentDraft("改名", null, null, 0)),
                "durationMinutes", "curriculum.segment.duration", 480);
        assertInvalid(() -> template.describeSegment(segment, new SegmentDraft("改名", null, null, 481)),
                "durationMinutes", "curriculum.segment.duration", 480);
        assertInvalid(() -> template.describeSegment(segment, new SegmentDraft("改名", null, "目".repeat(2001), 30)),
                "objectives", "error.tooLong", 2000);
        assertThat(segment.titleZh()).isEqualTo("青春期身心发展");
        assertThat(segment.durationMinutes()).isEqualTo(45);
        assertThat(titles(first)).hasSize(2);

        template.describeSegment(segment, new SegmentDraft(" 身心发展 ", " Growth ", "第一行\r\n第二行", 50));
        assertThat(segment.titleZh()).isEqualTo("身心发展");
        assertThat(segment.titleEn()).isEqualTo("Growth");
        assertThat(segment.objectives()).isEqualTo("第一行\n第二行");
        assertThat(segment.durationMinutes()).isEqualTo(50);
    }

    @Test
    void aLessonOrSegmentOfAnotherCurriculumIsNotFound() {
        Curriculum other = Curriculum.template(wuxi, "另一个", null, null);
        CurriculumLesson foreign = other.addLesson(lessonIds.getAsLong(), "别处的课", null, null);
        CurriculumSegment foreignSegment = other.addSegment(foreign, segment("别处的环节", 30), null);
        assertBroken(() -> template.moveLesson(foreign, 1), DomainException.Kind.NOT_FOUND, null,
                "curriculum.lesson.notFound", foreign.id());
        assertBroken(() -> template.addSegment(foreign, segment("x", 10), null), DomainException.Kind.NOT_FOUND,
                null, "curriculum.lesson.notFound", foreign.id());
        assertBroken(() -> template.removeSegment(foreignSegment), DomainException.Kind.NOT_FOUND, null,
                "curriculum.segment.notFound", (Object) null);
        assertBroken(() -> template.moveSegment(template.lessonAt(1).segments().get(0), foreign, 1),
                DomainException.Kind.NOT_FOUND, null, "curriculum.lesson.notFound", foreign.id());
    }

    @Test
    void adoptingCopiesTheTemplateAsVersionOneWithItsOwnLineages() {
        Curriculum adopted = Curriculum.adopt(template, project, lessonIds);
        assertThat(adopted.isTemplate()).isFalse();
        assertThat(adopted.project()).isSameAs(project);
        assertThat(adopted.owner()).isSameAs(wuxi);
        assertThat(adopted.adoptedFrom()).isSameAs(template);
        assertThat(adopted.versionNo()).isEqualTo(1);
        assertThat(adopted.isInUse()).isFalse();
        assertThat(adopted.nameZh()).isEqualTo("家长课堂");
        assertThat(lessonTitles(adopted)).containsExactly("1 认识青春期", "2 亲子沟通");
        assertThat(titles(adopted.lessonAt(1))).containsExactly("1 青春期身心发展", "2 青春期的大脑与情绪");
        assertThat(adopted.lessonAt(1).segments().get(0).objectives()).isEqualTo("目标：青春期身心发展");
        for (int i = 1; i <= 2; i++) {
            CurriculumLesson lesson = adopted.lessonAt(i);
            assertThat(lesson.id()).isNotEqualTo(template.lessonAt(i).id());
            assertThat(lesson.lineageId()).as("lineage starts inside the project").isEqualTo(lesson.id());
        }

        adopted.describeSegment(adopted.lessonAt(1).segments().get(0), segment("本地化的环节", 40));
        assertThat(template.lessonAt(1).segments().get(0).titleZh()).as("the template is not touched")
                .isEqualTo("青春期身心发展");
    }

    @Test
    void onlyATemplateWithSegmentsCanBeAdoptedAndOnlyByAnOpenProject() {
        Curriculum empty = Curriculum.template(wuxi, "空模板", null, null);
        assertInvalid(() -> Curriculum.adopt(empty, project, lessonIds), "templateId", "curriculum.adopt.empty");
        empty.addLesson(lessonIds.getAsLong(), "只有课", null, null);
        assertInvalid(() -> Curriculum.adopt(empty, project, lessonIds), "templateId", "curriculum.adopt.empty");
        Curriculum adopted = Curriculum.adopt(template, project, lessonIds);
        assertInvalid(() -> Curriculum.adopt(adopted, project, lessonIds), "templateId",
                "curriculum.adopt.notTemplate");
        project.activate();
        project.close();
        assertBroken(() -> Curriculum.adopt(template, project, lessonIds), DomainException.Kind.CONFLICT, null,
                "project.closed");
    }

    @Test
    void aVersionInUseIsNeverChangedAndItsNextVersionKeepsTheLineages() {
        Curriculum v1 = Curriculum.adopt(template, project, lessonIds);
        v1.markInUse();
        assertThat(v1.isInUse()).isTrue();
        CurriculumLesson lesson = v1.lessonAt(1);
        CurriculumSegment segment = lesson.segments().get(0);
        for (Runnable edit : List.<Runnable>of(
                () -> v1.describe("新名字", null, null),
                () -> v1.addLesson(lessonIds.getAsLong(), "新课", null, null),
                () -> v1.retitleLesson(lesson, "新标题", null),
                () -> v1.moveLesson(lesson, 2),
                () -> v1.removeLesson(lesson),
                () -> v1.addSegment(lesson, segment("新环节", 10), null),
                () -> v1.describeSegment(segment, segment("改", 10)),
                () -> v1.moveSegment(segment, lesson, 2),
                () -> v1.removeSegment(segment))) {
            assertBroken(edit::run, DomainException.Kind.CONFLICT, null, "curriculum.inUse");
        }
        assertThat(lessonTitles(v1)).containsExactly("1 认识青春期", "2 亲子沟通");
        assertThat(titles(lesson)).containsExactly("1 青春期身心发展", "2 青春期的大脑与情绪");

        Curriculum v2 = v1.nextVersion(lessonIds);
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.isInUse()).isFalse();
        assertThat(v2.project()).isSameAs(project);
        assertThat(v2.adoptedFrom()).isSameAs(template);
        for (int i = 1; i <= 2; i++) {
            assertThat(v2.lessonAt(i).id()).isNotEqualTo(v1.lessonAt(i).id());
            assertThat(v2.lessonAt(i).lineageId()).as("same lineage across versions")
                    .isEqualTo(v1.lessonAt(i).lineageId()).isEqualTo(v1.lessonAt(i).id());
        }
        v2.retitleLesson(v2.lessonAt(1), "认识青春期（修订）", null);
        CurriculumLesson added = v2.addLesson(lessonIds.getAsLong(), "新增的课", null, null);
        assertThat(added.lineageId()).isEqualTo(added.id());
        assertThat(v1.lessonAt(1).titleZh()).isEqualTo("认识青春期");
        assertThat(v1.lessons()).hasSize(2);
    }

    @Test
    void aTemplateCannotBeInUseAndAClosedProjectsCurriculumIsReadOnly() {
        assertInvalid(template::markInUse, "curriculumId", "curriculum.inUse.template");
        Curriculum v1 = Curriculum.adopt(template, project, lessonIds);
        project.activate();
        project.close();
        assertBroken(() -> v1.describe("新名字", null, null), DomainException.Kind.CONFLICT, null, "project.closed");
        assertBroken(() -> v1.nextVersion(lessonIds), DomainException.Kind.CONFLICT, null, "project.closed");
    }

    @Test
    void aTemplateNeedsANameAndAnOwner() {
        assertInvalid(() -> Curriculum.template(wuxi, " ", null, null), "nameZh", "error.required");
        assertInvalid(() -> Curriculum.template(null, "无主模板", null, null), "ownerUnitId", "error.required");
        assertInvalid(() -> template.describe("名", "n".repeat(201), null), "nameEn", "error.tooLong", 200);
        assertThat(template.nameEn()).isEqualTo("Parents' class");
    }
}

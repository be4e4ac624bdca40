package org.healthedu.web.courseware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.healthedu.courseware.CoursewareAction;
import org.healthedu.courseware.CoursewareEventKind;
import org.healthedu.courseware.CoursewareItemKind;
import org.healthedu.courseware.CoursewareStatus;
import org.healthedu.courseware.CoursewareTransition;
import org.healthedu.web.i18n.Texts;
import org.junit.jupiter.api.Test;

/** Every status, step, event and button of the courseware workflow has its words in both languages. */
class CoursewareLabelsTest {

    @Test
    void everyWorkflowWordIsTranslated() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = Texts.bundle(locale);
            for (CoursewareStatus status : CoursewareStatus.values()) {
                assertThat(bundle.containsKey(status.labelKey())).as(status.labelKey()).isTrue();
            }
            for (CoursewareTransition step : CoursewareTransition.values()) {
                assertThat(bundle.containsKey(step.labelKey())).as(step.labelKey()).isTrue();
                assertThat(bundle.containsKey("courseware.stepped." + step.name())).isTrue();
            }
            for (CoursewareEventKind kind : CoursewareEventKind.values()) {
                assertThat(bundle.containsKey(kind.labelKey())).as(kind.labelKey()).isTrue();
            }
            for (CoursewareItemKind kind : CoursewareItemKind.values()) {
                assertThat(bundle.containsKey(kind.labelKey())).as(kind.labelKey()).isTrue();
            }
            for (CoursewareAction action : CoursewareAction.values()) {
                if (action.transition() != null || action == CoursewareAction.NEW_VERSION) {
                    assertThat(bundle.containsKey("courseware.action." + action.name())).as(action.name()).isTrue();
                }
            }
        }
    }

    @Test
    void anIllegalStepNamesTheCurrentStatusInTheUsersLanguage() {
        assertThat(Texts.text(Locale.SIMPLIFIED_CHINESE, "courseware.transition.illegal", "coursewareStatus.DRAFT",
                "coursewareTransition.APPROVE")).isEqualTo("该课件版本当前为“草稿”，不能审核定稿。");
        assertThat(Texts.text(Locale.ENGLISH, "courseware.transition.illegal", "coursewareStatus.APPROVED",
                "coursewareTransition.RETURN"))
                .isEqualTo("This courseware version is \u201cApproved\u201d and cannot be returned now.");
    }
}

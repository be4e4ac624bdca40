package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A coordinator makes the parents' template their own, adds a question, and gives the form to lesson 2. */
class FormBuilderJourneyIT extends BrowserIT {

    @Test
    void aCoordinatorCopiesTheParentsTemplateAddsAQuestionAndAssignsTheFormToLesson2() {
        long project = ((Number) Db.value("select id from project where code = 'WX-2026-PARENT'")).longValue();
        String name = uniqueCode("宝东家长反馈");
        String question = "您最想和孩子一起参加哪类活动？";
        try {
            logIn("wuxi.coord");
            browser.open(base() + "feedback/forms.xhtml");
            // Templates are listed first.
            browser.click(By.xpath("(//tr[.//a[normalize-space(text())='家长课后反馈表']]"
                    + "//*[contains(@id,':copy')])[1]"));
            browser.find(By.id("builderForm:nameZh"));
            String url = browser.driver().getCurrentUrl();
            assertThat(url).contains("feedback/form.xhtml?id=");
            long formId = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertThat(Db.value("select template_code from feedback_form where id = ?", formId)).isNull();
            browser.waitForText(By.id("builderForm:preview"), "讲师讲解清楚、容易理解");

            browser.type(By.id("builderForm:nameZh"), name);
            browser.click(By.id("builderForm:sections:1:addQuestion"));
            browser.type(By.id("builderForm:sections:1:questions:2:textZh"), question);
            browser.click(By.id("builderForm:save"));
            browser.waitForText(By.id("builderForm:saveStatus"), "已保存");
            browser.waitForText(By.id("builderForm:preview"), question);
            assertThat(Db.count("""
                    select count(*) from feedback_question q join feedback_form f on f.current_version_id = q.version_id
                     where f.id = ? and q.kind = 'SHORT_TEXT' and q.text_zh = ?""", formId, question)).isEqualTo(1);
            assertThat(Db.value("select name_zh from feedback_form where id = ?", formId)).isEqualTo(name);

            // A single-choice question gets its choices; the preview shows them.
            browser.click(By.id("builderForm:sections:0:addQuestion"));
            browser.choose("builderForm:sections:0:questions:4:kind", "单选题");
            browser.type(By.id("builderForm:sections:0:questions:4:textZh"), "下次课程的时间是否方便？");
            browser.type(By.id("builderForm:sections:0:questions:4:choices:0:labelZh"), "方便");
            browser.type(By.id("builderForm:sections:0:questions:4:choices:1:labelZh"), "不方便");
            browser.click(By.id("builderForm:save"));
            browser.waitForText(By.id("builderForm:preview"), "不方便");
            browser.snapshot("form-builder");
            assertThat(Db.count("""
                    select count(*) from feedback_choice c join feedback_question q on q.id = c.question_id
                      join feedback_form f on f.current_version_id = q.version_id
                     where f.id = ? and q.kind = 'SINGLE_CHOICE' and q.text_zh = ?""", formId, "下次课程的时间是否方便？"))
                    .isEqualTo(2);

            // The project page leads to the lessons' forms; lesson 2 gets this one.
            browser.open(base() + "project/project.xhtml?id=" + project);
            browser.click(By.xpath("//a[contains(@id, 'feedbackAssignmentsLink')]"));
            browser.waitForText(By.id("assignForm:lessons:1:lessonTitle"), "2.");
            browser.choose("assignForm:lessons:1:lessonForm", name);
            browser.click(By.id("assignForm:lessons:1:saveLesson"));
            browser.waitForText(By.id("assignForm:lessons:1:usedForm"), name);
            assertThat(browser.text(By.id("assignForm:lessons:1:source"))).isEqualTo("本节课指定");
            assertThat(browser.text(By.id("assignForm:lessons:0:usedForm"))).isNotEqualTo(name);
            assertThat(Db.count("""
                    select count(*) from feedback_assignment a
                      join curriculum_lesson l on l.lineage_id = a.lesson_lineage_id
                     where a.project_id = ? and a.form_id = ? and l.position = 2""", project, formId)).isPositive();
        } finally {
            // The demo project's lessons keep the forms other tests expect.
            Db.update("delete from feedback_assignment where project_id = ? and form_id in "
                    + "(select id from feedback_form where name_zh = ?)", project, name);
        }
    }
}

package org.healthedu.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Courseware and its approval workflow through the REST API, on a fresh project per test: every step legal and
 * refused, who may take it (from the trainer groups, not the role), upload limits, downloads and scope.
 */
class CoursewareApiIT extends AppIT {

    private CoursewareFixture fixture;
    private Api lecturer;
    private Api leader;
    private Api manager;
    private Api guidance;
    private Api coordinator;

    @BeforeEach
    void freshProject() {
        fixture = CoursewareFixture.create(this);
        lecturer = api("baodong.lecturer2");
        leader = api("baodong.trainer");
        manager = api("baodong.manager");
        guidance = api("wuxi.observer");
        coordinator = api("wuxi.coord");
    }

    private static void assertForbidden(Api.Reply reply) {
        assertProblem(reply, 403, "error.forbidden", null);
    }

    private long start(int lessonPosition) {
        Api.Reply started = lecturer.post("api/v1/courseware", "{\"projectId\":" + fixture.projectId()
                + ",\"siteId\":" + fixture.siteId() + ",\"lessonId\":" + fixture.lesson(lessonPosition) + "}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long id = started.object().getJsonObject("courseware").getJsonNumber("id").longValue();
        assertThat(started.header("Location")).endsWith("/api/v1/courseware/" + id);
        return id;
    }

    private static String versionPath(long courseware, int version) {
        return "api/v1/courseware/" + courseware + "/versions/" + version;
    }

    private static Api.Reply upload(Api api, long courseware, int version, String filename, byte[] content) {
        return api.postBytes(versionPath(courseware, version) + "/items?filename="
                + URLEncoder.encode(filename, StandardCharsets.UTF_8), "application/octet-stream", content);
    }

    private static Api.Reply step(Api api, long courseware, int version, String step, String comment) {
        return api.post(versionPath(courseware, version) + "/" + step,
                comment == null ? "{}" : "{\"comment\":\"" + comment + "\"}");
    }

    private static JsonObject version(Api.Reply detail, int number) {
        return detail.object().getJsonArray("versions").stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getInt("number") == number).findFirst().orElseThrow();
    }

    private static String status(Api api, long courseware, int number) {
        return version(api.get("api/v1/courseware/" + courseware), number).getString("status");
    }

    private static List<String> actions(JsonObject version) {
        return version.getJsonArray("allowedActions").stream().map(v -> ((jakarta.json.JsonString) v).getString())
                .sorted().toList();
    }

    private static long eventCount(long courseware) {
        return Db.count("select count(*) from courseware_event where courseware_id = ?", courseware);
    }

    /** Uploads, a link and the review by the lecturer group, up to the management group. */
    private long submittedToManagement(int lessonPosition) {
        long id = start(lessonPosition);
        assertThat(upload(lecturer, id, 1, "课件.pdf", CoursewareFixture.pdf("Lesson")).status()).isEqualTo(201);
        assertThat(step(lecturer, id, 1, "submit-review", null).status()).isEqualTo(200);
        assertThat(step(leader, id, 1, "submit", null).status()).isEqualTo(200);
        return id;
    }

    @Test
    void aLecturerDraftsTheGroupDiscussesTheManagementReturnsThenApprovesTheNextVersion() {
        long id = start(1);
        Api.Reply detail = lecturer.get("api/v1/courseware/" + id);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.object().getJsonObject("courseware").getString("lessonTitleZh")).isNotBlank();
        assertThat(version(detail, 1).getString("status")).isEqualTo("DRAFT");
        assertThat(actions(version(detail, 1))).containsExactly("COMMENT", "EDIT_ITEMS", "SUBMIT_FOR_REVIEW");

        byte[] slides = CoursewareFixture.pdf("Lesson 1 slides");
        Api.Reply file = upload(lecturer, id, 1, "第1课 课件.pdf", slides);
        assertThat(file.status()).as(file.toString()).isEqualTo(201);
        assertThat(file.string("kind")).isEqualTo("FILE");
        assertThat(file.string("fileName")).isEqualTo("第1课 课件.pdf");
        assertThat(file.string("title")).isEqualTo("第1课 课件.pdf");
        assertThat(file.string("contentType")).isEqualTo("application/pdf");
        assertThat(file.object().getJsonNumber("sizeBytes").longValue()).isEqualTo(slides.length);
        long fileId = file.object().getJsonNumber("fileId").longValue();
        Api.Reply link = lecturer.post(versionPath(id, 1) + "/links",
                "{\"title\":\"青春期发育动画\",\"url\":\"https://video.example.org/youth/1\"}");
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        assertThat(link.string("kind")).isEqualTo("LINK");

        // The lecturer group discusses it; only its leader sends it on.
        Api.Reply review = step(lecturer, id, 1, "submit-review", null);
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        assertThat(version(review, 1).getString("status")).isEqualTo("LECTURER_REVIEW");
        assertProblem(upload(lecturer, id, 1, "more.pdf", slides), 409, "courseware.version.locked", "status");
        assertForbidden(step(lecturer, id, 1, "submit", null));
        assertProblem(step(manager, id, 1, "approve", null), 400, "courseware.transition.illegal", "status");
        assertThat(step(manager, id, 1, "approve", null).string("detail"))
                .isEqualTo("该课件版本当前为“讲师组讨论中”，不能审核定稿。");
        assertThat(lecturer.post(versionPath(id, 1) + "/comments", "{\"comment\":\"第2环节请加互动问答\"}").status())
                .isEqualTo(201);
        assertThat(guidance.post(versionPath(id, 1) + "/comments", "{\"comment\":\"适合本社区家长\"}").status())
                .isEqualTo(201);
        assertThat(coordinator.post(versionPath(id, 1) + "/comments", "{\"comment\":\"请按时定稿\"}").status())
                .isEqualTo(201);
        Api.Reply submitted = step(leader, id, 1, "submit", "讲师组已讨论修改");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(version(submitted, 1).getString("status")).isEqualTo("SUBMITTED");

        // Nobody outside the management group approves or returns: not a lecturer, the lecturer leader, a
        // coordinator managing the project, a guidance member or an administrator.
        long before = eventCount(id);
        for (Api outsider : List.of(lecturer, leader, coordinator, guidance, api("admin"))) {
            assertForbidden(step(outsider, id, 1, "approve", null));
            assertForbidden(step(outsider, id, 1, "return", "不行"));
        }
        assertThat(eventCount(id)).as("nothing recorded").isEqualTo(before);
        assertThat(status(lecturer, id, 1)).isEqualTo("SUBMITTED");

        // Returning needs a comment.
        assertProblem(step(manager, id, 1, "return", null), 400, "courseware.comment.required", "comment");
        assertProblem(step(manager, id, 1, "return", "  "), 400, "courseware.comment.required", "comment");
        assertThat(status(lecturer, id, 1)).isEqualTo("SUBMITTED");
        Api.Reply returned = step(manager, id, 1, "return", "请把第3环节的案例换成本社区的");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(version(returned, 1).getString("status")).isEqualTo("RETURNED");
        assertProblem(step(manager, id, 1, "approve", null), 400, "courseware.transition.illegal", "status");
        assertThat(manager.inEnglish().post(versionPath(id, 1) + "/approve", "{}").string("detail"))
                .isEqualTo("This courseware version is \u201cReturned\u201d and cannot be approved now.");
        assertProblem(upload(lecturer, id, 1, "more.pdf", slides), 409, "courseware.version.locked", "status");

        // The lecturer starts the next version from the returned one: a draft with the same files and links.
        assertForbidden(manager.post(versionPath(id, 1) + "/new-version", "{}"));
        assertForbidden(guidance.post(versionPath(id, 1) + "/new-version", "{}"));
        Api.Reply next = lecturer.post(versionPath(id, 1) + "/new-version", "{}");
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.header("Location")).endsWith("/api/v1/courseware/" + id + "/versions/2");
        JsonObject v2 = version(next, 2);
        assertThat(v2.getString("status")).isEqualTo("DRAFT");
        assertThat(v2.getInt("basedOnNumber")).isEqualTo(1);
        assertThat(v2.getJsonArray("items")).hasSize(2);
        assertThat(v2.getJsonArray("items").getJsonObject(0).getJsonNumber("fileId").longValue())
                .as("the same stored file, not a copy").isEqualTo(fileId);
        assertProblem(lecturer.post(versionPath(id, 1) + "/new-version", "{}"), 409, "courseware.version.notLatest",
                "version");
        assertProblem(lecturer.post(versionPath(id, 2) + "/new-version", "{}"), 400, "courseware.newVersion.illegal",
                "status");
        assertThat(version(next, 1).getString("status")).as("the returned version stays as it was")
                .isEqualTo("RETURNED");

        // Revised: the link goes, the version goes through review and is approved.
        long linkItem = v2.getJsonArray("items").getJsonObject(1).getJsonNumber("id").longValue();
        assertThat(lecturer.delete(versionPath(id, 2) + "/items/" + linkItem).status()).isEqualTo(204);
        assertThat(step(lecturer, id, 2, "submit-review", null).status()).isEqualTo(200);
        assertThat(step(leader, id, 2, "submit", null).status()).isEqualTo(200);
        Api.Reply approved = step(manager, id, 2, "approve", "同意定稿");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(version(approved, 2).getString("status")).isEqualTo("APPROVED");
        assertThat(version(approved, 2).getBoolean("current")).isTrue();
        assertThat(version(approved, 1).getBoolean("current")).isFalse();
        assertThat(approved.object().getJsonObject("courseware").getInt("currentVersionNumber")).isEqualTo(2);
        assertThat(version(approved, 1).getJsonArray("items")).as("v1 keeps its link").hasSize(2);
        assertProblem(lecturer.delete(versionPath(id, 2) + "/items/" + linkItem), 409, "courseware.version.locked",
                "status");

        // The whole history: who, what, from which status to which, with the comments.
        JsonArray history = (JsonArray) lecturer.get("api/v1/courseware/" + id + "/history").json();
        List<String> kinds = history.stream().map(e -> e.asJsonObject().getString("kind")).toList();
        assertThat(kinds).containsExactly("CREATED", "ITEM_ADDED", "ITEM_ADDED", "SUBMIT_FOR_REVIEW", "COMMENT",
                "COMMENT", "COMMENT", "SUBMIT", "RETURN", "NEW_VERSION", "ITEM_REMOVED", "SUBMIT_FOR_REVIEW",
                "SUBMIT", "APPROVE");
        JsonObject returnEvent = history.getJsonObject(8);
        assertThat(returnEvent.getString("actorName")).isEqualTo("宜城项目管理组长");
        assertThat(returnEvent.getString("comment")).isEqualTo("请把第3环节的案例换成本社区的");
        assertThat(returnEvent.getString("fromStatus")).isEqualTo("SUBMITTED");
        assertThat(returnEvent.getString("toStatus")).isEqualTo("RETURNED");
        assertThat(returnEvent.getInt("versionNumber")).isEqualTo(1);
        assertThat(returnEvent.getString("at")).isNotBlank();
        assertThat(history.getJsonObject(5).getString("actorName")).isEqualTo("无锡指导组");
        assertThat(history.getJsonObject(9).getString("detail")).isEqualTo("1");
        assertThat(history.getJsonObject(10).getString("detail")).isEqualTo("青春期发育动画");

        // Sessions take approved courseware only: the current one first.
        JsonArray offered = (JsonArray) lecturer.get("api/v1/courseware/approved?projectId=" + fixture.projectId()
                + "&siteId=" + fixture.siteId() + "&lessonId=" + fixture.lesson(1)).json();
        assertThat(offered).hasSize(1);
        assertThat(offered.getJsonObject(0).getInt("number")).isEqualTo(2);
        assertThat(offered.getJsonObject(0).getBoolean("current")).isTrue();
        assertThat(offered.getJsonObject(0).getJsonArray("items")).hasSize(1);

        // Edits after approval start a new version; the approved one stays current until the next is approved.
        Api.Reply v3 = lecturer.post(versionPath(id, 2) + "/new-version", "{}");
        assertThat(v3.status()).isEqualTo(201);
        assertThat(version(v3, 3).getString("status")).isEqualTo("DRAFT");
        assertThat(v3.object().getJsonObject("courseware").getInt("currentVersionNumber")).isEqualTo(2);
        assertThat(((JsonArray) lecturer.get("api/v1/courseware/approved?projectId=" + fixture.projectId()
                + "&siteId=" + fixture.siteId() + "&lessonId=" + fixture.lesson(1)).json()).getJsonObject(0)
                .getInt("number")).isEqualTo(2);
    }

    @Test
    void everyIllegalStepIsRefusedNamingTheCurrentStatus() {
        long id = start(2);
        assertProblem(step(lecturer, id, 1, "submit-review", null), 400, "courseware.items.empty", "items");
        assertProblem(step(leader, id, 1, "submit", null), 400, "courseware.transition.illegal", "status");
        assertProblem(step(manager, id, 1, "approve", null), 400, "courseware.transition.illegal", "status");
        assertProblem(step(manager, id, 1, "return", "x"), 400, "courseware.transition.illegal", "status");
        assertProblem(step(lecturer, id, 1, "withdraw", null), 400, "courseware.transition.illegal", "status");
        assertProblem(lecturer.post(versionPath(id, 1) + "/new-version", "{}"), 400, "courseware.newVersion.illegal",
                "status");
        assertThat(step(leader, id, 1, "submit", null).string("detail")).contains("草稿");
        assertThat(upload(lecturer, id, 1, "a.pdf", CoursewareFixture.pdf("A")).status()).isEqualTo(201);
        assertThat(step(lecturer, id, 1, "submit-review", null).status()).isEqualTo(200);
        assertProblem(step(lecturer, id, 1, "submit-review", null), 400, "courseware.transition.illegal", "status");
        assertThat(step(leader, id, 1, "submit", null).status()).isEqualTo(200);
        assertProblem(step(leader, id, 1, "submit", null), 400, "courseware.transition.illegal", "status");
        assertProblem(step(lecturer, id, 1, "submit-review", null), 400, "courseware.transition.illegal", "status");
        assertThat(step(manager, id, 1, "approve", null).status()).isEqualTo(200);
        for (String illegal : List.of("submit-review", "approve", "withdraw")) {
            Api who = illegal.equals("approve") ? manager : leader;
            assertProblem(step(who, id, 1, illegal, null), 400, "courseware.transition.illegal", "status");
        }
        assertProblem(step(manager, id, 1, "return", "太晚了"), 400, "courseware.transition.illegal", "status");
        assertThat(step(manager, id, 1, "return", "太晚了").string("detail")).contains("已定稿");
        assertProblem(lecturer.get("api/v1/courseware/" + id + "/versions/9"), 404, "courseware.version.notFound",
                null);
        assertProblem(step(manager, id, 9, "approve", null), 404, "courseware.version.notFound", null);
        assertThat(status(lecturer, id, 1)).isEqualTo("APPROVED");
    }

    @Test
    void aSubmissionCanBeWithdrawnByItsAuthorOrTheLeaderOnly() {
        long id = start(3);
        assertThat(upload(lecturer, id, 1, "a.pdf", CoursewareFixture.pdf("A")).status()).isEqualTo(201);
        assertThat(step(lecturer, id, 1, "submit-review", null).status()).isEqualTo(200);
        // baodong.lecturer2 started the courseware; another lecturer could not take it back, nor can management.
        assertForbidden(step(manager, id, 1, "withdraw", null));
        Api.Reply withdrawn = step(lecturer, id, 1, "withdraw", "还要修改");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(version(withdrawn, 1).getString("status")).isEqualTo("DRAFT");
        assertThat(step(lecturer, id, 1, "submit-review", null).status()).isEqualTo(200);
        assertThat(step(leader, id, 1, "submit", null).status()).isEqualTo(200);
        Api.Reply back = step(leader, id, 1, "withdraw", null);
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(version(back, 1).getString("status")).isEqualTo("DRAFT");
        assertThat(actions(version(lecturer.get("api/v1/courseware/" + id), 1)))
                .containsExactly("COMMENT", "EDIT_ITEMS", "SUBMIT_FOR_REVIEW");
    }

    @Test
    void onlyTheSitesGroupsDecideAndACoordinatorInTheManagementGroupMayApprove() {
        long id = submittedToManagement(1);
        assertForbidden(step(api("yixing.coord"), id, 1, "approve", null));
        CoursewareFixture.join(coordinator, fixture.projectId(),
                (JsonArray) coordinator.get("api/v1/projects/" + fixture.projectId() + "/groups").json(),
                "MANAGEMENT", "yixing.coord", false);
        Api.Reply approved = step(api("yixing.coord"), id, 1, "approve", null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(version(approved, 1).getString("status")).isEqualTo("APPROVED");

        // Only lecturers of the site start courseware; once per lesson.
        String lesson2 = "{\"projectId\":" + fixture.projectId() + ",\"siteId\":" + fixture.siteId()
                + ",\"lessonId\":" + fixture.lesson(2) + "}";
        for (Api notLecturer : List.of(manager, coordinator, guidance, api("admin"))) {
            assertForbidden(notLecturer.post("api/v1/courseware", lesson2));
        }
        assertThat(leader.post("api/v1/courseware", lesson2).status()).isEqualTo(201);
        assertProblem(lecturer.post("api/v1/courseware", lesson2), 409, "courseware.exists", "lessonId");
        long foreignLesson = ((Number) Db.value("select l.id from curriculum_lesson l join curriculum c"
                + " on c.id = l.curriculum_id join project p on p.id = c.project_id where p.code = 'WX-2026-PARENT'"
                + " order by l.position limit 1")).longValue();
        assertProblem(lecturer.post("api/v1/courseware", "{\"projectId\":" + fixture.projectId() + ",\"siteId\":"
                + fixture.siteId() + ",\"lessonId\":" + foreignLesson + "}"), 400, "courseware.lesson.notInProject",
                "lessonId");
        assertProblem(lecturer.post("api/v1/courseware", "{\"projectId\":" + fixture.projectId() + ",\"siteId\":"
                + fixture.siteId() + ",\"lessonId\":999999999}"), 404, "curriculum.lesson.notFound", null);
        assertProblem(lecturer.post("api/v1/courseware", "{\"projectId\":" + fixture.projectId() + ",\"siteId\":"
                + fixture.siteId() + "}"), 400, "error.required", "lessonId");

        // A lecturer of another project has no say here.
        assertForbidden(api("jiangnan.lecturer").post(versionPath(id, 1) + "/comments", "{\"comment\":\"x\"}"));
    }

    @Test
    void outsideTheProjectNothingIsSeenOrDownloaded() {
        long id = start(1);
        Api.Reply file = upload(lecturer, id, 1, "slides.pdf", CoursewareFixture.pdf("Private"));
        long fileId = file.object().getJsonNumber("fileId").longValue();

        for (String outsider : List.of("guiyang.coord", "yixing.coord", "jiangnan.lecturer")) {
            Api api = api(outsider);
            assertForbidden(api.get("api/v1/courseware/" + id));
            assertForbidden(api.get("api/v1/courseware/files/" + fileId));
            assertForbidden(api.get("api/v1/courseware/" + id + "/history"));
            assertForbidden(api.get("api/v1/courseware?projectId=" + fixture.projectId()));
            assertForbidden(api.post(versionPath(id, 1) + "/comments", "{\"comment\":\"看看\"}"));
            assertForbidden(upload(api, id, 1, "x.pdf", CoursewareFixture.pdf("X")));
        }
        assertProblem(lecturer.get("api/v1/courseware/files/999999999"), 404, "error.file.notFound", null);
        assertProblem(lecturer.get("api/v1/courseware/999999999"), 404, "courseware.notFound", null);
        assertThat(anonymous().get("api/v1/courseware/files/" + fileId).status()).isEqualTo(401);

        // Everyone who sees the project downloads: group members, its coordinators, the funder's reviewers.
        for (String insider : List.of("baodong.lecturer2", "baodong.manager", "wuxi.observer", "wuxi.coord",
                "admin")) {
            Api.Reply download = api(insider).get("api/v1/courseware/files/" + fileId);
            assertThat(download.status()).as(insider + " " + download).isEqualTo(200);
            assertThat(download.header("Content-Type")).startsWith("application/pdf");
            assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("slides.pdf");
            assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(download.body()).startsWith("%PDF-");
        }
    }

    @Test
    void uploadsAreCheckedByContentAndSizeAndLinksMustBeWebAddresses() throws Exception {
        long id = start(4);
        long files = Db.count("select count(*) from stored_file");

        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 9);
        Api.Reply large = upload(lecturer, id, 1, "big.pdf", tooLarge);
        assertProblem(large, 400, "error.file.tooLarge", "file");
        assertThat(large.string("detail")).isEqualTo("文件过大：不能超过 20 MiB。");
        Api.Reply fake = upload(lecturer, id, 1, "slides.pdf", "not a pdf at all, just text".getBytes());
        assertProblem(fake, 400, "error.file.type", "file");
        assertThat(fake.string("detail")).contains("pdf").contains("pptx");
        assertProblem(upload(lecturer, id, 1, "slides.exe", new byte[] {'M', 'Z', 0, 0}), 400, "error.file.type",
                "file");
        assertProblem(upload(lecturer, id, 1, "empty.pdf", new byte[0]), 400, "error.file.empty", "file");
        assertProblem(lecturer.post(versionPath(id, 1) + "/links",
                "{\"title\":\"视频\",\"url\":\"javascript:alert(1)\"}"), 400, "courseware.link.invalid", "url");
        assertProblem(lecturer.post(versionPath(id, 1) + "/links",
                "{\"title\":\"视频\",\"url\":\"ftp://example.org/a.mp4\"}"), 400, "courseware.link.invalid", "url");
        assertProblem(lecturer.post(versionPath(id, 1) + "/links", "{\"url\":\"https://example.org/a.mp4\"}"), 400,
                "error.required", "title");
        assertThat(Db.count("select count(*) from stored_file")).as("nothing stored").isEqualTo(files);
        assertThat(Db.count("select count(*) from courseware_item i join courseware_version v on v.id = i.version_id"
                + " where v.courseware_id = ?", id)).isZero();

        // Just at the limit is fine; a real image and a PowerPoint-named OLE file count by content too.
        byte[] atLimit = new byte[20 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, atLimit, 0, 9);
        Api.Reply big = upload(lecturer, id, 1, "full.pdf", atLimit);
        assertThat(big.status()).as(big.toString()).isEqualTo(201);
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        Api.Reply image = upload(lecturer, id, 1, "photo.jpg", png);
        assertThat(image.status()).as(image.toString()).isEqualTo(201);
        assertThat(image.string("contentType")).as("the kind its bytes say").isEqualTo("image/png");

        // The same upload as a browser form would send it.
        Api.Reply form = multipart(id, 1, "讲义.pdf", CoursewareFixture.pdf("Handout"), "家长讲义");
        assertThat(form.status()).as(form.toString()).isEqualTo(201);
        assertThat(form.string("title")).isEqualTo("家长讲义");
        assertThat(form.string("fileName")).isEqualTo("讲义.pdf");

        // A file taken out of a draft, held by no other version, is deleted with it.
        long handout = form.object().getJsonNumber("fileId").longValue();
        assertThat(lecturer.delete(versionPath(id, 1) + "/items/" + form.id()).status()).isEqualTo(204);
        assertThat(Db.count("select count(*) from stored_file where id = ?", handout)).isZero();
        assertProblem(lecturer.get("api/v1/courseware/files/" + handout), 404, "error.file.notFound", null);
        assertProblem(lecturer.delete(versionPath(id, 1) + "/items/" + form.id()), 404, "courseware.item.notFound",
                null);
    }

    @Test
    void aSiteWithCoursewareStaysInItsProject() {
        long id = start(3);
        assertProblem(coordinator.delete("api/v1/projects/" + fixture.projectId() + "/sites/" + fixture.siteId()), 409,
                "project.site.hasCourseware", "siteId");
        assertThat(coordinator.get("api/v1/courseware/" + id).status()).isEqualTo(200);
        assertThat(Db.count("select count(*) from project_site where project_id = ?", fixture.projectId()))
                .isEqualTo(1);
    }

    @Test
    void aClosedProjectsCoursewareIsReadOnly() {
        long id = submittedToManagement(1);
        assertThat(coordinator.post("api/v1/projects/" + fixture.projectId() + "/activate", null).status())
                .isEqualTo(200);
        assertThat(coordinator.post("api/v1/projects/" + fixture.projectId() + "/close", null).status())
                .isEqualTo(200);
        long before = eventCount(id);
        assertProblem(step(manager, id, 1, "approve", null), 409, "project.closed", null);
        assertProblem(lecturer.post(versionPath(id, 1) + "/comments", "{\"comment\":\"晚了\"}"), 409,
                "project.closed", null);
        assertProblem(lecturer.post("api/v1/courseware", "{\"projectId\":" + fixture.projectId() + ",\"siteId\":"
                + fixture.siteId() + ",\"lessonId\":" + fixture.lesson(2) + "}"), 409, "project.closed", null);
        assertThat(eventCount(id)).isEqualTo(before);
        Api.Reply read = manager.get("api/v1/courseware/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.object().getBoolean("projectOpen")).isFalse();
        assertThat(read.object().getBoolean("canComment")).isFalse();
        assertThat(version(read, 1).getJsonArray("allowedActions")).isEmpty();
    }

    @Test
    void coursewareIsFoundAgainInANewerCurriculumVersionByTheLessonsLineage() {
        long id = submittedToManagement(1);
        assertThat(step(manager, id, 1, "approve", null).status()).isEqualTo(200);
        long curriculum = ((Number) Db.value("select id from curriculum where project_id = ?",
                fixture.projectId())).longValue();
        Db.update("update curriculum set in_use = true where id = ?", curriculum);
        Api.Reply renamed = coordinator.put("api/v1/curricula/" + curriculum + "/lessons/" + fixture.lesson(1),
                "{\"titleZh\":\"第一课：青春期的身心发展（修订）\"}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        long newLesson = ((Number) Db.value("select l.id from curriculum_lesson l join curriculum c"
                + " on c.id = l.curriculum_id where c.project_id = ? and c.version_no = 2 and l.lineage_id ="
                + " (select lineage_id from curriculum_lesson where id = ?)", fixture.projectId(),
                fixture.lesson(1))).longValue();
        assertThat(newLesson).isNotEqualTo(fixture.lesson(1));

        JsonArray offered = (JsonArray) lecturer.get("api/v1/courseware/approved?projectId=" + fixture.projectId()
                + "&siteId=" + fixture.siteId() + "&lessonId=" + newLesson).json();
        assertThat(offered).hasSize(1);
        assertThat(offered.getJsonObject(0).getJsonNumber("coursewareId").longValue()).isEqualTo(id);
        Api.Reply list = lecturer.get("api/v1/courseware?projectId=" + fixture.projectId() + "&lessonId=" + newLesson);
        JsonObject found = list.object().getJsonArray("items").getJsonObject(0);
        assertThat(found.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(found.getString("lessonTitleZh")).as("the newest title").isEqualTo("第一课：青春期的身心发展（修订）");
        assertProblem(lecturer.post("api/v1/courseware", "{\"projectId\":" + fixture.projectId() + ",\"siteId\":"
                + fixture.siteId() + ",\"lessonId\":" + newLesson + "}"), 409, "courseware.exists", "lessonId");
    }

    @Test
    void theDemoParentTrainingHasCoursewareInEveryState() {
        long project = ((Number) Db.value("select id from project where code = 'WX-2026-PARENT'")).longValue();
        Api.Reply list = api("baodong.trainer").get("api/v1/courseware?projectId=" + project + "&siteId="
                + CoursewareFixture.baodongSite());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<JsonObject> items = list.object().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .sorted((a, b) -> Integer.compare(a.getInt("lessonPosition"), b.getInt("lessonPosition"))).toList();
        assertThat(items).extracting(i -> i.getInt("lessonPosition") + ":v" + i.getInt("latestVersionNumber") + ":"
                + i.getString("latestStatus")).contains("1:v1:APPROVED", "2:v1:SUBMITTED", "3:v2:DRAFT",
                "4:v1:LECTURER_REVIEW");
        long lesson3 = items.stream().filter(i -> i.getInt("lessonPosition") == 3).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonArray history = (JsonArray) api("wuxi.observer").get("api/v1/courseware/" + lesson3 + "/history").json();
        assertThat(history.stream().map(JsonValue::asJsonObject).filter(e -> e.getString("kind").equals("RETURN"))
                .findFirst().orElseThrow().getString("comment")).contains("示意图");
        long demoFile = ((Number) Db.value("select id from stored_file where file_name = '第1课-青少年身心发展.pdf'"))
                .longValue();
        Api.Reply pdf = api("baodong.manager").get("api/v1/courseware/files/" + demoFile);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-1.4").contains("%%EOF");
    }

    private Api.Reply multipart(long courseware, int version, String filename, byte[] content, String title)
            throws Exception {
        String boundary = "----healthedu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + title + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base().resolve(versionPath(courseware, version) + "/items"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("baodong.lecturer2:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Api.Reply(response);
    }
}

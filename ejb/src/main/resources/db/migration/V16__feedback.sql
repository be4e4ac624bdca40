-- Feedback forms (反馈表), their versions, the responses to them after sessions, and trainers' adjustments (调整记录).

-- A form: a stable identity whose content lives in versions. Shipped templates have a template code and no owner
-- (they belong to the product; a unit uses one by copying it); every other form belongs to a unit, and only
-- coordinators covering that unit edit it.
create sequence feedback_form_seq start with 1 increment by 50;

create table feedback_form (
    id                  bigint        primary key,
    owner_unit_id       bigint        references organisation_unit (id),
    template_code       varchar(40)   unique,
    name_zh             varchar(200)  not null,
    name_en             varchar(200),
    -- Who answers it; a question may narrow itself to one of them.
    for_parents         boolean       not null,
    for_students        boolean       not null,
    -- Identified: the participant is stored with the answers. Never for a form students answer (minors).
    identified          boolean       not null default false,
    archived            boolean       not null default false,
    current_version_id  bigint,
    created_by          bigint        references account (id),
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    version             bigint        not null default 0,
    constraint ck_feedback_form_audience check (for_parents or for_students),
    constraint ck_feedback_form_identified check (not (identified and for_students)),
    constraint ck_feedback_form_owner check (owner_unit_id is not null or template_code is not null)
);
create index ix_feedback_form_owner on feedback_form (owner_unit_id);

-- A version is what a respondent answers. Once a version has responses it is never changed: editing the form then
-- makes the next version, and old responses keep pointing at the one they answered.
create sequence feedback_form_version_seq start with 1 increment by 50;

create table feedback_form_version (
    id          bigint       primary key,
    form_id     bigint       not null references feedback_form (id),
    number      integer      not null,
    created_by  bigint       references account (id),
    created_at  timestamptz  not null default now(),
    constraint uq_feedback_form_version unique (form_id, number)
);

alter table feedback_form add constraint fk_feedback_form_current
    foreign key (current_version_id) references feedback_form_version (id);

create sequence feedback_section_seq start with 1 increment by 50;

create table feedback_section (
    id          bigint        primary key,
    version_id  bigint        not null references feedback_form_version (id) on delete cascade,
    position    integer       not null,
    title_zh    varchar(200)  not null,
    title_en    varchar(200),
    constraint uq_feedback_section unique (version_id, position)
);

create sequence feedback_question_seq start with 1 increment by 50;

create table feedback_question (
    id          bigint        primary key,
    version_id  bigint        not null references feedback_form_version (id) on delete cascade,
    section_id  bigint        not null references feedback_section (id) on delete cascade,
    position    integer       not null,
    -- The same question across versions of a form (the id of its first appearance), for comparisons over time.
    lineage_id  bigint        not null,
    kind        varchar(20)   not null,
    required    boolean       not null default false,
    -- null: everyone the form is for; PARENT or STUDENT: only them.
    audience    varchar(10),
    -- What a scale measures, so results can compare lessons, batches and trainers on the same thing.
    measure     varchar(20),
    text_zh     varchar(500)  not null,
    text_en     varchar(500),
    constraint uq_feedback_question unique (section_id, position),
    constraint ck_feedback_question_kind
        check (kind in ('LIKERT5', 'RATING10', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SHORT_TEXT', 'LONG_TEXT')),
    constraint ck_feedback_question_audience check (audience is null or audience in ('PARENT', 'STUDENT')),
    constraint ck_feedback_question_measure
        check (measure is null or (measure in ('USEFULNESS', 'CLARITY', 'SATISFACTION')
                                   and kind in ('LIKERT5', 'RATING10')))
);
create index ix_feedback_question_version on feedback_question (version_id);

create sequence feedback_choice_seq start with 1 increment by 50;

create table feedback_choice (
    id           bigint        primary key,
    question_id  bigint        not null references feedback_question (id) on delete cascade,
    position     integer       not null,
    label_zh     varchar(200)  not null,
    label_en     varchar(200),
    constraint uq_feedback_choice unique (question_id, position)
);

-- Which form a project's sessions use: one row with no lesson is the project's default; a row with a lesson (by its
-- lineage, so it survives new curriculum versions) overrides it for that lesson.
create sequence feedback_assignment_seq start with 1 increment by 50;

create table feedback_assignment (
    id                 bigint       primary key,
    project_id         bigint       not null references project (id),
    lesson_lineage_id  bigint,
    form_id            bigint       not null references feedback_form (id),
    assigned_by        bigint       not null references account (id),
    assigned_at        timestamptz  not null default now(),
    constraint uq_feedback_assignment unique nulls not distinct (project_id, lesson_lineage_id)
);

-- The public link of a session's feedback form: an unguessable token, so that no session id travels in the URL.
create table feedback_link (
    session_id  bigint       primary key references training_session (id) on delete cascade,
    token       varchar(40)  not null unique,
    created_at  timestamptz  not null default now()
);

-- One-time tickets handed out at self check-in: one response per ticket. A ticket knows its session and nothing
-- else: no participant, no time, no sequence number that could be lined up against check-in times.
create table feedback_ticket (
    token_hash  varchar(64)  primary key,
    session_id  bigint       not null references training_session (id) on delete cascade,
    used        boolean      not null default false
);

-- A response. Anonymous forms store no participant: respondent_key is a hash of a one-time ticket or of a per-device
-- token, unique per session, so one person (or device) answers once. submission_key makes a resend (double tap,
-- back button) find the response it already stored.
create sequence feedback_response_seq start with 1 increment by 50;

create table feedback_response (
    id               bigint       primary key,
    session_id       bigint       not null references training_session (id),
    form_version_id  bigint       not null references feedback_form_version (id),
    audience         varchar(10)  not null,
    submission_key   uuid         not null unique,
    respondent_key   varchar(80)  not null,
    participant_id   bigint       references participant (id),
    locale           varchar(10),
    submitted_at     timestamptz  not null default now(),
    constraint uq_feedback_response_respondent unique (session_id, respondent_key),
    constraint ck_feedback_response_audience check (audience in ('PARENT', 'STUDENT'))
);
create index ix_feedback_response_version on feedback_response (form_version_id);

-- Answers: one row per scale or text answer, one row per chosen choice.
create sequence feedback_answer_seq start with 1 increment by 50;

create table feedback_answer (
    id           bigint         primary key,
    response_id  bigint         not null references feedback_response (id) on delete cascade,
    question_id  bigint         not null references feedback_question (id),
    choice_id    bigint         references feedback_choice (id),
    number_value smallint,
    text_value   varchar(4000),
    constraint ck_feedback_answer_one check (num_nonnulls(choice_id, number_value, text_value) = 1)
);
create index ix_feedback_answer_response on feedback_answer (response_id);
create index ix_feedback_answer_question on feedback_answer (question_id, number_value, choice_id);

-- What trainers changed in response to feedback, for the next sessions.
create sequence feedback_adjustment_seq start with 1 increment by 50;

create table feedback_adjustment (
    id           bigint         primary key,
    session_id   bigint         not null references training_session (id),
    lesson_id    bigint         not null references curriculum_lesson (id),
    question_id  bigint         references feedback_question (id),
    description  varchar(2000)  not null,
    created_by   bigint         not null references account (id),
    created_at   timestamptz    not null default now(),
    updated_at   timestamptz    not null default now(),
    version      bigint         not null default 0
);
create index ix_feedback_adjustment_session on feedback_adjustment (session_id);
create index ix_feedback_adjustment_lesson on feedback_adjustment (lesson_id);

-- The shipped templates: after a parents' session and after a students' session.
insert into feedback_form (id, template_code, name_zh, name_en, for_parents, for_students)
values (nextval('feedback_form_seq'), 'POST_SESSION_PARENTS', '家长课后反馈表', 'Parents'' post-session feedback',
        true, false),
       (nextval('feedback_form_seq'), 'POST_SESSION_STUDENTS', '学生课后反馈表', 'Students'' post-session feedback',
        false, true);

insert into feedback_form_version (id, form_id, number)
select nextval('feedback_form_version_seq'), f.id, 1 from feedback_form f where f.template_code is not null;

update feedback_form f set current_version_id = v.id from feedback_form_version v where v.form_id = f.id;

insert into feedback_section (id, version_id, position, title_zh, title_en)
select nextval('feedback_section_seq'), f.current_version_id, s.position, s.title_zh, s.title_en
  from feedback_form f
  cross join (values (1, '本次课程', 'This session'), (2, '改进与建议', 'What to improve')) s (position, title_zh, title_en)
 where f.template_code is not null;

with q (template_code, section, position, kind, required, measure, text_zh, text_en) as (values
    ('POST_SESSION_PARENTS', 1, 1, 'LIKERT5', true, 'USEFULNESS',
     '本次课程的内容对我有帮助', 'What this session covered is useful to me'),
    ('POST_SESSION_PARENTS', 1, 2, 'LIKERT5', true, 'CLARITY',
     '讲师讲解清楚、容易理解', 'The trainer explained things clearly'),
    ('POST_SESSION_PARENTS', 1, 3, 'RATING10', true, 'SATISFACTION',
     '您对本次课程的总体评分（0–10分）', 'Overall, how would you rate this session (0–10)?'),
    ('POST_SESSION_PARENTS', 1, 4, 'SINGLE_CHOICE', false, null,
     '课程时长', 'The length of the session'),
    ('POST_SESSION_PARENTS', 2, 1, 'MULTIPLE_CHOICE', false, null,
     '您希望后续课程多讲哪些话题？', 'Which topics would you like in the next sessions?'),
    ('POST_SESSION_PARENTS', 2, 2, 'LONG_TEXT', false, null,
     '您觉得本次课程哪些地方需要改进？', 'What should we improve?'),
    ('POST_SESSION_STUDENTS', 1, 1, 'LIKERT5', true, 'USEFULNESS',
     '这节课的内容对我有用', 'What this session covered is useful to me'),
    ('POST_SESSION_STUDENTS', 1, 2, 'LIKERT5', true, 'CLARITY',
     '主持人或讲师讲得清楚', 'The host or trainer explained things clearly'),
    ('POST_SESSION_STUDENTS', 1, 3, 'RATING10', true, 'SATISFACTION',
     '你对这节课的总体评分（0–10分）', 'Overall, how would you rate this session (0–10)?'),
    ('POST_SESSION_STUDENTS', 1, 4, 'SINGLE_CHOICE', false, null,
     '课堂上我愿意参与讨论', 'I felt free to join the discussion'),
    ('POST_SESSION_STUDENTS', 2, 1, 'MULTIPLE_CHOICE', false, null,
     '你希望后续课程多讲哪些话题？', 'Which topics would you like in the next sessions?'),
    ('POST_SESSION_STUDENTS', 2, 2, 'LONG_TEXT', false, null,
     '你觉得这节课哪些地方需要改进？', 'What should we improve?'))
insert into feedback_question (id, version_id, section_id, position, lineage_id, kind, required, measure, text_zh,
                               text_en)
select n.id, f.current_version_id, s.id, q.position, n.id, q.kind, q.required, q.measure, q.text_zh, q.text_en
  from q join feedback_form f on f.template_code = q.template_code
       join feedback_section s on s.version_id = f.current_version_id and s.position = q.section
       cross join lateral (select nextval('feedback_question_seq') as id) n;

with c (template_code, section, question, position, label_zh, label_en) as (values
    ('POST_SESSION_PARENTS', 1, 4, 1, '太短', 'Too short'),
    ('POST_SESSION_PARENTS', 1, 4, 2, '合适', 'About right'),
    ('POST_SESSION_PARENTS', 1, 4, 3, '太长', 'Too long'),
    ('POST_SESSION_PARENTS', 2, 1, 1, '青春期身心变化', 'Changes in puberty'),
    ('POST_SESSION_PARENTS', 2, 1, 2, '亲子沟通技巧', 'Talking with your child'),
    ('POST_SESSION_PARENTS', 2, 1, 3, '性别平等与自我保护', 'Gender equality and staying safe'),
    ('POST_SESSION_PARENTS', 2, 1, 4, '网络使用与交友', 'Life online and friendships'),
    ('POST_SESSION_PARENTS', 2, 1, 5, '情绪与压力', 'Emotions and stress'),
    ('POST_SESSION_STUDENTS', 1, 4, 1, '非常愿意', 'Very much'),
    ('POST_SESSION_STUDENTS', 1, 4, 2, '有点愿意', 'Somewhat'),
    ('POST_SESSION_STUDENTS', 1, 4, 3, '不太愿意', 'Not really'),
    ('POST_SESSION_STUDENTS', 2, 1, 1, '青春期健康', 'Health in puberty'),
    ('POST_SESSION_STUDENTS', 2, 1, 2, '生殖健康与避孕', 'Reproductive health and contraception'),
    ('POST_SESSION_STUDENTS', 2, 1, 3, '预防艾滋病', 'Preventing HIV'),
    ('POST_SESSION_STUDENTS', 2, 1, 4, '恋爱与人际关系', 'Relationships'),
    ('POST_SESSION_STUDENTS', 2, 1, 5, '心理健康', 'Mental health'))
insert into feedback_choice (id, question_id, position, label_zh, label_en)
select nextval('feedback_choice_seq'), qq.id, c.position, c.label_zh, c.label_en
  from c join feedback_form f on f.template_code = c.template_code
       join feedback_section s on s.version_id = f.current_version_id and s.position = c.section
       join feedback_question qq on qq.section_id = s.id and qq.position = c.question;

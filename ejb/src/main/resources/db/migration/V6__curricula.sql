-- Curricula (课程方案): ordered segments (环节) grouped into ordered lessons (课). A template belongs to no project:
-- shipped with the product (no owning unit) or made by a unit for its subtree. A project adopts a template as its
-- own curriculum, a copy in versions: a version in use (a batch follows it) is never rewritten, an edit then makes
-- the next version. Lessons keep a lineage id across a project's versions, so what hangs on a lesson (courseware) is
-- found again in a newer version.

create sequence curriculum_seq start with 1 increment by 50;

create table curriculum (
    id               bigint        primary key,
    -- Null: a template. Else the project whose curriculum this version is.
    project_id       bigint        references project (id),
    -- Null: shipped with the product (a template). A project's versions carry the project's owning unit.
    owner_unit_id    bigint        references organisation_unit (id),
    version_no       integer       not null default 1,
    -- The template a project's curriculum was adopted from (the same on every version of it).
    adopted_from_id  bigint        references curriculum (id),
    -- Set once a batch follows this version; from then on it is history, never edited again.
    in_use           boolean       not null default false,
    -- Sample content shipped to start from, meant to be edited.
    sample           boolean       not null default false,
    name_zh          varchar(200)  not null,
    name_en          varchar(200),
    description      varchar(4000),
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint uq_curriculum_project_version unique (project_id, version_no),
    constraint ck_curriculum_version_no check (version_no >= 1),
    constraint ck_curriculum_template check (project_id is not null or (version_no = 1 and not in_use)),
    constraint ck_curriculum_project_owner check (project_id is null or owner_unit_id is not null)
);
create index ix_curriculum_owner on curriculum (owner_unit_id);
create index ix_curriculum_adopted_from on curriculum (adopted_from_id);

-- Lesson ids are drawn one by one (not in blocks): a new lesson's lineage id is its own id, known before insert.
create sequence curriculum_lesson_seq start with 1 increment by 1;

create table curriculum_lesson (
    id             bigint        primary key,
    curriculum_id  bigint        not null references curriculum (id),
    position       integer       not null,
    title_zh       varchar(200)  not null,
    title_en       varchar(200),
    -- The id of the lesson this one was first copied from inside the project (its own id when new there).
    lineage_id     bigint        not null,
    created_at     timestamptz   not null default now(),
    constraint ck_curriculum_lesson_position check (position >= 1),
    -- Deferred: a reorder renumbers several lessons in one transaction.
    constraint uq_curriculum_lesson_position unique (curriculum_id, position) deferrable initially deferred,
    constraint uq_curriculum_lesson_lineage unique (curriculum_id, lineage_id)
);
create index ix_curriculum_lesson_lineage on curriculum_lesson (lineage_id);

create sequence curriculum_segment_seq start with 1 increment by 50;

create table curriculum_segment (
    id                bigint        primary key,
    lesson_id         bigint        not null references curriculum_lesson (id),
    position          integer       not null,
    title_zh          varchar(200)  not null,
    title_en          varchar(200),
    objectives        varchar(2000),
    duration_minutes  integer       not null,
    created_at        timestamptz   not null default now(),
    constraint ck_curriculum_segment_position check (position >= 1),
    constraint ck_curriculum_segment_duration check (duration_minutes > 0),
    constraint uq_curriculum_segment_position unique (lesson_id, position) deferrable initially deferred
);

-- The youth-health parent training template (青春健康家长培训), shipped with the product: 12 segments in 5 lessons as
-- in the source. Sample content to start from: titles, objectives and durations are meant to be edited.
do $$
declare
    template_id bigint := nextval('curriculum_seq');
    lesson record;
    lesson_id bigint;
begin
    insert into curriculum (id, project_id, owner_unit_id, version_no, in_use, sample, name_zh, name_en, description)
    values (template_id, null, null, 1, false, true, '青春健康家长培训课程（示例）',
            'Youth Health Parent Training (sample)',
            '青春健康家长培训的示例课程：12个环节，分5节课。帮助家长了解青春期身心发展，学会与孩子沟通，'
            || '并能在家中与孩子谈青春期、性健康与安全。内容为可修改的示例，请结合当地实际调整。'
            || E'\n'
            || 'Sample curriculum of the youth-health parent training: 12 segments in 5 lessons. Editable sample '
            || 'content; adapt it to your site.');
    for lesson in
        select * from (values
            (1, '认识青春期', 'Understanding adolescence'),
            (2, '与青春期孩子沟通', 'Communicating with teenagers'),
            (3, '青春期的生理变化', 'Puberty'),
            (4, '性健康与安全', 'Sexual health and safety'),
            (5, '健康关系与家庭支持', 'Healthy relationships and family support')
        ) as l(position, title_zh, title_en)
        order by l.position
    loop
        lesson_id := nextval('curriculum_lesson_seq');
        insert into curriculum_lesson (id, curriculum_id, position, title_zh, title_en, lineage_id)
        values (lesson_id, template_id, lesson.position, lesson.title_zh, lesson.title_en, lesson_id);
        insert into curriculum_segment (id, lesson_id, position, title_zh, title_en, objectives, duration_minutes)
        select nextval('curriculum_segment_seq'), lesson_id, s.position, s.title_zh, s.title_en, s.objectives,
               s.duration_minutes
          from (values
            (1, 1, '开班破冰：家长的期待与担忧', 'Opening: parents'' hopes and worries',
             '相互认识，说出对孩子青春期的期待与担忧；了解培训安排和小组约定。', 30),
            (1, 2, '青春期身心发展的特点', 'How adolescents grow in body and mind',
             '了解青春期的年龄范围和身体、心理、社会性发展的主要特点，认识到这些变化是正常的。', 45),
            (1, 3, '青春期的大脑与情绪', 'The adolescent brain and emotions',
             '理解青春期情绪波动、追求独立和同伴影响的原因，学会用发展的眼光看待孩子的行为。', 30),
            (2, 1, '倾听与共情', 'Listening and empathy',
             '练习积极倾听和共情回应，减少说教、指责和比较，让孩子愿意开口。', 45),
            (2, 2, '亲子沟通技巧与冲突化解', 'Talking together and resolving conflict',
             '运用“我”信息表达感受，和孩子一起商量规则，在冲突中保持尊重并找到双方能接受的办法。', 45),
            (3, 1, '男孩和女孩的青春期变化', 'Puberty in girls and boys',
             '了解男孩女孩青春期第二性征的发育与个体差异，能用科学、自然的语言向孩子解释。', 45),
            (3, 2, '和孩子谈月经与遗精', 'Talking about periods and wet dreams',
             '掌握月经和遗精的基本知识与卫生护理，知道何时、如何与孩子谈，帮助孩子坦然面对。', 30),
            (4, 1, '与孩子谈性：何时谈、怎么谈', 'Talking about sex: when and how',
             '认识家长是孩子性教育的第一任老师，了解不同年龄谈性的内容和方式，练习回答孩子的提问。', 45),
            (4, 2, '预防性侵害与自我保护', 'Preventing sexual abuse: self-protection',
             '了解性侵害的常见情形和信号，教孩子身体界限与拒绝、求助的方法，知道发生后如何应对。', 45),
            (4, 3, '预防艾滋病和性传播感染', 'Preventing HIV and sexually transmitted infections',
             '了解艾滋病和常见性传播感染的传播途径与预防方法，消除歧视，能与孩子讨论安全与责任。', 30),
            (5, 1, '友谊、早恋与网络安全', 'Friendship, first love and online safety',
             '理解青春期的友谊与恋爱情感，学会不回避、不粗暴地引导；了解网络交友和不良信息的风险与防范。', 45),
            (5, 2, '家庭行动计划与结业分享', 'Family action plan and closing',
             '回顾所学，制定一份适合自家孩子的家庭沟通与青春健康行动计划，分享收获并填写培训反馈。', 30)
          ) as s(lesson_position, position, title_zh, title_en, objectives, duration_minutes)
         where s.lesson_position = lesson.position
         order by s.position;
    end loop;
end $$;

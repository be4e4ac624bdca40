-- Demo courseware of the parent training at the Baodong site, in several states of the approval workflow, with
-- its history: lesson 1 approved (the current version sessions will use), lesson 2 with the management group,
-- lesson 3 returned with a comment and being revised in version 2, lesson 4 before the lecturer group; lesson 5 has
-- none yet. The slides are small real PDF files, stored like any upload (stored_file, bytes in PostgreSQL).
-- Loaded once, after V5 (the trainer groups and the project's curriculum).

create temporary table demo_pdf (lesson_position int, file_name varchar(255), content bytea) on commit drop;
insert into demo_pdf values
 (1, '第1课-青少年身心发展.pdf', decode('JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvUmVzb3VyY2VzIDw8IC9Gb250IDw8IC9GMSA0IDAgUiA+PiA+PiAvQ29udGVudHMgNSAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL1R5cGUgL0ZvbnQgL1N1YnR5cGUgL1R5cGUxIC9CYXNlRm9udCAvSGVsdmV0aWNhID4+CmVuZG9iago1IDAgb2JqCjw8IC9MZW5ndGggMTU2ID4+CnN0cmVhbQpCVCAvRjEgMTYgVGYgNTAgNzgwIFRkIDIwIFRMIChMZXNzb24gMTogQWRvbGVzY2VudCBkZXZlbG9wbWVudCkgJyAoWW91dGggaGVhbHRoIHBhcmVudCB0cmFpbmluZyAtIEJhb2RvbmcgY29tbXVuaXR5KSAnIChTbGlkZXMsIHZlcnNpb24gMSBcKGFwcHJvdmVkXCkpICcgRVQKZW5kc3RyZWFtCmVuZG9iagp4cmVmCjAgNgowMDAwMDAwMDAwIDY1NTM1IGYgCjAwMDAwMDAwMDkgMDAwMDAgbiAKMDAwMDAwMDA1OCAwMDAwMCBuIAowMDAwMDAwMTE1IDAwMDAwIG4gCjAwMDAwMDAyNDEgMDAwMDAgbiAKMDAwMDAwMDMxMSAwMDAwMCBuIAp0cmFpbGVyCjw8IC9TaXplIDYgL1Jvb3QgMSAwIFIgPj4Kc3RhcnR4cmVmCjUxOAolJUVPRgo=', 'base64')),
 (2, '第2课-与青春期孩子沟通.pdf', decode('JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvUmVzb3VyY2VzIDw8IC9Gb250IDw8IC9GMSA0IDAgUiA+PiA+PiAvQ29udGVudHMgNSAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL1R5cGUgL0ZvbnQgL1N1YnR5cGUgL1R5cGUxIC9CYXNlRm9udCAvSGVsdmV0aWNhID4+CmVuZG9iago1IDAgb2JqCjw8IC9MZW5ndGggMTQzID4+CnN0cmVhbQpCVCAvRjEgMTYgVGYgNTAgNzgwIFRkIDIwIFRMIChMZXNzb24gMjogVGFsa2luZyB3aXRoIHRlZW5hZ2VycykgJyAoWW91dGggaGVhbHRoIHBhcmVudCB0cmFpbmluZyAtIEJhb2RvbmcgY29tbXVuaXR5KSAnIChTbGlkZXMsIHZlcnNpb24gMSkgJyBFVAplbmRzdHJlYW0KZW5kb2JqCnhyZWYKMCA2CjAwMDAwMDAwMDAgNjU1MzUgZiAKMDAwMDAwMDAwOSAwMDAwMCBuIAowMDAwMDAwMDU4IDAwMDAwIG4gCjAwMDAwMDAxMTUgMDAwMDAgbiAKMDAwMDAwMDI0MSAwMDAwMCBuIAowMDAwMDAwMzExIDAwMDAwIG4gCnRyYWlsZXIKPDwgL1NpemUgNiAvUm9vdCAxIDAgUiA+PgpzdGFydHhyZWYKNTA1CiUlRU9GCg==', 'base64')),
 (3, '第3课-青春期生理变化.pdf', decode('JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvUmVzb3VyY2VzIDw8IC9Gb250IDw8IC9GMSA0IDAgUiA+PiA+PiAvQ29udGVudHMgNSAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL1R5cGUgL0ZvbnQgL1N1YnR5cGUgL1R5cGUxIC9CYXNlRm9udCAvSGVsdmV0aWNhID4+CmVuZG9iago1IDAgb2JqCjw8IC9MZW5ndGggMTQ1ID4+CnN0cmVhbQpCVCAvRjEgMTYgVGYgNTAgNzgwIFRkIDIwIFRMIChMZXNzb24gMzogUHViZXJ0eSBhbmQgYm9keSBjaGFuZ2VzKSAnIChZb3V0aCBoZWFsdGggcGFyZW50IHRyYWluaW5nIC0gQmFvZG9uZyBjb21tdW5pdHkpICcgKFNsaWRlcywgdmVyc2lvbiAxKSAnIEVUCmVuZHN0cmVhbQplbmRvYmoKeHJlZgowIDYKMDAwMDAwMDAwMCA2NTUzNSBmIAowMDAwMDAwMDA5IDAwMDAwIG4gCjAwMDAwMDAwNTggMDAwMDAgbiAKMDAwMDAwMDExNSAwMDAwMCBuIAowMDAwMDAwMjQxIDAwMDAwIG4gCjAwMDAwMDAzMTEgMDAwMDAgbiAKdHJhaWxlcgo8PCAvU2l6ZSA2IC9Sb290IDEgMCBSID4+CnN0YXJ0eHJlZgo1MDcKJSVFT0YK', 'base64')),
 (4, '第4课-性健康与自我保护.pdf', decode('JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvUmVzb3VyY2VzIDw8IC9Gb250IDw8IC9GMSA0IDAgUiA+PiA+PiAvQ29udGVudHMgNSAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL1R5cGUgL0ZvbnQgL1N1YnR5cGUgL1R5cGUxIC9CYXNlRm9udCAvSGVsdmV0aWNhID4+CmVuZG9iago1IDAgb2JqCjw8IC9MZW5ndGggMTcwID4+CnN0cmVhbQpCVCAvRjEgMTYgVGYgNTAgNzgwIFRkIDIwIFRMIChMZXNzb24gNDogU2V4dWFsIGhlYWx0aCBhbmQgc2FmZXR5KSAnIChZb3V0aCBoZWFsdGggcGFyZW50IHRyYWluaW5nIC0gQmFvZG9uZyBjb21tdW5pdHkpICcgKFNsaWRlcywgdmVyc2lvbiAxIFwoZHJhZnQgZm9yIGRpc2N1c3Npb25cKSkgJyBFVAplbmRzdHJlYW0KZW5kb2JqCnhyZWYKMCA2CjAwMDAwMDAwMDAgNjU1MzUgZiAKMDAwMDAwMDAwOSAwMDAwMCBuIAowMDAwMDAwMDU4IDAwMDAwIG4gCjAwMDAwMDAxMTUgMDAwMDAgbiAKMDAwMDAwMDI0MSAwMDAwMCBuIAowMDAwMDAwMzExIDAwMDAwIG4gCnRyYWlsZXIKPDwgL1NpemUgNiAvUm9vdCAxIDAgUiA+PgpzdGFydHhyZWYKNTMyCiUlRU9GCg==', 'base64'));

create function pg_temp.demo_file(p_position int, p_by bigint, p_at timestamptz) returns bigint as $$
declare
    f bigint := nextval('stored_file_seq');
begin
    insert into stored_file (id, file_name, content_type, size_bytes, sha256, created_by, created_at)
    select f, d.file_name, 'application/pdf', length(d.content), encode(sha256(d.content), 'hex'), p_by, p_at
      from demo_pdf d where d.lesson_position = p_position;
    insert into stored_file_content (file_id, content)
    select f, d.content from demo_pdf d where d.lesson_position = p_position;
    return f;
end $$ language plpgsql;

create function pg_temp.demo_event(p_courseware bigint, p_version bigint, p_kind text, p_from text, p_to text,
                                   p_actor bigint, p_comment text, p_detail text, p_at timestamptz) returns void as $$
begin
    insert into courseware_event (id, courseware_id, version_id, kind, from_status, to_status, actor_account_id,
                                  comment, detail, created_at)
    values (nextval('courseware_event_seq'), p_courseware, p_version, p_kind, p_from, p_to, p_actor, p_comment,
            p_detail, p_at);
end $$ language plpgsql;

create function pg_temp.demo_version(p_courseware bigint, p_number int, p_status text, p_author bigint,
                                     p_based_on bigint, p_created timestamptz, p_changed timestamptz)
        returns bigint as $$
declare
    v bigint := nextval('courseware_version_seq');
begin
    insert into courseware_version (id, courseware_id, number, status, author_account_id, based_on_id,
                                    status_changed_at, created_at, updated_at)
    values (v, p_courseware, p_number, p_status, p_author, p_based_on, p_changed, p_created, p_changed);
    return v;
end $$ language plpgsql;

create function pg_temp.demo_item(p_version bigint, p_position int, p_kind text, p_title text, p_file bigint,
                                  p_url text, p_by bigint, p_at timestamptz) returns void as $$
begin
    insert into courseware_item (id, version_id, position, kind, title, file_id, url, created_by, created_at)
    values (nextval('courseware_item_seq'), p_version, p_position, p_kind, p_title, p_file, p_url, p_by, p_at);
end $$ language plpgsql;

do $$
declare
    site_id bigint;
    trainer bigint;
    lecturer2 bigint;
    manager bigint;
    observer bigint;
    lesson bigint[];
    cw bigint;
    v1 bigint;
    v2 bigint;
    f bigint;
    video text := '青春期发育科普动画（5分钟）';
begin
    select ps.id into site_id
      from project_site ps join project p on p.id = ps.project_id join site s on s.id = ps.site_id
     where p.code = 'WX-2026-PARENT' and s.name_zh = '宝东社区居民活动中心';
    select id into trainer from account where username = 'baodong.trainer';
    select id into lecturer2 from account where username = 'baodong.lecturer2';
    select id into manager from account where username = 'baodong.manager';
    select id into observer from account where username = 'wuxi.observer';
    select array_agg(l.id order by l.position) into lesson
      from curriculum_lesson l join curriculum c on c.id = l.curriculum_id join project p on p.id = c.project_id
     where p.code = 'WX-2026-PARENT' and c.version_no = 1;

    -- Lesson 1: discussed, sent on and approved; version 1 is the current courseware.
    cw := nextval('courseware_seq');
    insert into courseware (id, project_site_id, lesson_id, lineage_id, created_by, created_at, updated_at)
    select cw, site_id, l.id, l.lineage_id, trainer, '2026-06-01 09:00+08', '2026-06-08 10:00+08'
      from curriculum_lesson l where l.id = lesson[1];
    v1 := pg_temp.demo_version(cw, 1, 'APPROVED', trainer, null, '2026-06-01 09:00+08', '2026-06-08 10:00+08');
    f := pg_temp.demo_file(1, trainer, '2026-06-01 09:05+08');
    perform pg_temp.demo_item(v1, 1, 'FILE', '第1课-青少年身心发展.pdf', f, null, trainer, '2026-06-01 09:05+08');
    perform pg_temp.demo_item(v1, 2, 'LINK', video, null, 'https://video.example.org/youth-health/puberty-basics',
                              trainer, '2026-06-01 09:10+08');
    perform pg_temp.demo_event(cw, v1, 'CREATED', null, 'DRAFT', trainer, null, null, '2026-06-01 09:00+08');
    perform pg_temp.demo_event(cw, v1, 'ITEM_ADDED', null, null, trainer, null, '第1课-青少年身心发展.pdf',
                               '2026-06-01 09:05+08');
    perform pg_temp.demo_event(cw, v1, 'ITEM_ADDED', null, null, trainer, null, video, '2026-06-01 09:10+08');
    perform pg_temp.demo_event(cw, v1, 'SUBMIT_FOR_REVIEW', 'DRAFT', 'LECTURER_REVIEW', trainer, null, null,
                               '2026-06-02 10:00+08');
    perform pg_temp.demo_event(cw, v1, 'COMMENT', null, null, lecturer2, '建议在第2个环节增加家长互动问答，时间控制在10分钟。',
                               null, '2026-06-03 14:20+08');
    perform pg_temp.demo_event(cw, v1, 'SUBMIT', 'LECTURER_REVIEW', 'SUBMITTED', trainer,
                               '讲师组已全体讨论并修改，报管理组确认。', null, '2026-06-05 09:00+08');
    perform pg_temp.demo_event(cw, v1, 'COMMENT', null, null, observer, '内容贴近本社区家长，案例可用。', null,
                               '2026-06-06 16:00+08');
    perform pg_temp.demo_event(cw, v1, 'APPROVE', 'SUBMITTED', 'APPROVED', manager, '同意定稿。', null,
                               '2026-06-08 10:00+08');
    update courseware set latest_version_id = v1, current_version_id = v1 where id = cw;

    -- Lesson 2: discussed and sent to the management group, waiting for its decision.
    cw := nextval('courseware_seq');
    insert into courseware (id, project_site_id, lesson_id, lineage_id, created_by, created_at, updated_at)
    select cw, site_id, l.id, l.lineage_id, trainer, '2026-06-10 09:00+08', '2026-06-13 11:00+08'
      from curriculum_lesson l where l.id = lesson[2];
    v1 := pg_temp.demo_version(cw, 1, 'SUBMITTED', trainer, null, '2026-06-10 09:00+08', '2026-06-13 11:00+08');
    f := pg_temp.demo_file(2, trainer, '2026-06-10 09:10+08');
    perform pg_temp.demo_item(v1, 1, 'FILE', '第2课-与青春期孩子沟通.pdf', f, null, trainer, '2026-06-10 09:10+08');
    perform pg_temp.demo_event(cw, v1, 'CREATED', null, 'DRAFT', trainer, null, null, '2026-06-10 09:00+08');
    perform pg_temp.demo_event(cw, v1, 'ITEM_ADDED', null, null, trainer, null, '第2课-与青春期孩子沟通.pdf',
                               '2026-06-10 09:10+08');
    perform pg_temp.demo_event(cw, v1, 'SUBMIT_FOR_REVIEW', 'DRAFT', 'LECTURER_REVIEW', trainer, null, null,
                               '2026-06-11 10:00+08');
    perform pg_temp.demo_event(cw, v1, 'SUBMIT', 'LECTURER_REVIEW', 'SUBMITTED', trainer, null, null,
                               '2026-06-13 11:00+08');
    update courseware set latest_version_id = v1 where id = cw;

    -- Lesson 3: returned by the management group with its comment; version 2 is being revised.
    cw := nextval('courseware_seq');
    insert into courseware (id, project_site_id, lesson_id, lineage_id, created_by, created_at, updated_at)
    select cw, site_id, l.id, l.lineage_id, lecturer2, '2026-06-10 14:00+08', '2026-06-16 09:00+08'
      from curriculum_lesson l where l.id = lesson[3];
    v1 := pg_temp.demo_version(cw, 1, 'RETURNED', lecturer2, null, '2026-06-10 14:00+08', '2026-06-15 15:30+08');
    f := pg_temp.demo_file(3, lecturer2, '2026-06-10 14:10+08');
    perform pg_temp.demo_item(v1, 1, 'FILE', '第3课-青春期生理变化.pdf', f, null, lecturer2, '2026-06-10 14:10+08');
    perform pg_temp.demo_event(cw, v1, 'CREATED', null, 'DRAFT', lecturer2, null, null, '2026-06-10 14:00+08');
    perform pg_temp.demo_event(cw, v1, 'ITEM_ADDED', null, null, lecturer2, null, '第3课-青春期生理变化.pdf',
                               '2026-06-10 14:10+08');
    perform pg_temp.demo_event(cw, v1, 'SUBMIT_FOR_REVIEW', 'DRAFT', 'LECTURER_REVIEW', lecturer2, null, null,
                               '2026-06-11 15:00+08');
    perform pg_temp.demo_event(cw, v1, 'SUBMIT', 'LECTURER_REVIEW', 'SUBMITTED', trainer, null, null,
                               '2026-06-12 09:30+08');
    perform pg_temp.demo_event(cw, v1, 'RETURN', 'SUBMITTED', 'RETURNED', manager,
                               '生理变化部分的图片过于专业，请换成适合家长的示意图，并补充一段与孩子谈论身体变化的示例对话。',
                               null, '2026-06-15 15:30+08');
    v2 := pg_temp.demo_version(cw, 2, 'DRAFT', lecturer2, v1, '2026-06-16 09:00+08', '2026-06-16 09:00+08');
    perform pg_temp.demo_item(v2, 1, 'FILE', '第3课-青春期生理变化.pdf', f, null, lecturer2, '2026-06-10 14:10+08');
    perform pg_temp.demo_event(cw, v2, 'NEW_VERSION', null, 'DRAFT', lecturer2, null, '1', '2026-06-16 09:00+08');
    update courseware set latest_version_id = v2 where id = cw;

    -- Lesson 4: before the whole lecturer group, who comment on it.
    cw := nextval('courseware_seq');
    insert into courseware (id, project_site_id, lesson_id, lineage_id, created_by, created_at, updated_at)
    select cw, site_id, l.id, l.lineage_id, lecturer2, '2026-06-18 10:00+08', '2026-06-20 16:00+08'
      from curriculum_lesson l where l.id = lesson[4];
    v1 := pg_temp.demo_version(cw, 1, 'LECTURER_REVIEW', lecturer2, null, '2026-06-18 10:00+08',
                               '2026-06-20 16:00+08');
    f := pg_temp.demo_file(4, lecturer2, '2026-06-18 10:20+08');
    perform pg_temp.demo_item(v1, 1, 'FILE', '第4课-性健康与自我保护.pdf', f, null, lecturer2, '2026-06-18 10:20+08');
    perform pg_temp.demo_event(cw, v1, 'CREATED', null, 'DRAFT', lecturer2, null, null, '2026-06-18 10:00+08');
    perform pg_temp.demo_event(cw, v1, 'ITEM_ADDED', null, null, lecturer2, null, '第4课-性健康与自我保护.pdf',
                               '2026-06-18 10:20+08');
    perform pg_temp.demo_event(cw, v1, 'SUBMIT_FOR_REVIEW', 'DRAFT', 'LECTURER_REVIEW', lecturer2, null, null,
                               '2026-06-20 16:00+08');
    perform pg_temp.demo_event(cw, v1, 'COMMENT', null, null, trainer, '请补充一个网络交友安全的案例。', null,
                               '2026-06-21 09:15+08');
    update courseware set latest_version_id = v1 where id = cw;
end $$;

-- The parent training project adopts the shipped youth-health parent training template (12 segments in 5 lessons):
-- version 1 of its own curriculum, each lesson starting its lineage inside the project. Loaded once, after V4.

do $$
declare
    template_id bigint;
    adopted_id bigint := nextval('curriculum_seq');
    project record;
    lesson record;
    new_lesson_id bigint;
begin
    select id into template_id from curriculum
     where project_id is null and owner_unit_id is null and name_zh = '青春健康家长培训课程（示例）';
    select id, owner_unit_id into project from project where code = 'WX-2026-PARENT';
    insert into curriculum (id, project_id, owner_unit_id, version_no, adopted_from_id, in_use, sample, name_zh,
                            name_en, description)
    select adopted_id, project.id, project.owner_unit_id, 1, t.id, false, false, '宝东社区青春健康家长培训课程',
           'Baodong youth health parent training', t.description
      from curriculum t where t.id = template_id;
    for lesson in select * from curriculum_lesson where curriculum_id = template_id order by position loop
        new_lesson_id := nextval('curriculum_lesson_seq');
        insert into curriculum_lesson (id, curriculum_id, position, title_zh, title_en, lineage_id)
        values (new_lesson_id, adopted_id, lesson.position, lesson.title_zh, lesson.title_en, new_lesson_id);
        insert into curriculum_segment (id, lesson_id, position, title_zh, title_en, objectives, duration_minutes)
        select nextval('curriculum_segment_seq'), new_lesson_id, s.position, s.title_zh, s.title_en, s.objectives,
               s.duration_minutes
          from curriculum_segment s where s.lesson_id = lesson.id order by s.position;
    end loop;
end $$;

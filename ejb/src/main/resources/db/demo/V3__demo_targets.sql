-- Demo targets and their breakdown (目标分解), as in the domain brief: the floating-population project's targets are
-- broken down to the Wuxi counties/districts (Beitang's share leaves 500 lecture attendances still to allocate, shown
-- as a warning) and Yixing's share further to its streets and towns; the parent training's target goes to the
-- Baodong community site. Loaded once, after V2.

insert into target (id, project_id, indicator_id, planned_value)
select nextval('target_seq'), p.id, i.id, t.planned_value
  from (values
   ('WX-2026-FLOAT',  'LECTURE_AUDIENCE', 5000),
   ('WX-2026-FLOAT',  'SESSIONS_HELD',      40),
   ('WX-2026-PARENT', 'PARENTS_TRAINED',    60),
   ('WX-2026-PARENT', 'SESSIONS_HELD',      10)
  ) as t(project_code, indicator_code, planned_value)
  join project p on p.code = t.project_code
  join indicator i on i.code = t.indicator_code;

-- Top-level shares, directly under the owning unit (Wuxi).
insert into target_allocation (id, target_id, unit_id, value)
select nextval('target_allocation_seq'), t.id, u.id, a.value
  from (values
   ('WX-2026-FLOAT', 'LECTURE_AUDIENCE', 'JS-WX-YX', 2000),
   ('WX-2026-FLOAT', 'LECTURE_AUDIENCE', 'JS-WX-NC', 1500),
   ('WX-2026-FLOAT', 'LECTURE_AUDIENCE', 'JS-WX-BT', 1000),
   ('WX-2026-FLOAT', 'SESSIONS_HELD',    'JS-WX-YX',   16),
   ('WX-2026-FLOAT', 'SESSIONS_HELD',    'JS-WX-NC',   12),
   ('WX-2026-FLOAT', 'SESSIONS_HELD',    'JS-WX-BT',   12)
  ) as a(project_code, indicator_code, unit_code, value)
  join project p on p.code = a.project_code
  join indicator i on i.code = a.indicator_code
  join target t on t.project_id = p.id and t.indicator_id = i.id
  join organisation_unit u on u.code = a.unit_code;

-- Yixing's shares broken down further to its street and town.
insert into target_allocation (id, target_id, unit_id, parent_allocation_id, value)
select nextval('target_allocation_seq'), t.id, u.id, parent.id, a.value
  from (values
   ('WX-2026-FLOAT', 'LECTURE_AUDIENCE', 'JS-WX-YX', 'JS-WX-YX-YC', 1200),
   ('WX-2026-FLOAT', 'LECTURE_AUDIENCE', 'JS-WX-YX', 'JS-WX-YX-HQ',  800),
   ('WX-2026-FLOAT', 'SESSIONS_HELD',    'JS-WX-YX', 'JS-WX-YX-YC',   10),
   ('WX-2026-FLOAT', 'SESSIONS_HELD',    'JS-WX-YX', 'JS-WX-YX-HQ',    6)
  ) as a(project_code, indicator_code, parent_unit_code, unit_code, value)
  join project p on p.code = a.project_code
  join indicator i on i.code = a.indicator_code
  join target t on t.project_id = p.id and t.indicator_id = i.id
  join organisation_unit pu on pu.code = a.parent_unit_code
  join target_allocation parent on parent.target_id = t.id and parent.unit_id = pu.id
  join organisation_unit u on u.code = a.unit_code;

-- The parent training's whole target at its project site (sites have no code: found by name and owning unit).
insert into target_allocation (id, target_id, site_id, value)
select nextval('target_allocation_seq'), t.id, s.id, a.value
  from (values
   ('WX-2026-PARENT', 'PARENTS_TRAINED', 'JS-WX-YX-YC-BD', '宝东社区居民活动中心', 60),
   ('WX-2026-PARENT', 'SESSIONS_HELD',   'JS-WX-YX-YC-BD', '宝东社区居民活动中心', 10)
  ) as a(project_code, indicator_code, site_unit_code, site_name_zh, value)
  join project p on p.code = a.project_code
  join indicator i on i.code = a.indicator_code
  join target t on t.project_id = p.id and t.indicator_id = i.id
  join organisation_unit su on su.code = a.site_unit_code
  join site s on s.unit_id = su.id and s.name_zh = a.site_name_zh;

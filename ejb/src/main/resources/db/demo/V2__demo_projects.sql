-- Demo projects from the domain brief, all funded by the national association (CFPA) and owned by Wuxi: the parent
-- training at the Baodong community site, the universities' adolescent sexual and reproductive health and AIDS
-- prevention project, and the floating-population project still in preparation. Loaded once, after V1.

insert into project (id, code, name_zh, name_en, funder_unit_id, owner_unit_id, start_date, end_date, status,
                     description, budget_cny)
select nextval('project_seq'), p.code, p.name_zh, p.name_en, f.id, o.id, p.start_date, p.end_date, p.status,
       p.description, p.budget_cny
  from (values
   ('WX-2026-PARENT', '青春健康家长培训项目', 'Youth Health Parent Training Project', 'CFPA', 'JS-WX',
    date '2026-07-11', date '2026-12-31', 'ACTIVE',
    '中国计生协与联合国教科文组织合作项目。中国计生协选定宜兴市宜城街道宝东社区为项目点，7月11日世界人口日举行启动仪式。'
    || '项目点成立项目管理组、讲师组和指导组；课程共12个环节，分5节课；家长分两批参加培训，每次培训后收集家长意见并及时调整补充。',
    80000.00),
   ('WX-2026-ASRH', '无锡市青少年性与生殖健康及预防艾滋病项目',
    'Wuxi Adolescent Sexual and Reproductive Health and AIDS Prevention Project', 'CFPA', 'JS-WX',
    date '2026-03-01', date '2026-12-31', 'ACTIVE',
    '6所高校参与。召开高校教师项目启动会并下发项目文本；举办学生骨干培训班，培训学生骨干46名；市计生协跟踪督导，'
    || '项目结束后向中国计生协报送项目总结报告。',
    120000.00),
   ('WX-2026-FLOAT', '流动人口计划生育服务管理项目', 'Floating Population Family Planning Service and Management Project',
    'CFPA', 'JS-WX', date '2026-04-01', date '2026-12-31', 'DRAFT',
    '将项目目标分解到各县（市）区和重点实施单位；9月28日举办县区项目负责人培训班；在社区、企业和流动人口子弟学校开展讲座；'
    || '与流入地计生协签订合作协议。',
    50000.00)
  ) as p(code, name_zh, name_en, funder_code, owner_code, start_date, end_date, status, description, budget_cny)
  join organisation_unit f on f.code = p.funder_code
  join organisation_unit o on o.code = p.owner_code;

-- Sites have no code: each is found by its name and its owning unit.
insert into project_site (id, project_id, site_id, responsible_unit_id)
select nextval('project_site_seq'), p.id, s.id, r.id
  from (values
   ('WX-2026-PARENT', '宝东社区居民活动中心', 'JS-WX-YX-YC-BD', 'JS-WX-YX-YC-BD'),
   ('WX-2026-ASRH',   '江南大学蠡湖校区',     'JS-WX-U-JN',     'JS-WX-U-JN'),
   ('WX-2026-ASRH',   '无锡职业技术学院',     'JS-WX-U-WXIT',   'JS-WX-U-WXIT')
  ) as ps(project_code, site_name_zh, site_unit_code, responsible_code)
  join project p on p.code = ps.project_code
  join organisation_unit su on su.code = ps.site_unit_code
  join site s on s.unit_id = su.id and s.name_zh = ps.site_name_zh
  join organisation_unit r on r.code = ps.responsible_code;

-- Demo activities counted by headcount, after the source's figures: lectures to 700 girls of grades 5–6 in two
-- schools (350 each, with breakdowns), 122 online consultations answered (five rows whose headcounts add up to 122),
-- a 5.29 association-day campaign in Yixing, a 7.11 volunteer service at Baodong and a hardship family visit.
-- Logged by the demo accounts of the units concerned. Loaded once, after V10.

insert into activity (id, type, online, held_on, unit_id, site_id, topic, organiser_name, audience, headcount,
                      female, male, sex_unknown, age_under14, age_14_17, age_18_24, age_25_plus, age_unknown, grade,
                      note, recorded_by)
select nextval('activity_seq'), d.type, d.online, cast(d.held_on as date), u.id, st.id, d.topic, d.organiser,
       d.audience, d.headcount, d.female, d.male, d.sex_unknown, d.under14, d.a14, d.a18, d.a25, d.a_unknown, d.grade,
       d.note, a.id
  from (values
    ('LECTURE', false, '2026-04-16', 'JS-WX-BT-MF', '民丰小学', '女孩青春期健康讲座', '赵老师', 'GIRLS', 350,
        350, 0, 0, 350, 0, 0, 0, 0, '五、六年级', '两个年级分两场，合并登记', 'wuxi.coord'),
    ('LECTURE', false, '2026-04-23', 'JS-WX-NC-JX', '金星中学', '女孩青春期健康讲座', '陈老师', 'GIRLS', 350,
        350, 0, 0, 210, 140, 0, 0, 0, '五、六年级（附属小学部）', null, 'wuxi.coord'),
    ('CONSULTATION', true, '2026-03-31', 'JS-WX', null, '青春期健康线上咨询（一季度）', null, 'STUDENTS', 30,
        null, null, null, null, null, null, null, null, null, '微信公众号留言答复', 'wuxi.coord'),
    ('CONSULTATION', true, '2026-05-31', 'JS-WX', null, '青春期健康线上咨询（四、五月）', null, 'STUDENTS', 25,
        null, null, null, null, null, null, null, null, null, '微信公众号留言答复', 'wuxi.coord'),
    ('CONSULTATION', true, '2026-07-31', 'JS-WX', null, '青春期健康线上咨询（六、七月）', null, 'GIRLS', 22,
        null, null, null, null, null, null, null, null, null, null, 'wuxi.coord'),
    ('CONSULTATION', true, '2026-09-30', 'JS-WX', null, '青春期健康线上咨询（八、九月）', null, 'PARENTS', 20,
        null, null, null, null, null, null, null, null, null, null, 'wuxi.coord'),
    ('CONSULTATION', true, '2026-10-31', 'JS-WX', null, '青春期健康线上咨询（十月）', null, 'STUDENTS', 25,
        null, null, null, null, null, null, null, null, null, null, 'wuxi.coord'),
    ('CAMPAIGN', false, '2026-05-29', 'JS-WX-YX', null, '5·29会员活动日集中宣传', '宜兴市计生协', 'GENERAL_PUBLIC', 1200,
        null, null, null, null, null, null, null, null, null, '街头咨询、发放宣传资料', 'yixing.coord'),
    ('VOLUNTEER_SERVICE', false, '2026-07-11', 'JS-WX-YX-YC-BD', '宝东社区居民活动中心', '7·11世界人口日志愿服务',
        '周老师', 'GENERAL_PUBLIC', 86, 51, 35, 0, null, null, null, null, null, null, null, 'baodong.trainer'),
    ('FAMILY_VISIT', false, '2026-06-18', 'JS-WX-YX-HQ-XC', null, '计生困难家庭走访慰问', null, 'PARENTS', 45,
        null, null, null, null, null, null, null, null, null, '走访 45 户', 'yixing.coord')
  ) as d(type, online, held_on, unit_code, site_name, topic, organiser, audience, headcount, female, male,
         sex_unknown, under14, a14, a18, a25, a_unknown, grade, note, username)
  join organisation_unit u on u.code = d.unit_code
  join account a on a.username = d.username
  left join site st on st.unit_id = u.id and st.name_zh = d.site_name;

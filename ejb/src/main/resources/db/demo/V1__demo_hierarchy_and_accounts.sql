-- Demo data from the domain brief: the national association, Jiangsu → Wuxi → Yixing → Yicheng street → Baodong
-- community (the parent-training project site), Wuxi's universities and the two schools of the girls' lectures,
-- and Hunan → Chenzhou → Guiyang County with some of its townships, villages, enterprises and its floating-population
-- association in Dongguan. Every demo account's password is Demo@2026 (each hashed with its own salt). Loaded once, only when demo data is on.

create temporary table demo_unit (code varchar(32), parent_code varchar(32), kind varchar(24), name_zh varchar(100),
                                  name_en varchar(100), ord serial) on commit drop;

insert into demo_unit (code, parent_code, kind, name_zh, name_en) values
 ('CFPA',            null,          'NATIONAL',  '中国计划生育协会', 'China Family Planning Association'),
 ('JS',              'CFPA',        'PROVINCE',  '江苏省计划生育协会', 'Jiangsu FPA'),
 ('JS-WX',           'JS',          'CITY',      '无锡市计划生育协会', 'Wuxi FPA'),
 ('JS-WX-YX',        'JS-WX',       'COUNTY',    '宜兴市计划生育协会', 'Yixing FPA'),
 ('JS-WX-YX-YC',     'JS-WX-YX',    'TOWNSHIP',  '宜城街道计划生育协会', 'Yicheng Street FPA'),
 ('JS-WX-YX-YC-BD',  'JS-WX-YX-YC', 'COMMUNITY', '宝东社区计划生育协会', 'Baodong Community FPA'),
 ('JS-WX-YX-HQ',     'JS-WX-YX',    'TOWNSHIP',  '和桥镇计划生育协会', 'Heqiao Town FPA'),
 ('JS-WX-YX-HQ-XC',  'JS-WX-YX-HQ', 'COMMUNITY', '西锄村计划生育协会', 'Xichu Village FPA'),
 ('JS-WX-NC',        'JS-WX',       'COUNTY',    '南长区计划生育协会', 'Nanchang District FPA'),
 ('JS-WX-BT',        'JS-WX',       'COUNTY',    '北塘区计划生育协会', 'Beitang District FPA'),
 ('JS-WX-NC-JX',     'JS-WX-NC',    'SCHOOL',    '金星中学计生协', 'Jinxing Middle School FPA'),
 ('JS-WX-BT-MF',     'JS-WX-BT',    'SCHOOL',    '民丰小学计生协', 'Minfeng Primary School FPA'),
 ('JS-WX-U-JN',      'JS-WX',       'UNIVERSITY','江南大学计生协', 'Jiangnan University FPA'),
 ('JS-WX-U-WXIT',    'JS-WX',       'UNIVERSITY','无锡职业技术学院计生协', 'Wuxi Institute of Technology FPA'),
 ('JS-WX-U-WXCOM',   'JS-WX',       'UNIVERSITY','无锡商业职业技术学院计生协', 'Wuxi Vocational Institute of Commerce FPA'),
 ('JS-WX-U-WXST',    'JS-WX',       'UNIVERSITY','无锡科技职业学院计生协', 'Wuxi Professional College of Science and Technology FPA'),
 ('JS-WX-U-WXCITY',  'JS-WX',       'UNIVERSITY','无锡城市职业技术学院计生协', 'Wuxi City College of Vocational Technology FPA'),
 ('JS-WX-U-WXART',   'JS-WX',       'UNIVERSITY','无锡工艺职业技术学院计生协', 'Wuxi Institute of Arts and Technology FPA'),
 ('JS-WX-U-JSIT',    'JS-WX',       'UNIVERSITY','江苏信息职业技术学院计生协', 'Jiangsu Vocational College of Information Technology FPA'),
 ('HN',              'CFPA',        'PROVINCE',  '湖南省计划生育协会', 'Hunan FPA'),
 ('HN-CZ',           'HN',          'CITY',      '郴州市计划生育协会', 'Chenzhou FPA'),
 ('HN-CZ-GY',        'HN-CZ',       'COUNTY',    '桂阳县计划生育协会', 'Guiyang County FPA'),
 ('HN-CZ-GY-LF',     'HN-CZ-GY',    'TOWNSHIP',  '鹿峰街道计划生育协会', 'Lufeng Street FPA'),
 ('HN-CZ-GY-LF-BZT', 'HN-CZ-GY-LF', 'COMMUNITY', '八字塘社区计划生育协会', 'Bazitang Community FPA'),
 ('HN-CZ-GY-LT',     'HN-CZ-GY',    'TOWNSHIP',  '龙潭街道计划生育协会', 'Longtan Street FPA'),
 ('HN-CZ-GY-LT-BG',  'HN-CZ-GY-LT', 'COMMUNITY', '北关社区计划生育协会', 'Beiguan Community FPA'),
 ('HN-CZ-GY-ZH',     'HN-CZ-GY',    'TOWNSHIP',  '正和镇计划生育协会', 'Zhenghe Town FPA'),
 ('HN-CZ-GY-ZH-HT',  'HN-CZ-GY-ZH', 'COMMUNITY', '火田村计划生育协会', 'Huotian Village FPA'),
 ('HN-CZ-GY-BS',     'HN-CZ-GY',    'TOWNSHIP',  '白水乡计划生育协会', 'Baishui Township FPA'),
 ('HN-CZ-GY-E-BSKY', 'HN-CZ-GY',    'ENTERPRISE','湖南宝山矿业有限责任公司计生协', 'Hunan Baoshan Mining FPA'),
 ('HN-CZ-GY-E-HSP',  'HN-CZ-GY',    'ENTERPRISE','黄沙坪矿业分公司计生协', 'Huangshaping Mining FPA'),
 ('HN-CZ-GY-F-DG',   'HN-CZ-GY',    'FLOATING_POPULATION', '桂阳县驻东莞流动人口计生协会', 'Guiyang County Floating Population FPA in Dongguan');

-- Parents come before their children in the list, so one pass places every unit in the tree.
do $$
declare
    d record;
    new_id bigint;
    parent record;
begin
    for d in select * from demo_unit order by ord loop
        new_id := nextval('organisation_unit_seq');
        select id, path, depth into parent from organisation_unit where code = d.parent_code;
        insert into organisation_unit (id, code, name_zh, name_en, kind, parent_id, path, depth)
        values (new_id, d.code, d.name_zh, d.name_en, d.kind, parent.id,
                coalesce(parent.path, '/') || new_id || '/', coalesce(parent.depth + 1, 0));
    end loop;
end $$;

insert into site (id, unit_id, kind, name_zh, name_en, address, contact_name, contact_phone)
select nextval('site_seq'), u.id, s.kind, s.name_zh, s.name_en, s.address, s.contact_name, s.contact_phone
  from (values
   ('JS-WX-YX-YC-BD', 'COMMUNITY',  '宝东社区居民活动中心', 'Baodong Community Centre', '江苏省宜兴市宜城街道宝东社区', '周老师', '0510-87000001'),
   ('JS-WX-U-JN',     'UNIVERSITY', '江南大学蠡湖校区', 'Jiangnan University, Lihu Campus', '江苏省无锡市蠡湖大道1800号', '王老师', '0510-85910001'),
   ('JS-WX-U-WXIT',   'UNIVERSITY', '无锡职业技术学院', 'Wuxi Institute of Technology', '江苏省无锡市高浪西路1600号', '李老师', '0510-81838001'),
   ('JS-WX-NC-JX',    'SCHOOL',     '金星中学', 'Jinxing Middle School', '江苏省无锡市南长区', '陈老师', '0510-82000001'),
   ('JS-WX-BT-MF',    'SCHOOL',     '民丰小学', 'Minfeng Primary School', '江苏省无锡市北塘区', '赵老师', '0510-83000001'),
   ('HN-CZ-GY-F-DG',  'ENTERPRISE', '东莞桂阳商会服务点', 'Guiyang Chamber of Commerce service point, Dongguan', '广东省东莞市', '刘会长', '0769-22000001')
  ) as s(unit_code, kind, name_zh, name_en, address, contact_name, contact_phone)
  join organisation_unit u on u.code = s.unit_code;

insert into account (id, username, password_hash, display_name, role, unit_id, locale)
select nextval('account_seq'), a.username, a.password_hash, a.display_name, a.role, u.id, 'zh_CN'
  from (values
   ('admin',         'PBKDF2WithHmacSHA512:210000:9LvSBnFlkQ0r9wbjLKCczjFWDAZd3mr+5e9Zq91Gvio=:Zz7LuzMUKuwyP1umYLKaa+/HjdT1mzlxEkxTKj/ozY/PUkqCi08wwCusUo35vbr/qq67HxYR/3lGYV1b7ZToUA==', '系统管理员', 'ADMIN',       'CFPA'),
   ('wuxi.coord',    'PBKDF2WithHmacSHA512:210000:UXUGEFiWFpY5ZBIrQ4A1aH9z4j3lB0lW6ZuqKlXYQCA=:JoJuWoORnzJAWMJwdA6yxb09ONT6WW8IiWJL4Mqd1dN9yM6WYoZquS67c6I48KEwRjTwU6wV9Ra+DdrBLPUTwg==', '无锡协调员', 'COORDINATOR', 'JS-WX'),
   ('yixing.coord',  'PBKDF2WithHmacSHA512:210000:fZRgyAJ4KBDqfmQYmfTMNHaSqFeAX4ceS3yPmxGptVo=:XVM7Wtzmbq2jBFXIfaeM5Zy1NB0r0jDHkd5qnfgnXVKehhBF2Fqda5+J3AU6h3s7LrrRHEN4vWD3xjvQ+oZSuw==', '宜兴协调员', 'COORDINATOR', 'JS-WX-YX'),
   ('guiyang.coord', 'PBKDF2WithHmacSHA512:210000:E7Eq30nu1Q69Vpi0elItp7uupRcViDnHjfw07/KmVxU=:Z8vgFuMuK76aX0+mrWy+V7Y7vwITqWIjgcBu08vAshyD2LTq2ZC1Nbdr3UIlq0rRR8/TK2YJFHjoHN4ZG+EZmw==', '桂阳协调员', 'COORDINATOR', 'HN-CZ-GY'),
   ('baodong.trainer', 'PBKDF2WithHmacSHA512:210000:KUkS0EFgMQwRUZirLxJE2MSsN1Ap7TREmUmzwIFZPKI=:Lh/PoFzJCta9qSav1Ma1oLmWIokA7kWIcAP+jHp3230u0ecUHLNcmhVma4ER4ofuL5VUdh6aS7OgvABRBbIUMg==', '宝东讲师', 'TRAINER',     'JS-WX-YX-YC-BD'),
   ('wuxi.observer', 'PBKDF2WithHmacSHA512:210000:/lnpaN+OBeGqlYLzW9n9HpZBI2SL7KfsEK5Otyb00z4=:GyJJnpYlDt2+pQdpvyPYnvohE0LSaCswUNBbjPC4IKVXPwb066UAIt6U4jPQMEJuE2vAMwewvVz1Qs9FOwXDyw==', '无锡指导组', 'OBSERVER',    'JS-WX')
  ) as a(username, password_hash, display_name, role, unit_code)
  join organisation_unit u on u.code = a.unit_code;

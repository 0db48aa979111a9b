-- Registration guidance (登记指引): a checklist per registered legal form, seeded here because it is reference data
-- every node needs, and each organization-in-preparation's progress through it.
CREATE TABLE guidance_checklist (
    legal_form VARCHAR(40)  PRIMARY KEY,
    title      VARCHAR(200) NOT NULL,
    basis      VARCHAR(300) NOT NULL
);
CREATE TABLE guidance_step (
    legal_form       VARCHAR(40)  NOT NULL REFERENCES guidance_checklist (legal_form),
    step_number      INT          NOT NULL,
    title            VARCHAR(200) NOT NULL,
    description      TEXT         NOT NULL,
    documents        TEXT[]       NOT NULL DEFAULT '{}',
    -- the step where the charter must state adherence to the Party's overall leadership (坚持党的全面领导)
    party_leadership BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (legal_form, step_number)
);
CREATE TABLE registration_progress (
    organization_id UUID         NOT NULL REFERENCES organization (id),
    legal_form      VARCHAR(40)  NOT NULL,
    step_number     INT          NOT NULL,
    done_by         VARCHAR(255) NOT NULL,
    done_at         TIMESTAMPTZ  NOT NULL,
    note            TEXT,
    PRIMARY KEY (organization_id, step_number),
    FOREIGN KEY (legal_form, step_number) REFERENCES guidance_step (legal_form, step_number)
);

INSERT INTO guidance_checklist (legal_form, title, basis) VALUES
    ('SOCIAL_GROUP', '社会团体成立登记指引', '《社会团体登记管理条例》'),
    ('SOCIAL_SERVICE_ORGANIZATION', '社会服务机构（民办非企业单位）成立登记指引', '《民办非企业单位登记管理暂行条例》');

INSERT INTO guidance_step (legal_form, step_number, title, description, documents, party_leadership) VALUES
    ('SOCIAL_GROUP', 1, '取得业务主管单位同意',
     '向业务主管单位（如教育、文化、体育、民政等部门）提出申请，取得其审查同意的书面文件。',
     '{业务主管单位审查同意文件}', FALSE),
    ('SOCIAL_GROUP', 2, '名称预核',
     '向登记管理机关申请名称核准；名称应与业务范围、成员分布、活动地域相一致，不得与已登记组织重名或近似。',
     '{名称预先核准申请表}', FALSE),
    ('SOCIAL_GROUP', 3, '发起筹备，发展会员',
     '由发起人组成筹备组；应有 50 个以上个人会员或 30 个以上单位会员（个人与单位混合时合计不少于 50 个）。排查党员情况，筹备组中有党员的同步筹建党组织。',
     '{发起人名单及身份证明, 拟任负责人基本情况, 会员名单, 党员情况登记表}', FALSE),
    ('SOCIAL_GROUP', 4, '起草章程',
     '依照示范文本起草章程。章程须载明坚持中国共产党的全面领导，并写明党的建设条款（党组织的设置、职责和工作保障）。',
     '{章程草案（含坚持党的全面领导和党的建设条款）}', TRUE),
    ('SOCIAL_GROUP', 5, '落实活动资金和住所',
     '地方性社会团体须有 3 万元以上活动资金，并有固定住所。',
     '{验资报告, 住所使用权证明}', FALSE),
    ('SOCIAL_GROUP', 6, '召开成立大会',
     '召开会员大会（会员代表大会），通过章程，选举理事会、负责人和监事。',
     '{成立大会会议纪要, 理事会及负责人名单, 监事名单}', FALSE),
    ('SOCIAL_GROUP', 7, '提交成立登记申请',
     '向登记管理机关提交登记申请书及全部材料，接受审查。',
     '{成立登记申请书, 法定代表人登记表, 章程, 验资报告, 住所使用权证明, 业务主管单位审查同意文件}', FALSE),
    ('SOCIAL_GROUP', 8, '领取登记证书',
     '核准后领取社会团体法人登记证书和统一社会信用代码，刻制印章、开立银行账户、办理税务登记。',
     '{社会团体法人登记证书}', FALSE),
    ('SOCIAL_SERVICE_ORGANIZATION', 1, '取得业务主管单位同意',
     '向业务主管单位提出申请，取得其审查同意的书面文件。',
     '{业务主管单位审查同意文件}', FALSE),
    ('SOCIAL_SERVICE_ORGANIZATION', 2, '名称预核',
     '申请名称核准；名称一般由行政区划、字号、行业（业务领域）和组织形式（如中心、院、所）组成。',
     '{名称预先核准申请表}', FALSE),
    ('SOCIAL_SERVICE_ORGANIZATION', 3, '起草章程',
     '依照示范文本起草章程。章程须载明坚持中国共产党的全面领导，并写明党的建设条款。排查举办者和从业人员中的党员情况。',
     '{章程草案（含坚持党的全面领导和党的建设条款）, 党员情况登记表}', TRUE),
    ('SOCIAL_SERVICE_ORGANIZATION', 4, '落实开办资金',
     '开办资金须为合法财产，一般不低于 3 万元，由会计师事务所出具验资报告。',
     '{验资报告}', FALSE),
    ('SOCIAL_SERVICE_ORGANIZATION', 5, '落实业务场所',
     '有与业务活动相适应的固定场所，提交产权证明或一年以上租赁合同。',
     '{场所产权证明或租赁合同}', FALSE),
    ('SOCIAL_SERVICE_ORGANIZATION', 6, '确定理事会和拟任负责人',
     '组建理事会（3 至 25 人）和监事（会），确定拟任法定代表人和从业人员。',
     '{理事会及监事名单, 拟任负责人身份证明和简历, 从业人员名单}', FALSE),
    ('SOCIAL_SERVICE_ORGANIZATION', 7, '提交成立登记申请',
     '向登记管理机关提交登记申请书及全部材料，接受审查。',
     '{成立登记申请书, 法定代表人登记表, 章程, 验资报告, 场所证明, 业务主管单位审查同意文件}', FALSE),
    ('SOCIAL_SERVICE_ORGANIZATION', 8, '领取登记证书',
     '核准后领取民办非企业单位（社会服务机构）登记证书和统一社会信用代码，刻制印章、开立银行账户。',
     '{民办非企业单位登记证书}', FALSE);

-- ThreeRings schema 2: the hotline's forms (SPEC §4).

-- 800用户问题处理表: numbered YYYYMMDD-<agent number>-<serial>
CREATE TABLE problem_forms (
    id TEXT PRIMARY KEY NOT NULL,
    number TEXT NOT NULL UNIQUE,
    agent_id TEXT NOT NULL REFERENCES users(id),    -- 热线责任人
    call_id TEXT REFERENCES calls(id),
    customer_id TEXT REFERENCES customers(id),
    device_id TEXT REFERENCES devices(id),
    category TEXT NOT NULL,                         -- technical, service, sales, other
    customer_name TEXT NOT NULL DEFAULT '',
    phone_mobile TEXT NOT NULL DEFAULT '',          -- MP
    phone_office TEXT NOT NULL DEFAULT '',          -- O
    outlet_id TEXT REFERENCES outlets(id),          -- 用户所在网点
    address TEXT NOT NULL DEFAULT '',               -- 通迅地址
    description TEXT NOT NULL DEFAULT '',           -- 用户事件描述
    consulted_person TEXT NOT NULL DEFAULT '',      -- 询工程师或其它人员
    consulted_on TEXT NOT NULL DEFAULT '',          -- YYYY-MM-DD
    acceptance_record TEXT NOT NULL DEFAULT '',     -- 受理统计
    accepted_at INTEGER NOT NULL,
    handler_id TEXT REFERENCES users(id),
    handler_department_id TEXT REFERENCES departments(id),
    transferred_at INTEGER,
    transfer_due_at INTEGER,                        -- 2 working hours after acceptance
    plan TEXT NOT NULL DEFAULT '',                  -- 处理方案
    plan_by TEXT REFERENCES users(id),              -- 拟案人
    plan_at INTEGER,
    result TEXT NOT NULL DEFAULT '',                -- 处理结果
    result_by TEXT REFERENCES users(id),            -- 处理人
    result_at INTEGER,
    result_due_at INTEGER,                          -- 2 working days after transfer
    review TEXT NOT NULL DEFAULT '',                -- 审核栏
    reviewed_by TEXT REFERENCES users(id),          -- 审核人
    reviewed_at INTEGER,
    state TEXT NOT NULL DEFAULT 'accepted',         -- accepted, transferred, planned, resolved, reviewed, reopened
    reopen_count INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX problem_forms_state ON problem_forms(state, result_due_at);
CREATE INDEX problem_forms_customer ON problem_forms(customer_id, accepted_at);
CREATE INDEX problem_forms_device ON problem_forms(device_id);
CREATE INDEX problem_forms_resolved ON problem_forms(result_at);
CREATE INDEX problem_forms_accepted ON problem_forms(accepted_at);

-- The last serial handed out per agent per day; numbering stays unique without a server.
CREATE TABLE form_serials (
    id TEXT PRIMARY KEY NOT NULL,
    job_number TEXT NOT NULL,
    day TEXT NOT NULL,                              -- YYYYMMDD
    last_serial INTEGER NOT NULL,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1,
    UNIQUE (job_number, day)
);

-- 用户咨询统计表
CREATE TABLE consultations (
    id TEXT PRIMARY KEY NOT NULL,
    call_id TEXT REFERENCES calls(id),
    customer_id TEXT REFERENCES customers(id),
    agent_id TEXT NOT NULL REFERENCES users(id),
    caller_name TEXT NOT NULL DEFAULT '',
    caller_phone TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',           -- what the caller described
    advice TEXT NOT NULL DEFAULT '',                -- what advice was given
    status TEXT NOT NULL DEFAULT 'finished',        -- finished, unfinished, awaiting_test
    consulted_at INTEGER NOT NULL,
    test_due_at INTEGER,                            -- caller reports a test result within 24 h
    finished_at INTEGER,
    finished_by TEXT REFERENCES users(id),
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX consultations_status ON consultations(status, consulted_at);
CREATE INDEX consultations_at ON consultations(consulted_at);

-- 用户回访统计表
CREATE TABLE callbacks (
    id TEXT PRIMARY KEY NOT NULL,
    form_id TEXT NOT NULL REFERENCES problem_forms(id),
    form_number TEXT NOT NULL,                      -- 对应号
    outlet_name TEXT NOT NULL DEFAULT '',           -- 网点名称
    acceptor_phone TEXT NOT NULL DEFAULT '',        -- 受理人电话
    acceptor_name TEXT NOT NULL DEFAULT '',         -- 受理人姓名
    due_on TEXT NOT NULL,                           -- YYYY-MM-DD, the day after the fault was resolved
    outcome TEXT NOT NULL DEFAULT '',               -- '', working, not_working, unreachable
    result TEXT NOT NULL DEFAULT '',                -- 回访结果: the customer's own words
    evaluation TEXT NOT NULL DEFAULT '',            -- 对工程评价
    repairer TEXT NOT NULL DEFAULT '',              -- 维修人
    fault_level TEXT NOT NULL DEFAULT '',           -- 故障等级
    remarks TEXT NOT NULL DEFAULT '',               -- 备注
    callback_agent_id TEXT REFERENCES users(id),    -- 回访人
    called_on TEXT NOT NULL DEFAULT '',             -- 回访日期
    technical_manager TEXT NOT NULL DEFAULT '',     -- 技术经理
    attempts INTEGER NOT NULL DEFAULT 0,
    last_attempt_at INTEGER,
    state TEXT NOT NULL DEFAULT 'due',              -- due, retry, done
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX callbacks_due ON callbacks(due_on, state);
CREATE INDEX callbacks_form ON callbacks(form_id);

-- 投诉统计表
CREATE TABLE complaints (
    id TEXT PRIMARY KEY NOT NULL,
    no TEXT NOT NULL UNIQUE,
    customer_id TEXT REFERENCES customers(id),
    call_id TEXT REFERENCES calls(id),
    complaining_unit TEXT NOT NULL DEFAULT '',      -- 投诉单位
    matter TEXT NOT NULL DEFAULT '',                -- 投诉事项
    complained_at INTEGER NOT NULL,                 -- 投诉时间
    contact_method TEXT NOT NULL DEFAULT '',        -- 联系方式
    contact_person TEXT NOT NULL DEFAULT '',        -- 联系人
    acceptor_id TEXT REFERENCES users(id),          -- 受理人
    relayed_at INTEGER,                             -- 转述时间
    relayed_by TEXT NOT NULL DEFAULT '',            -- 转述人姓名
    report_no TEXT NOT NULL DEFAULT '',             -- 处理汇报单号
    department_id TEXT REFERENCES departments(id),
    callback_due_at INTEGER,                        -- within 3 days
    reply_due_at INTEGER,                           -- written reply within 2 working days
    state TEXT NOT NULL DEFAULT 'registered',       -- registered, forwarded, handled, closed, reopened
    round INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX complaints_at ON complaints(complained_at);
CREATE INDEX complaints_state ON complaints(state);

-- 投诉处理汇报单
CREATE TABLE complaint_reports (
    id TEXT PRIMARY KEY NOT NULL,
    no TEXT NOT NULL UNIQUE,
    complaint_id TEXT NOT NULL REFERENCES complaints(id),
    customer_name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    handling_time INTEGER,                          -- 处理时间
    description TEXT NOT NULL DEFAULT '',           -- 投诉内容
    recorder TEXT NOT NULL DEFAULT '',              -- 记录人
    recorded_on TEXT NOT NULL DEFAULT '',           -- 记录日期
    handling_method TEXT NOT NULL DEFAULT '',       -- 处理方式
    handler TEXT NOT NULL DEFAULT '',               -- 处理人
    handled_at INTEGER,                             -- 处理时间
    department_head TEXT NOT NULL DEFAULT '',       -- 部门主管
    cause TEXT NOT NULL DEFAULT '',                 -- 事故发生原因
    penalty_opinion TEXT NOT NULL DEFAULT '',       -- 对相关人员处罚意见 (supervisors only)
    callback_result TEXT NOT NULL DEFAULT '',       -- 回访结果
    satisfied INTEGER,                              -- NULL until called back
    remarks TEXT NOT NULL DEFAULT '',               -- 备注
    round INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX complaint_reports_complaint ON complaint_reports(complaint_id);

-- 绩效评定表
CREATE TABLE ratings (
    id TEXT PRIMARY KEY NOT NULL,
    region TEXT NOT NULL DEFAULT '',                -- 地区
    unit TEXT NOT NULL DEFAULT '',                  -- 单位
    rater TEXT NOT NULL DEFAULT '',                 -- 评定人
    rated_on TEXT NOT NULL,                         -- 日期 YYYY-MM-DD
    project_type TEXT NOT NULL,                     -- presales, implementation, aftersales
    engineer TEXT NOT NULL DEFAULT '',              -- the engineer rated (name or job number)
    technical_score INTEGER NOT NULL CHECK (technical_score BETWEEN -50 AND 200),
    attitude_score INTEGER NOT NULL CHECK (attitude_score BETWEEN -50 AND 200),
    comments TEXT NOT NULL DEFAULT '',
    customer_id TEXT REFERENCES customers(id),
    complaint_id TEXT REFERENCES complaints(id),    -- set when a very low score became a complaint
    created_at INTEGER NOT NULL, created_by TEXT, updated_at INTEGER NOT NULL, updated_by TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ratings_on ON ratings(rated_on);

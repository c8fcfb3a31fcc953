<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountRepository</name>
    <message>
        <source>An account belongs to a person; save the person first.</source>
        <translation>账户属于某个人员；请先保存该人员。</translation>
    </message>
    <message>
        <source>This person has no account yet; an admin can give them a password.</source>
        <translation>此人还没有账户；管理员可以为其设置密码。</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The first account must be an admin&apos;s, so that someone can add the others; give it the role admin.</source>
        <translation>第一个账户必须是管理员账户，以便由其添加其他人；请为其赋予 admin 角色。</translation>
    </message>
    <message>
        <source>The job number %1 is already taken by %2; choose another one.</source>
        <translation>工号 %1 已被 %2 使用；请换一个工号。</translation>
    </message>
    <message>
        <source>%1 %2 was deactivated and cannot sign in; a new password would not change that.</source>
        <translation>%1 %2 已停用，无法登录；设置新密码也不会改变这一点。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; ask another admin.</source>
        <translation>不能停用自己的账户；请联系另一位管理员。</translation>
    </message>
</context>
<context>
    <name>AgentStateNames</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Missed a call (ring-no-answer)</source>
        <translation>漏接来电（振铃未接）</translation>
    </message>
</context>
<context>
    <name>AgentStateRepository</name>
    <message>
        <source>An agent state needs the agent: sign in first.</source>
        <translation>坐席状态需要知道是哪位坐席：请先登录。</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>The job number or the password is wrong. Check both and try again.</source>
        <translation>工号或密码错误。请核对后重试。</translation>
    </message>
    <message>
        <source>This account is locked after %1 wrong passwords; try again in %2, or ask an admin to set a new password.</source>
        <translation>此账户因 %1 次密码错误已被锁定；请 %2 后重试，或请管理员设置新密码。</translation>
    </message>
    <message>
        <source>The job number or the password is wrong. After %1 wrong passwords the account is locked for %2.</source>
        <translation>工号或密码错误。密码错误 %1 次后，账户将被锁定 %2。</translation>
    </message>
    <message>
        <source>The account of %1 was deactivated; their records keep the name, but they can no longer sign in. Ask an admin if that is a mistake.</source>
        <translation>%1 的账户已停用；其记录仍保留姓名，但不能再登录。如有误，请联系管理员。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot read %1 for the backup: %2</source>
        <translation>备份时无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start the backup of %1: %2</source>
        <translation>无法开始备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup of %1 failed: %2</source>
        <translation>%1 的备份失败：%2</translation>
    </message>
    <message>
        <source>Cannot put the backup in place at %1; check the folder&apos;s permissions.</source>
        <translation>无法将备份放到 %1，请检查该文件夹的权限。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1; check its permissions.</source>
        <translation>无法创建备份文件夹 %1，请检查其权限。</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>The calendar&apos;s time zone is not known; choose an IANA zone name such as Asia/Shanghai.</source>
        <translation>无法识别日历的时区，请选择 IANA 时区名称，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>The opening time is missing; set it as HH:MM, for example 08:30.</source>
        <translation>缺少上班时间，请按 HH:MM 格式设置，例如 08:30。</translation>
    </message>
    <message>
        <source>The closing time is missing; set it as HH:MM, for example 17:30.</source>
        <translation>缺少下班时间，请按 HH:MM 格式设置，例如 17:30。</translation>
    </message>
    <message>
        <source>The closing time %1 is not after the opening time %2; set a later closing time or an earlier opening time.</source>
        <translation>下班时间 %1 不晚于上班时间 %2，请把下班时间设晚一些，或把上班时间设早一些。</translation>
    </message>
    <message>
        <source>The lunch break needs a start and an end as HH:MM, for example 12:00 and 13:30; make them equal for no lunch break.</source>
        <translation>午休需要按 HH:MM 格式填写开始和结束时间，例如 12:00 和 13:30；如不设午休，请将两者设为相同。</translation>
    </message>
    <message>
        <source>The lunch break ends (%1) before it starts (%2); set an end after the start.</source>
        <translation>午休结束时间（%1）早于开始时间（%2），请设置晚于开始时间的结束时间。</translation>
    </message>
    <message>
        <source>The lunch break %1–%2 lies outside the opening hours %3–%4; move the break inside them or change the opening hours.</source>
        <translation>午休 %1–%2 不在工作时间 %3–%4 之内，请把午休移到工作时间内，或修改工作时间。</translation>
    </message>
    <message>
        <source>The lunch break %1–%2 takes the whole of the opening hours, which leaves no working time; shorten the break.</source>
        <translation>午休 %1–%2 占满了整个工作时间，没有剩余的工作时间，请缩短午休。</translation>
    </message>
    <message>
        <source>Weekend day %1 is not a day of the week; use 1 (Monday) to 7 (Sunday).</source>
        <translation>周末日 %1 不是有效的星期几，请使用 1（星期一）到 7（星期日）。</translation>
    </message>
    <message>
        <source>Every day of the week is a weekend day, so no deadline could ever fall; leave at least one working day in the week.</source>
        <translation>一周每天都是周末，任何期限都无法到期，请在一周中至少保留一个工作日。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a time; write it as HH:MM, for example 08:30.</source>
        <translation>%1 的值「%2」不是有效的时间，请按 HH:MM 格式填写，例如 08:30。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date; write it as YYYY-MM-DD, for example 2026-10-01.</source>
        <translation>%1 的值「%2」不是有效的日期，请按 YYYY-MM-DD 格式填写，例如 2026-10-01。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a known time zone; use an IANA zone name such as Asia/Shanghai.</source>
        <translation>%1 的值「%2」不是已知的时区，请使用 IANA 时区名称，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must list days of the week as numbers from 1 (Monday) to 7 (Sunday) separated by commas, for example 6,7.</source>
        <translation>%1 的值「%2」必须用数字 1（星期一）到 7（星期日）列出星期几，以英文逗号分隔，例如 6,7。</translation>
    </message>
    <message>
        <source>The calendar file is not valid JSON (%1 at offset %2); fix the file.</source>
        <translation>日历文件不是有效的 JSON（偏移量 %2 处：%1），请修正该文件。</translation>
    </message>
    <message>
        <source>%1.year is missing or not a year; write it as a number such as 2026.</source>
        <translation>%1.year 缺失或不是有效的年份，请写成数字，例如 2026。</translation>
    </message>
    <message>
        <source>%1 runs from %2 to %3, which is backwards or outside %4; fix the dates.</source>
        <translation>%1 的日期范围 %2 至 %3 起止颠倒或超出 %4 年，请修正日期。</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>The calendar file %1 cannot be read: %2</source>
        <translation>无法读取日历文件 %1：%2</translation>
    </message>
    <message>
        <source>The calendar file %1 is not valid: %2</source>
        <translation>日历文件 %1 无效：%2</translation>
    </message>
    <message>
        <source>Could not read the calendar&apos;s holidays: %1</source>
        <translation>无法读取日历中的节假日：%1</translation>
    </message>
    <message>
        <source>Could not read the calendar&apos;s years: %1</source>
        <translation>无法读取日历中的年份：%1</translation>
    </message>
    <message>
        <source>The date is missing or not a real date; write it as YYYY-MM-DD, for example 2026-10-01.</source>
        <translation>日期缺失或不是有效日期，请按 YYYY-MM-DD 格式填写，例如 2026-10-01。</translation>
    </message>
    <message>
        <source>%1 is neither a holiday nor a swapped working day in the calendar, so there is nothing to remove.</source>
        <translation>%1 在日历中既不是节假日，也不是调休工作日，无需删除。</translation>
    </message>
    <message>
        <source>%1 is not a year; give a year such as 2027.</source>
        <translation>%1 不是有效的年份，请填写年份，例如 2027。</translation>
    </message>
    <message>
        <source>%1 is not in %2; list only that year&apos;s days, or add the year it belongs to separately.</source>
        <translation>%1 不在 %2 年内，请只列出该年的日期，或单独添加它所属的年份。</translation>
    </message>
</context>
<context>
    <name>Call</name>
    <message>
        <source>The ring time of the call is missing; record when the line rang.</source>
        <translation>缺少来电的响铃时间，请记录线路响铃的时间。</translation>
    </message>
    <message>
        <source>The call is answered before it rang; check the answer time.</source>
        <translation>接听时间早于响铃时间，请检查接听时间。</translation>
    </message>
    <message>
        <source>The ring count cannot be negative.</source>
        <translation>响铃次数不能为负数。</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>呼叫方向</translation>
    </message>
    <message>
        <source>call summary</source>
        <translation>通话摘要</translation>
    </message>
</context>
<context>
    <name>CallRepository</name>
    <message>
        <source>The call %1 does not exist; it may have been deleted.</source>
        <translation>通话 %1 不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>CallbackPolicy</name>
    <message>
        <source>&apos;%1&apos; is not an outlet kind; use %2.</source>
        <translation>「%1」不是网点类别；请使用 %2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>callback share of %1</source>
        <translation>%1 的回访比例</translation>
    </message>
    <message>
        <source>default callback share</source>
        <translation>默认回访比例</translation>
    </message>
    <message>
        <source>hours before an unreachable customer is tried again</source>
        <translation>联系不上的用户再次回访前的小时数</translation>
    </message>
    <message>
        <source>callback attempts</source>
        <translation>回访尝试次数</translation>
    </message>
    <message>
        <source>rating score that becomes a complaint</source>
        <translation>转为投诉的评分</translation>
    </message>
</context>
<context>
    <name>CallbackRecord</name>
    <message>
        <source>The callback has no due day; it is due the day after the fault was resolved.</source>
        <translation>该回访缺少应回访日期；回访应在故障解决后的次日进行。</translation>
    </message>
    <message>
        <source>problem form</source>
        <translation>问题处理表</translation>
    </message>
    <message>
        <source>form number</source>
        <translation>处理表编号</translation>
    </message>
    <message>
        <source>acceptor phone</source>
        <translation>受理人电话</translation>
    </message>
    <message>
        <source>acceptor name</source>
        <translation>受理人姓名</translation>
    </message>
    <message>
        <source>callback outcome</source>
        <translation>回访结论</translation>
    </message>
    <message>
        <source>callback result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>工程评价</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>callback state</source>
        <translation>回访状态</translation>
    </message>
</context>
<context>
    <name>CallbackRepository</name>
    <message>
        <source>The callback %1 does not exist; it may have been deleted.</source>
        <translation>回访记录 %1 不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>CallbackWorkflow</name>
    <message>
        <source>The callback of form %1 is already done; nothing to record.</source>
        <translation>问题处理表 %1 的回访已完成；无需再记录。</translation>
    </message>
    <message>
        <source>Choose the callback outcome: working, not working or unreachable.</source>
        <translation>请选择回访结论：运行正常、仍有故障或联系不上。</translation>
    </message>
    <message>
        <source>callback outcome</source>
        <translation>回访结论</translation>
    </message>
    <message>
        <source>the customer&apos;s own words</source>
        <translation>用户原话</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>fault level</source>
        <translation>故障等级</translation>
    </message>
    <message>
        <source>repairer</source>
        <translation>维修人</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>technical manager</source>
        <translation>技术经理</translation>
    </message>
    <message>
        <source>%1 was tried at %2 and did not answer; call again after %3, not before: the same number is not dialled again and again.</source>
        <translation>%1 已于 %2 拨打但无人接听；请在 %3 之后再拨，不要提前：同一号码不应反复拨打。</translation>
    </message>
    <message>
        <source>Unreachable after %1 attempts.</source>
        <translation>尝试 %1 次后仍联系不上。</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Technical quality</source>
        <translation>技术质量</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其它</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>complaint number</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>complaining unit</source>
        <translation>投诉单位</translation>
    </message>
    <message>
        <source>complaint matter</source>
        <translation>投诉事项</translation>
    </message>
    <message>
        <source>contact method</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>complaint state</source>
        <translation>投诉状态</translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <source>report number</source>
        <translation>汇报单编号</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>用户姓名</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>complaint description</source>
        <translation>投诉描述</translation>
    </message>
    <message>
        <source>handling method</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <source>cause of the incident</source>
        <translation>事故发生原因</translation>
    </message>
    <message>
        <source>penalty opinion</source>
        <translation>处罚意见</translation>
    </message>
    <message>
        <source>callback result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>remarks</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>The complaint %1 does not exist; it may have been deleted.</source>
        <translation>投诉 %1 不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The complaint report %1 does not exist.</source>
        <translation>投诉处理汇报单 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>ComplaintWorkflow</name>
    <message>
        <source>Complaint %1 was forwarded to your department by %2: %3. Reply in writing within 2 working days; the customer is called back by %4.</source>
        <translation>投诉 %1 已由 %2 转至您的部门：%3。请在 2 个工作日内书面答复；须在 %4 前回访用户。</translation>
    </message>
    <message>
        <source>Complaint %1 is closed; a dissatisfied callback reopens it.</source>
        <translation>投诉 %1 已关闭；回访不满意时会重新打开。</translation>
    </message>
    <message>
        <source>handling method</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>the customer&apos;s own words</source>
        <translation>用户原话</translation>
    </message>
    <message>
        <source>Complaint %1 has no handling report for round %2 yet; the department writes the report before the callback.</source>
        <translation>投诉 %1 第 %2 轮还没有处理汇报单；回访前须由部门填写汇报单。</translation>
    </message>
    <message>
        <source>Complaint %1 has no handling report yet.</source>
        <translation>投诉 %1 还没有处理汇报单。</translation>
    </message>
    <message>
        <source>Complaint %1 goes round again (round %2): the customer is not satisfied: %3</source>
        <translation>投诉 %1 再次处理（第 %2 轮）：用户不满意：%3</translation>
    </message>
    <message>
        <source>Very low rating of %1 (technical level %2, service attitude %3): %4</source>
        <translation>%1 的评分很低（技术水平 %2，服务态度 %3）：%4</translation>
    </message>
    <message>
        <source>the engineer</source>
        <translation>该工程师</translation>
    </message>
    <message>
        <source>no comment</source>
        <translation>无意见</translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>caller name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <source>caller phone</source>
        <translation>来电人电话</translation>
    </message>
    <message>
        <source>description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>advice given</source>
        <translation>给出的建议</translation>
    </message>
    <message>
        <source>status</source>
        <translation>处理状态</translation>
    </message>
</context>
<context>
    <name>ConsultationRepository</name>
    <message>
        <source>The consultation %1 does not exist; it may have been deleted.</source>
        <translation>咨询记录 %1 不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>ConsultationWorkflow</name>
    <message>
        <source>advice given</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>This consultation is already finished.</source>
        <translation>此咨询已完成。</translation>
    </message>
    <message>
        <source>This consultation is not waiting for a test result.</source>
        <translation>此咨询没有在等待测试结果。</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>customer name</source>
        <translation>用户姓名</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>The customer %1 does not exist; it may have been deleted.</source>
        <translation>用户 %1 不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given. Name one with --db FILE.</source>
        <translation>未指定数据库文件。请用 --db FILE 指定。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Name a file with --db FILE.</source>
        <translation>%1 是文件夹，不是数据库文件。请用 --db FILE 指定一个文件。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create it first with: threerings --db %1 init</source>
        <translation>数据库文件 %1 不存在。请先用以下命令创建：threerings --db %1 init</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it or choose another place for the database.</source>
        <translation>文件夹 %1 不存在。请创建该文件夹，或为数据库另选位置。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Give this account write permission to it, or copy it to a writable folder.</source>
        <translation>数据库文件 %1 是只读的。请给此账户授予该文件的写权限，或将其复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and SQLite needs to write its journal beside the database. Give this account write permission to the folder.</source>
        <translation>文件夹 %1 是只读的，而 SQLite 需要在数据库旁写入日志文件。请给此账户授予该文件夹的写权限。</translation>
    </message>
    <message>
        <source>%1 is not a ThreeRings database, or its header is damaged. It was left untouched; restore the latest backup from %2.</source>
        <translation>%1 不是 ThreeRings 数据库，或其文件头已损坏。文件未作任何改动；请从 %2 恢复最新的备份。</translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation>无法打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>The database file %1 is locked by another program. Close the other console or command using it, then try again.</source>
        <translation>数据库文件 %1 被另一个程序锁定。请关闭正在使用它的其他控制台或命令，然后重试。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (%2). It was left untouched; restore the latest backup from %3.</source>
        <translation>数据库文件 %1 已损坏（%2）。文件未作任何改动；请从 %3 恢复最新的备份。</translation>
    </message>
    <message>
        <source>The database file %1 was written by a newer ThreeRings (schema %2; this build knows up to %3). It was left untouched; install the newer ThreeRings to open it.</source>
        <translation>数据库文件 %1 由较新版本的 ThreeRings 写入（结构版本 %2；当前版本最高支持 %3）。文件未作任何改动；请安装新版 ThreeRings 后再打开。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a ThreeRings database. It was left untouched; name another file with --db FILE.</source>
        <translation>%1 是其他程序的 SQLite 文件，不是 ThreeRings 数据库。文件未作任何改动；请用 --db FILE 指定其他文件。</translation>
    </message>
    <message>
        <source>The database file %1 is locked by another program, so it cannot be upgraded now. Close the other console or command using it, then try again.</source>
        <translation>数据库文件 %1 被另一个程序锁定，目前无法升级。请关闭正在使用它的其他控制台或命令，然后重试。</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 (%3) failed: %4. Nothing was changed.</source>
        <translation>将 %1 升级到结构版本 %2（%3）失败：%4。未作任何更改。</translation>
    </message>
    <message>
        <source>Upgrading %1 failed while committing: %2. Nothing was changed.</source>
        <translation>升级 %1 时提交失败：%2。未作任何更改。</translation>
    </message>
    <message>
        <source>Cannot set up the database file %1: %2</source>
        <translation>无法设置数据库文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>--customers must be at least 1.</source>
        <translation>--customers 至少为 1。</translation>
    </message>
    <message>
        <source>--calls must not be negative.</source>
        <translation>--calls 不能为负数。</translation>
    </message>
    <message>
        <source>The database already holds %1 customers; demo data only fills an empty database. Name a new file with --db.</source>
        <translation>数据库中已有 %1 个用户；演示数据只能填入空数据库。请用 --db 指定一个新文件。</translation>
    </message>
    <message>
        <source>Taken by phone; details read back to the caller and confirmed.</source>
        <translation>电话受理；已向来电人复述详情并确认。</translation>
    </message>
    <message>
        <source>Handled in time; callback confirmed.</source>
        <translation>已及时处理；回访确认。</translation>
    </message>
    <message>
        <source>Apologised, sent the engineer again, followed up with the outlet.</source>
        <translation>已致歉，再次派工程师上门，并跟进网点。</translation>
    </message>
    <message>
        <source>Spare part not in stock at the outlet; the visit was late.</source>
        <translation>网点无配件库存，上门服务延误。</translation>
    </message>
    <message>
        <source>Verbal warning for the outlet engineer.</source>
        <translation>对网点工程师予以口头警告。</translation>
    </message>
</context>
<context>
    <name>Department</name>
    <message>
        <source>department name</source>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>department kind</source>
        <translation>部门类型</translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>The department %1 does not exist; it may have been deleted.</source>
        <translation>部门 %1 不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>There is no department named %1.</source>
        <translation>没有名为 %1 的部门。</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>customer of the device</source>
        <translation>设备所属用户</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>序列号</translation>
    </message>
</context>
<context>
    <name>DeviceRepository</name>
    <message>
        <source>The device %1 does not exist; it may have been deleted.</source>
        <translation>设备 %1 不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Sign in first: drafts are kept per person.</source>
        <translation>请先登录：草稿按人员保存。</translation>
    </message>
    <message>
        <source>A draft needs the kind of form it belongs to.</source>
        <translation>草稿需要注明所属的表单类别。</translation>
    </message>
    <message>
        <source>The draft is larger than 1 MB; shorten the longest text field.</source>
        <translation>草稿超过 1 MB；请缩短最长的文本字段。</translation>
    </message>
    <message>
        <source>Could not save the draft: %1. The form is still open; try again.</source>
        <translation>无法保存草稿：%1。表单仍然打开；请重试。</translation>
    </message>
    <message>
        <source>Could not read the drafts: %1</source>
        <translation>无法读取草稿：%1</translation>
    </message>
    <message>
        <source>Could not discard the draft: %1</source>
        <translation>无法丢弃草稿：%1</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>&apos;%1&apos; is not a kind of record that can be exported; choose one of: %2.</source>
        <translation>「%1」不是可导出的记录类型，请从以下类型中选择：%2。</translation>
    </message>
    <message>
        <source>The first day %1 comes after the last day %2; swap them.</source>
        <translation>起始日 %1 晚于结束日 %2，请对调两者。</translation>
    </message>
    <message>
        <source>Could not read the %1 for the export: %2</source>
        <translation>导出时无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Could not write the export: %1. Check the disk space and the --out file.</source>
        <translation>无法写入导出文件：%1。请检查磁盘空间和 --out 指定的文件。</translation>
    </message>
    <message>
        <source>Reading the %1 stopped: %2</source>
        <translation>读取 %1 时中断：%2</translation>
    </message>
</context>
<context>
    <name>FormNumber</name>
    <message>
        <source>&apos;%1&apos; is not a form number; it reads YYYYMMDD-&lt;job number&gt;-&lt;serial&gt;, for example 20261125-1007-003.</source>
        <translation>「%1」不是有效的表单编号；编号格式为 YYYYMMDD-&lt;工号&gt;-&lt;流水号&gt;，例如 20261125-1007-003。</translation>
    </message>
</context>
<context>
    <name>FormServices</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>due %1 · late by %2 working time</source>
        <translation>期限 %1 · 已超时 %2 工作时间</translation>
    </message>
    <message>
        <source>due %1 · %2 working time left</source>
        <translation>期限 %1 · 剩余 %2 工作时间</translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转交</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已拟定方案</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>ThreeRings cannot open its database</source>
        <translation>ThreeRings 无法打开数据库</translation>
    </message>
</context>
<context>
    <name>KbEntry</name>
    <message>
        <source>The kind &quot;%1&quot; is not a knowledge-base kind; use solution, directory or price.</source>
        <translation>「%1」不是知识库类别；请使用 solution、directory 或 price。</translation>
    </message>
    <message>
        <source>The entry has no title; give it one the agent will search for.</source>
        <translation>条目没有标题；请填写一个坐席会用来搜索的标题。</translation>
    </message>
</context>
<context>
    <name>KnowledgeRepository</name>
    <message>
        <source>The knowledge-base entry %1 does not exist; it may have been deleted.</source>
        <translation>知识库条目 %1 不存在；可能已被删除。</translation>
    </message>
    <message>
        <source>Line %1: the knowledge base is not valid JSON (%2); fix the text there.</source>
        <translation>第 %1 行：知识库不是有效的 JSON（%2）；请修改该处文本。</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>The starter knowledge base is missing from this build.</source>
        <translation>此版本缺少初始知识库。</translation>
    </message>
</context>
<context>
    <name>MyWork</name>
    <message>
        <source>transfer due</source>
        <translation>转交期限</translation>
    </message>
    <message>
        <source>result due</source>
        <translation>结果期限</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>test result awaited</source>
        <translation>等待测试结果</translation>
    </message>
    <message>
        <source>complaint callback</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>complaint reply</source>
        <translation>投诉答复</translation>
    </message>
    <message>
        <source>Transfer %1 (%2) to a handler</source>
        <translation>将 %1（%2）转交处理人</translation>
    </message>
    <message>
        <source>Late: transfer it now and call the customer with the apology script.</source>
        <translation>已超时：请立即转交，并按致歉话术致电用户。</translation>
    </message>
    <message>
        <source>Transfer it to a handler.</source>
        <translation>请转交处理人。</translation>
    </message>
    <message>
        <source>Result of %1 (%2)</source>
        <translation>%1（%2）的处理结果</translation>
    </message>
    <message>
        <source>Result of %1 from %2</source>
        <translation>%2 对 %1 的处理结果</translation>
    </message>
    <message>
        <source>the department</source>
        <translation>该部门</translation>
    </message>
    <message>
        <source>Late: record the result now.</source>
        <translation>已超时：请立即记录处理结果。</translation>
    </message>
    <message>
        <source>Record the plan and the result.</source>
        <translation>请记录处理方案和处理结果。</translation>
    </message>
    <message>
        <source>Late: chase the handler and call the customer with the apology script.</source>
        <translation>已超时：请催促处理人，并按致歉话术致电用户。</translation>
    </message>
    <message>
        <source>Wait for the handler&apos;s result.</source>
        <translation>等待处理人的处理结果。</translation>
    </message>
    <message>
        <source>Call back %1 about %2</source>
        <translation>就 %2 回访 %1</translation>
    </message>
    <message>
        <source>Unreachable %1 times; try again after %2.</source>
        <translation>已 %1 次联系不上；请在 %2 之后再试。</translation>
    </message>
    <message>
        <source>Call with the callback script; write down the customer&apos;s own words.</source>
        <translation>请按回访话术致电；如实记录用户原话。</translation>
    </message>
    <message>
        <source>Finish the consultation of %1 (%2)</source>
        <translation>完成 %1（%2）的咨询</translation>
    </message>
    <message>
        <source>Left unfinished by the previous shift; finish it and record the advice.</source>
        <translation>上一班未完成；请完成并记录处理建议。</translation>
    </message>
    <message>
        <source>Test result of %1 (%2)</source>
        <translation>%1（%2）的测试结果</translation>
    </message>
    <message>
        <source>No report by then: it closes itself as solved.</source>
        <translation>到期未反馈：将自动按已解决关闭。</translation>
    </message>
    <message>
        <source>Call back %1 about complaint %2</source>
        <translation>就投诉 %2 回访 %1</translation>
    </message>
    <message>
        <source>The report is in: call the customer back.</source>
        <translation>汇报单已到：请回访用户。</translation>
    </message>
    <message>
        <source>Waiting for the department&apos;s report.</source>
        <translation>等待部门的汇报单。</translation>
    </message>
    <message>
        <source>Reply to complaint %1 (round %2)</source>
        <translation>答复投诉 %1（第 %2 轮）</translation>
    </message>
    <message>
        <source>Write the handling report: cause, handling method, penalty opinion.</source>
        <translation>请填写处理汇报单：原因、处理方式、处罚意见。</translation>
    </message>
</context>
<context>
    <name>NotificationRepository</name>
    <message>
        <source>A notification needs a recipient: a person or a department.</source>
        <translation>通知需要接收方：人员或部门。</translation>
    </message>
    <message>
        <source>The notification %1 does not exist.</source>
        <translation>通知 %1 不存在。</translation>
    </message>
    <message>
        <source>This notification is for someone else; only its recipient marks it read.</source>
        <translation>此通知属于他人；只有接收人可以标为已读。</translation>
    </message>
</context>
<context>
    <name>Outlet</name>
    <message>
        <source>outlet code</source>
        <translation>网点代码</translation>
    </message>
    <message>
        <source>outlet name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <source>outlet kind</source>
        <translation>网点类型</translation>
    </message>
    <message>
        <source>outlet phone</source>
        <translation>网点电话</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>OutletRepository</name>
    <message>
        <source>The outlet %1 does not exist; it may have been deleted.</source>
        <translation>网点 %1 不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>There is no outlet with the code %1.</source>
        <translation>没有代码为 %1 的网点。</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password is empty; choose one of at least %1 characters.</source>
        <translation>密码为空；请设置至少 %1 个字符的密码。</translation>
    </message>
    <message>
        <source>The password is only spaces; choose one of at least %1 characters with letters or digits.</source>
        <translation>密码只有空格；请设置至少 %1 个字符、包含字母或数字的密码。</translation>
    </message>
    <message>
        <source>The password is too short (%1 characters); it needs at least %2.</source>
        <translation>密码太短（%1 个字符）；至少需要 %2 个字符。</translation>
    </message>
    <message>
        <source>The password is too long; use at most %1 characters.</source>
        <translation>密码太长；最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The password library could not start; reinstall ThreeRings.</source>
        <translation>密码组件无法启动；请重新安装 ThreeRings。</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password; close other programs and try again.</source>
        <translation>内存不足，无法保护密码；请关闭其他程序后重试。</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Type it again: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The two passwords differ; run the command again and type the same one twice.</source>
        <translation>两次输入的密码不一致；请重新运行命令，并两次输入相同的密码。</translation>
    </message>
    <message>
        <source>No password came on standard input; pipe it in, for example: echo &apos;PASSWORD&apos; | threerings …</source>
        <translation>标准输入中没有密码；请通过管道传入，例如：echo &apos;PASSWORD&apos; | threerings …</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Sign in first: only a signed-in person may %1.</source>
        <translation>请先登录：只有已登录的人员才能%1。</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the role %3. Ask an admin for the role, or ask someone who has it.</source>
        <translation>%1 不能%2：需要 %3 角色。请向管理员申请该角色，或请有该角色的人员操作。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>see the hotline&apos;s records (a trainee sees practice data only)</source>
        <translation>查看热线记录（学员只能看到练习数据）</translation>
    </message>
    <message>
        <source>fill in or change the hotline&apos;s forms</source>
        <translation>填写或修改热线表单</translation>
    </message>
    <message>
        <source>review problem forms</source>
        <translation>审核问题处理表</translation>
    </message>
    <message>
        <source>read the penalty opinions of complaint reports</source>
        <translation>查看投诉处理汇报单中的处罚意见</translation>
    </message>
    <message>
        <source>write the penalty opinions of complaint reports</source>
        <translation>填写投诉处理汇报单中的处罚意见</translation>
    </message>
    <message>
        <source>export the hotline&apos;s records</source>
        <translation>导出热线记录</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>列出账户</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>change the scripts and phrase lists</source>
        <translation>修改话术脚本和用语列表</translation>
    </message>
    <message>
        <source>change the business calendar</source>
        <translation>修改工作日历</translation>
    </message>
    <message>
        <source>run practice calls</source>
        <translation>进行练习通话</translation>
    </message>
    <message>
        <source>write and score practice scenarios</source>
        <translation>编写练习场景并评分</translation>
    </message>
    <message>
        <source>record the handling plan or result of a problem form</source>
        <translation>记录问题处理表的处理方案或处理结果</translation>
    </message>
    <message>
        <source>see another person&apos;s work list</source>
        <translation>查看他人的待办列表</translation>
    </message>
    <message>
        <source>change the callback policy</source>
        <translation>修改回访策略</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>No phone number was given; enter one such as 13812345678 or 0532-88886666.</source>
        <translation>未填写电话号码，请输入号码，例如 13812345678 或 0532-88886666。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number; enter digits such as 13812345678, or a landline with its area code such as 0532-88886666.</source>
        <translation>「%1」不是电话号码，请输入数字，例如 13812345678；固定电话请带区号，例如 0532-88886666。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid phone number: check the number of digits, and give a landline its area code (0532-88886666), a mobile all 11 digits (13812345678), or a foreign number its country code (+44 …).</source>
        <translation>「%1」不是有效的电话号码：请检查位数；固定电话须带区号（0532-88886666），手机须为完整的 11 位（13812345678），境外号码须带国家代码（+44 …）。</translation>
    </message>
</context>
<context>
    <name>PhraseList</name>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Line %1: the phrase list is not valid JSON (%2); fix the text there.</source>
        <translation>第 %1 行：用语列表不是有效的 JSON（%2）；请修改该处文本。</translation>
    </message>
    <message>
        <source>Line 1: a phrase list is a JSON object with &quot;language&quot;, &quot;banned&quot;, &quot;standard&quot; and &quot;complaint_order&quot;.</source>
        <translation>第 1 行：用语列表应是包含 &quot;language&quot;、&quot;banned&quot;、&quot;standard&quot; 和 &quot;complaint_order&quot; 的 JSON 对象。</translation>
    </message>
    <message>
        <source>give the language of the list, e.g. &quot;zh_CN&quot;.</source>
        <translation>请给出列表的语言，例如 &quot;zh_CN&quot;。</translation>
    </message>
    <message>
        <source>give the banned phrases as an array of {&quot;phrase&quot;, &quot;suggestion&quot;} objects.</source>
        <translation>请以 {&quot;phrase&quot;, &quot;suggestion&quot;} 对象数组的形式给出服务禁语。</translation>
    </message>
    <message>
        <source>the phrase is empty; write the words to catch.</source>
        <translation>用语为空；请写出要拦截的词句。</translation>
    </message>
    <message>
        <source>say what to say instead of &quot;%1&quot;.</source>
        <translation>请写出代替「%1」的说法。</translation>
    </message>
    <message>
        <source>a standard phrase is a non-empty text.</source>
        <translation>标准用语必须是非空文本。</translation>
    </message>
    <message>
        <source>name the step.</source>
        <translation>请为该步骤命名。</translation>
    </message>
    <message>
        <source>Cannot read the phrase list %1: %2. Check the path.</source>
        <translation>无法读取用语列表 %1：%2。请检查路径。</translation>
    </message>
</context>
<context>
    <name>PhraseRepository</name>
    <message>
        <source>The stored phrase list of %1 is damaged (%2); import it again.</source>
        <translation>%1 已保存的用语列表已损坏（%2）；请重新导入。</translation>
    </message>
</context>
<context>
    <name>ProblemForm</name>
    <message>
        <source>The category is missing; choose technical quality, service, sales or other.</source>
        <translation>未选择类别，请选择技术质量、服务、销售或其它。</translation>
    </message>
    <message>
        <source>The form has no contact phone; enter the mobile or the office phone so the handler can call back.</source>
        <translation>表单中没有联系电话，请填写手机或办公电话，以便处理人回电。</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>用户姓名</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>event description</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <source>person consulted</source>
        <translation>所询人员</translation>
    </message>
    <message>
        <source>acceptance record</source>
        <translation>受理统计</translation>
    </message>
    <message>
        <source>handling plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>handling result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>review</source>
        <translation>审核意见</translation>
    </message>
</context>
<context>
    <name>ProblemFormRepository</name>
    <message>
        <source>The agent of the form (%1) is not a known person; choose the agent from the list of people.</source>
        <translation>表单的坐席（%1）不是已登记的人员，请从人员列表中选择坐席。</translation>
    </message>
    <message>
        <source>The problem form %1 does not exist; it may have been deleted.</source>
        <translation>问题处理表 %1 不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>There is no problem form numbered %1.</source>
        <translation>没有编号为 %1 的问题处理表。</translation>
    </message>
</context>
<context>
    <name>ProblemFormWorkflow</name>
    <message>
        <source>The form %1 is already %2; only a newly accepted form is transferred.</source>
        <translation>问题处理表 %1 已是%2；只有刚受理的表单才能转交。</translation>
    </message>
    <message>
        <source>The form %1 has not been transferred yet; transfer it to a handler before the plan.</source>
        <translation>问题处理表 %1 尚未转交；请先转交处理人再填写处理方案。</translation>
    </message>
    <message>
        <source>The form %1 is already %2; its plan can no longer change. A failed callback reopens it.</source>
        <translation>问题处理表 %1 已是%2；处理方案不能再修改。回访未通过时会重新打开。</translation>
    </message>
    <message>
        <source>The form %1 has not been transferred yet; transfer it and record the plan before the result.</source>
        <translation>问题处理表 %1 尚未转交；请先转交并记录处理方案，再记录处理结果。</translation>
    </message>
    <message>
        <source>The form %1 has no handling plan yet; record the plan before the result.</source>
        <translation>问题处理表 %1 还没有处理方案；请先记录处理方案，再记录处理结果。</translation>
    </message>
    <message>
        <source>The form %1 is already %2.</source>
        <translation>问题处理表 %1 已是%2。</translation>
    </message>
    <message>
        <source>The form %1 is already reviewed.</source>
        <translation>问题处理表 %1 已审核。</translation>
    </message>
    <message>
        <source>The form %1 has no result yet; the handler records the result before the review.</source>
        <translation>问题处理表 %1 还没有处理结果；审核前须由处理人记录结果。</translation>
    </message>
    <message>
        <source>The form %1 is %2, not resolved; only a resolved form is reopened by a callback.</source>
        <translation>问题处理表 %1 是%2，不是已解决；只有已解决的表单才会因回访而重新打开。</translation>
    </message>
    <message>
        <source>The form %1 cannot go back to accepted.</source>
        <translation>问题处理表 %1 不能退回到已受理。</translation>
    </message>
    <message>
        <source>Choose the handler (a person or a department) to transfer the form to.</source>
        <translation>请选择要转交的处理人（人员或部门）。</translation>
    </message>
    <message>
        <source>The handler %1 is not a known person; choose the handler from the list.</source>
        <translation>处理人 %1 不是已知人员；请从列表中选择处理人。</translation>
    </message>
    <message>
        <source>Problem form %1 was transferred to you by %2; the result is due %3.</source>
        <translation>问题处理表 %1 已由 %2 转交给您；处理结果期限为 %3。</translation>
    </message>
    <message>
        <source>handling plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>handling result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>the fault is still there</source>
        <translation>故障仍然存在</translation>
    </message>
    <message>
        <source>Problem form %1 was reopened by %2 after the callback: %3. Handle it again; the result is due %4.</source>
        <translation>问题处理表 %1 在回访后已由 %2 重新打开：%3。请重新处理；处理结果期限为 %4。</translation>
    </message>
    <message>
        <source>%1 working hours late</source>
        <translation>已超时 %1 个工作小时</translation>
    </message>
    <message>
        <source>Form %1 is not with a handler yet (%2): transfer it now, and call the customer with the apology script to say it is in progress.</source>
        <translation>问题处理表 %1 尚未转交处理人（%2）：请立即转交，并按致歉话术致电用户，告知正在处理。</translation>
    </message>
    <message>
        <source>Form %1 has no result (%2): chase %3, and call the customer with the apology script to say it is in progress.</source>
        <translation>问题处理表 %1 还没有处理结果（%2）：请催促 %3，并按致歉话术致电用户，告知正在处理。</translation>
    </message>
    <message>
        <source>the handling department</source>
        <translation>处理部门</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>project type</source>
        <translation>项目类型</translation>
    </message>
    <message>
        <source>technical level score</source>
        <translation>技术水平评分</translation>
    </message>
    <message>
        <source>service attitude score</source>
        <translation>服务态度评分</translation>
    </message>
    <message>
        <source>rater</source>
        <translation>评定人</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>评语</translation>
    </message>
</context>
<context>
    <name>RatingRepository</name>
    <message>
        <source>The rating %1 does not exist; it may have been deleted.</source>
        <translation>评分记录 %1 不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Could not record the change for replication: %1</source>
        <translation>无法记录此更改以供数据同步：%1</translation>
    </message>
    <message>
        <source>Could not save the new %1 record: %2</source>
        <translation>无法保存新的 %1 记录：%2</translation>
    </message>
    <message>
        <source>Could not read the %1 record: %2</source>
        <translation>无法读取 %1 记录：%2</translation>
    </message>
    <message>
        <source>The %1 record %2 no longer exists.</source>
        <translation>%1 记录 %2 已不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this %1 record after you opened it. Reopen it to see their change, then make yours again.</source>
        <translation>在您打开此 %1 记录后，其他人修改了它。请重新打开以查看对方的修改，然后再次进行您的修改。</translation>
    </message>
    <message>
        <source>Could not save the %1 record: %2</source>
        <translation>无法保存 %1 记录：%2</translation>
    </message>
    <message>
        <source>Could not delete the %1 record: %2</source>
        <translation>无法删除 %1 记录：%2</translation>
    </message>
    <message>
        <source>Could not prepare a write: %1</source>
        <translation>无法准备写入：%1</translation>
    </message>
    <message>
        <source>Could not write the audit trail: %1</source>
        <translation>无法写入审计记录：%1</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>This %1 record was never saved, so it cannot be changed; save it first.</source>
        <translation>此 %1 记录从未保存，因此无法修改，请先保存。</translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>key: &quot;%1&quot; is not a script key; use lower-case letters, digits and _, e.g. &quot;incoming&quot;.</source>
        <translation>key：「%1」不是有效的脚本标识；请使用小写字母、数字和 _，例如 &quot;incoming&quot;。</translation>
    </message>
    <message>
        <source>steps: the script %1 has no steps; add at least one.</source>
        <translation>steps：脚本 %1 没有步骤；请至少添加一个。</translation>
    </message>
    <message>
        <source>%1.id: every step needs its own id (&quot;%2&quot; is empty or used twice).</source>
        <translation>%1.id：每个步骤都需要唯一的 id（「%2」为空或重复）。</translation>
    </message>
    <message>
        <source>%1.words: the step %2 has no words; write what the agent says.</source>
        <translation>%1.words：步骤 %2 没有话术；请写出坐席要说的话。</translation>
    </message>
    <message>
        <source>%1.branches[%2].key: give the answer a key, e.g. &quot;working&quot;.</source>
        <translation>%1.branches[%2].key：请为该回答指定标识，例如 &quot;working&quot;。</translation>
    </message>
    <message>
        <source>%1.words: unknown placeholder {%2}; the known ones are %3.</source>
        <translation>%1.words：未知的占位符 {%2}；可用的有 %3。</translation>
    </message>
    <message>
        <source>the kind must be one of incoming, callback, complaint, practice.</source>
        <translation>类别必须是 incoming、callback、complaint、practice 之一。</translation>
    </message>
    <message>
        <source>give the script&apos;s language, e.g. &quot;zh_CN&quot;.</source>
        <translation>请给出脚本的语言，例如 &quot;zh_CN&quot;。</translation>
    </message>
    <message>
        <source>give the steps as an array of objects.</source>
        <translation>请以对象数组的形式给出步骤。</translation>
    </message>
    <message>
        <source>a step is an object with &quot;id&quot; and &quot;words&quot;.</source>
        <translation>步骤是包含 &quot;id&quot; 和 &quot;words&quot; 的对象。</translation>
    </message>
    <message>
        <source>write true or false.</source>
        <translation>请填写 true 或 false。</translation>
    </message>
    <message>
        <source>Line %1: the script is not valid JSON (%2); fix the text there.</source>
        <translation>第 %1 行：脚本不是有效的 JSON（%2）；请修改该处文本。</translation>
    </message>
    <message>
        <source>Line 1: a script file is a JSON object: one script, or {&quot;scripts&quot;: [...]}.</source>
        <translation>第 1 行：脚本文件应是一个 JSON 对象：单个脚本，或 {&quot;scripts&quot;: [...]}。</translation>
    </message>
    <message>
        <source>the file holds no scripts; add at least one.</source>
        <translation>文件中没有脚本；请至少添加一个。</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice.</source>
        <translation>标识「%1」重复使用。</translation>
    </message>
    <message>
        <source>The shipped scripts %1 are missing from this build.</source>
        <translation>此版本缺少随附的脚本 %1。</translation>
    </message>
</context>
<context>
    <name>ScriptCondition</name>
    <message>
        <source>the condition &quot;%1&quot; is not of the form &lt;fact&gt; &lt;op&gt; &lt;number&gt;, e.g. &quot;answered_after_ring &gt; 3&quot; (op: &gt; &gt;= &lt; &lt;= == !=).</source>
        <translation>条件「%1」不符合 &lt;事实&gt; &lt;运算符&gt; &lt;数字&gt; 的格式，例如 &quot;answered_after_ring &gt; 3&quot;（运算符：&gt; &gt;= &lt; &lt;= == !=）。</translation>
    </message>
</context>
<context>
    <name>ScriptRepository</name>
    <message>
        <source>The stored script %1 is damaged (%2); import it again.</source>
        <translation>已保存的脚本 %1 已损坏（%2）；请重新导入。</translation>
    </message>
    <message>
        <source>There is no %1 script for %2; an admin can import one.</source>
        <translation>没有适用于 %2 的 %1 脚本；管理员可以导入一个。</translation>
    </message>
    <message>
        <source>The script run names no script; give the script&apos;s key.</source>
        <translation>脚本执行记录未指明脚本；请给出脚本标识。</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Could not read the setting %1: %2</source>
        <translation>无法读取设置 %1：%2</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Start time, &quot;YYYY-MM-DD HH:MM&quot; in the calendar&apos;s time zone.</source>
        <translation>开始时间，格式为 &quot;YYYY-MM-DD HH:MM&quot;（日历所用时区）。</translation>
    </message>
    <message>
        <source>Add N working hours.</source>
        <translation>加上 N 个工作小时。</translation>
    </message>
    <message>
        <source>Add N working days.</source>
        <translation>加上 N 个工作日。</translation>
    </message>
    <message>
        <source>Print the deadline N working hours or working days after a moment, by the business calendar of the database.</source>
        <translation>按数据库中的工作日历，输出某一时刻之后 N 个工作小时或工作日的截止时间。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Run &apos;threerings calendar add --help&apos; for the options.</source>
        <translation>意外的参数「%1」。运行 &apos;threerings calendar add --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>--from is missing; give the start as &quot;YYYY-MM-DD HH:MM&quot;, for example --from &quot;2026-09-30 16:00&quot;.</source>
        <translation>缺少 --from，请按 &quot;YYYY-MM-DD HH:MM&quot; 格式给出开始时间，例如 --from &quot;2026-09-30 16:00&quot;。</translation>
    </message>
    <message>
        <source>--from &apos;%1&apos; is not a date and time; write it as &quot;YYYY-MM-DD HH:MM&quot;, for example --from &quot;2026-09-30 16:00&quot;.</source>
        <translation>--from &apos;%1&apos; 不是有效的日期时间，请按 &quot;YYYY-MM-DD HH:MM&quot; 格式填写，例如 --from &quot;2026-09-30 16:00&quot;。</translation>
    </message>
    <message>
        <source>Give exactly one of --working-hours N and --working-days N.</source>
        <translation>--working-hours N 和 --working-days N 必须且只能给出其中一个。</translation>
    </message>
    <message>
        <source>--%1 %2 is too large; give at most %3.</source>
        <translation>--%1 %2 过大，最多为 %3。</translation>
    </message>
    <message>
        <source>The business calendar has no working time at all; give it working days and opening hours first.</source>
        <translation>工作日历中没有任何工作时间，请先为其设置工作日和工作时间。</translation>
    </message>
    <message>
        <source>threerings: note: the calendar has no holiday data for %1; plain weekends were assumed there. An admin can add the year&apos;s holidays.</source>
        <translation>threerings: 注意：日历中没有 %1 年的节假日数据，该年按普通周末计算。管理员可以添加该年的节假日。</translation>
    </message>
    <message>
        <source>Usage: threerings --db FILE calendar add --from &quot;YYYY-MM-DD HH:MM&quot; (--working-hours N | --working-days N)
</source>
        <translation>用法：threerings --db FILE calendar add --from &quot;YYYY-MM-DD HH:MM&quot; (--working-hours N | --working-days N)
</translation>
    </message>
    <message>
        <source>calendar needs an action: add. Run &apos;threerings calendar --help&apos;.</source>
        <translation>calendar 需要一个操作：add。运行 &apos;threerings calendar --help&apos; 查看帮助。</translation>
    </message>
    <message>
        <source>Unknown calendar action &apos;%1&apos;; the action is add. Run &apos;threerings calendar --help&apos;.</source>
        <translation>未知的 calendar 操作「%1」；可用的操作为 add。运行 &apos;threerings calendar --help&apos; 查看帮助。</translation>
    </message>
    <message>
        <source>Usage: threerings [--db FILE] [--lang zh_CN|en] [--user JOB_NUMBER] [SUBCOMMAND ...]
With no subcommand the console starts. With one, it works headless.

Subcommands:
</source>
        <translation>用法：threerings [--db FILE] [--lang zh_CN|en] [--user JOB_NUMBER] [SUBCOMMAND ...]
不带子命令时启动控制台；带子命令时以无界面方式运行。

子命令：
</translation>
    </message>
    <message>
        <source>
Run &apos;threerings SUBCOMMAND --help&apos; for a subcommand&apos;s options.
Exit codes: 0 done, 1 a check found something, 2 usage error, 3 refused, 4 data error.
</source>
        <translation>
运行 &apos;threerings SUBCOMMAND --help&apos; 查看子命令的选项。
退出码：0 完成，1 检查发现问题，2 用法错误，3 被拒绝，4 数据错误。
</translation>
    </message>
    <message>
        <source>This subcommand needs a database: add --db FILE.</source>
        <translation>此子命令需要数据库：请添加 --db FILE。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option %1. Run &apos;threerings --help&apos; for the options.</source>
        <translation>未知选项 %1。运行 &apos;threerings --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>Unknown subcommand &apos;%1&apos;. Run &apos;threerings --help&apos; for the list.</source>
        <translation>未知子命令「%1」。运行 &apos;threerings --help&apos; 查看子命令列表。</translation>
    </message>
    <message>
        <source>create or upgrade the database; prints the schema version</source>
        <translation>创建或升级数据库；输出结构版本</translation>
    </message>
    <message>
        <source>fill an empty database with synthetic hotline data and demo accounts</source>
        <translation>向空数据库填入合成的热线数据和演示账户</translation>
    </message>
    <message>
        <source>write records as CSV or JSON lines, filtered by day</source>
        <translation>按日期筛选，以 CSV 或 JSON 行格式输出记录</translation>
    </message>
    <message>
        <source>working-time arithmetic by the business calendar (calendar add)</source>
        <translation>按工作日历计算工作时间（calendar add）</translation>
    </message>
    <message>
        <source>How many customers (at least 1).</source>
        <translation>用户数量（至少 1）。</translation>
    </message>
    <message>
        <source>How many calls, spread over the last weeks up to now.</source>
        <translation>来电数量，分布在最近几周至今。</translation>
    </message>
    <message>
        <source>The same seed on the same day gives the same data.</source>
        <translation>同一天使用相同的种子会生成相同的数据。</translation>
    </message>
    <message>
        <source>The password of every demo account.</source>
        <translation>所有演示账户的密码。</translation>
    </message>
    <message>
        <source>Fill an empty database with deterministic synthetic hotline data and one demo account per role.</source>
        <translation>向空数据库填入确定性的合成热线数据，并为每种角色创建一个演示账户。</translation>
    </message>
    <message>
        <source>%1: %2 customers, %3 devices, %4 calls from %5 to %6, %7 problem forms, %8 consultations, %9 callbacks, %10 complaints, %11 ratings in %12 s</source>
        <translation>%1：%2 个用户，%3 台设备，%4 通来电（%5 至 %6），%7 张问题处理表，%8 条咨询，%9 条回访，%10 条投诉，%11 条评分，用时 %12 秒</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (Beijing time).</source>
        <translation>起始日，YYYY-MM-DD（北京时间）。</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (Beijing time).</source>
        <translation>结束日，YYYY-MM-DD（北京时间）。</translation>
    </message>
    <message>
        <source>csv or json (one object per line).</source>
        <translation>csv 或 json（每行一个对象）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>Export records as CSV or JSON lines, filtered by day.</source>
        <translation>按日期筛选，将记录导出为 CSV 或 JSON 行格式。</translation>
    </message>
    <message>
        <source>Name what to export: one of %1.</source>
        <translation>请指定要导出的内容：%1 之一。</translation>
    </message>
    <message>
        <source>Export one kind at a time; &apos;%1&apos; is extra.</source>
        <translation>每次只能导出一种类型；「%1」是多余的。</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;; choose one of: %2.</source>
        <translation>未知类型「%1」，请从以下类型中选择：%2。</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2; give the earlier day first.</source>
        <translation>--from %1 晚于 --to %2，请先给出较早的日期。</translation>
    </message>
    <message>
        <source>Say which format to write: add --format csv or --format json.</source>
        <translation>请指定输出格式：添加 --format csv 或 --format json。</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not known; use csv or json.</source>
        <translation>无法识别 --format &apos;%1&apos;，请使用 csv 或 json。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a writable file with --out.</source>
        <translation>无法写入 %1：%2。请用 --out 指定一个可写的文件。</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>Create the database, or upgrade it to this build&apos;s schema.</source>
        <translation>创建数据库，或将其升级到当前版本的结构。</translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation>%1：结构版本 %2</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Run &apos;threerings %1 --help&apos; for the options.</source>
        <translation>运行 &apos;threerings %1 --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date; write it as YYYY-MM-DD, for example 2026-11-25.</source>
        <translation>--%1 &apos;%2&apos; 不是有效的日期，请按 YYYY-MM-DD 格式填写，例如 2026-11-25。</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a whole number of at least %3.</source>
        <translation>--%1 &apos;%2&apos; 必须是不小于 %3 的整数。</translation>
    </message>
    <message>
        <source>%1 has accounts, so say who you are: add --user JOB_NUMBER and set THREERINGS_PASSWORD (or type the password when asked).</source>
        <translation>%1 已有账户，请说明您的身份：添加 --user JOB_NUMBER 并设置 THREERINGS_PASSWORD（或在提示时输入密码）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password for --user %1: set THREERINGS_PASSWORD, or run the command on a terminal to type it.</source>
        <translation>--user %1 没有密码：请设置 THREERINGS_PASSWORD，或在终端中运行命令以输入密码。</translation>
    </message>
    <message>
        <source>accounts: user add, user passwd, user list</source>
        <translation>账户：user add、user passwd、user list</translation>
    </message>
    <message>
        <source>%1 already has accounts; demo data only fills an empty database. Name a new file with --db.</source>
        <translation>%1 已有账户；演示数据只填充空数据库。请用 --db 指定一个新文件。</translation>
    </message>
    <message>
        <source>Demo accounts (role, job number, name, password):</source>
        <translation>演示账户（角色、工号、姓名、密码）：</translation>
    </message>
    <message>
        <source>Usage: threerings --db FILE user add --job-number NO --name NAME --role ROLE[,ROLE…] [--department D]
       threerings --db FILE user passwd --job-number NO
       threerings --db FILE user list
ROLE: agent handler supervisor trainer admin trainee. The new password is read from standard input when it is not a terminal, else asked twice.
</source>
        <translation>Usage: threerings --db FILE user add --job-number NO --name NAME --role ROLE[,ROLE…] [--department D]
       threerings --db FILE user passwd --job-number NO
       threerings --db FILE user list
ROLE: agent handler supervisor trainer admin trainee. The new password is read from standard input when it is not a terminal, else asked twice.
</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The job number (工号): letters and digits.</source>
        <translation>工号：字母和数字。</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>人员姓名。</translation>
    </message>
    <message>
        <source>One or more roles, comma-separated.</source>
        <translation>一个或多个角色，用逗号分隔。</translation>
    </message>
    <message>
        <source>The department&apos;s name.</source>
        <translation>部门名称。</translation>
    </message>
    <message>
        <source>Add a person who can sign in. The password comes from standard input when it is not a terminal.</source>
        <translation>添加一个可以登录的人员。标准输入不是终端时，从标准输入读取密码。</translation>
    </message>
    <message>
        <source>--%1 is missing. %2</source>
        <translation>缺少 --%1。%2</translation>
    </message>
    <message>
        <source>There is no department named &apos;%1&apos;; check the spelling, or leave --department out.</source>
        <translation>没有名为「%1」的部门；请检查拼写，或去掉 --department。</translation>
    </message>
    <message>
        <source>Added %1 %2 (%3).</source>
        <translation>已添加 %1 %2（%3）。</translation>
    </message>
    <message>
        <source>Whose password to set.</source>
        <translation>要设置谁的密码。</translation>
    </message>
    <message>
        <source>Set a new password (and lift a lock). An admin may do it for anyone, everybody else for themselves.</source>
        <translation>设置新密码（并解除锁定）。管理员可为任何人设置，其他人只能为自己设置。</translation>
    </message>
    <message>
        <source>--job-number is missing: say whose password to set.</source>
        <translation>缺少 --job-number：请说明要设置谁的密码。</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>List the people: job number, name, roles, department and account state.</source>
        <translation>列出人员：工号、姓名、角色、部门和账户状态。</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>no-account</source>
        <translation>无账户</translation>
    </message>
    <message>
        <source>locked-until-%1</source>
        <translation>锁定至-%1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>user needs an action: add, passwd or list. %1</source>
        <translation>user 需要一个操作：add、passwd 或 list。%1</translation>
    </message>
    <message>
        <source>Unknown user action &apos;%1&apos;; use add, passwd or list.</source>
        <translation>未知的 user 操作「%1」；请使用 add、passwd 或 list。</translation>
    </message>
    <message>
        <source>A phrase list JSON file (as resources/data/phrases/zh_CN.json) instead of the shipped or the database&apos;s list.</source>
        <translation>使用一个用语列表 JSON 文件（格式同 resources/data/phrases/zh_CN.json），代替随附的或数据库中的列表。</translation>
    </message>
    <message>
        <source>Check against this database&apos;s phrase lists.</source>
        <translation>按此数据库中的用语列表检查。</translation>
    </message>
    <message>
        <source>Act as this job number (with --db).</source>
        <translation>以此工号的身份操作（与 --db 一起使用）。</translation>
    </message>
    <message>
        <source>Only this language&apos;s list (zh_CN, en); default both.</source>
        <translation>只用此语言的列表（zh_CN、en）；默认两者都用。</translation>
    </message>
    <message>
        <source>Read text on stdin and print each banned phrase found as one JSON object per line {phrase, start, end, suggestion}; start and end count characters of the input. Exit code 1 when any is found.</source>
        <translation>从标准输入读取文本，每发现一个服务禁语输出一行 JSON 对象 {phrase, start, end, suggestion}；start 和 end 按输入的字符计数。发现任何禁语时退出码为 1。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;: check-phrases reads the text on stdin, e.g. threerings check-phrases &lt; reply.txt.</source>
        <translation>多余的参数「%1」：check-phrases 从标准输入读取文本，例如 threerings check-phrases &lt; reply.txt。</translation>
    </message>
    <message>
        <source>Cannot read stdin; pipe the text in, e.g. &lt; reply.txt.</source>
        <translation>无法读取标准输入；请通过管道传入文本，例如 &lt; reply.txt。</translation>
    </message>
    <message>
        <source>The text on stdin is not UTF-8; convert it first, e.g. with iconv -f GB18030 -t UTF-8.</source>
        <translation>标准输入的文本不是 UTF-8；请先转换，例如用 iconv -f GB18030 -t UTF-8。</translation>
    </message>
    <message>
        <source>find banned phrases in text on stdin; one JSON object per hit, exit 1 when any</source>
        <translation>在标准输入的文本中查找服务禁语；每处一行 JSON，发现时退出码为 1</translation>
    </message>
    <message>
        <source>My work headless: what is due for an agent, by deadline, in working hours (due --date D)</source>
        <translation>无界面的我的待办：坐席的到期事项，按期限排序，以工作小时计（due --date D）</translation>
    </message>
    <message>
        <source>The day to list (default today); a past or future day is listed as at its opening time.</source>
        <translation>要列出的日期（默认今天）；过去或将来的日期按其上班时刻列出。</translation>
    </message>
    <message>
        <source>Whose work to list, by job number (default: the signed-in person; another person&apos;s needs a supervisor).</source>
        <translation>要列出谁的待办，按工号（默认：已登录的人员；查看他人的需要主管权限）。</translation>
    </message>
    <message>
        <source>text (default) or json (one object per line).</source>
        <translation>text（默认）或 json（每行一个对象）。</translation>
    </message>
    <message>
        <source>Print My work: everything with a clock on it, by deadline, with the time left in working hours (negative = late).</source>
        <translation>输出我的待办：所有有期限的事项，按期限排序，并以工作小时显示剩余时间（负数表示已超时）。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Run &apos;threerings due --help&apos; for the options.</source>
        <translation>多余的参数「%1」。运行 &apos;threerings due --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not known; use text or json.</source>
        <translation>未知的 --format「%1」；请使用 text 或 json。</translation>
    </message>
    <message>
        <source>No person has the job number %1; run &apos;threerings user list&apos; to see the job numbers.</source>
        <translation>没有工号为 %1 的人员；运行 &apos;threerings user list&apos; 查看工号。</translation>
    </message>
    <message>
        <source>This database has no accounts yet; give --agent NO to say whose work to list.</source>
        <translation>此数据库还没有账户；请用 --agent NO 指明要列出谁的待办。</translation>
    </message>
    <message>
        <source>Nothing due.</source>
        <translation>没有到期事项。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation>事务已经结束。</translation>
    </message>
    <message>
        <source>The database is locked by another program; try again in a moment.</source>
        <translation>数据库被另一个程序锁定，请稍后重试。</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此更改：%1</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>job number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The job number &apos;%1&apos; may hold only the letters A-Z and digits, because it becomes part of the form numbers.</source>
        <translation>工号「%1」只能包含字母 A-Z 和数字，因为它会成为表单编号的一部分。</translation>
    </message>
    <message>
        <source>The person has no role; give at least one of: %1.</source>
        <translation>该人员没有角色，请至少指定以下角色之一：%1。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The person %1 does not exist; it may have been deleted.</source>
        <translation>人员 %1 不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>There is nobody with the job number %1.</source>
        <translation>没有工号为 %1 的人员。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The %1 is missing; fill it in before saving.</source>
        <translation>%1未填写，请填写后再保存。</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; shorten it to at most %3 characters.</source>
        <translation>%1的长度为 %2 个字符，请缩短到不超过 %3 个字符。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not a phone number; enter it as a mobile such as 13812345678 or a landline with its area code such as 0532-88886666.</source>
        <translation>%1「%2」不是有效的电话号码，请输入手机号码（例如 13812345678），或带区号的固定电话（例如 0532-88886666）。</translation>
    </message>
    <message>
        <source>The %1 %2 is out of range; enter a score from %3 to %4.</source>
        <translation>%1（%2）超出范围，请输入 %3 到 %4 之间的分数。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not known; choose one of: %3.</source>
        <translation>%1「%2」无法识别，请从以下选项中选择：%3。</translation>
    </message>
</context>
<context>
    <name>threerings::AgentStates</name>
    <message>
        <source>A call is on the line; you become Ready after it and its wrap-up.</source>
        <translation>线路上有通话；通话及话后处理结束后您将变为就绪。</translation>
    </message>
    <message>
        <source>A call is on the line; choose Not Ready after it ends.</source>
        <translation>线路上有通话；请在通话结束后再选择未就绪。</translation>
    </message>
    <message>
        <source>Say why you are not ready: break, meal, training, meeting or other.</source>
        <translation>请说明未就绪的原因：休息、用餐、培训、会议或其他。</translation>
    </message>
    <message>
        <source>The agent state could not be saved; the disk may be full.</source>
        <translation>坐席状态无法保存；磁盘可能已满。</translation>
    </message>
</context>
<context>
    <name>threerings::CallTracker</name>
    <message>
        <source>There is no call on the line.</source>
        <translation>线路上没有通话。</translation>
    </message>
    <message>
        <source>The call has already been answered.</source>
        <translation>该来电已接听。</translation>
    </message>
    <message>
        <source>Answer the call before putting it on hold.</source>
        <translation>请先接听来电，再设置保持。</translation>
    </message>
</context>
<context>
    <name>threerings::Session</name>
    <message>
        <source>%1 is still signed in; sign them out first.</source>
        <translation>%1 仍在登录中；请先将其注销。</translation>
    </message>
</context>
<context>
    <name>threerings::SimulatedLine</name>
    <message>
        <source>Simulated line (demo calls every %1 s)</source>
        <translation>模拟线路（每 %1 秒一个演示来电）</translation>
    </message>
    <message>
        <source>Simulated line (no demo calls)</source>
        <translation>模拟线路（无演示来电）</translation>
    </message>
    <message>
        <source>There is no call %1 on the line; it may have ended already.</source>
        <translation>线路上没有来电 %1，它可能已经结束。</translation>
    </message>
    <message>
        <source>The line is busy with another call.</source>
        <translation>线路正忙于另一通电话。</translation>
    </message>
    <message>
        <source>The call has already been answered.</source>
        <translation>该来电已接听。</translation>
    </message>
    <message>
        <source>Only a connected call can be put on hold.</source>
        <translation>只有已接通的通话才能保持。</translation>
    </message>
    <message>
        <source>The call is not on hold.</source>
        <translation>该通话未处于保持状态。</translation>
    </message>
    <message>
        <source>Answer the call before transferring it.</source>
        <translation>请先接听来电，再转接。</translation>
    </message>
    <message>
        <source>Enter the number to transfer the call to.</source>
        <translation>请输入要转接到的号码。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::ActiveCallView</name>
    <message>
        <source>Close with thanks, then wait for the caller to hang up first.</source>
        <translation>以致谢结束通话，并等待来电人先挂机。</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>未知号码</translation>
    </message>
    <message>
        <source>Answered at ring %1, past the third: begin with “Sorry to have kept you waiting.”</source>
        <translation>第%1声接听，已超过三声：请先说「对不起，让您久等了」。</translation>
    </message>
    <message>
        <source>Answered at ring %1.</source>
        <translation>第%1声接听。</translation>
    </message>
    <message>
        <source>On hold — do not keep the caller waiting long</source>
        <translation>保持中 — 请勿让来电人久等</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已接通</translation>
    </message>
</context>
<context>
    <name>threerings::ui::AgentStateControl</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 s left</source>
        <translation>%1 — 剩余 %2 秒</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
</context>
<context>
    <name>threerings::ui::CallAlert</name>
    <message>
        <source>ThreeRings hotline console</source>
        <translation>ThreeRings 热线控制台</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>%1 is calling — answer within three rings.</source>
        <translation>%1 来电——请在三声内接听。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::CallNotesView</name>
    <message>
        <source>Call &amp;notes (saved with the call)</source>
        <translation>通话备注(&amp;N)（随通话保存）</translation>
    </message>
    <message>
        <source>What the caller needs, in their words; F9 finds an answer to copy here.</source>
        <translation>来电人的需求，按其原话记录；F9 可查找答案复制到此处。</translation>
    </message>
    <message>
        <source>“%1” is a banned phrase — say: %2</source>
        <translation>「%1」是服务禁语——请说：%2</translation>
    </message>
</context>
<context>
    <name>threerings::ui::CallPanel</name>
    <message>
        <source>&amp;Answer</source>
        <translation>接听(&amp;A)</translation>
    </message>
    <message>
        <source>Answer the ringing call (F2 or Space)</source>
        <translation>接听正在响铃的来电（F2 或空格键）</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>保持(&amp;H)</translation>
    </message>
    <message>
        <source>Put the caller on hold, or take them off hold (F3)</source>
        <translation>将来电人置于保持状态，或取消保持（F3）</translation>
    </message>
    <message>
        <source>Hang &amp;up</source>
        <translation>挂机(&amp;U)</translation>
    </message>
    <message>
        <source>End the call (F4). Let the caller hang up first when you can.</source>
        <translation>结束通话（F4）。尽量让来电人先挂机。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复通话</translation>
    </message>
</context>
<context>
    <name>threerings::ui::CallWorkspace</name>
    <message>
        <source>Standard &amp;phrases and complaint order…</source>
        <translation>标准用语和投诉处理顺序(&amp;P)…</translation>
    </message>
    <message>
        <source>Phrases (F8)</source>
        <translation>用语（F8）</translation>
    </message>
    <message>
        <source>The ten standard phrases, the complaint-handling order and the banned phrases (F8)</source>
        <translation>十句标准用语、投诉处理顺序和服务禁语（F8）</translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>知识库(&amp;K)…</translation>
    </message>
    <message>
        <source>Solutions, the directory and the price list; Ctrl+Return copies an answer into the call notes (F9)</source>
        <translation>处理方案、通讯录和产品报价；Ctrl+Return 将答案复制到通话备注（F9）</translation>
    </message>
    <message>
        <source>%1 was saved as a new customer.</source>
        <translation>%1 已保存为新用户。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>The answer was copied into the call notes.</source>
        <translation>答案已复制到通话备注。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::CallbackPolicyDialog</name>
    <message>
        <source>Repair centres:</source>
        <translation>维修中心：</translation>
    </message>
    <message>
        <source>Dealers:</source>
        <translation>经销商：</translation>
    </message>
    <message>
        <source>Branches:</source>
        <translation>分支机构：</translation>
    </message>
    <message>
        <source>Callback policy</source>
        <translation>回访策略</translation>
    </message>
    <message>
        <source>Which resolved forms get a callback the next day</source>
        <translation>哪些已解决的表单在次日回访</translation>
    </message>
    <message>
        <source>&amp;All of them</source>
        <translation>全部回访(&amp;A)</translation>
    </message>
    <message>
        <source>A &amp;sample: this share of each outlet kind</source>
        <translation>抽样(&amp;S)：按各类网点的比例</translation>
    </message>
    <message>
        <source>Forms without an outlet:</source>
        <translation>无网点的表单：</translation>
    </message>
    <message>
        <source>Customers who cannot be reached</source>
        <translation>联系不上的用户</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Dial again after:</source>
        <translation>再次拨打间隔：</translation>
    </message>
    <message>
        <source>Give up after attempts:</source>
        <translation>尝试次数上限：</translation>
    </message>
</context>
<context>
    <name>threerings::ui::CallbackView</name>
    <message>
        <source>Today&apos;s callbacks</source>
        <translation>今日回访</translation>
    </message>
    <message>
        <source>Callback list</source>
        <translation>回访列表</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结论</translation>
    </message>
    <message>
        <source>— choose the outcome —</source>
        <translation>— 请选择回访结论 —</translation>
    </message>
    <message>
        <source>Working: the fault is gone</source>
        <translation>运行正常：故障已排除</translation>
    </message>
    <message>
        <source>Not working: reopen the form</source>
        <translation>仍有故障：重新打开表单</translation>
    </message>
    <message>
        <source>Unreachable: try again later</source>
        <translation>联系不上：稍后再试</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>回访结论(&amp;O)</translation>
    </message>
    <message>
        <source>What the customer said, in their own words</source>
        <translation>用户的原话</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;words</source>
        <translation>用户原话(&amp;W)</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>&amp;Evaluation of the engineer</source>
        <translation>对工程的评价(&amp;E)</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>&amp;Fault level</source>
        <translation>故障等级(&amp;F)</translation>
    </message>
    <message>
        <source>The handler who resolved the form, when left empty</source>
        <translation>留空时为处理该表单的处理人</translation>
    </message>
    <message>
        <source>Re&amp;pairer</source>
        <translation>维修人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Technical manager</source>
        <translation>技术经理(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation>备注(&amp;M)</translation>
    </message>
    <message>
        <source>Record the callback</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source> · %n attempt(s)</source>
        <translation>
            <numerusform> · 已尝试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source> · retry after %1</source>
        <translation> · %1 之后再试</translation>
    </message>
    <message numerus="yes">
        <source>%n to call</source>
        <translation>
            <numerusform>待回访 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody to call back today.</source>
        <translation>今天没有需要回访的用户。</translation>
    </message>
    <message>
        <source>Say who you are, ask whether the fault of form %1 is gone, and write down what the customer says.</source>
        <translation>请自报单位和工号，询问表单 %1 的故障是否已排除，并记录用户的原话。</translation>
    </message>
    <message>
        <source>Choose a callback from the list first.</source>
        <translation>请先从列表中选择一项回访。</translation>
    </message>
    <message>
        <source>The callback of %1 was recorded.</source>
        <translation>%1 的回访已记录。</translation>
    </message>
    <message>
        <source>Form %1 was reopened and its handler told.</source>
        <translation>表单 %1 已重新打开，并已通知其处理人。</translation>
    </message>
    <message>
        <source>Unreachable: %1 is tried again after %2.</source>
        <translation>联系不上：%1 将在 %2 之后再试。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::CallerCardView</name>
    <message>
        <source>Ask for the name; never guess it</source>
        <translation>请询问姓名，切勿猜测</translation>
    </message>
    <message>
        <source>Save as a new customer</source>
        <translation>保存为新用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Unknown caller — a new customer?</source>
        <translation>未知来电——是新用户吗？</translation>
    </message>
    <message>
        <source>No customer has the number %1. Take their details while you talk.</source>
        <translation>没有用户使用号码 %1。请在通话时记录其信息。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Repeat repair: %n repairs on record — handle with extra care and tell the supervisor.</source>
        <translation>
            <numerusform>多次维修：已有 %n 次维修记录——请格外用心处理，并告知主管。</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlet: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>网点：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more customer(s) share this number; confirm who is calling.</source>
        <translation>
            <numerusform>另有 %n 位用户使用此号码；请确认来电人是谁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>none on record</source>
        <translation>无记录</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (serial %3) — %n repair(s)</source>
        <translation>
            <numerusform>%1 %2（序列号 %3）—— 维修 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未结事项</translation>
    </message>
    <message>
        <source>nothing open</source>
        <translation>无未结事项</translation>
    </message>
    <message>
        <source>Problem form %1</source>
        <translation>问题处理表 %1</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>咨询：%1</translation>
    </message>
    <message>
        <source>Callback for %1</source>
        <translation>%1 的回访</translation>
    </message>
    <message>
        <source>%1 (%2) — due %3</source>
        <translation>%1（%2）——期限 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation>最近来电</translation>
    </message>
    <message>
        <source>first call</source>
        <translation>首次来电</translation>
    </message>
    <message>
        <source>%1 — answered at ring %2</source>
        <translation>%1 —— 第%2声接听</translation>
    </message>
    <message>
        <source>%1 — not answered</source>
        <translation>%1 —— 未接听</translation>
    </message>
    <message>
        <source>Last forms</source>
        <translation>最近表单</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>awaiting the test result</source>
        <translation>等待测试结果</translation>
    </message>
    <message>
        <source>due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>to try again</source>
        <translation>待重试</translation>
    </message>
</context>
<context>
    <name>threerings::ui::ComplaintView</name>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaining &amp;unit</source>
        <translation>投诉单位(&amp;U)</translation>
    </message>
    <message>
        <source>Contact &amp;person</source>
        <translation>联系人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;How to reach them</source>
        <translation>联系方式(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation>投诉事项(&amp;M)</translation>
    </message>
    <message>
        <source>— the service department —</source>
        <translation>— 用户服务部 —</translation>
    </message>
    <message>
        <source>&amp;Concerns</source>
        <translation>涉及部门(&amp;C)</translation>
    </message>
    <message>
        <source>Handling report</source>
        <translation>处理汇报单</translation>
    </message>
    <message>
        <source>Ca&amp;use</source>
        <translation>事故发生原因(&amp;U)</translation>
    </message>
    <message>
        <source>Handling &amp;method</source>
        <translation>处理方式(&amp;M)</translation>
    </message>
    <message>
        <source>Handled b&amp;y</source>
        <translation>处理人(&amp;Y)</translation>
    </message>
    <message>
        <source>Penalty &amp;opinion</source>
        <translation>处罚意见(&amp;O)</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;words</source>
        <translation>用户原话(&amp;W)</translation>
    </message>
    <message>
        <source>Register and forward</source>
        <translation>登记并转交</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存汇报单</translation>
    </message>
    <message>
        <source>Satisfied: close</source>
        <translation>满意：关闭</translation>
    </message>
    <message>
        <source>Dissatisfied: round again</source>
        <translation>不满意：再次处理</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>%1 · round %2</source>
        <translation>%1 · 第 %2 轮</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Call the customer back by %1; reply %2</source>
        <translation>请在 %1 前回访用户；答复期限 %2</translation>
    </message>
    <message>
        <source>Complaint %1 was registered and forwarded.</source>
        <translation>投诉 %1 已登记并转交。</translation>
    </message>
    <message>
        <source>The handling report of %1 was saved.</source>
        <translation>%1 的处理汇报单已保存。</translation>
    </message>
    <message>
        <source>Complaint %1 was closed: the customer is satisfied.</source>
        <translation>投诉 %1 已关闭：用户满意。</translation>
    </message>
    <message>
        <source>Complaint %1 goes round again.</source>
        <translation>投诉 %1 再次处理。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::ConsultationView</name>
    <message>
        <source>Unfinished: for the next shift</source>
        <translation>未完成：交下一班</translation>
    </message>
    <message>
        <source>Awaiting the caller&apos;s test (24 h)</source>
        <translation>等待来电人测试（24 小时）</translation>
    </message>
    <message>
        <source>Finished: advice given</source>
        <translation>已完成：已给出建议</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Advice given</source>
        <translation>处理建议(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>The test failed</source>
        <translation>测试未通过</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Consultation with %1</source>
        <translation>与 %1 的咨询</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>新咨询</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>The caller reports the test result by %1; without a report it closes as solved.</source>
        <translation>来电人须在 %1 前反馈测试结果；未反馈则按已解决关闭。</translation>
    </message>
    <message>
        <source>Closed as solved: no test report came within 24 hours.</source>
        <translation>已按已解决关闭：24 小时内未收到测试反馈。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Log the consultation</source>
        <translation>登记咨询</translation>
    </message>
    <message>
        <source>The consultation was finished.</source>
        <translation>咨询已完成。</translation>
    </message>
    <message>
        <source>The consultation was logged.</source>
        <translation>咨询已登记。</translation>
    </message>
    <message>
        <source>The failed test went to the handover list.</source>
        <translation>测试未通过的咨询已转入交接列表。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::DraftsDialog</name>
    <message>
        <source>Unsaved typing</source>
        <translation>未保存的输入</translation>
    </message>
    <message>
        <source>These forms were being typed when the console last closed. The ticked ones open again with their text; the others are thrown away.</source>
        <translation>控制台上次关闭时这些表单正在填写。勾选的将连同内容重新打开；其余的将被丢弃。</translation>
    </message>
    <message>
        <source>&amp;Restore the ticked</source>
        <translation>恢复勾选的(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Problem form</source>
        <translation>问题处理表</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <source>%1 · typed %2 · %3</source>
        <translation>%1 · 填写于 %2 · %3</translation>
    </message>
</context>
<context>
    <name>threerings::ui::FirstAdminDialog</name>
    <message>
        <source>Create the admin account</source>
        <translation>创建管理员账户</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the admin&apos;s account; the admin then adds everybody else.</source>
        <translation>此数据库还没有账户。请创建管理员账户，再由管理员添加其他所有人。</translation>
    </message>
    <message>
        <source>&amp;Job number:</source>
        <translation>工号(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>两次输入的密码不一致；请两次输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::FormDesk</name>
    <message>
        <source>My work</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>我的待办(&amp;M)</translation>
    </message>
    <message>
        <source>New &amp;problem form</source>
        <translation>新建问题处理表(&amp;P)</translation>
    </message>
    <message>
        <source>New &amp;consultation</source>
        <translation>新建咨询(&amp;C)</translation>
    </message>
    <message>
        <source>Today&apos;s call&amp;backs</source>
        <translation>今日回访(&amp;B)</translation>
    </message>
    <message>
        <source>New comp&amp;laint</source>
        <translation>新建投诉(&amp;L)</translation>
    </message>
    <message>
        <source>New &amp;rating</source>
        <translation>新建评分(&amp;R)</translation>
    </message>
    <message>
        <source>Unsaved &amp;drafts…</source>
        <translation>未保存的草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>No unsaved drafts.</source>
        <translation>没有未保存的草稿。</translation>
    </message>
    <message>
        <source>F&amp;orms</source>
        <translation>表单(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s) closed as solved: no test report within 24 hours.</source>
        <translation>
            <numerusform>%n 个咨询已按已解决关闭：24 小时内未收到测试反馈。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>threerings::ui::FormPage</name>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>Your unsaved typing of %1 was restored.</source>
        <translation>您在 %1 中未保存的内容已恢复。</translation>
    </message>
    <message>
        <source>Say to the customer: “%1”</source>
        <translation>请对用户说：「%1」</translation>
    </message>
</context>
<context>
    <name>threerings::ui::IdleView</name>
    <message>
        <source>The line is idle.</source>
        <translation>线路空闲。</translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation>线路：%1</translation>
    </message>
    <message>
        <source>Last call: %1 at %2 — the caller hung up before it was answered (abandoned).</source>
        <translation>上一通来电：%1（%2）— 来电人在接听前挂机（放弃呼叫）。</translation>
    </message>
    <message>
        <source>Last call: %1 at %2 — not answered.</source>
        <translation>上一通来电：%1（%2）— 未接听。</translation>
    </message>
    <message>
        <source>the caller hung up</source>
        <translation>来电人挂机</translation>
    </message>
    <message>
        <source>you hung up</source>
        <translation>您挂机</translation>
    </message>
    <message>
        <source>the line dropped the call</source>
        <translation>线路中断</translation>
    </message>
    <message>
        <source>Last call: %1 at %2 — answered at ring %3, talked %4, %5.</source>
        <translation>上一通来电：%1（%2）— 第%3声接听，通话 %4，%5。</translation>
    </message>
    <message>
        <source>No calls yet in this session.</source>
        <translation>本次会话尚无来电。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::KnowledgeSearchDialog</name>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Type any part of a fault, department or product…</source>
        <translation>输入故障、部门或产品的任意部分…</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>产品报价</translation>
    </message>
    <message>
        <source>Copy answer (Ctrl+Return)</source>
        <translation>复制答案（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Nothing found; try fewer characters.</source>
        <translation>未找到；请尝试输入更少的字。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
</context>
<context>
    <name>threerings::ui::MainWindow</name>
    <message>
        <source>ThreeRings hotline console — %1</source>
        <translation>ThreeRings 热线控制台 — %1</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>数据库：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>控制台(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>打开其他数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>通话(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Ring &amp;sound</source>
        <translation>铃声(&amp;S)</translation>
    </message>
    <message>
        <source>No audio output was found; the console rings on screen only.</source>
        <translation>未找到音频输出设备，控制台将仅在屏幕上提示响铃。</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About ThreeRings</source>
        <translation>关于 ThreeRings(&amp;A)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>响铃中</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>caller on hold</source>
        <translation>来电人保持中</translation>
    </message>
    <message>
        <source>Line %1 · %2</source>
        <translation>线路：%1 · %2</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <source>ThreeRings databases (*.sqlite *.db);;All files (*)</source>
        <translation>ThreeRings 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About ThreeRings</source>
        <translation>关于 ThreeRings</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ThreeRings %1&lt;/h3&gt;&lt;p&gt;The console for the agents, supervisors and trainers of an 800 service hotline: pick up within three rings, follow the script, keep every record.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ThreeRings %1&lt;/h3&gt;&lt;p&gt;面向 800 服务热线坐席、主管和培训师的控制台：三声之内接听，遵循话术，保留每一条记录。&lt;/p&gt;&lt;p&gt;本软件依据 GNU 通用公共许可证（GPL）第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A call is on the line</source>
        <translation>线路上有通话</translation>
    </message>
    <message>
        <source>A call is still on the line. Quitting now hangs it up. Quit anyway?</source>
        <translation>线路上仍有通话。现在退出将挂断该通话。仍要退出吗？</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: %1</source>
        <translation>今日备份失败：%1</translation>
    </message>
    <message>
        <source>Today&apos;s backup was written to %1</source>
        <translation>今日备份已写入 %1</translation>
    </message>
    <message>
        <source>&amp;Lock the console</source>
        <translation>锁定控制台(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <source>%1 (%2) · signed in</source>
        <translation>%1（%2）· 已登录</translation>
    </message>
    <message>
        <source>%1 (%2) · locked</source>
        <translation>%1（%2）· 已锁定</translation>
    </message>
    <message>
        <source>A call is on the line; it must end before someone else signs in.</source>
        <translation>线路上有通话；须结束通话后才能由他人登录。</translation>
    </message>
    <message>
        <source>A call is on the line; finish it before switching user.</source>
        <translation>线路上有通话；请结束通话后再切换用户。</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>话术(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;dmin</source>
        <translation>管理(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Scripts and phrase lists…</source>
        <translation>话术脚本和用语列表(&amp;S)…</translation>
    </message>
    <message>
        <source>Callback policy saved.</source>
        <translation>回访策略已保存。</translation>
    </message>
    <message>
        <source>&amp;Callback policy…</source>
        <translation>回访策略(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>threerings::ui::MyDayView</name>
    <message>
        <source>My day</source>
        <translation>我的今天</translation>
    </message>
    <message>
        <source>Calls taken</source>
        <translation>已接来电</translation>
    </message>
    <message>
        <source>Within three rings</source>
        <translation>三声内接听</translation>
    </message>
    <message>
        <source>Mean rings</source>
        <translation>平均响铃声数</translation>
    </message>
    <message>
        <source>Abandoned / missed</source>
        <translation>放弃 / 漏接</translation>
    </message>
    <message>
        <source>Time in states</source>
        <translation>各状态时长</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 of %2 offered</source>
        <translation>%2 个来电中接了 %1 个</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Required script steps left unsaid in today&apos;s calls</source>
        <translation>今天通话中未说的必需话术步骤</translation>
    </message>
    <message>
        <source>Script steps skipped</source>
        <translation>跳过的话术步骤</translation>
    </message>
</context>
<context>
    <name>threerings::ui::MyWorkView</name>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>%1. Due %2. %3</source>
        <translation>%1。期限 %2。%3</translation>
    </message>
    <message>
        <source>Not before %1.</source>
        <translation>不早于 %1。</translation>
    </message>
    <message>
        <source>Nothing with a clock on it. Well done.</source>
        <translation>没有待办的到期事项。做得好。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 late. Enter opens one.</source>
        <translation>
            <numerusform>%n 项，%1 项已超时。按 Enter 打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>threerings::ui::NotificationsView</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Notifications: none.</source>
        <translation>通知：无。</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s). Enter opens one.</source>
        <translation>
            <numerusform>%n 条未读通知。按 Enter 打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>threerings::ui::PhraseGuideDialog</name>
    <message>
        <source>Standard phrases</source>
        <translation>标准用语</translation>
    </message>
    <message>
        <source>✗ %1
→ %2</source>
        <translation>✗ %1
→ %2</translation>
    </message>
    <message>
        <source>Complaint order</source>
        <translation>投诉处理顺序</translation>
    </message>
    <message>
        <source>Banned phrases</source>
        <translation>服务禁语</translation>
    </message>
</context>
<context>
    <name>threerings::ui::PhraseHighlighter</name>
    <message>
        <source>Banned phrase &quot;%1&quot;; say instead: %2</source>
        <translation>服务禁语「%1」；请改说：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; — say instead: %2</source>
        <translation>「%1」——请改说：%2</translation>
    </message>
    <message>
        <source>Banned phrases</source>
        <translation>服务禁语</translation>
    </message>
    <message>
        <source>This text goes to the customer and contains banned phrases:

%1

Save it anyway?</source>
        <translation>此文本将提供给用户，且含有服务禁语：

%1

仍要保存吗？</translation>
    </message>
</context>
<context>
    <name>threerings::ui::ProblemFormView</name>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Mobile (MP)</source>
        <translation>手机（MP）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Office phone (O)</source>
        <translation>办公电话（O）(&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>通迅地址(&amp;D)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>— choose the category —</source>
        <translation>— 请选择类别 —</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>用户事件描述(&amp;E)</translation>
    </message>
    <message>
        <source>Engineer or person &amp;asked</source>
        <translation>所询工程师或其他人员(&amp;A)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Asked &amp;on</source>
        <translation>询问日期(&amp;O)</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Acceptance &amp;record</source>
        <translation>受理统计(&amp;R)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>— nobody in particular —</source>
        <translation>— 不指定个人 —</translation>
    </message>
    <message>
        <source>&amp;Handler</source>
        <translation>处理人(&amp;H)</translation>
    </message>
    <message>
        <source>— the handler&apos;s department —</source>
        <translation>— 处理人所在部门 —</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>部门(&amp;P)</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转交</translation>
    </message>
    <message>
        <source>Handling plan</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>处理方案(&amp;P)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已拟方案</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>处理结果(&amp;U)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>审核栏(&amp;V)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Why the fault is still there</source>
        <translation>故障仍然存在的原因</translation>
    </message>
    <message>
        <source>Reopen reason</source>
        <translation>重新打开的原因</translation>
    </message>
    <message>
        <source>Accept the form</source>
        <translation>受理表单</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>保存处理方案</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>记录处理结果</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Problem form %1</source>
        <translation>问题处理表 %1</translation>
    </message>
    <message>
        <source>New problem form</source>
        <translation>新建问题处理表</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source> → %1</source>
        <translation> → %1</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>转交 %1</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>结果 %1</translation>
    </message>
    <message numerus="yes">
        <source> (reopened %n time(s))</source>
        <translation>
            <numerusform>（已重新打开 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>There is no next step for you on this form.</source>
        <translation>此表单没有您可以进行的下一步。</translation>
    </message>
    <message>
        <source>Problem form %1 was accepted.</source>
        <translation>问题处理表 %1 已受理。</translation>
    </message>
    <message>
        <source>Problem form %1 was transferred.</source>
        <translation>问题处理表 %1 已转交。</translation>
    </message>
    <message>
        <source>The plan of %1 was saved.</source>
        <translation>%1 的处理方案已保存。</translation>
    </message>
    <message>
        <source>Problem form %1 was resolved.</source>
        <translation>问题处理表 %1 已解决。</translation>
    </message>
    <message>
        <source>Problem form %1 was reviewed.</source>
        <translation>问题处理表 %1 已审核。</translation>
    </message>
    <message>
        <source>Problem form %1 was reopened.</source>
        <translation>问题处理表 %1 已重新打开。</translation>
    </message>
    <message>
        <source>Sorry to have kept you waiting.</source>
        <translation>对不起，让您久等了。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::RatingView</name>
    <message>
        <source>Customer rating</source>
        <translation>用户绩效评定</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Who rates</source>
        <translation>评定人</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>地区(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rater</source>
        <translation>评定人(&amp;R)</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Pre-sales</source>
        <translation>售前支持</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>工程实施</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目类型(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Engineer</source>
        <translation>工程师(&amp;E)</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>&amp;Technical score</source>
        <translation>技术水平评分(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Attitude score</source>
        <translation>服务态度评分(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>意见(&amp;C)</translation>
    </message>
    <message>
        <source>Save the rating</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>The score is very low: it became complaint %1, forwarded to the department.</source>
        <translation>评分很低：已转为投诉 %1，并已转交相关部门。</translation>
    </message>
    <message>
        <source>The rating was saved.</source>
        <translation>评分已保存。</translation>
    </message>
    <message>
        <source>The rating was saved and became complaint %1.</source>
        <translation>评分已保存，并已转为投诉 %1。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::RingBanner</name>
    <message>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>未知号码</translation>
    </message>
    <message>
        <source>rings — overdue</source>
        <translation>声 — 已超时</translation>
    </message>
    <message>
        <source>Past the third ring. Answer now and begin with the apology: “Sorry to have kept you waiting.”</source>
        <translation>已过第三声。请立即接听，并先致歉：「对不起，让您久等了」。</translation>
    </message>
    <message>
        <source>ring %1 of %2</source>
        <translation>第%1声，限%2声内</translation>
    </message>
    <message>
        <source>Pick up within three rings: press F2 or Space to answer.</source>
        <translation>请在三声内接听：按 F2 或空格键接听。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::ScriptAdminDialog</name>
    <message>
        <source>Scripts and phrase lists</source>
        <translation>话术脚本和用语列表</translation>
    </message>
    <message>
        <source>Chinese (zh_CN)</source>
        <translation>中文（zh_CN）</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>英文（en）</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>话术脚本</translation>
    </message>
    <message>
        <source>Phrase list</source>
        <translation>用语列表</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation>导出文件…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n steps)</source>
        <translation>
            <numerusform>%1 — %2（%n 个步骤）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved for %1.</source>
        <translation>已为 %1 保存。</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>导入 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::ScriptPanel</name>
    <message>
        <source>Said it, &amp;next step</source>
        <translation>已说，下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Tick the step as said and show the next one (F6 or Ctrl+Right)</source>
        <translation>勾选此步骤为已说，并显示下一步（F6 或 Ctrl+Right）</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <source>Back to the previous step (Ctrl+Left)</source>
        <translation>回到上一步（Ctrl+Left）</translation>
    </message>
    <message>
        <source>S&amp;kip step</source>
        <translation>跳过此步(&amp;K)</translation>
    </message>
    <message>
        <source>Move on without ticking the step (F7); a skipped required step shows in My day</source>
        <translation>不勾选直接继续（F7）；跳过的必需步骤会显示在“我的今天”中</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>The script starts when you answer a call.</source>
        <translation>接听来电后话术开始。</translation>
    </message>
    <message>
        <source>%1 · all steps done</source>
        <translation>%1 · 所有步骤已完成</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · 第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>Wait for the caller to hang up first.</source>
        <translation>请等来电人先挂机。</translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <source>%1 — required, not said</source>
        <translation>%1 —— 必需，未说</translation>
    </message>
</context>
<context>
    <name>threerings::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>threerings::ui::SignInDialog</name>
    <message>
        <source>Sign in to ThreeRings</source>
        <translation>登录 ThreeRings</translation>
    </message>
    <message>
        <source>The console is locked</source>
        <translation>控制台已锁定</translation>
    </message>
    <message>
        <source>The console locked itself after a while without use. Everything on screen is kept; type the password of %1 to go on.</source>
        <translation>控制台闲置一段时间后已自动锁定。屏幕上的内容都已保留；请输入 %1 的密码继续。</translation>
    </message>
    <message>
        <source>&amp;Job number:</source>
        <translation>工号(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>注销…</translation>
    </message>
    <message>
        <source>Sign %1 out so that someone else can sign in.</source>
        <translation>注销 %1，以便其他人登录。</translation>
    </message>
</context>
</TS>

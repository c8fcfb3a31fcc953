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
    <message>
        <source>Nobody has the job number %1; check it in the list of accounts.</source>
        <translation>没有工号为 %1 的人员；请在账户列表中核对工号。</translation>
    </message>
    <message>
        <source>%1 %2 is the hotline&apos;s last active admin; make someone else an admin first.</source>
        <translation>%1 %2 是热线最后一位在用的管理员；请先把另一人设为管理员。</translation>
    </message>
    <message>
        <source>You cannot take away your own admin role; ask another admin.</source>
        <translation>不能取消自己的管理员角色；请另一位管理员操作。</translation>
    </message>
    <message>
        <source>There is no department named %1; choose one of the hotline&apos;s departments.</source>
        <translation>没有名为 %1 的部门；请从热线的部门中选择。</translation>
    </message>
    <message>
        <source>A first sign-in code is valid for 1 to 30 days, not %1.</source>
        <translation>首次登录码的有效期为 1 到 30 天，不能是 %1。</translation>
    </message>
    <message>
        <source>%1 %2 was deactivated and cannot sign in; reactivate them first.</source>
        <translation>%1 %2 已停用，不能登录；请先启用该账户。</translation>
    </message>
    <message>
        <source>A first sign-in code is for someone else; set your own password with New password….</source>
        <translation>首次登录码是发给别人的；您自己的密码请用“新密码…”设置。</translation>
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
    <message>
        <source>Callbacks and outbound calls</source>
        <translation>回访/外呼</translation>
    </message>
    <message>
        <source>Just signed in</source>
        <translation>刚登录</translation>
    </message>
    <message>
        <source>Does not take calls</source>
        <translation>不接听来电</translation>
    </message>
</context>
<context>
    <name>AgentStateRepository</name>
    <message>
        <source>An agent state needs the agent: sign in first.</source>
        <translation>坐席状态需要知道是哪位坐席：请先登录。</translation>
    </message>
    <message>
        <source>A finished agent state needs its start and an end not before it.</source>
        <translation>已结束的坐席状态需要开始时间，且结束时间不能早于开始时间。</translation>
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
    <message>
        <source>The account of %1 is gone from this console; sign in again.</source>
        <translation>%1 的账户已不在本座席上；请重新登录。</translation>
    </message>
    <message>
        <source>An admin switched off the account of %1; the console signed them out.</source>
        <translation>管理员已停用 %1 的账户；座席已将其退出登录。</translation>
    </message>
    <message>
        <source>Choose a password of your own, not the first sign-in code.</source>
        <translation>请设置您自己的密码，不要使用首次登录码。</translation>
    </message>
    <message>
        <source>The first sign-in code of %1 has expired; ask an admin for a new one in Admin ▸ Accounts….</source>
        <translation>%1 的首次登录码已过期；请管理员在 管理 ▸ 账户… 中重新发放。</translation>
    </message>
    <message>
        <source>Welcome, %1. This was your first sign-in code: now choose your own password.</source>
        <translation>欢迎，%1。这是您的首次登录码：现在请设置您自己的密码。</translation>
    </message>
    <message>
        <source>%1 has chosen a password already; sign in with it.</source>
        <translation>%1 已经设置过密码；请用该密码登录。</translation>
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
    <name>CalendarService</name>
    <message>
        <source>A day to import is not a real date; write it as YYYY-MM-DD, for example 2026-10-01.</source>
        <translation>要导入的某一天不是有效日期；请写成 YYYY-MM-DD，例如 2026-10-01。</translation>
    </message>
    <message>
        <source>%1 is not a year; choose a year such as 2027.</source>
        <translation>%1 不是年份；请选择如 2027 这样的年份。</translation>
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
    <name>CallOutcomes</name>
    <message>
        <source>not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Solved on the phone</source>
        <translation>电话解决</translation>
    </message>
    <message>
        <source>Problem form opened</source>
        <translation>已开问题处理表</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>打错电话</translation>
    </message>
    <message>
        <source>Silent or nuisance</source>
        <translation>无声或骚扰电话</translation>
    </message>
</context>
<context>
    <name>CallPurposes</name>
    <message>
        <source>callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>complaint callback</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>chase of a late form</source>
        <translation>催办超时表单</translation>
    </message>
    <message>
        <source>redial</source>
        <translation>重拨</translation>
    </message>
    <message>
        <source>call placed by hand</source>
        <translation>手动拨号</translation>
    </message>
    <message>
        <source>incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>unknown purpose</source>
        <translation>未知用途</translation>
    </message>
</context>
<context>
    <name>CallRecorder</name>
    <message>
        <source>There is no call on the line to keep the recording %1 with.</source>
        <translation>线路上没有可关联录音 %1 的通话。</translation>
    </message>
    <message>
        <source>There is no call to finish.</source>
        <translation>没有需要结束的来电。</translation>
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
    <message>
        <source>The callback of form %1 is in a state this version of ThreeRings does not know; record it on a console of the newer version.</source>
        <translation>问题处理表 %1 的回访处于此版本 ThreeRings 不认识的状态；请在新版本的控制台上记录。</translation>
    </message>
    <message>
        <source>Form %1 has no phone to call back; add the customer&apos;s phone on the form.</source>
        <translation>表单 %1 没有可回访的电话；请在表单上补充用户电话。</translation>
    </message>
    <message>
        <source>Dialled at %1: %2.</source>
        <translation>%1 拨打：%2。</translation>
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
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>已转交</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重开</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation>未知状态</translation>
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
    <message>
        <source>Complaint %1 is in a state this version of ThreeRings does not know; take the next step on a console of the newer version.</source>
        <translation>投诉 %1 处于此版本 ThreeRings 不认识的状态；请在新版本的控制台上进行下一步。</translation>
    </message>
    <message>
        <source>Problem form %1 is classified as %2, not as a service-quality problem; only a service-quality form is registered as a complaint from the form. If the customer complains, register the complaint on a complaint form of its own.</source>
        <translation>问题处理表 %1 的类别是%2，不是服务质量问题；只有服务质量问题的处理表才能由表单登记为投诉。如用户要投诉，请另填一张投诉单登记。</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Problem form %1 holds an answer about its complaint that this version of ThreeRings does not know; answer on a console of the newer version.</source>
        <translation>问题处理表 %1 中关于投诉的回答是本版本 ThreeRings 无法识别的；请在新版本的坐席台上回答。</translation>
    </message>
    <message>
        <source>Problem form %1 is already registered as complaint %2; the complaint follows the complaint process.</source>
        <translation>问题处理表 %1 已登记为投诉 %2；该投诉按投诉流程处理。</translation>
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
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Awaiting the test result</source>
        <translation>等待试机结果</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation>未知状态</translation>
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
    <message>
        <source>This consultation is in a state this version of ThreeRings does not know; finish it on a console of the newer version.</source>
        <translation>此咨询处于此版本 ThreeRings 不认识的状态；请在新版本的控制台上完成。</translation>
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
    <message>
        <source>other phone</source>
        <translation>其他电话</translation>
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
    <name>CustomerService</name>
    <message>
        <source>No customer has the number %1; add the customer first (Customers ▸ New), or correct the number.</source>
        <translation>没有用户使用号码 %1;请先添加该用户(用户 ▸ 新建),或更正号码。</translation>
    </message>
    <message>
        <source>%1&apos;s record was merged into %2&apos;s; correct that record instead.</source>
        <translation>%1 的记录已合并到 %2 的记录;请改在那条记录上更正。</translation>
    </message>
    <message>
        <source>A record cannot be merged into itself; choose the other record of the person.</source>
        <translation>记录不能合并到自身;请选择此人的另一条记录。</translation>
    </message>
    <message>
        <source>%1&apos;s record was merged into another already; merge into the record it went into.</source>
        <translation>%1 的记录已合并到另一条记录;请合并到它所并入的那条记录。</translation>
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
    <message>
        <source>%1 is the hotline&apos;s database (or its journal), which this console has open. Choose another file.</source>
        <translation>%1 是本控制台正在使用的热线数据库（或其日志文件），请选择其他文件。</translation>
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
        <source>user service</source>
        <translation>用户服务</translation>
    </message>
    <message>
        <source>technical support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>product division</source>
        <translation>产品事业部</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其它</translation>
    </message>
    <message>
        <source>department phone</source>
        <translation>部门电话</translation>
    </message>
    <message>
        <source>The department kind &apos;%1&apos; is not known; choose one of: %2.</source>
        <translation>部门类型“%1”无法识别，请从以下选择：%2。</translation>
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
    <name>DepartmentService</name>
    <message>
        <source>There is already a department named %1; choose another name.</source>
        <translation>已有名为%1的部门，请换一个名称。</translation>
    </message>
    <message>
        <source>The head of the department must be an active person of the hotline; choose another head or none.</source>
        <translation>部门主管必须是热线在岗人员，请另选主管或不填。</translation>
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
    <message>
        <source>The invoice date %1 is years after the installation on %2; check the invoice date.</source>
        <translation>发票日期 %1 比安装日期 %2 晚了好几年;请核对发票日期。</translation>
    </message>
    <message>
        <source>The warranty ends on %1, before the invoice date %2; correct the warranty end or leave it empty to count it from the product.</source>
        <translation>保修截止 %1 早于发票日期 %2;请更正保修截止日期,或留空按产品规则计算。</translation>
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
    <name>DeviceService</name>
    <message>
        <source>The serial number %1 is on another device already; check the nameplate, or open that device instead.</source>
        <translation>出厂编号 %1 已属于另一台设备;请核对铭牌,或改为打开那台设备。</translation>
    </message>
    <message>
        <source>The model %1 is set up already; open it in the list to change it.</source>
        <translation>型号 %1 已设置;请在列表中打开它进行修改。</translation>
    </message>
</context>
<context>
    <name>DialResults</name>
    <message>
        <source>answered</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>被拒接</translation>
    </message>
    <message>
        <source>number unreachable</source>
        <translation>号码无法接通</translation>
    </message>
    <message>
        <source>cancelled before an answer</source>
        <translation>接通前已取消</translation>
    </message>
    <message>
        <source>not dialled</source>
        <translation>未拨打</translation>
    </message>
    <message>
        <source>unknown result</source>
        <translation>未知结果</translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
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
    <name>ExportQueries</name>
    <message>
        <source>&apos;%1&apos; is not a kind of record that can be exported.</source>
        <translation>“%1”不是可以导出的记录类型。</translation>
    </message>
    <message>
        <source>Could not read the %1 for the export: %2</source>
        <translation>导出时无法读取 %1：%2</translation>
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
        <source>Could not write the export: %1. Check the disk space and the --out file.</source>
        <translation>无法写入导出文件：%1。请检查磁盘空间和 --out 指定的文件。</translation>
    </message>
    <message>
        <source>Reading the %1 stopped: %2</source>
        <translation>读取 %1 时中断：%2</translation>
    </message>
</context>
<context>
    <name>FormChase</name>
    <message>
        <source>what was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Only a handler who was reached can promise a time; clear the promised time, or choose &quot;handler&quot; and &quot;reached&quot;.</source>
        <translation>只有联系上的处理人才能承诺时间：请清除承诺时间，或选择“催处理人”并勾选“已联系上”。</translation>
    </message>
    <message>
        <source>Say in &quot;what was said&quot; how you tried (for example: no answer, line busy, left a message).</source>
        <translation>请在“沟通内容”中写明联系情况（例如：无人接听、占线、已留言）。</translation>
    </message>
    <message>
        <source>Handler reached</source>
        <translation>已联系上处理人</translation>
    </message>
    <message>
        <source>Handler not reached</source>
        <translation>未联系上处理人</translation>
    </message>
    <message>
        <source>Caller told, with an apology</source>
        <translation>已致歉并告知用户</translation>
    </message>
    <message>
        <source>Caller not reached</source>
        <translation>未联系上用户</translation>
    </message>
    <message>
        <source>, promised %1</source>
        <translation>，承诺 %1 前</translation>
    </message>
    <message>
        <source>Choose whom the chase was: the handler or the caller.</source>
        <translation>请选择催办对象：处理人或用户。</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
</context>
<context>
    <name>FormChases</name>
    <message>
        <source>Problem form %1 is not waiting for a handler&apos;s result (it is %2): there is nothing to chase.</source>
        <translation>问题处理表 %1 并未在等待处理结果（当前为“%2”）：无需催办。</translation>
    </message>
    <message>
        <source>You are the handler of problem form %1: enter the plan or the result instead of chasing yourself.</source>
        <translation>您就是问题处理表 %1 的处理人：请直接填写处理方案或处理结果，不必催办自己。</translation>
    </message>
    <message>
        <source>%1 chased problem form %2: its result was due %3.</source>
        <translation>%1 催办问题处理表 %2：处理结果应于 %3 前返回。</translation>
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
    <message>
        <source>This console cannot place calls.</source>
        <translation>此坐席台不能外呼。</translation>
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
    <message>
        <source>Unknown state</source>
        <translation>未知状态</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>ThreeRings cannot open its database</source>
        <translation>ThreeRings 无法打开数据库</translation>
    </message>
    <message>
        <source>The phone line did not start</source>
        <translation>电话线路未能启动</translation>
    </message>
    <message>
        <source>The site configuration was not applied</source>
        <translation>站点配置未应用</translation>
    </message>
</context>
<context>
    <name>HotlineSetup</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Technical Support Department</source>
        <translation>技术支持部</translation>
    </message>
    <message>
        <source>Product Division</source>
        <translation>产品事业部</translation>
    </message>
    <message>
        <source>User Service Department</source>
        <translation>用户服务部</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>第 %1 个部门</translation>
    </message>
    <message>
        <source>Outlet %1</source>
        <translation>第 %1 个网点</translation>
    </message>
</context>
<context>
    <name>IcsCalendar</name>
    <message>
        <source>Cannot read %1: %2. Check the path and that the file may be read.</source>
        <translation>无法读取 %1：%2。请检查路径以及该文件是否可读。</translation>
    </message>
    <message>
        <source>%1 is empty. Download the holiday calendar (.ics) again, or add the days on the Calendar page of Admin ▸ Hotline set-up….</source>
        <translation>%1 是空文件。请重新下载节假日日历（.ics），或在「管理 ▸ 热线资料…」的「日历」页中逐日添加。</translation>
    </message>
    <message>
        <source>%1 is not an iCalendar file (it does not begin with BEGIN:VCALENDAR). Choose the holiday schedule&apos;s .ics file, or import a CSV or XLSX file with the columns day, kind and name.</source>
        <translation>%1 不是 iCalendar 文件（开头不是 BEGIN:VCALENDAR）。请选择节假日安排的 .ics 文件，或导入含 day、kind、name（日期、类型、名称）列的 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>%1 is not a readable iCalendar file. Choose the holiday schedule&apos;s .ics file, or import a CSV or XLSX file with the columns day, kind and name.</source>
        <translation>%1 不是可读取的 iCalendar 文件。请选择节假日安排的 .ics 文件，或导入含 day、kind、name（日期、类型、名称）列的 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>%1: the event “%2” (event %3) has no valid start date (DTSTART). Fix or remove that event, or download the calendar again.</source>
        <translation>%1：事件“%2”（第 %3 个事件）没有有效的开始日期（DTSTART）。请修正或删除该事件，或重新下载日历。</translation>
    </message>
    <message>
        <source>%1 holds no events (VEVENT), so it names no holidays. Choose a calendar that lists the holidays and swapped working days, or add the days on the Calendar page of Admin ▸ Hotline set-up….</source>
        <translation>%1 中没有任何事件（VEVENT），因此没有列出节假日。请选择列有节假日和调休上班日的日历，或在「管理 ▸ 热线资料…」的「日历」页中逐日添加。</translation>
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
    <message>
        <source>solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>price list</source>
        <translation>产品报价</translation>
    </message>
    <message>
        <source>The category is longer than 100 characters; shorten it.</source>
        <translation>分类超过100个字符，请缩短。</translation>
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
    <message>
        <source>No person has the job number %1.</source>
        <translation>没有工号为 %1 的人员。</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Review %1 (%2)</source>
        <translation>审核 %1（%2）</translation>
    </message>
    <message>
        <source>Read the handling and the result, then write the review.</source>
        <translation>阅读处理过程和结果，然后填写审核意见。</translation>
    </message>
    <message>
        <source>%1 (%2) not transferred by %3</source>
        <translation>%1（%2）未由 %3 转交</translation>
    </message>
    <message>
        <source>%1 (%2) waits for %3</source>
        <translation>%1（%2）等待 %3 处理</translation>
    </message>
    <message>
        <source>Late: ask the person it waits for, and see that the customer gets the apology call.</source>
        <translation>已超时：请督促负责人，并确保给用户打致歉电话。</translation>
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
    <message>
        <source>A notification needs the kind of record it points at.</source>
        <translation>通知需要注明其指向的记录类型。</translation>
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
        <source>outlet phone</source>
        <translation>网点电话</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>appointed outlet</source>
        <translation>特约点</translation>
    </message>
    <message>
        <source>own outlet</source>
        <translation>自办点</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>The outlet kind &apos;%1&apos; is not known; choose one of: %2.</source>
        <translation>网点类型“%1”无法识别，请从以下选择：%2。</translation>
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
    <message>
        <source>There is no outlet named %1.</source>
        <translation>没有名为%1的网点。</translation>
    </message>
</context>
<context>
    <name>OutletService</name>
    <message>
        <source>The outlet code %1 is %2&apos;s already; give each outlet its own code.</source>
        <translation>网点编码%1已属于%2，请为每个网点设不同的编码。</translation>
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
    <message>
        <source>The password has the shape of a first sign-in code (three groups of four letters and digits); choose one that does not.</source>
        <translation>该密码的格式与首次登录码相同（三组、每组四个字母或数字）；请换一个不同格式的密码。</translation>
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
    <message>
        <source>set up the central server</source>
        <translation>设置中心服务器</translation>
    </message>
    <message>
        <source>set up the phone line</source>
        <translation>设置电话线路</translation>
    </message>
    <message>
        <source>read the supervisor&apos;s reports</source>
        <translation>查看主管报表</translation>
    </message>
    <message>
        <source>sign off the daily callback sheet</source>
        <translation>签字确认用户回访统计表</translation>
    </message>
    <message>
        <source>see trainees&apos; practice scores</source>
        <translation>查看学员的练习成绩</translation>
    </message>
    <message>
        <source>export or import the site configuration</source>
        <translation>导出或导入站点配置</translation>
    </message>
    <message>
        <source>read the scripts, phrase lists and knowledge base</source>
        <translation>查看话术脚本、用语列表和知识库</translation>
    </message>
    <message>
        <source>read the business calendar</source>
        <translation>查看工作日历</translation>
    </message>
    <message>
        <source>see the departments</source>
        <translation>查看部门</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>未知角色</translation>
    </message>
    <message>
        <source>set up the hotline&apos;s departments, outlets and products</source>
        <translation>设置热线的部门、网点和产品</translation>
    </message>
    <message>
        <source>add or correct customers and their devices</source>
        <translation>添加或更正用户及其设备</translation>
    </message>
    <message>
        <source>merge two records of one customer</source>
        <translation>合并同一用户的两条记录</translation>
    </message>
    <message>
        <source>take the hotline&apos;s calls</source>
        <translation>接听热线来电</translation>
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
    <name>PracticeDeskQueries</name>
    <message>
        <source>Could not copy the hotline&apos;s lists into the practice file: %1</source>
        <translation>无法把热线的清单复制到练习文件：%1</translation>
    </message>
</context>
<context>
    <name>PracticeRun</name>
    <message>
        <source>Line %1: the answers file is not valid JSON (%2); fix the text there.</source>
        <translation>第 %1 行：答案文件不是有效的 JSON（%2）；请修改该处文本。</translation>
    </message>
    <message>
        <source>Line 1: the answers file is a JSON object {&quot;answer_at_ring&quot;, &quot;actions&quot;}.</source>
        <translation>第 1 行：答案文件应为 JSON 对象 {&quot;answer_at_ring&quot;, &quot;actions&quot;}。</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>answer at ring %1 to 12 (the call reaches the trainee at ring %1).</source>
        <translation>请在第 %1 声到第 12 声之间接听（来电响到第 %1 声时才转到学员）。</translation>
    </message>
    <message>
        <source>list the trainee&apos;s actions as an array.</source>
        <translation>请以数组形式列出学员的操作。</translation>
    </message>
    <message>
        <source>an action is an object such as {&quot;say&quot;: &quot;…&quot;, &quot;step&quot;: &quot;greeting&quot;}.</source>
        <translation>每个操作应为一个对象，例如 {&quot;say&quot;: &quot;…&quot;, &quot;step&quot;: &quot;greeting&quot;}。</translation>
    </message>
    <message>
        <source>the seconds cannot be negative.</source>
        <translation>秒数不能为负数。</translation>
    </message>
    <message>
        <source>the action is not known; use say, tick, skip, trap, caller, remark, form or end.</source>
        <translation>未知操作；请使用 say、tick、skip、trap、caller、remark、form 或 end。</translation>
    </message>
</context>
<context>
    <name>PracticeSession</name>
    <message>
        <source>The practice call has ended; start a new session.</source>
        <translation>练习通话已结束；请开始新的练习会话。</translation>
    </message>
    <message>
        <source>The practice call is already answered.</source>
        <translation>该练习来电已接听。</translation>
    </message>
    <message>
        <source>Answer the practice call first.</source>
        <translation>请先接听练习来电。</translation>
    </message>
    <message>
        <source>The script has no step &quot;%1&quot; on this call.</source>
        <translation>本次通话的话术中没有步骤「%1」。</translation>
    </message>
    <message>
        <source>The scenario has no trap &quot;%1&quot;.</source>
        <translation>该场景中没有陷阱「%1」。</translation>
    </message>
    <message>
        <source>The caller&apos;s line is empty; write what they say.</source>
        <translation>来电人的台词为空；请填写来电人要说的话。</translation>
    </message>
    <message>
        <source>The remark is empty.</source>
        <translation>备注为空。</translation>
    </message>
</context>
<context>
    <name>PracticeSessionRecord</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>on the line</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>PracticeStore</name>
    <message>
        <source>The practice area needs the main database&apos;s path.</source>
        <translation>练习区需要主数据库的路径。</translation>
    </message>
    <message>
        <source>Practice-%1</source>
        <translation>练习-%1</translation>
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
    <message>
        <source>form state</source>
        <translation>处理表状态</translation>
    </message>
    <message>
        <source>answer to the complaint question</source>
        <translation>是否登记为投诉的回答</translation>
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
    <message>
        <source>The form %1 is in a state this version of ThreeRings does not know; take the next step on a console of the newer version.</source>
        <translation>处理表 %1 处于此版本 ThreeRings 不认识的状态；请在新版本的控制台上进行下一步。</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>The warranty of %1 months cannot be right; give the months of warranty from the invoice date, 0 to 240.</source>
        <translation>保修 %1 个月不可能正确;请填写自发票日期起的保修月数,0 到 240。</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>The product %1 does not exist; it may have been deleted.</source>
        <translation>产品 %1 不存在,可能已被删除。</translation>
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
    <name>RecordFinder</name>
    <message>
        <source>Type a form number (such as 20261204-1001-003), a complaint or report number (TS…), or the caller&apos;s phone.</source>
        <translation>请输入表单编号（如 20261204-1001-003）、投诉或汇报单编号（TS…），或来电人的电话。</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
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
        <source>Complaint report</source>
        <translation>投诉处理汇报单</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Unknown record</source>
        <translation>未知记录</translation>
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
    <message>
        <source>The %1 of this %2 record holds a NUL character (U+0000), which cannot be stored or sent to the team server; delete it and save again.</source>
        <translation>这条 %2 记录的 %1 含有空字符（U+0000），无法保存，也无法发送到团队服务器；请删除该字符后重新保存。</translation>
    </message>
    <message>
        <source>The database is busy (%1); try again in a moment.</source>
        <translation>数据库正忙（%1），请稍后再试。</translation>
    </message>
    <message>
        <source>Could not save: %1. Nothing was written.</source>
        <translation>无法保存：%1。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>%1 · page %2</source>
        <translation>%1 · 第 %2 页</translation>
    </message>
    <message>
        <source>Cannot start painting the report; check that the printer or file is available.</source>
        <translation>无法开始绘制报表；请检查打印机或文件是否可用。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a writable file.</source>
        <translation>无法写入 %1：%2。请选择可写入的文件。</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>--month &apos;%1&apos; is not a month; write it as YYYY-MM, e.g. 2026-11.</source>
        <translation>--month「%1」不是有效月份；请写成 YYYY-MM，例如 2026-11。</translation>
    </message>
    <message>
        <source>--quarter &apos;%1&apos; is not a quarter; write it as YYYY-Qn, e.g. 2026-Q4.</source>
        <translation>--quarter「%1」不是有效季度；请写成 YYYY-Qn，例如 2026-Q4。</translation>
    </message>
</context>
<context>
    <name>ReportQueries</name>
    <message>
        <source>The report could not be read: %1. Run &apos;threerings init&apos; to bring the database up to date.</source>
        <translation>无法读取报表：%1。请运行 threerings init 将数据库更新到最新版本。</translation>
    </message>
    <message>
        <source>The report could not be read: %1.</source>
        <translation>无法读取报表：%1。</translation>
    </message>
    <message>
        <source>The sign-off could not be saved: the database is busy. Try again.</source>
        <translation>无法保存签字确认：数据库正忙。请重试。</translation>
    </message>
    <message>
        <source>The callback sheet of %1 was signed off by %2 already.</source>
        <translation>%1 的用户回访统计表已由 %2 签字确认。</translation>
    </message>
    <message>
        <source>The report could not be read: the database is not open.</source>
        <translation>无法读取报表：数据库未打开。</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1 (tally marks)</source>
        <extracomment>the 正 tally marks beside a count, as on 800电话信息统计报表</extracomment>
        <translation>%1（正字计数）</translation>
    </message>
    <message>
        <source>Cannot write the report: %1.</source>
        <translation>无法写入报表：%1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a writable file.</source>
        <translation>无法写入 %1：%2。请选择可写入的文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is missing or not writable. Choose another file.</source>
        <translation>无法写入 %1：文件夹不存在或不可写入。请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <source>Customer callback sheet</source>
        <extracomment>the seed form&apos;s title: 用户回访统计表</extracomment>
        <translation>用户回访统计表</translation>
    </message>
    <message>
        <source>800 call tally</source>
        <extracomment>the seed form&apos;s title: 800电话信息统计报表</extracomment>
        <translation>800电话信息统计报表</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Open items past or near their deadline</source>
        <translation>已超期或即将到期的未结事项</translation>
    </message>
    <message>
        <source>Monthly / quarterly customer complaint rate</source>
        <extracomment>the seed form&apos;s title: 月/季度用户投诉率统计表</extracomment>
        <translation>月/季度用户投诉率统计表</translation>
    </message>
    <message>
        <source>Customer ratings per engineer</source>
        <translation>各工程师用户绩效评定</translation>
    </message>
    <message>
        <source>Weekly report to the general manager</source>
        <translation>总经理周报</translation>
    </message>
    <message>
        <source>Choose the day, month or quarter the report covers.</source>
        <translation>请选择报表涵盖的日期、月份或季度。</translation>
    </message>
    <message>
        <source>Unknown report &apos;%1&apos;; choose one of: %2.</source>
        <translation>未知报表「%1」，请从以下报表中选择：%2。</translation>
    </message>
    <message>
        <source>Form no.</source>
        <extracomment>seed heading 对应号</extracomment>
        <translation>对应号</translation>
    </message>
    <message>
        <source>Outlet</source>
        <extracomment>seed heading 网点名称</extracomment>
        <translation>网点名称</translation>
    </message>
    <message>
        <source>Acceptor&apos;s phone and name</source>
        <extracomment>seed heading 受理人电话及姓名</extracomment>
        <translation>受理人电话及姓名</translation>
    </message>
    <message>
        <source>Callback result and evaluation of the work</source>
        <extracomment>seed heading 回访结果及对工程评价</extracomment>
        <translation>回访结果及对工程评价</translation>
    </message>
    <message>
        <source>Repairer</source>
        <extracomment>seed heading 维修人</extracomment>
        <translation>维修人</translation>
    </message>
    <message>
        <source>Fault level</source>
        <extracomment>seed heading 故障等级</extracomment>
        <translation>故障等级</translation>
    </message>
    <message>
        <source>Remarks</source>
        <extracomment>seed heading 备注</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Called back by</source>
        <extracomment>seed heading 回访人</extracomment>
        <translation>回访人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>working</source>
        <translation>运行正常</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>仍有故障</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>open since %1</source>
        <translation>自 %1 起未结</translation>
    </message>
    <message numerus="yes">
        <source>open, %n attempt(s)</source>
        <translation>
            <numerusform>未结，已尝试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Callback date: %1</source>
        <extracomment>the footer of 用户回访统计表: 回访日期 / 技术经理</extracomment>
        <translation>回访日期：%1</translation>
    </message>
    <message>
        <source>Technical manager: %1</source>
        <translation>技术经理：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s), %1 still open</source>
        <translation>
            <numerusform>共 %n 项回访，其中 %1 项仍未结</numerusform>
        </translation>
    </message>
    <message>
        <source>Job no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Technical quality</source>
        <extracomment>技术质量 on 800用户问题处理表</extracomment>
        <translation>技术质量</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>服务</extracomment>
        <translation>服务</translation>
    </message>
    <message>
        <source>Sales</source>
        <extracomment>销售</extracomment>
        <translation>销售</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>其它</extracomment>
        <translation>其它</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>合计</extracomment>
        <translation>合计</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未接听）</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>每小时来电数</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>来电数</translation>
    </message>
    <message>
        <source>Per agent and team</source>
        <translation>按坐席和班组</translation>
    </message>
    <message>
        <source>Agent or team</source>
        <translation>坐席或班组</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已接听</translation>
    </message>
    <message>
        <source>Within 3 rings</source>
        <translation>三声内接听</translation>
    </message>
    <message>
        <source>Mean rings</source>
        <translation>平均响铃声数</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Mean handle (s)</source>
        <translation>平均处理时长（秒）</translation>
    </message>
    <message>
        <source>Mean wrap-up (s)</source>
        <translation>平均话后处理时长（秒）</translation>
    </message>
    <message>
        <source>Ready (min)</source>
        <translation>就绪（分钟）</translation>
    </message>
    <message>
        <source>Not ready (min)</source>
        <translation>未就绪（分钟）</translation>
    </message>
    <message>
        <source>On call (min)</source>
        <translation>通话中（分钟）</translation>
    </message>
    <message>
        <source>Wrap-up (min)</source>
        <translation>话后处理（分钟）</translation>
    </message>
    <message>
        <source>Script steps skipped</source>
        <translation>跳过的话术步骤</translation>
    </message>
    <message>
        <source>Banned phrases</source>
        <translation>服务禁语</translation>
    </message>
    <message>
        <source>Team: (none)</source>
        <translation>班组：（无）</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>班组：%1</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Within 3 rings: calls answered by the third ring, out of all calls that rang.</source>
        <translation>三声内接听：在第三声及之前接听的来电占全部响铃来电的比例。</translation>
    </message>
    <message>
        <source>Problem form: transfer to a handler</source>
        <translation>问题处理表：转交处理人</translation>
    </message>
    <message>
        <source>Problem form: handling result</source>
        <translation>问题处理表：处理结果</translation>
    </message>
    <message>
        <source>Complaint: written reply</source>
        <translation>投诉：书面答复</translation>
    </message>
    <message>
        <source>Complaint: call the customer back</source>
        <translation>投诉：回访用户</translation>
    </message>
    <message>
        <source>Consultation: caller&apos;s test result</source>
        <translation>咨询：来电人的测试结果</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>late</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Department</source>
        <extracomment>seed heading 部门名称</extracomment>
        <translation>部门名称</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Working hours late</source>
        <translation>超时工作小时数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 late, %2 due within %3 working hours.</source>
        <translation>%1 项已超时，%2 项将在 %3 个工作小时内到期。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <extracomment>seed heading 投诉次数</extracomment>
        <translation>投诉次数</translation>
    </message>
    <message>
        <source>Repairs</source>
        <extracomment>seed heading 维修次数</extracomment>
        <translation>维修次数</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <extracomment>seed heading 投诉率</extracomment>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Complaint rate: complaints registered against the department, out of the problem forms it resolved in the period.</source>
        <translation>投诉率：本期内针对该部门登记的投诉数占该部门已解决问题处理表数的比例。</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评定次数</translation>
    </message>
    <message>
        <source>Technical (mean)</source>
        <extracomment>技术水平 on 绩效评定表</extracomment>
        <translation>技术水平（平均）</translation>
    </message>
    <message>
        <source>Attitude (mean)</source>
        <extracomment>服务态度</extracomment>
        <translation>服务态度（平均）</translation>
    </message>
    <message>
        <source>Score total</source>
        <extracomment>评定绩效分</extracomment>
        <translation>评定绩效分</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低分</translation>
    </message>
    <message>
        <source>Became complaints</source>
        <translation>转为投诉</translation>
    </message>
    <message>
        <source>Service level: %1</source>
        <translation>服务水平：%1</translation>
    </message>
    <message>
        <source>Calls per agent and category</source>
        <translation>按坐席和类别统计的来电数</translation>
    </message>
    <message>
        <source>Callbacks due this week</source>
        <translation>本周到期的回访</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>仍未结</translation>
    </message>
    <message>
        <source>Complaints and repairs this week</source>
        <translation>本周投诉和维修</translation>
    </message>
    <message>
        <source>Customer ratings this week</source>
        <translation>本周用户绩效评定</translation>
    </message>
    <message>
        <source>Open items past their deadline</source>
        <translation>已超期的未结事项</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) past their deadline at %1.</source>
        <translation>
            <numerusform>截至 %1，有 %n 项未结事项已超期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the day of the callback sheet to sign off.</source>
        <translation>请选择要签字确认的用户回访统计表日期。</translation>
    </message>
    <message>
        <source>Write the technical manager&apos;s name to sign the sheet.</source>
        <translation>请填写技术经理的姓名以签字确认该表。</translation>
    </message>
    <message>
        <source>Wrong numbers</source>
        <extracomment>打错电话: not counted in the total of real calls</extracomment>
        <translation>打错电话</translation>
    </message>
    <message>
        <source>Silent or nuisance</source>
        <extracomment>无声或骚扰电话</extracomment>
        <translation>无声或骚扰电话</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) on the sheet of %1 are still open: %2. Sign anyway only if they are to be carried over to the next day.</source>
        <translation>
            <numerusform>%1 的回访表上还有 %n 条回访未完成：%2。只有在要把它们结转到下一天时才签署。</numerusform>
        </translation>
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
    <name>Scenario</name>
    <message>
        <source>the scenario has no key; give it one, e.g. &quot;atm-card-stuck&quot;.</source>
        <translation>场景没有标识；请为其指定一个，例如「atm-card-stuck」。</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; may hold only a-z, 0-9, - and _.</source>
        <translation>标识「%1」只能包含 a-z、0-9、- 和 _。</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is not known; use zh_CN or en.</source>
        <translation>未知语言「%1」；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>the scenario needs a title.</source>
        <translation>场景需要标题。</translation>
    </message>
    <message>
        <source>the caller needs a name (as the trainee should write it on the form).</source>
        <translation>来电人需要姓名（即学员应在表单上填写的姓名）。</translation>
    </message>
    <message>
        <source>the caller needs an opening line: what they say when the call is answered.</source>
        <translation>来电人需要开场白：即来电接通后来电人说的第一句话。</translation>
    </message>
    <message>
        <source>say what the caller&apos;s problem is.</source>
        <translation>请说明来电人的问题是什么。</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is not a script step; use one of %2.</source>
        <translation>「%1」不是话术步骤；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; has a line already; merge the two.</source>
        <translation>步骤「%1」已有台词；请将两者合并。</translation>
    </message>
    <message>
        <source>the line is empty; write what the caller says.</source>
        <translation>台词为空；请填写来电人说的话。</translation>
    </message>
    <message>
        <source>the category &quot;%1&quot; is not known; use one of %2.</source>
        <translation>未知类别「%1」；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>say which customer name the form must hold.</source>
        <translation>请说明表单中必须填写的用户姓名。</translation>
    </message>
    <message>
        <source>each trap needs an id of its own (&quot;%1&quot; is empty or used twice).</source>
        <translation>每个陷阱都需要唯一的 id（「%1」为空或重复使用）。</translation>
    </message>
    <message>
        <source>the trap kind &quot;%1&quot; is not known; use one of %2.</source>
        <translation>未知陷阱类型「%1」；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is not a script step; leave it empty for a trap only the trainer springs.</source>
        <translation>「%1」不是话术步骤；如果该陷阱只由培训师触发，请将步骤留空。</translation>
    </message>
    <message>
        <source>write what the caller says in the trap.</source>
        <translation>请填写来电人在该陷阱中说的话。</translation>
    </message>
    <message>
        <source>trap points must be 0 to 50.</source>
        <translation>陷阱分值必须在 0 到 50 之间。</translation>
    </message>
    <message>
        <source>list the words a good answer holds (one of them is enough).</source>
        <translation>请列出正确回答应包含的词语（包含其中之一即可）。</translation>
    </message>
    <message>
        <source>the call reaches the trainee at ring 1 to 6, not %1.</source>
        <translation>来电应在第 1 到 6 声时转到学员，而不是 %1。</translation>
    </message>
    <message>
        <source>the pass mark is a percentage, 0 to 100, not %1.</source>
        <translation>及格分是 0 到 100 之间的百分比，而不是 %1。</translation>
    </message>
    <message>
        <source>scoring values are 0 to 100.</source>
        <translation>评分值应在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>the target time is at least 10 seconds.</source>
        <translation>目标时长至少为 10 秒。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>a line is an object {&quot;step&quot;, &quot;text&quot;}.</source>
        <translation>每句台词应为对象 {&quot;step&quot;, &quot;text&quot;}。</translation>
    </message>
    <message>
        <source>points is a whole number.</source>
        <translation>points 必须是整数。</translation>
    </message>
    <message>
        <source>this is a whole number.</source>
        <translation>此项必须是整数。</translation>
    </message>
    <message>
        <source>Line %1: the scenario is not valid JSON (%2); fix the text there.</source>
        <translation>第 %1 行：场景不是有效的 JSON（%2）；请修改该处文本。</translation>
    </message>
    <message>
        <source>Line 1: a scenario file is a JSON object: one scenario, or {&quot;scenarios&quot;: [...]}.</source>
        <translation>第 1 行：场景文件应为 JSON 对象：单个场景，或 {&quot;scenarios&quot;: [...]}。</translation>
    </message>
    <message>
        <source>Line %1, scenarios: the file holds no scenarios; add at least one.</source>
        <translation>第 %1 行，scenarios：文件中没有场景；请至少添加一个。</translation>
    </message>
    <message>
        <source>Line %1, %2.key: the key &quot;%3&quot; is used twice.</source>
        <translation>第 %1 行，%2.key：标识「%3」重复使用。</translation>
    </message>
    <message>
        <source>Cannot read the scenario file %1 (%2); check the path.</source>
        <translation>无法读取场景文件 %1（%2）；请检查路径。</translation>
    </message>
    <message>
        <source>The shipped scenarios %1 are missing from this build.</source>
        <translation>此版本中缺少内置场景 %1。</translation>
    </message>
    <message>
        <source>Angry caller wants a refund</source>
        <translation>用户发怒要求退款</translation>
    </message>
    <message>
        <source>Name hard to hear</source>
        <translation>姓名听不清</translation>
    </message>
    <message>
        <source>Second repair of the device</source>
        <translation>设备再次报修</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其它</translation>
    </message>
    <message>
        <source>Apology (after ring 3)</source>
        <translation>致歉（超过三声）</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>Purpose of the call</source>
        <translation>询问来电事由</translation>
    </message>
    <message>
        <source>Restate the matter</source>
        <translation>复述确认</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>Look it up</source>
        <translation>查询资料</translation>
    </message>
    <message>
        <source>Record and transfer</source>
        <translation>记录并转交</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结束语</translation>
    </message>
</context>
<context>
    <name>ScorecardPdf</name>
    <message>
        <source>Cannot write %1 (%2); choose another folder.</source>
        <translation>无法写入 %1（%2）；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Practice scorecard</source>
        <translation>练习评分表</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Practice scorecard&lt;/h2&gt;&lt;p&gt;Trainee: %1&lt;br&gt;Date: %2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;练习评分表&lt;/h2&gt;&lt;p&gt;学员：%1&lt;br&gt;日期：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot write the PDF %1; choose another folder.</source>
        <translation>无法写入 PDF %1；请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>Scorer</name>
    <message>
        <source>The call was never answered: the caller gave up while it rang.</source>
        <translation>来电始终未接听：来电人在响铃时已放弃。</translation>
    </message>
    <message>
        <source>Answered at ring %1: pick up within three rings (%2 points per ring late).</source>
        <translation>第%1声接听：应在三声内接听（每晚一声扣 %2 分）。</translation>
    </message>
    <message>
        <source>The required script step &quot;%1&quot; was not done.</source>
        <translation>未完成必需的话术步骤「%1」。</translation>
    </message>
    <message>
        <source>Said the banned phrase &quot;%1&quot;.</source>
        <translation>说了服务禁语「%1」。</translation>
    </message>
    <message>
        <source>Said the banned phrase &quot;%1&quot;; say &quot;%2&quot; instead.</source>
        <translation>说了服务禁语「%1」；应改说「%2」。</translation>
    </message>
    <message>
        <source>Used %1 of the %2 standard phrases wanted (e.g. &quot;Thank you&quot;, &quot;One moment, please&quot;).</source>
        <translation>应使用 %2 句标准用语，实际使用了 %1 句（如「谢谢」「请稍等」）。</translation>
    </message>
    <message>
        <source>The form has no category; this call is &quot;%1&quot;.</source>
        <translation>表单未填写类别；本次来电属于「%1」。</translation>
    </message>
    <message>
        <source>The form&apos;s category is &quot;%1&quot;; this call is &quot;%2&quot;.</source>
        <translation>表单类别为「%1」；本次来电属于「%2」。</translation>
    </message>
    <message>
        <source>The form has no customer name; the caller is %1.</source>
        <translation>表单未填写用户姓名；来电人是 %1。</translation>
    </message>
    <message>
        <source>The form names the customer &quot;%1&quot;; the caller is %2 (ask again, never guess).</source>
        <translation>表单上的用户姓名为「%1」；来电人是 %2（请再次询问，切勿猜测）。</translation>
    </message>
    <message>
        <source>The form has no contact phone; read it back to the caller.</source>
        <translation>表单未填写联系电话；请向来电人复述确认。</translation>
    </message>
    <message>
        <source>The contact phone &quot;%1&quot; is wrong; it is %2.</source>
        <translation>联系电话「%1」有误；正确的是 %2。</translation>
    </message>
    <message>
        <source>The form has no outlet; the caller&apos;s outlet is %1.</source>
        <translation>表单未填写网点；来电人的网点是 %1。</translation>
    </message>
    <message>
        <source>The outlet &quot;%1&quot; is wrong; it is %2.</source>
        <translation>网点「%1」有误；正确的是 %2。</translation>
    </message>
    <message>
        <source>The description misses: %1.</source>
        <translation>描述中缺少：%1。</translation>
    </message>
    <message>
        <source>No form was filled for the call.</source>
        <translation>本次来电未填写表单。</translation>
    </message>
    <message>
        <source>The call took %1 s; the target is %2 s.</source>
        <translation>通话用时 %1 秒；目标为 %2 秒。</translation>
    </message>
    <message>
        <source>Trap &quot;%1&quot;: the answer held none of: %2.</source>
        <translation>陷阱「%1」：回答中未包含以下任何一项：%2。</translation>
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
    <name>ServerConfig</name>
    <message>
        <source>The server URL must look like postgresql://USER@HOST:PORT/DB?sslmode=verify-full (got &apos;%1&apos;).</source>
        <translation>服务器 URL 应形如 postgresql://USER@HOST:PORT/DB?sslmode=verify-full（实际为「%1」）。</translation>
    </message>
    <message>
        <source>The server URL names no host; write postgresql://USER@HOST:PORT/DB.</source>
        <translation>服务器 URL 中未指定主机；请写成 postgresql://USER@HOST:PORT/DB。</translation>
    </message>
    <message>
        <source>The server URL names no database; write postgresql://USER@HOST:PORT/DB.</source>
        <translation>服务器 URL 中未指定数据库；请写成 postgresql://USER@HOST:PORT/DB。</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not known; use one of %2.</source>
        <translation>未知的 sslmode「%1」；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>The server URL option &apos;%1&apos; is not known; use sslmode and sslrootcert.</source>
        <translation>未知的服务器 URL 选项「%1」；请使用 sslmode 和 sslrootcert。</translation>
    </message>
    <message>
        <source>This build has no PostgreSQL driver (Qt&apos;s QPSQL plugin); install libqt6sql6-psql to reach the server.</source>
        <translation>此版本没有 PostgreSQL 驱动（Qt 的 QPSQL 插件）；请安装 libqt6sql6-psql 以连接服务器。</translation>
    </message>
    <message>
        <source>Could not reach the server %1: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a site file never carries the server password; remove it and enter the password on each console (Admin ▸ Server…).</source>
        <translation>站点配置文件不携带服务器密码；请将其删除，并在每台控制台上输入密码（管理 ▸ 服务器…）。</translation>
    </message>
    <message>
        <source>must be a port number from 1 to 65535.</source>
        <translation>必须是 1 到 65535 之间的端口号。</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>必须是文本。</translation>
    </message>
    <message>
        <source>not a server field; use host, port, database, user, sslMode and sslRootCert.</source>
        <translation>不是服务器字段；请使用 host、port、database、user、sslMode 和 sslRootCert。</translation>
    </message>
    <message>
        <source>the server&apos;s host name is missing.</source>
        <translation>缺少服务器的主机名。</translation>
    </message>
    <message>
        <source>the database name on the server is missing.</source>
        <translation>缺少服务器上的数据库名。</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is checked but not its name (sslmode=verify-ca): another server with a certificate of the same authority could pose as it. Use sslmode=verify-full.</source>
        <translation>已检查服务器证书，但未检查其名称（sslmode=verify-ca）：持有同一证书颁发机构证书的其他服务器可以冒充它。请使用 sslmode=verify-full。</translation>
    </message>
    <message>
        <source>The connection to the server is encrypted but the server is not verified (sslmode=require): someone on the network could pose as it and read what this console sends. Get the server&apos;s certificate authority from the admin and use sslmode=verify-full.</source>
        <translation>与服务器的连接已加密，但未验证服务器身份（sslmode=require）：网络上的他人可以冒充服务器并读取本控制台发送的内容。请向管理员获取服务器的证书颁发机构文件，并使用 sslmode=verify-full。</translation>
    </message>
    <message>
        <source>The connection to the server may not be encrypted (sslmode=%1): someone on the network could read or change what this console sends. Get the server&apos;s certificate authority from the admin and use sslmode=verify-full.</source>
        <translation>与服务器的连接可能未加密（sslmode=%1）：网络上的他人可以读取或篡改本控制台发送的内容。请向管理员获取服务器的证书颁发机构文件，并使用 sslmode=verify-full。</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>The server did not set the login of %1: %2</source>
        <translation>服务器未能设置 %1 的登录：%2</translation>
    </message>
    <message>
        <source>The server did not take the new password: %1</source>
        <translation>服务器未接受新密码：%1</translation>
    </message>
</context>
<context>
    <name>ServerPassword</name>
    <message>
        <source>No server password in the keychain for %1: %2</source>
        <translation>钥匙串中没有 %1 的服务器密码：%2</translation>
    </message>
    <message>
        <source>No password for the server login %1: an admin enters it in Admin ▸ Server… (kept in the keychain), or set THREERINGS_SERVER_PASSWORD for a headless run.</source>
        <translation>服务器登录名 %1 没有密码：请管理员在「管理 ▸ 服务器…」中输入（保存在钥匙串中），或在无界面运行时设置 THREERINGS_SERVER_PASSWORD。</translation>
    </message>
    <message>
        <source>Could not keep the server password in the keychain: %1. Set THREERINGS_SERVER_PASSWORD instead on this computer.</source>
        <translation>无法将服务器密码保存到钥匙串：%1。请改为在本机上设置 THREERINGS_SERVER_PASSWORD。</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>Could not read the server&apos;s schema version: %1</source>
        <translation>无法读取服务器的结构版本：%1</translation>
    </message>
    <message>
        <source>Could not create the schema on the server (the login needs CREATE on the database): %1</source>
        <translation>无法在服务器上创建数据库结构（该登录名需要数据库的 CREATE 权限）：%1</translation>
    </message>
    <message>
        <source>The server&apos;s schema (version %1) is newer than this console (version %2); update ThreeRings on this computer.</source>
        <translation>服务器的数据库结构（版本 %1）比本控制台（版本 %2）新；请在本机上更新 ThreeRings。</translation>
    </message>
    <message>
        <source>Could not start a transaction on the server: %1</source>
        <translation>无法在服务器上开始事务：%1</translation>
    </message>
    <message>
        <source>Server migration %1 failed (nothing of it was kept): %2</source>
        <translation>服务器迁移 %1 失败（未保留其任何更改）：%2</translation>
    </message>
    <message>
        <source>Server migration %1 could not be committed: %2</source>
        <translation>无法提交服务器迁移 %1：%2</translation>
    </message>
    <message>
        <source>Could not add the server login %1: %2</source>
        <translation>无法添加服务器登录名 %1：%2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2, or %3 for %4</source>
        <translation>%1 到 %2 之间的整数，或 %3（%4）</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>1 (on) or 0 (off)</source>
        <translation>1（开）或 0（关）</translation>
    </message>
    <message numerus="yes">
        <source>text that is not empty, at most %n character(s)</source>
        <translation>
            <numerusform>不为空且最多 %n 个字符的文本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>text of at most %n character(s)</source>
        <translation>
            <numerusform>最多 %n 个字符的文本</numerusform>
        </translation>
    </message>
    <message>
        <source>any text</source>
        <translation>任意文本</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>a time of day written as HH:MM, for example 08:30</source>
        <translation>以 HH:MM 书写的时刻，例如 08:30</translation>
    </message>
    <message>
        <source>an IANA time zone such as Asia/Shanghai</source>
        <translation>IANA 时区名称，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>days of the week as numbers from 1 (Monday) to 7 (Sunday) separated by commas, for example 6,7, leaving at least one working day</source>
        <translation>用逗号分隔的星期数字，从 1（星期一）到 7（星期日），例如 6,7，且至少留出一个工作日</translation>
    </message>
    <message>
        <source>a date and time such as 2026-11-25T09:00:00Z, or nothing</source>
        <translation>日期时间（例如 2026-11-25T09:00:00Z），或留空</translation>
    </message>
    <message>
        <source>The setting %1 (%2) must be %3; %4 is not.</source>
        <translation>设置项%1（%2）必须是%3；%4 不符合要求。</translation>
    </message>
    <message>
        <source>There is no setting %1: %2 takes one of %3 after the dot.</source>
        <translation>没有设置项 %1：%2 的点号之后只能是 %3 之一。</translation>
    </message>
    <message>
        <source>unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>hotline number</source>
        <translation>热线号码</translation>
    </message>
    <message>
        <source>phone line the console starts on</source>
        <translation>控制台启动时使用的电话线路</translation>
    </message>
    <message>
        <source>length of a ring in milliseconds</source>
        <translation>每声振铃的时长（毫秒）</translation>
    </message>
    <message>
        <source>silence between rings in milliseconds</source>
        <translation>两声振铃之间的间隔（毫秒）</translation>
    </message>
    <message>
        <source>rings before an unanswered call is declined</source>
        <translation>无人接听的来电被拒接前的振铃声数</translation>
    </message>
    <message>
        <source>wrap-up time after a call in seconds</source>
        <translation>通话后的整理时间（秒）</translation>
    </message>
    <message>
        <source>minutes an account stays locked after five wrong passwords</source>
        <translation>连续五次密码错误后账户锁定的分钟数</translation>
    </message>
    <message>
        <source>minutes before an untouched console locks itself</source>
        <translation>控制台无人操作后自动锁定的分钟数</translation>
    </message>
    <message>
        <source>which resolved forms get a callback</source>
        <translation>哪些已解决的问题表需要回访</translation>
    </message>
    <message>
        <source>callback share in percent of forms without an outlet</source>
        <translation>无网点问题表的回访比例（%）</translation>
    </message>
    <message>
        <source>callback share in percent of outlet kind %1</source>
        <translation>网点类别 %1 的回访比例（%）</translation>
    </message>
    <message>
        <source>hours before an unreachable customer is called again</source>
        <translation>联系不上的用户再次回访前的小时数</translation>
    </message>
    <message>
        <source>callback attempts before an unreachable customer is given up</source>
        <translation>放弃联系不上的用户之前的回访次数</translation>
    </message>
    <message>
        <source>rating score below which a rating becomes a complaint</source>
        <translation>低于此分数的评定转为投诉</translation>
    </message>
    <message>
        <source>time zone of the business calendar</source>
        <translation>工作日历的时区</translation>
    </message>
    <message>
        <source>opening time</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <source>closing time</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>start of the lunch break</source>
        <translation>午休开始时间</translation>
    </message>
    <message>
        <source>end of the lunch break</source>
        <translation>午休结束时间</translation>
    </message>
    <message>
        <source>weekend days</source>
        <translation>周末休息日</translation>
    </message>
    <message>
        <source>default calendar loaded</source>
        <translation>已载入的默认日历</translation>
    </message>
    <message>
        <source>export time of the last site file applied</source>
        <translation>最近应用的站点配置文件的导出时间</translation>
    </message>
    <message>
        <source>register a SIP account</source>
        <translation>注册 SIP 账户</translation>
    </message>
    <message>
        <source>SIP user</source>
        <translation>SIP 用户</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>SIP 域</translation>
    </message>
    <message>
        <source>SIP proxy</source>
        <translation>SIP 代理</translation>
    </message>
    <message>
        <source>SIP transport</source>
        <translation>SIP 传输方式</translation>
    </message>
    <message>
        <source>address the SIP line listens on</source>
        <translation>SIP 线路的监听地址</translation>
    </message>
    <message>
        <source>a free port chosen by the line</source>
        <translation>由线路自选的空闲端口</translation>
    </message>
    <message>
        <source>SIP port</source>
        <translation>SIP 端口</translation>
    </message>
    <message>
        <source>SIP audio codecs</source>
        <translation>SIP 音频编解码器</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <source>ringer</source>
        <translation>振铃设备</translation>
    </message>
    <message>
        <source>calls while the agent is not Ready</source>
        <translation>坐席未就绪时的来电处理</translation>
    </message>
    <message>
        <source>record calls</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <source>folder for call recordings</source>
        <translation>通话录音文件夹</translation>
    </message>
    <message>
        <source>hotline set up (first-start walk-through done)</source>
        <translation>热线已设置好（首次启动设置向导已完成）</translation>
    </message>
    <message>
        <source>agents start Ready when they sign in</source>
        <translation>坐席登录后即为就绪</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Could not read the setting %1: %2</source>
        <translation>无法读取设置 %1：%2</translation>
    </message>
    <message>
        <source>The database holds a value this console does not accept. %1 Set the setting again.</source>
        <translation>数据库中保存的值本控制台不接受。%1请重新设置该项。</translation>
    </message>
</context>
<context>
    <name>SetupTables</name>
    <message>
        <source>this is not a column of %1; the columns are: %2. Rename or remove it.</source>
        <translation>这不是%1的列；可用的列为：%2。请改名或删除该列。</translation>
    </message>
    <message>
        <source>the required column is missing; add a column headed %1 (or %2).</source>
        <translation>缺少必填列，请添加列标题为%1（或%2）的一列。</translation>
    </message>
    <message>
        <source>Unknown kind &apos;%1&apos;; choose one of: %2.</source>
        <translation>未知类别“%1”，请从以下选择：%2。</translation>
    </message>
    <message>
        <source>the department&apos;s name is empty; fill it in.</source>
        <translation>部门名称为空，请填写。</translation>
    </message>
    <message>
        <source>%1 is named on row %2 already; keep one row per department.</source>
        <translation>%1已在第%2行出现，每个部门只保留一行。</translation>
    </message>
    <message>
        <source>nobody active has the job number %1; add the person first, or leave the cell empty.</source>
        <translation>没有工号为%1的在岗人员，请先添加此人，或将该格留空。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a form category; use technical, service, sales or other, separated by commas.</source>
        <translation>“%1”不是表单类别，请用 technical、service、sales 或 other（技术质量、服务、销售、其它），以逗号分隔。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither yes nor no; write 1 or 0.</source>
        <translation>“%1”既不是“是”也不是“否”，请填 1 或 0。</translation>
    </message>
    <message>
        <source>Department %1: %2 Nothing was imported.</source>
        <translation>部门%1：%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>the outlet&apos;s code is empty; fill it in.</source>
        <translation>网点编码为空，请填写。</translation>
    </message>
    <message>
        <source>the code %1 is on row %2 already; give each outlet its own code.</source>
        <translation>编码%1已在第%2行出现，请为每个网点设不同的编码。</translation>
    </message>
    <message>
        <source>Outlet %1: %2 Nothing was imported.</source>
        <translation>网点%1：%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>outlets</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the spreadsheet: %1.</source>
        <translation>无法为电子表格创建临时文件夹：%1。</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet in %1.</source>
        <translation>无法在%1中写入电子表格。</translation>
    </message>
    <message>
        <source>Cannot read the spreadsheet back: %1.</source>
        <translation>无法读回电子表格：%1。</translation>
    </message>
    <message>
        <source>Cannot write the export: %1.</source>
        <translation>无法写入导出内容：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1，第%2行：%3</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: %4</source>
        <translation>%1，第%2行，%3列：%4</translation>
    </message>
    <message>
        <source>the entry&apos;s title is empty; fill it in.</source>
        <translation>条目标题为空，请填写。</translation>
    </message>
    <message>
        <source>%1 is on row %2 already; keep one row per entry.</source>
        <translation>%1已在第%2行出现，每个条目只保留一行。</translation>
    </message>
    <message>
        <source>Entry %1: %2 Nothing was imported.</source>
        <translation>条目%1：%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>knowledge-base entries</source>
        <translation>知识库条目</translation>
    </message>
    <message>
        <source>this is not a column of %1; the columns are: day, kind, name. Rename or remove it.</source>
        <translation>这不是%1的列；可用的列为：day、kind、name（日期、类型、名称）。请改名或删除该列。</translation>
    </message>
    <message>
        <source>the required column is missing; add a column headed day (or 日期).</source>
        <translation>缺少必填列；请添加标题为 day（或 日期）的列。</translation>
    </message>
    <message>
        <source>the day is empty; write it as YYYY-MM-DD, for example 2026-10-01.</source>
        <translation>日期为空；请写成 YYYY-MM-DD，例如 2026-10-01。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD, for example 2026-10-01.</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD，例如 2026-10-01。</translation>
    </message>
    <message>
        <source>%1 is on row %2 already; keep one row per day.</source>
        <translation>%1 已在第 %2 行出现；每天只保留一行。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a holiday nor a swapped working day; write holiday (休) or workday (班).</source>
        <translation>“%1”既不是节假日也不是调休上班日；请填写 holiday（休）或 workday（班）。</translation>
    </message>
    <message>
        <source>calendar days (holidays and swapped working days)</source>
        <translation>日历日期（节假日和调休上班日）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number; write it with its area code, as 010 6552 8888 or 138 0013 8000.</source>
        <translation>“%1”不是电话号码;请连区号一起填写,如 010 6552 8888 或 138 0013 8000。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-05.</source>
        <translation>“%1”不是日期;请写成 YYYY-MM-DD,例如 2026-03-05。</translation>
    </message>
    <message>
        <source>no outlet has the code %1; add the outlet first (Outlets, or import outlets), or correct the code.</source>
        <translation>没有网点编码为 %1;请先添加该网点(网点页,或导入网点),或更正编码。</translation>
    </message>
    <message>
        <source>the model is empty; fill it in.</source>
        <translation>型号为空;请填写。</translation>
    </message>
    <message>
        <source>the model %1 is on row %2 already; keep one row per model.</source>
        <translation>型号 %1 已在第 %2 行出现;每个型号只保留一行。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of months; write e.g. 12.</source>
        <translation>“%1”不是月数;请填写如 12。</translation>
    </message>
    <message>
        <source>Model %1: %2 Nothing was imported.</source>
        <translation>型号 %1:%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>a customer is found by a phone, and the file has no phone column; add a column headed phone_mobile (or 手机), phone_office or phone_other.</source>
        <translation>用户按电话查找,而文件中没有电话列;请添加标题为 phone_mobile(或 手机)、phone_office 或 phone_other 的列。</translation>
    </message>
    <message>
        <source>the customer has no phone; fill in the mobile, office or other phone.</source>
        <translation>该用户没有电话;请填写手机、办公电话或其他电话。</translation>
    </message>
    <message>
        <source>%1 is on row %2 already; keep one row per customer.</source>
        <translation>%1 已在第 %2 行出现;每个用户只保留一行。</translation>
    </message>
    <message>
        <source>Customer %1: %2 Nothing was imported.</source>
        <translation>用户 %1:%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>the serial number is empty; copy it from the nameplate.</source>
        <translation>出厂编号为空;请照铭牌填写。</translation>
    </message>
    <message>
        <source>the serial number %1 is on row %2 already; keep one row per device.</source>
        <translation>出厂编号 %1 已在第 %2 行出现;每台设备只保留一行。</translation>
    </message>
    <message>
        <source>no customer has the number %1; import or add the customer first, or correct the number.</source>
        <translation>没有用户使用号码 %1;请先导入或添加该用户,或更正号码。</translation>
    </message>
    <message>
        <source>whose device is it? Fill in the customer&apos;s phone.</source>
        <translation>这是谁的设备?请填写用户电话。</translation>
    </message>
    <message>
        <source>the product is empty and the model %1 is not set up; name the product (ATM, APM …) or import the products first.</source>
        <translation>产品为空,且型号 %1 尚未设置;请填写产品(ATM、APM …),或先导入产品。</translation>
    </message>
    <message>
        <source>Device %1: %2 Nothing was imported.</source>
        <translation>设备 %1:%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>their code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>their title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>their model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>any of their phone numbers</source>
        <translation>任一电话号码</translation>
    </message>
    <message>
        <source>their serial number</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <source>their day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>their name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the job number is empty; fill it in.</source>
        <translation>工号为空;请填写。</translation>
    </message>
    <message>
        <source>the job number %1 is on row %2 already; keep one row per person.</source>
        <translation>工号 %1 已在第 %2 行出现;每人只保留一行。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; use %2, separated by commas.</source>
        <translation>“%1”不是角色;请用 %2,以逗号分隔(也可写坐席、处理人、主管、培训师、管理员、学员)。</translation>
    </message>
    <message>
        <source>no department is named %1; add it first (Departments, or import departments), or correct the name.</source>
        <translation>没有名为 %1 的部门;请先添加(部门页,或导入部门),或更正名称。</translation>
    </message>
    <message>
        <source>this row would take your own admin role or account away; another admin has to do that.</source>
        <translation>这一行会取消你自己的管理员角色或账户;这须由另一位管理员操作。</translation>
    </message>
    <message>
        <source>the file would leave the hotline without an active admin; keep at least one person with the admin role.</source>
        <translation>导入后热线将没有在用的管理员;请至少保留一位有管理员角色的人员。</translation>
    </message>
    <message>
        <source>Person %1: %2 Nothing was imported.</source>
        <translation>人员 %1:%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>people (accounts, without passwords)</source>
        <translation>人员(账户,不含密码)</translation>
    </message>
    <message>
        <source>their job number</source>
        <translation>工号</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Answer the ringing call</source>
        <translation>接听正在响铃的来电</translation>
    </message>
    <message>
        <source>Put the caller on hold, or take them off hold</source>
        <translation>将来电人置于保持状态，或取消保持</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>挂机</translation>
    </message>
    <message>
        <source>Ready for the next call (ends wrap-up and breaks)</source>
        <translation>就绪，等待下一通来电（结束话后处理和休息）</translation>
    </message>
    <message>
        <source>Not ready: choose the reason</source>
        <translation>未就绪：选择原因</translation>
    </message>
    <message>
        <source>Script: said it (restated, confirmed), next step</source>
        <translation>话术：已说（已复述、已确认），下一步</translation>
    </message>
    <message>
        <source>Script: previous step</source>
        <translation>话术：上一步</translation>
    </message>
    <message>
        <source>Script: skip the step</source>
        <translation>话术：跳过此步</translation>
    </message>
    <message>
        <source>Write in the call notes</source>
        <translation>填写通话备注</translation>
    </message>
    <message>
        <source>Go to the caller&apos;s card (new customer: the name field)</source>
        <translation>转到来电人信息卡（新用户：姓名栏）</translation>
    </message>
    <message>
        <source>Standard phrases and complaint order</source>
        <translation>标准用语和投诉处理顺序</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>搜索知识库</translation>
    </message>
    <message>
        <source>Knowledge base: copy the answer into the call notes</source>
        <translation>知识库：将答案复制到通话备注</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <source>Today&apos;s callbacks</source>
        <translation>今日回访</translation>
    </message>
    <message>
        <source>New problem form</source>
        <translation>新建问题处理表</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>新建咨询</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Form: save</source>
        <translation>表单：保存</translation>
    </message>
    <message>
        <source>Form: take the next step (accept, transfer, resolve…)</source>
        <translation>表单：执行下一步（受理、转交、解决…）</translation>
    </message>
    <message>
        <source>Form: go to section 1…9</source>
        <translation>表单：跳到第 1…9 部分</translation>
    </message>
    <message>
        <source>Form: next section</source>
        <translation>表单：下一部分</translation>
    </message>
    <message>
        <source>Form: previous section</source>
        <translation>表单：上一部分</translation>
    </message>
    <message>
        <source>Lock the console</source>
        <translation>锁定控制台</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>The call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Words during the call</source>
        <translation>通话用语</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>The console</source>
        <translation>控制台</translation>
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
        <source>Go to a record by its number or the caller&apos;s phone</source>
        <translation>按编号或来电号码查找记录</translation>
    </message>
    <message>
        <source>Callbacks: call the next customer on the list</source>
        <translation>回访：呼叫列表中的下一位用户</translation>
    </message>
    <message>
        <source>Dial a number typed or pasted</source>
        <translation>拨打输入或粘贴的号码</translation>
    </message>
</context>
<context>
    <name>SipConfig</name>
    <message>
        <source>Enter the SIP user to register (%1).</source>
        <translation>请输入要注册的 SIP 用户（%1）。</translation>
    </message>
    <message>
        <source>Enter the SIP domain to register with (%1).</source>
        <translation>请输入要注册到的 SIP 域（%1）。</translation>
    </message>
</context>
<context>
    <name>SipKeychain</name>
    <message>
        <source>The OS keychain did not answer; set THREERINGS_SIP_PASSWORD or unlock the keychain.</source>
        <translation>系统钥匙串没有响应；请设置 THREERINGS_SIP_PASSWORD，或解锁钥匙串。</translation>
    </message>
    <message>
        <source>The SIP password could not be read from the OS keychain: %1</source>
        <translation>无法从系统钥匙串读取 SIP 密码：%1</translation>
    </message>
    <message>
        <source>The OS keychain did not answer; the SIP password was not saved.</source>
        <translation>系统钥匙串没有响应；SIP 密码未保存。</translation>
    </message>
    <message>
        <source>The SIP password could not be saved in the OS keychain: %1</source>
        <translation>无法将 SIP 密码保存到系统钥匙串：%1</translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The site file is not valid JSON (%1 at offset %2); export it again from a console, or fix the file.</source>
        <translation>站点配置文件不是有效的 JSON（%1，位于偏移量 %2）；请从控制台重新导出，或修正该文件。</translation>
    </message>
    <message>
        <source>format: this is not a ThreeRings site file (format should be &quot;%1&quot;); choose the file Admin ▸ Site configuration exported.</source>
        <translation>format：这不是 ThreeRings 站点配置文件（format 应为 &quot;%1&quot;）；请选择通过「管理 ▸ 站点配置」导出的文件。</translation>
    </message>
    <message>
        <source>version: the file has version %1; this console reads version 1 to %2. Update the console, or export the file again.</source>
        <translation>version：该文件的版本为 %1；此控制台可读取版本 1 至 %2。请更新控制台，或重新导出该文件。</translation>
    </message>
    <message>
        <source>exportedAt: missing or not a date and time such as 2026-11-25T09:00:00Z; consoles use it to apply only newer files.</source>
        <translation>exportedAt：缺失，或不是 2026-11-25T09:00:00Z 这样的日期时间；控制台据此只应用较新的文件。</translation>
    </message>
    <message>
        <source>%1: a site file never carries passwords or secrets; remove the entry and enter it on each console.</source>
        <translation>%1：站点配置文件不能包含密码或密钥；请删除该项，并在每台控制台上分别输入。</translation>
    </message>
    <message>
        <source>%1: not a setting a site file may carry; remove it.</source>
        <translation>%1：站点配置文件不能包含此设置；请将其删除。</translation>
    </message>
    <message>
        <source>%1 must be text or a number.</source>
        <translation>%1 必须是文本或数字。</translation>
    </message>
    <message numerus="yes">
        <source>Site configuration of %1 (exported %2): %n setting(s), %3 script(s), %4 phrase list(s), %5 calendar day(s).</source>
        <translation>
            <numerusform>%1 的站点配置（导出于 %2）：%n 项设置、%3 个话术脚本、%4 个用语列表、%5 个日历日。</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed console</source>
        <translation>未命名的控制台</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>unnamed unit</source>
        <translation>未命名单位</translation>
    </message>
    <message>
        <source>The site file %1 cannot be read (%2); check its permissions.</source>
        <translation>无法读取站点配置文件 %1（%2）；请检查其访问权限。</translation>
    </message>
    <message>
        <source>The site file %1 was not applied: %2</source>
        <translation>站点配置文件 %1 未应用：%2</translation>
    </message>
    <message>
        <source>server must be an object with host, port, database, user and sslMode.</source>
        <translation>server 必须是包含 host、port、database、user 和 sslMode 的对象。</translation>
    </message>
    <message>
        <source>This console&apos;s server: %1.</source>
        <translation>本控制台的服务器：%1。</translation>
    </message>
    <message>
        <source>server.user: the file names no login for the server %1 and this console has none; add &quot;user&quot; to the file&apos;s server, or set the login in Admin ▸ Server… first.</source>
        <translation>server.user：文件没有给出服务器 %1 的登录名，本控制台也没有；请在文件的 server 中加入 &quot;user&quot;，或先在「管理 ▸ 服务器…」中设置登录名。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The local database refused &apos;%1&apos;: %2</source>
        <translation>本地数据库拒绝了「%1」：%2</translation>
    </message>
    <message>
        <source>Could not record the sync state (%1): %2</source>
        <translation>无法记录同步状态（%1）：%2</translation>
    </message>
    <message>
        <source>Could not record the server in this database: %1</source>
        <translation>无法在此数据库中记录服务器：%1</translation>
    </message>
    <message>
        <source>This console has no server; an admin sets one in Admin ▸ Server… or with &apos;threerings server connect --url …&apos;.</source>
        <translation>此控制台未配置服务器；请管理员在「管理 ▸ 服务器…」中设置，或运行 &apos;threerings server connect --url …&apos;。</translation>
    </message>
    <message>
        <source>Could not read the conflicts: %1</source>
        <translation>无法读取冲突记录：%1</translation>
    </message>
    <message>
        <source>This console has no server; run &apos;threerings server connect --url …&apos;.</source>
        <translation>此控制台未配置服务器；请运行 &apos;threerings server connect --url …&apos;。</translation>
    </message>
    <message>
        <source>The server has no ThreeRings schema (%1); an admin runs &apos;threerings server init --url …&apos; first.</source>
        <translation>服务器上没有 ThreeRings 数据库结构（%1）；请管理员先运行 &apos;threerings server init --url …&apos;。</translation>
    </message>
    <message>
        <source>Could not read the server login&apos;s roles: %1</source>
        <translation>无法读取服务器登录账户的角色：%1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Could not record the field versions: %1</source>
        <translation>无法记录字段版本：%1</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>未连接到服务器。</translation>
    </message>
    <message>
        <source>Could not read the outbox: %1</source>
        <translation>无法读取待发送队列：%1</translation>
    </message>
    <message>
        <source>Starting the push</source>
        <translation>开始推送</translation>
    </message>
    <message>
        <source>Pushing changes</source>
        <translation>正在推送更改</translation>
    </message>
    <message>
        <source>Push stopped before the server&apos;s commit (test).</source>
        <translation>推送在服务器提交前停止（测试）。</translation>
    </message>
    <message>
        <source>Committing the pushed changes</source>
        <translation>正在提交已推送的更改</translation>
    </message>
    <message>
        <source>Push stopped after the server&apos;s commit (test).</source>
        <translation>推送在服务器提交后停止（测试）。</translation>
    </message>
    <message>
        <source>Pulling changes</source>
        <translation>正在拉取更改</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Could not write the audit trail: %1</source>
        <translation>无法写入审计记录：%1</translation>
    </message>
    <message>
        <source>this console has no table %1 (a newer version of ThreeRings wrote it)</source>
        <translation>此控制台没有数据表 %1（由较新版本的 ThreeRings 写入）</translation>
    </message>
    <message>
        <source>The server&apos;s schema (version %1) is older than this console&apos;s (version %2); an admin upgrades it with &apos;threerings server init --url …&apos;. Nothing was sent.</source>
        <translation>服务器的数据结构（版本 %1）比本控制台的（版本 %2）旧；请管理员用「threerings server init --url …」升级。未发送任何内容。</translation>
    </message>
    <message>
        <source>Reading the changes the server refused</source>
        <translation>读取服务器拒绝的更改</translation>
    </message>
    <message>
        <source>The server knows this console&apos;s id as another login&apos;s (this database is a copy of another console&apos;s file): this one now syncs as a new console. Nothing is lost.</source>
        <translation>服务器将本控制台的编号记为另一个登录名所有（此数据库是另一台控制台文件的副本）：本机现以新控制台身份同步。没有任何数据丢失。</translation>
    </message>
    <message>
        <source>Another console pushed under this console&apos;s id (this database is a copy of its file, or a restored backup): this one now syncs as a new console. Nothing is lost.</source>
        <translation>另一台控制台以本控制台的编号发送了更改（此数据库是其文件的副本，或是恢复的备份）：本机现以新控制台身份同步。没有任何数据丢失。</translation>
    </message>
    <message>
        <source>This database is behind what its console sent to the server (a restored backup, or a copy of an older file): it now syncs as a new console and takes back from the server what it had sent since. Nothing is lost.</source>
        <translation>此数据库落后于其控制台已发送到服务器的内容（恢复的备份，或较旧文件的副本）：现以新控制台身份同步，并从服务器取回此后已发送的内容。没有任何数据丢失。</translation>
    </message>
    <message>
        <source>Reading this console&apos;s history on the server</source>
        <translation>读取本控制台在服务器上的历史记录</translation>
    </message>
    <message>
        <source>A change from another console needs a newer ThreeRings than this one (it writes %1): update ThreeRings on this console. The team&apos;s changes wait on the server and are taken after the update; none is skipped.</source>
        <translation>另一台控制台的更改需要比本机更新的 ThreeRings（它写入了 %1）：请更新本控制台的 ThreeRings。团队的更改会在服务器上等待，更新后再取回；不会跳过任何一项。</translation>
    </message>
    <message>
        <source>Sign in to see the changes the server refused.</source>
        <translation>请先登录，才能查看服务器拒收的更改。</translation>
    </message>
    <message>
        <source>Could not read the refused changes: %1</source>
        <translation>无法读取被拒收的更改：%1</translation>
    </message>
    <message>
        <source>Could not read the logins to send: %1</source>
        <translation>无法读取待发送的登录：%1</translation>
    </message>
    <message>
        <source>Sending a login</source>
        <translation>发送登录</translation>
    </message>
    <message>
        <source>Could not record the login as sent: %1</source>
        <translation>无法记录登录已发送：%1</translation>
    </message>
    <message>
        <source>Reading the team&apos;s people</source>
        <translation>读取团队人员</translation>
    </message>
    <message>
        <source>Another person&apos;s login pushed this console&apos;s changes under its id (this database is a copy of another console&apos;s file): this one now syncs as a new console. Nothing is lost.</source>
        <translation>另一人的登录以本座席的编号发送过更改（本数据库是另一座席文件的副本）：本座席现以新座席身份同步，没有丢失任何内容。</translation>
    </message>
    <message>
        <source>Could not prune the outbox: %1</source>
        <translation>无法清理待发队列：%1</translation>
    </message>
    <message>
        <source>Could not read who the server login is: %1</source>
        <translation>无法读取服务器登录的身份：%1</translation>
    </message>
    <message>
        <source>The server login %1 owns the team&apos;s schema (or is a superuser): a console never syncs as it. Sign in at the console as a person of the hotline; their own login is used.</source>
        <translation>服务器登录 %1 是团队数据结构的所有者（或超级用户）：座席从不以它同步。请以热线人员身份登录座席，系统会使用其本人的登录。</translation>
    </message>
    <message>
        <source>Could not keep a change that waits for its record: %1</source>
        <translation>无法保留等待其记录的更改：%1</translation>
    </message>
    <message>
        <source>Could not read the changes that wait for their record: %1</source>
        <translation>无法读取等待其记录的更改：%1</translation>
    </message>
    <message>
        <source>Could not record a waiting change as applied: %1</source>
        <translation>无法记录等待中的更改已应用：%1</translation>
    </message>
    <message>
        <source>not applied yet: %1; kept, and applied when that record arrives</source>
        <translation>尚未应用：%1；已保留，该记录到达后即应用</translation>
    </message>
    <message>
        <source>the %1 record is not on this console</source>
        <translation>本座席上没有这条 %1 记录</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>%1 is neither UTF-8 nor GBK (GB18030) text. Save it again from the spreadsheet as &quot;CSV UTF-8&quot;, or as an Excel workbook (.xlsx).</source>
        <translation>%1 既不是 UTF-8 文本，也不是 GBK（GB18030）文本。请在电子表格软件中将其另存为「CSV UTF-8」，或另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1, row %2: a cell opens a quote (&quot;) that is never closed. Close it, or save the file again from the spreadsheet.</source>
        <translation>%1 第 %2 行：有单元格以引号（&quot;）开头，但引号没有闭合。请补上引号，或在电子表格软件中重新保存该文件。</translation>
    </message>
    <message>
        <source>%1 holds no rows. Its first row must name the columns and the rows below it hold the data.</source>
        <translation>%1 中没有任何行。第一行应为各列的列名，数据放在其下方各行。</translation>
    </message>
    <message>
        <source>%1, row %2: columns %3 and %4 are both headed &quot;%5&quot;. Rename or remove one of them.</source>
        <translation>%1 第 %2 行：%3 列和 %4 列的列名都是「%5」。请重命名或删除其中一列。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file name and that the file is not open in another program.</source>
        <translation>无法读取 %1：%2。请检查文件名，并确认该文件没有被其他程序占用。</translation>
    </message>
    <message>
        <source>%1 is neither a .csv nor an .xlsx file. Save the sheet from the spreadsheet as &quot;CSV UTF-8&quot; or as an Excel workbook (.xlsx).</source>
        <translation>%1 不是 .csv 或 .xlsx 文件。请在电子表格软件中将该表另存为「CSV UTF-8」或 Excel 工作簿（.xlsx）。</translation>
    </message>
</context>
<context>
    <name>TeamSignIn</name>
    <message>
        <source>This console syncs with the fixed server login %1.</source>
        <translation>本座席以固定的服务器登录 %1 同步。</translation>
    </message>
    <message>
        <source>The team&apos;s server has switched off the account of %1: ask an admin to reactivate it in Admin ▸ Accounts….</source>
        <translation>团队服务器已停用 %1 的账户：请管理员在“管理 ▸ 账户…”中重新启用。</translation>
    </message>
    <message>
        <source>The team&apos;s server did not take your password, so your work stays on this console and reaches nobody else until an admin sets your password in Admin ▸ Accounts… (the server said: %1).</source>
        <translation>团队服务器未接受您的密码，因此您的工作只保存在本座席，在管理员于“管理 ▸ 账户…”中为您设置密码之前不会传给他人（服务器回复：%1）。</translation>
    </message>
    <message>
        <source>The team&apos;s server knows %1, but their record has not reached it yet: sign in again once the console that added them has synced.</source>
        <translation>团队服务器认识 %1，但其人员记录尚未送达：请在添加该人员的座席同步之后再次登录。</translation>
    </message>
    <message>
        <source>%1 %2 was deactivated and cannot sign in.</source>
        <translation>%1 %2 已停用，无法登录。</translation>
    </message>
    <message>
        <source>The team&apos;s server does not answer, and it must take your new password too: choose it when the server answers again (the status bar shows the sync).</source>
        <translation>团队服务器没有响应，而新密码也必须保存到服务器：请在服务器恢复响应后再设置（状态栏显示同步状态）。</translation>
    </message>
    <message>
        <source>The team&apos;s server does not know your first sign-in code yet: it gets your password when the admin who gave you the code next syncs at this console, and until then your work stays here (the server said: %1).</source>
        <translation>团队服务器还不知道您的首次登录码：发放登录码的管理员下次在本坐席台同步时，服务器才会收到您的密码，在此之前您的工作只保存在本坐席台（服务器回复：%1）。</translation>
    </message>
    <message>
        <source>The team&apos;s server does not know your first sign-in code yet, so your password works at this console only, and your work stays here until an admin sets your password in Admin ▸ Accounts… (the server said: %1).</source>
        <translation>团队服务器还不知道您的首次登录码，因此您的密码只在本坐席台有效，您的工作也只保存在这里，直到管理员在 管理 ▸ 账户… 中为您设置密码（服务器回复：%1）。</translation>
    </message>
    <message>
        <source>Your password works at this console, but the team&apos;s server did not take it, so your work stays here until an admin sets your password in Admin ▸ Accounts… (%1).</source>
        <translation>您的密码在本坐席台有效，但团队服务器没有接受，因此您的工作只保存在这里，直到管理员在 管理 ▸ 账户… 中为您设置密码（%1）。</translation>
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
        <source>Usage: threerings [--db FILE] [--lang zh_CN|en] [--simulate | --sip]
       threerings [--db FILE] [--lang zh_CN|en] [--user JOB_NUMBER] SUBCOMMAND ...
With no subcommand the console starts: --simulate puts pretend callers on a simulated line (demos and training; their calls are left out of reports, exports and replication), --sip takes calls on the SIP line. With a subcommand it works headless.

Subcommands:
</source>
        <translation>用法：threerings [--db FILE] [--lang zh_CN|en] [--simulate | --sip]
      threerings [--db FILE] [--lang zh_CN|en] [--user JOB_NUMBER] SUBCOMMAND ...
不带子命令时启动控制台：--simulate 在模拟线路上安排模拟来电（用于演示和培训；这些来电不计入报表、导出和同步），--sip 则在 SIP 线路上接听来电。带子命令时以无界面方式运行。

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
        <source>%1 already has accounts; demo data only fills an empty database. Name a new file with --db.</source>
        <translation>%1 已有账户；演示数据只填充空数据库。请用 --db 指定一个新文件。</translation>
    </message>
    <message>
        <source>Demo accounts (role, job number, name, password):</source>
        <translation>演示账户（角色、工号、姓名、密码）：</translation>
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
    <message>
        <source>the supervisor&apos;s sheets as csv, xlsx, pdf or json (daily-callbacks tally service-level …)</source>
        <translation>以 csv、xlsx、pdf 或 json 格式输出主管报表（daily-callbacks tally service-level …）</translation>
    </message>
    <message>
        <source>training: practice run SCENARIO.json --answers FILE prints the scorecard as JSON; practice validate FILE…</source>
        <translation>培训：practice run SCENARIO.json --answers FILE 以 JSON 格式输出评分表；practice validate FILE…</translation>
    </message>
    <message>
        <source>the central PostgreSQL server: server init|connect --url postgresql://USER@HOST:PORT/DB</source>
        <translation>中心 PostgreSQL 服务器：server init|connect --url postgresql://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <source>replicate with the configured server (sync --once)</source>
        <translation>与已配置的服务器同步（sync --once）</translation>
    </message>
    <message>
        <source>the site configuration a room shares: site export [FILE], site import FILE, site check FILE</source>
        <translation>同一话务室共用的站点配置：site export [FILE]、site import FILE、site check FILE</translation>
    </message>
    <message>
        <source>print the keyboard shortcuts as a Markdown table</source>
        <translation>以 Markdown 表格输出键盘快捷键</translation>
    </message>
    <message>
        <source>The shipped %1 scripts have no incoming script.</source>
        <translation>随附的 %1 话术脚本中没有来电话术。</translation>
    </message>
    <message>
        <source>%1 holds no scenario &quot;%2&quot;.</source>
        <translation>%1 中没有场景「%2」。</translation>
    </message>
    <message>
        <source>%1 holds %2 scenarios; name one with --scenario KEY.</source>
        <translation>%1 中有 %2 个场景；请用 --scenario KEY 指定其中一个。</translation>
    </message>
    <message>
        <source>The trainee&apos;s lines and actions (JSON: answer_at_ring, actions).</source>
        <translation>学员的话语和操作（JSON：answer_at_ring、actions）。</translation>
    </message>
    <message>
        <source>Which scenario of a file holding several (its key).</source>
        <translation>文件包含多个场景时，指定其中哪一个（场景标识）。</translation>
    </message>
    <message>
        <source>Also print the session&apos;s events, one JSON object per line, before the scorecard.</source>
        <translation>在评分表之前另外输出本次练习的事件，每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Exit 1 when the scorecard is below the pass mark.</source>
        <translation>评分低于及格线时以退出码 1 退出。</translation>
    </message>
    <message>
        <source>Run a practice call headless from SCENARIO.json and a file of the trainee&apos;s lines; print the scorecard as JSON.</source>
        <translation>根据 SCENARIO.json 和学员话语文件，在无界面模式下运行练习通话；以 JSON 格式输出评分表。</translation>
    </message>
    <message>
        <source>Give one scenario file: threerings practice run SCENARIO.json --answers FILE.</source>
        <translation>请指定一个场景文件：threerings practice run SCENARIO.json --answers FILE。</translation>
    </message>
    <message>
        <source>--answers FILE is missing: the trainee&apos;s lines and actions.</source>
        <translation>缺少 --answers FILE：学员的话语和操作。</translation>
    </message>
    <message>
        <source>Cannot read the answers file %1 (%2); check the path.</source>
        <translation>无法读取应答文件 %1（%2）；请检查路径。</translation>
    </message>
    <message>
        <source>Check scenario files; prints each scenario&apos;s key, language and maximum points.</source>
        <translation>检查场景文件；输出每个场景的标识、语言和满分。</translation>
    </message>
    <message>
        <source>Give one or more scenario files: threerings practice validate FILE…</source>
        <translation>请指定一个或多个场景文件：threerings practice validate FILE…</translation>
    </message>
    <message>
        <source>The trainee&apos;s job number.</source>
        <translation>学员的工号。</translation>
    </message>
    <message>
        <source>zh_CN (default) or en.</source>
        <translation>zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>A trainer starts a practice call of scenario KEY for a trainee; the trainee&apos;s console opens it. Prints the session&apos;s id.</source>
        <translation>培训师为学员开始场景 KEY 的练习通话，学员的控制台会打开该通话。输出练习会话的 ID。</translation>
    </message>
    <message>
        <source>Give the scenario and the trainee: threerings --db FILE practice start KEY --trainee NO.</source>
        <translation>请指定场景和学员：threerings --db FILE practice start KEY --trainee NO。</translation>
    </message>
    <message>
        <source>No person has the job number %1; run &apos;threerings user list&apos;.</source>
        <translation>没有工号为 %1 的人员；请运行 &apos;threerings user list&apos; 查看。</translation>
    </message>
    <message>
        <source>End a practice call (a trainer, or the trainee) and print its scorecard as JSON.</source>
        <translation>结束练习通话（由培训师或该学员结束），并以 JSON 格式输出评分表。</translation>
    </message>
    <message>
        <source>Give the session: threerings --db FILE practice end SESSION_ID.</source>
        <translation>请指定练习会话：threerings --db FILE practice end SESSION_ID。</translation>
    </message>
    <message>
        <source>Usage: threerings [--db FILE] practice run SCENARIO.json --answers FILE [--scenario KEY] [--events] [--require-pass]
       threerings practice validate SCENARIO.json…
       threerings --db FILE practice start KEY --trainee NO [--language LANG]
</source>
        <translation>用法：threerings [--db FILE] practice run SCENARIO.json --answers FILE [--scenario KEY] [--events] [--require-pass]
      threerings practice validate SCENARIO.json…
      threerings --db FILE practice start KEY --trainee NO [--language LANG]
</translation>
    </message>
    <message>
        <source>&apos;practice %1&apos; is not known; use practice run, validate, start or end.</source>
        <translation>未知命令 &apos;practice %1&apos;；请使用 practice run、validate、start 或 end。</translation>
    </message>
    <message>
        <source>The day (default today); weekly takes the week holding it, the complaint rate and ratings its month.</source>
        <translation>日期（默认为今天）；weekly 取该日所在的一周，用户投诉率和评分取该日所在的月份。</translation>
    </message>
    <message>
        <source>A month: tally, service-level, complaint-rate, ratings.</source>
        <translation>月份：用于 tally、service-level、complaint-rate、ratings。</translation>
    </message>
    <message>
        <source>A quarter: as --month.</source>
        <translation>季度：适用报表同 --month。</translation>
    </message>
    <message>
        <source>csv, xlsx, pdf or json.</source>
        <translation>csv、xlsx、pdf 或 json。</translation>
    </message>
    <message>
        <source>The file to write (csv and json go to standard output without it).</source>
        <translation>要写入的文件（不指定时，csv 和 json 输出到标准输出）。</translation>
    </message>
    <message>
        <source>Write a supervisor&apos;s sheet: the daily callback sheet, the call tally, service level, deadlines, the complaint rate, ratings or the weekly summary.</source>
        <translation>生成主管报表：用户回访统计表、800电话信息统计报表、服务水平、处理期限、用户投诉率、评分或每周汇总。</translation>
    </message>
    <message>
        <source>Name the report: one of %1.</source>
        <translation>请指定报表：%1 之一。</translation>
    </message>
    <message>
        <source>Write one report at a time; &apos;%1&apos; is extra.</source>
        <translation>一次只能生成一份报表；「%1」是多余的。</translation>
    </message>
    <message>
        <source>Unknown report &apos;%1&apos;; choose one of: %2.</source>
        <translation>未知报表「%1」，请从以下报表中选择：%2。</translation>
    </message>
    <message>
        <source>Give one of --date, --month or --quarter.</source>
        <translation>请给出 --date、--month 或 --quarter 之一。</translation>
    </message>
    <message>
        <source>The %1 report is by day: give --date YYYY-MM-DD.</source>
        <translation>%1 报表按日生成：请给出 --date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Say which format to write: add --format csv, xlsx, pdf or json.</source>
        <translation>请指定输出格式：加上 --format csv、xlsx、pdf 或 json。</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not known; use csv, xlsx, pdf or json.</source>
        <translation>未知的 --format &apos;%1&apos;；请使用 csv、xlsx、pdf 或 json。</translation>
    </message>
    <message>
        <source>An %1 file needs --out FILE.</source>
        <translation>%1 文件需要 --out FILE。</translation>
    </message>
    <message>
        <source>The server: postgresql://USER@HOST:PORT/DB?sslmode=verify-full&amp;sslrootcert=CA.crt</source>
        <translation>服务器：postgresql://USER@HOST:PORT/DB?sslmode=verify-full&amp;sslrootcert=CA.crt</translation>
    </message>
    <message>
        <source>add-person: the person&apos;s server login.</source>
        <translation>add-person：该人员的服务器登录名。</translation>
    </message>
    <message>
        <source>add-person: their roles, comma-separated (agent, handler, supervisor, trainer, admin, trainee).</source>
        <translation>add-person：其角色，用逗号分隔（agent, handler, supervisor, trainer, admin, trainee）。</translation>
    </message>
    <message>
        <source>init, connect or add-person</source>
        <translation>init、connect 或 add-person</translation>
    </message>
    <message>
        <source>Set up the central PostgreSQL server this console replicates with.</source>
        <translation>设置此控制台用于同步的中心 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>Say what to do: server init, server connect or server add-person (with --url postgresql://USER@HOST:PORT/DB).</source>
        <translation>请指定操作：server init、server connect 或 server add-person（带上 --url postgresql://USER@HOST:PORT/DB）。</translation>
    </message>
    <message>
        <source>server %1 needs --url postgresql://USER@HOST:PORT/DB.</source>
        <translation>server %1 需要 --url postgresql://USER@HOST:PORT/DB。</translation>
    </message>
    <message>
        <source>server add-person needs --login, --roles and the new password in THREERINGS_SERVER_NEW_PASSWORD.</source>
        <translation>server add-person 需要 --login、--roles，并在 THREERINGS_SERVER_NEW_PASSWORD 中提供新密码。</translation>
    </message>
    <message>
        <source>server login %1 added</source>
        <translation>已添加服务器登录账户 %1</translation>
    </message>
    <message>
        <source>The server has no ThreeRings schema yet; an admin runs &apos;threerings server init --url …&apos; first.</source>
        <translation>服务器上还没有 ThreeRings 数据库结构；请管理员先运行 &apos;threerings server init --url …&apos;。</translation>
    </message>
    <message>
        <source>server %1: schema version %2; this console is %3; %4 changes to push</source>
        <translation>服务器 %1：结构版本 %2；此控制台为 %3；待推送更改 %4 项</translation>
    </message>
    <message>
        <source>Print the console&apos;s keyboard shortcuts as a Markdown table, in the language of --lang (for the guides).</source>
        <translation>以 Markdown 表格输出控制台的键盘快捷键，语言由 --lang 指定（用于编写指南）。</translation>
    </message>
    <message>
        <source>shortcuts takes no arguments.</source>
        <translation>shortcuts 不接受参数。</translation>
    </message>
    <message>
        <source>the site file (export: standard output when left out)</source>
        <translation>站点配置文件（export 时省略则输出到标准输出）</translation>
    </message>
    <message>
        <source>The site configuration a room of consoles shares (server, unit name, hotline number, ring cadence, calendar, scripts, phrase lists): export it from one console, import it on the others, check a file, or list where consoles look for a system-wide file. Admins only.</source>
        <translation>同一话务室各控制台共用的站点配置（服务器、单位名称、热线号码、振铃节奏、日历、话术脚本、用语列表）：可从一台控制台导出后导入到其他控制台，也可检查文件，或列出控制台查找系统级配置文件的位置。仅限管理员。</translation>
    </message>
    <message>
        <source>Say what to do: site export [FILE], site import FILE, site check FILE or site paths.</source>
        <translation>请指定操作：site export [FILE]、site import FILE、site check FILE 或 site paths。</translation>
    </message>
    <message>
        <source>One file at a time; &apos;%1&apos; is extra.</source>
        <translation>一次只能指定一个文件；「%1」是多余的。</translation>
    </message>
    <message>
        <source> (present)</source>
        <translation>（存在）</translation>
    </message>
    <message>
        <source>site %1 needs the file: site %1 FILE.</source>
        <translation>site %1 需要指定文件：site %1 FILE。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Give the path of a site file.</source>
        <translation>无法读取 %1：%2。请给出站点配置文件的路径。</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;; use export, import, check or paths.</source>
        <translation>未知操作「%1」；请使用 export、import、check 或 paths。</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>已导入。%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a writable file.</source>
        <translation>无法写入 %1：%2。请选择可写入的文件。</translation>
    </message>
    <message>
        <source>%1; %2 queued; last sync %3; %4 conflicts kept%5</source>
        <translation>%1；待发送 %2 项；上次同步 %3；保留冲突 %4 项%5</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Push and pull once, then exit.</source>
        <translation>推送并拉取一次，然后退出。</translation>
    </message>
    <message>
        <source>Replicate this console&apos;s records with the central server.</source>
        <translation>将此控制台的记录与中心服务器同步。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;. Run &apos;threerings sync --help&apos; for the options.</source>
        <translation>意外的参数「%1」。运行 &apos;threerings sync --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>The agents&apos; days: %1 agent-state stretches, %2 script runs, %3 banned phrases found</source>
        <translation>坐席的工作日：%1 段坐席状态，%2 次话术执行，发现 %3 处服务禁语</translation>
    </message>
    <message>
        <source>%1 holds records but no accounts, so the command line will not open it without a sign-in. Add the first admin, then sign in as them: threerings --db %1 user add --job-number NO --name NAME --role admin</source>
        <translation>%1 中已有记录但没有任何账号，因此命令行不登录就不能打开它。请先添加第一个管理员，再以其身份登录：threerings --db %1 user add --job-number 工号 --name 姓名 --role admin</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 refused by the server (newest: %2)</source>
        <translation>%1 项被服务器拒绝（最新一项：%2）</translation>
    </message>
    <message>
        <source>accounts: user add, passwd, roles, department, deactivate, reactivate, list</source>
        <translation>账户：user add、passwd、roles、department、deactivate、reactivate、list</translation>
    </message>
    <message>
        <source>server %1: this console joins it; each person signs in with their own login</source>
        <translation>服务器 %1：本座席已加入；每个人以本人的登录进入</translation>
    </message>
    <message>
        <source>server login %1 set for %2: each person syncs as their own login</source>
        <translation>已为 %2 设置服务器登录 %1：每个人以本人的登录同步</translation>
    </message>
    <message>
        <source>This console syncs as the person signed in: add --user JOB_NUMBER.</source>
        <translation>本座席以已登录的人员身份同步：请加上 --user 工号。</translation>
    </message>
    <message>
        <source>Whose account to change.</source>
        <translation>要修改谁的账户。</translation>
    </message>
    <message>
        <source>roles: the new roles, comma-separated.</source>
        <translation>roles：新的角色，以逗号分隔。</translation>
    </message>
    <message>
        <source>department: the department&apos;s name (empty: none).</source>
        <translation>department：部门名称（留空表示无）。</translation>
    </message>
    <message>
        <source>Change a person&apos;s account (admins).</source>
        <translation>修改人员账户（管理员）。</translation>
    </message>
    <message>
        <source>--job-number is missing: say whose account to change.</source>
        <translation>缺少 --job-number：请说明要修改谁的账户。</translation>
    </message>
    <message>
        <source>user roles needs --role ROLE[,ROLE…].</source>
        <translation>user roles 需要 --role 角色[,角色…]。</translation>
    </message>
    <message>
        <source>user department needs --department NAME (an empty name for none).</source>
        <translation>user department 需要 --department 名称（留空表示无）。</translation>
    </message>
    <message>
        <source>The account of %1 was changed (%2).</source>
        <translation>%1 的账户已修改（%2）。</translation>
    </message>
    <message>
        <source>the hotline&apos;s departments: department add, edit, retire, restore, list</source>
        <translation>热线的部门：department add、edit、retire、restore、list</translation>
    </message>
    <message>
        <source>the hotline&apos;s outlets (网点): outlet add, edit, retire, restore, list</source>
        <translation>热线的网点：outlet add、edit、retire、restore、list</translation>
    </message>
    <message>
        <source>%1 are not kept by day: leave out --from and --to.</source>
        <translation>%1不按日期保存：请去掉 --from 和 --to。</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not known; use csv, json or xlsx.</source>
        <translation>--format “%1”无法识别，请用 csv、json 或 xlsx。</translation>
    </message>
    <message>
        <source>%1 are written as csv or json; the supervisor&apos;s sheets as xlsx come from threerings report.</source>
        <translation>%1只能导出为 csv 或 json；主管报表的 xlsx 请用 threerings report。</translation>
    </message>
    <message>
        <source>The %1 (%2).</source>
        <translation>%1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported. Fix them and run the import again.</source>
        <translation>
            <numerusform>%n 个问题；未导入任何内容。请改正后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 new, %2 changed, %3 unchanged; nothing was written.</source>
        <translation>试运行：新增 %1，修改 %2，未变 %3；未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>已导入：新增 %1，修改 %2，未变 %3。</translation>
    </message>
    <message>
        <source>Add one of the hotline&apos;s %1 (admins).</source>
        <translation>添加一个热线的%1（管理员）。</translation>
    </message>
    <message>
        <source>Change the named fields of one of the hotline&apos;s %1 (admins).</source>
        <translation>修改热线某个%1的指定字段（管理员）。</translation>
    </message>
    <message>
        <source>--%1 is missing: say which record.</source>
        <translation>缺少 --%1：请指明是哪一条记录。</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
    <message>
        <source>There is already one with --%1 %2; change it with %3 edit.</source>
        <translation>--%1 为 %2 的记录已存在，请用 %3 edit 修改。</translation>
    </message>
    <message>
        <source>There is none with --%1 %2; add it with %3 add.</source>
        <translation>没有 --%1 为 %2 的记录，请用 %3 add 添加。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加%1。</translation>
    </message>
    <message>
        <source>Changed %1.</source>
        <translation>已修改%1。</translation>
    </message>
    <message>
        <source>%1 already had those values.</source>
        <translation>%1原本就是这些值。</translation>
    </message>
    <message>
        <source>Which one, by its %1.</source>
        <translation>以%1指明是哪一个。</translation>
    </message>
    <message>
        <source>Retire one (kept on every record that names it, offered no more), or bring a retired one back (admins).</source>
        <translation>停用一个（仍保留在引用它的每条记录上，但不再供选择），或恢复已停用的（管理员）。</translation>
    </message>
    <message>
        <source>There is none with --%1 %2; check the spelling.</source>
        <translation>没有 --%1 为 %2 的记录，请检查拼写。</translation>
    </message>
    <message>
        <source>%1 is in use again.</source>
        <translation>%1已恢复使用。</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1已停用。</translation>
    </message>
    <message>
        <source>Retired ones too.</source>
        <translation>包括已停用的。</translation>
    </message>
    <message>
        <source>List them, one per line, tab-separated, with a header line.</source>
        <translation>列出全部，每行一条，以制表符分隔，带标题行。</translation>
    </message>
    <message>
        <source>Usage: threerings --db FILE %1 add|edit|retire|restore|list [OPTIONS]; %1 ACTION --help lists the options.</source>
        <translation>用法：threerings --db FILE %1 add|edit|retire|restore|list [选项]；%1 ACTION --help 列出选项。</translation>
    </message>
    <message>
        <source>Unknown %1 action &apos;%2&apos;. %3</source>
        <translation>未知的 %1 操作“%2”。%3</translation>
    </message>
    <message>
        <source>Check every row and say what would change; write nothing.</source>
        <translation>检查每一行并说明将改变什么；不写入任何内容。</translation>
    </message>
    <message>
        <source>Import the hotline&apos;s own records from CSV or XLSX (headers in English or Chinese): all rows or none.</source>
        <translation>从 CSV 或 XLSX 导入热线自己的记录（标题可用英文或中文）：要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>Name what to import: one of %1.</source>
        <translation>请指明导入什么：%1之一。</translation>
    </message>
    <message>
        <source>Import one kind at a time; &apos;%1&apos; is extra.</source>
        <translation>一次只能导入一类；“%1”多余。</translation>
    </message>
    <message>
        <source>--file is missing: name the CSV or XLSX file to import.</source>
        <translation>缺少 --file：请指明要导入的 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation>正在检查第 %1 行，共 %2 行…</translation>
    </message>
    <message>
        <source>The CSV or XLSX file to read (for the calendar also an .ics file).</source>
        <translation>要读取的 CSV 或 XLSX 文件（日历也可读取 .ics 文件）。</translation>
    </message>
    <message>
        <source>read departments, outlets, knowledge-base entries or calendar days from CSV or XLSX (the calendar also from .ics): import KIND --file F [--dry-run]</source>
        <translation>从 CSV 或 XLSX 读入部门、网点、知识库条目或日历日期（日历也可读取 .ics）：import KIND --file F [--dry-run]</translation>
    </message>
    <message>
        <source>csv or json (one object per line); xlsx too for the set-up tables (departments, outlets, knowledge, products, customers, devices).</source>
        <translation>csv 或 json(每行一个对象);热线资料表(departments、outlets、knowledge、products、customers、devices)还可用 xlsx。</translation>
    </message>
    <message>
        <source>Writing record %1 of %2…</source>
        <translation>正在写入第 %1 条,共 %2 条…</translation>
    </message>
    <message>
        <source>Choose it with: threerings --db %1 user enrol --job-number %2</source>
        <translation>请用以下命令设置：threerings --db %1 user enrol --job-number %2</translation>
    </message>
    <message>
        <source>Usage: threerings --db FILE user add --job-number NO --name NAME --role ROLE[,ROLE…] [--department D]
       threerings --db FILE user passwd --job-number NO
       threerings --db FILE user code --job-number NO [--days N]
       threerings --db FILE user enrol --job-number NO (the code, then the new password)
       threerings --db FILE user roles --job-number NO --role ROLE[,ROLE…]
       threerings --db FILE user department --job-number NO --department D (empty: none)
       threerings --db FILE user deactivate|reactivate --job-number NO
       threerings --db FILE user list
ROLE: agent handler supervisor trainer admin trainee. The new password is read from standard input when it is not a terminal, else asked twice.
</source>
        <translation>用法：threerings --db 文件 user add --job-number 工号 --name 姓名 --role 角色[,角色…] [--department 部门]
       threerings --db 文件 user passwd --job-number 工号
       threerings --db 文件 user code --job-number 工号 [--days 天数]
       threerings --db 文件 user enrol --job-number 工号（先输入登录码，再输入新密码）
       threerings --db 文件 user roles --job-number 工号 --role 角色[,角色…]
       threerings --db 文件 user department --job-number 工号 --department 部门（留空表示无）
       threerings --db 文件 user deactivate|reactivate --job-number 工号
       threerings --db 文件 user list
角色：agent handler supervisor trainer admin trainee。标准输入不是终端时从中读取新密码，否则要求输入两次。
</translation>
    </message>
    <message>
        <source>Who gets the code.</source>
        <translation>领取登录码的人。</translation>
    </message>
    <message>
        <source>How many days the code stays valid (1–30, default %1).</source>
        <translation>登录码的有效天数（1–30，默认 %1）。</translation>
    </message>
    <message>
        <source>Give a person a first sign-in code (admins): they sign in with it once and choose their own password (user enrol, or the console&apos;s sign-in). Their earlier password stops working.</source>
        <translation>为某人发放首次登录码（管理员）：此人用它登录一次并设置自己的密码（user enrol，或坐席台的登录窗口）。其原有密码随即失效。</translation>
    </message>
    <message>
        <source>--job-number is missing: say who gets the code.</source>
        <translation>缺少 --job-number：请指明领取登录码的人。</translation>
    </message>
    <message>
        <source>--days takes a whole number of days (1–30), not &apos;%1&apos;.</source>
        <translation>--days 需要整数天数（1–30），不能是“%1”。</translation>
    </message>
    <message>
        <source>The first sign-in code of %1 is valid until %2 (the hotline&apos;s time); give it to them in person.</source>
        <translation>%1 的首次登录码有效期至 %2（热线时间）；请当面交给本人。</translation>
    </message>
    <message>
        <source>Your job number.</source>
        <translation>您的工号。</translation>
    </message>
    <message>
        <source>Choose your own password with the first sign-in code an admin gave you. The code comes from THREERINGS_PASSWORD, the terminal or the first line of standard input; the new password from the terminal (twice) or the next line.</source>
        <translation>用管理员发放的首次登录码设置您自己的密码。登录码取自 THREERINGS_PASSWORD、终端或标准输入的第一行；新密码取自终端（输入两次）或下一行。</translation>
    </message>
    <message>
        <source>--job-number is missing: say whose first sign-in this is.</source>
        <translation>缺少 --job-number：请指明是谁的首次登录。</translation>
    </message>
    <message>
        <source>First sign-in code for %1: </source>
        <translation>%1 的首次登录码：</translation>
    </message>
    <message>
        <source>%1 chose their password; sign in with it from now on.</source>
        <translation>%1 已设置密码；今后请用该密码登录。</translation>
    </message>
    <message>
        <source>code-expired</source>
        <translation>登录码已过期</translation>
    </message>
    <message>
        <source>code-until-%1</source>
        <translation>登录码有效至-%1</translation>
    </message>
    <message>
        <source>user needs an action: add, passwd, code, enrol, roles, department, deactivate, reactivate or list. %1</source>
        <translation>user 需要一个操作：add、passwd、code、enrol、roles、department、deactivate、reactivate 或 list。%1</translation>
    </message>
    <message>
        <source>Unknown user action &apos;%1&apos;; use add, passwd, code, enrol, roles, department, deactivate, reactivate or list.</source>
        <translation>未知的 user 操作“%1”；请使用 add、passwd、code、enrol、roles、department、deactivate、reactivate 或 list。</translation>
    </message>
</context>
<context>
    <name>TrainingRepository</name>
    <message>
        <source>A stored scenario is damaged (%1); import it again.</source>
        <translation>已保存的场景已损坏（%1）；请重新导入。</translation>
    </message>
    <message>
        <source>There is no scenario &quot;%1&quot; in %2; a trainer can write or import it.</source>
        <translation>%2 中没有场景「%1」；培训师可以编写或导入该场景。</translation>
    </message>
    <message>
        <source>Choose the trainee who takes the practice call.</source>
        <translation>请选择接听此练习来电的学员。</translation>
    </message>
    <message>
        <source>This trainee already has a practice call open; end it first.</source>
        <translation>该学员已有一个进行中的练习通话；请先结束它。</translation>
    </message>
    <message>
        <source>The practice session is not there any more.</source>
        <translation>该练习会话已不存在。</translation>
    </message>
    <message>
        <source>Only the trainee or a trainer may take this practice call.</source>
        <translation>只有该学员或培训师可以接听此练习通话。</translation>
    </message>
    <message>
        <source>Only the trainee or a trainer may add to this practice call.</source>
        <translation>只有该学员或培训师可以在此练习通话中添加内容。</translation>
    </message>
    <message>
        <source>The practice call has ended; only remarks can be added to it now.</source>
        <translation>练习通话已结束；现在只能添加点评。</translation>
    </message>
    <message>
        <source>The scenario has no trap &quot;%1&quot;.</source>
        <translation>该场景中没有陷阱「%1」。</translation>
    </message>
    <message>
        <source>The caller&apos;s line is empty; write what they say.</source>
        <translation>来电人的台词为空；请填写来电人要说的话。</translation>
    </message>
    <message>
        <source>The remark is empty.</source>
        <translation>备注为空。</translation>
    </message>
    <message>
        <source>Only the trainee or a trainer may end this practice call.</source>
        <translation>只有该学员或培训师可以结束此练习通话。</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>Only the trainee or a trainer may see this practice call.</source>
        <translation>只有本次练习的学员或培训师可以查看这次练习通话。</translation>
    </message>
    <message>
        <source>Only the trainee of a practice call fills in its form.</source>
        <translation>练习通话的表单只能由该次练习的学员填写。</translation>
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
    <name>TranscriptFormat</name>
    <message>
        <source>&lt;i&gt;Ring %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;第%1声响铃&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered at ring %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;第%1声接听&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1a5fb4&apos;&gt;Caller:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#1a5fb4&apos;&gt;来电人：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#26a269&apos;&gt;Trainee:&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#26a269&apos;&gt;学员：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#26a269&apos;&gt;✔ step %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#26a269&apos;&gt;✔ 步骤 %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c01c28&apos;&gt;✘ skipped %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c01c28&apos;&gt;✘ 跳过 %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c01c28&apos;&gt;Banned phrase “%1”: say “%2” instead.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c01c28&apos;&gt;服务禁语「%1」：请改说「%2」。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#26a269&apos;&gt;standard phrase “%1”&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#26a269&apos;&gt;标准用语「%1」&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#e66100&apos;&gt;Trap: %1 (%2)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#e66100&apos;&gt;陷阱：%1（%2）&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Practice form saved (%1, %2).&lt;/i&gt;</source>
        <translation>&lt;i&gt;练习表单已保存（%1，%2）。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#613583&apos;&gt;Remark (%1): %2&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#613583&apos;&gt;点评（%1）：%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 / %2 points (%3%)&lt;/b&gt; — pass mark %4%: &lt;b style=&apos;color:%5&apos;&gt;%6&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 / %2 分（%3%）&lt;/b&gt; — 及格线 %4%：&lt;b style=&apos;color:%5&apos;&gt;%6&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>及格</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>不及格</translation>
    </message>
    <message>
        <source>&lt;p&gt;Answered at ring %1 · required steps %2, skipped %3 · banned phrases %4 · standard phrases %5 · form %6/%7 right · %8 s to resolve&lt;/p&gt;</source>
        <translation>&lt;p&gt;第%1声接听 · 必需步骤 %2 个，跳过 %3 个 · 服务禁语 %4 次 · 标准用语 %5 次 · 表单正确 %6/%7 · 解决用时 %8 秒&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No points lost.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未扣分。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;−%1 (%2): %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;−%1（%2）：%3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>rings</source>
        <translation>响铃</translation>
    </message>
    <message>
        <source>script</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>banned phrases</source>
        <translation>禁语</translation>
    </message>
    <message>
        <source>form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>trap</source>
        <translation>陷阱</translation>
    </message>
    <message>
        <source>&lt;b&gt;The trainee ended the call.&lt;/b&gt;</source>
        <translation>&lt;b&gt;学员结束了通话。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The trainer ended the call.&lt;/b&gt;</source>
        <translation>&lt;b&gt;培训师结束了通话。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The caller hung up.&lt;/b&gt;</source>
        <translation>&lt;b&gt;来电人挂断了电话。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The call ended.&lt;/b&gt;</source>
        <translation>&lt;b&gt;通话结束。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>未选类别</translation>
    </message>
    <message>
        <source>&lt;i&gt;Practice form saved and transferred (%1, %2).&lt;/i&gt;</source>
        <translation>&lt;i&gt;练习表单已保存并转交（%1，%2）。&lt;/i&gt;</translation>
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
    <message>
        <source>The %1 holds a NUL character (U+0000), which cannot be stored; delete it (it comes from pasting out of another program or from a damaged file) and save again.</source>
        <translation>%1 含有空字符（U+0000），无法保存；请删除该字符（它来自从其他程序粘贴的内容或损坏的文件）后重新保存。</translation>
    </message>
    <message>
        <source>The %1 is not one this version of ThreeRings knows; choose one of: %2.</source>
        <translation>此版本的 ThreeRings 不认识该%1；请从以下选项中选择：%2。</translation>
    </message>
</context>
<context>
    <name>WordsService</name>
    <message>
        <source>The %1 phrase list was saved, but the console could not read it again (%2); restart the console to check against it.</source>
        <translation>%1 用语列表已保存，但本控制台未能重新读取（%2）；请重启控制台，以便按新列表检查。</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <source>%1 is damaged (%2 in %3). Open it in Excel, WPS or LibreOffice and save it again as an Excel workbook (.xlsx).</source>
        <translation>%1 已损坏（%3：%2）。请用 Excel、WPS 或 LibreOffice 打开它，并重新另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1 holds no sheet. Save it again from the spreadsheet as an Excel workbook (.xlsx), with the table on its first sheet.</source>
        <translation>%1 中没有工作表。请在电子表格软件中重新另存为 Excel 工作簿（.xlsx），并把表格放在第一个工作表上。</translation>
    </message>
    <message>
        <source>%1 is an Excel 97-2003 workbook or a workbook with a password, which the console cannot read. Open it in Excel, WPS or LibreOffice and save it as an Excel workbook (.xlsx) without a password.</source>
        <translation>%1 是 Excel 97-2003 工作簿或设有密码的工作簿，本控制台无法读取。请用 Excel、WPS 或 LibreOffice 打开它，另存为不设密码的 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1 is not a valid .xlsx workbook (it is not a zip package). Open it in Excel, WPS or LibreOffice and save it again as an Excel workbook (.xlsx), or as CSV.</source>
        <translation>%1 不是有效的 .xlsx 工作簿（它不是 zip 包）。请用 Excel、WPS 或 LibreOffice 打开它，并重新另存为 Excel 工作簿（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <source>the part is larger than %1 MB</source>
        <translation>该部件超过 %1 MB</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>zip 错误 %1</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook: it holds no %2. Save the sheet from the spreadsheet as an Excel workbook (.xlsx).</source>
        <translation>%1 是 zip 文件，但不是 Excel 工作簿：其中没有 %2。请在电子表格软件中将该表另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>row number %1</source>
        <translation>行号 %1</translation>
    </message>
    <message>
        <source>cell reference %1</source>
        <translation>单元格引用 %1</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>超过 %1 列</translation>
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
    <name>threerings::CallSession</name>
    <message>
        <source>Choose how the call ended: solved on the phone, a form, a consultation, a complaint, a wrong number or a silent or nuisance call.</source>
        <translation>请选择通话结果：电话解决、问题处理表、咨询、投诉、打错电话或无声/骚扰电话。</translation>
    </message>
    <message>
        <source>Choose the call&apos;s category: technical quality, service, sales or other.</source>
        <translation>请选择来电类别：技术质量、服务、销售或其它。</translation>
    </message>
    <message>
        <source>Finish the call first: choose its category and how it ended.</source>
        <translation>请先结束本次来电：选择其类别和通话结果。</translation>
    </message>
    <message>
        <source>Enter the number to call.</source>
        <translation>请输入要拨打的号码。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: type it as 138 1234 5678, 0372-2661234 or +86 ….</source>
        <translation>「%1」不是电话号码：请按 138 1234 5678、0372-2661234 或 +86 … 的格式输入。</translation>
    </message>
    <message>
        <source>This line cannot place calls: %1.</source>
        <translation>此线路不能外呼：%1。</translation>
    </message>
    <message>
        <source>%1 asked not to be called: %2 is on the do-not-call list, so nothing was dialled.</source>
        <translation>%1 要求不再致电：%2 在勿扰名单上，未拨出。</translation>
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
    <message>
        <source>Finish the call on the line before placing another.</source>
        <translation>请先结束线路上的通话，再拨打下一个。</translation>
    </message>
    <message>
        <source>The other end answers a call you placed.</source>
        <translation>您拨出的电话由对方接听。</translation>
    </message>
</context>
<context>
    <name>threerings::Line</name>
    <message>
        <source>This line cannot place calls.</source>
        <translation>此线路不能外呼。</translation>
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
    <message>
        <source>Enter the number to call.</source>
        <translation>请输入要拨打的号码。</translation>
    </message>
    <message>
        <source>The other end answers a call you placed.</source>
        <translation>您拨出的电话由对方接听。</translation>
    </message>
</context>
<context>
    <name>threerings::SipEngine</name>
    <message>
        <source>Cannot create the SIP line&apos;s folder %1; check that it is writable.</source>
        <translation>无法创建 SIP 线路的文件夹 %1；请检查该位置是否可写。</translation>
    </message>
    <message>
        <source>The SIP line could not start (liblinphone refused its settings).</source>
        <translation>SIP 线路无法启动（liblinphone 拒绝了其设置）。</translation>
    </message>
    <message>
        <source>The SIP line could not start; is port %1 already in use?</source>
        <translation>SIP 线路无法启动；端口 %1 是否已被占用？</translation>
    </message>
    <message>
        <source>The SIP account %1 via %2 is not a valid address; check user, domain and proxy.</source>
        <translation>经由 %2 的 SIP 账户 %1 不是有效地址；请检查用户、域和代理。</translation>
    </message>
    <message>
        <source>The call %1 can no longer be answered; the caller may have hung up.</source>
        <translation>来电 %1 已无法接听；来电人可能已挂机。</translation>
    </message>
    <message>
        <source>The call could not be answered (the line refused).</source>
        <translation>无法接听来电（线路拒绝）。</translation>
    </message>
    <message>
        <source>The call could not be put on hold (the line refused).</source>
        <translation>无法保持通话（线路拒绝）。</translation>
    </message>
    <message>
        <source>The call could not be resumed (the line refused).</source>
        <translation>无法恢复通话（线路拒绝）。</translation>
    </message>
    <message>
        <source>%1 is not a number or SIP address the call can be transferred to.</source>
        <translation>%1 不是可转接的号码或 SIP 地址。</translation>
    </message>
    <message>
        <source>The call could not be transferred to %1 (the line refused).</source>
        <translation>无法将通话转接到 %1（线路拒绝）。</translation>
    </message>
    <message>
        <source>The transfer to %1 failed; the caller is still on the line.</source>
        <translation>转接到 %1 失败；来电人仍在线上。</translation>
    </message>
    <message>
        <source>None of the codecs in %1 (%2) is available; the line offers none.</source>
        <translation>%1（%2）中的编解码器均不可用；线路没有可提供的编解码器。</translation>
    </message>
    <message>
        <source>The SIP line has not started; it cannot place calls.</source>
        <translation>SIP 线路尚未启动，不能外呼。</translation>
    </message>
    <message>
        <source>The SIP line has no domain or proxy to call %1 through; set %2.</source>
        <translation>SIP 线路没有可用来呼叫 %1 的域名或代理；请设置 %2。</translation>
    </message>
    <message>
        <source>%1 is not a number or SIP address the line can call.</source>
        <translation>%1 不是线路可以呼叫的号码或 SIP 地址。</translation>
    </message>
    <message>
        <source>The line could not call %1.</source>
        <translation>线路无法呼叫 %1。</translation>
    </message>
</context>
<context>
    <name>threerings::SipLine</name>
    <message>
        <source>SIP line not started</source>
        <translation>SIP 线路未启动</translation>
    </message>
    <message>
        <source>SIP: registered as %1</source>
        <translation>SIP：已注册为 %1</translation>
    </message>
    <message>
        <source>SIP: registering as %1…</source>
        <translation>SIP：正在注册为 %1…</translation>
    </message>
    <message>
        <source>SIP: registration failed (%1); retrying</source>
        <translation>SIP：注册失败（%1）；正在重试</translation>
    </message>
    <message>
        <source>SIP: not registered</source>
        <translation>SIP：未注册</translation>
    </message>
    <message>
        <source>SIP: direct calls on port %1</source>
        <translation>SIP：端口 %1 直连呼叫</translation>
    </message>
    <message>
        <source>SIP line %1</source>
        <translation>SIP 线路 %1</translation>
    </message>
    <message>
        <source>SIP line (direct)</source>
        <translation>SIP 线路（直连）</translation>
    </message>
    <message>
        <source>There is no call %1 on the line; it may have ended already.</source>
        <translation>线路上没有通话 %1；该通话可能已结束。</translation>
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
    <message>
        <source>● Recording</source>
        <translation>● 录音中</translation>
    </message>
    <message>
        <source>Calls on this line are recorded to a file.</source>
        <translation>此线路上的通话会录音并保存到文件。</translation>
    </message>
    <message>
        <source>The other end answers a call you placed.</source>
        <translation>您拨出的电话由对方接听。</translation>
    </message>
    <message>
        <source>The SIP line has not started; it cannot place calls.</source>
        <translation>SIP 线路尚未启动，不能外呼。</translation>
    </message>
    <message>
        <source>The line is busy with another call.</source>
        <translation>线路正忙于另一通电话。</translation>
    </message>
    <message>
        <source>Enter the number to call.</source>
        <translation>请输入要拨打的号码。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>The hotline&apos;s people. In a team every change here reaches all consoles and the person&apos;s login on the server with the next sync.</source>
        <translation>热线的人员。在团队中，这里的每项修改都会在下次同步时送到所有座席和该人员在服务器上的登录。</translation>
    </message>
    <message>
        <source>Job number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Department…</source>
        <translation>部门(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>新密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Switch off</source>
        <translation>停用(&amp;S)</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>启用(&amp;O)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>尚无密码</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>%1 %2 was added.</source>
        <translation>已添加 %1 %2。</translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation>%1 的角色已修改。</translation>
    </message>
    <message>
        <source>The department of %1 was changed.</source>
        <translation>%1 的部门已修改。</translation>
    </message>
    <message>
        <source>%1 has a new password; tell them in person.</source>
        <translation>%1 已有新密码；请当面告知本人。</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 可以再次登录。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; their name stays on every record.</source>
        <translation>%1 已不能登录；其姓名仍保留在所有记录上。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
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
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>再次输入密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不同；请输入两次相同的密码。</translation>
    </message>
    <message>
        <source>Roles of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <source>Department of %1:</source>
        <translation>%1 的部门：</translation>
    </message>
    <message>
        <source>New password of %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>First sign-in &amp;code…</source>
        <translation>首次登录码(&amp;C)…</translation>
    </message>
    <message>
        <source>A one-time code with which the person signs in once and chooses their own password: for people imported without one, or who forgot theirs.</source>
        <translation>一次性登录码，本人用它登录一次并设置自己的密码：适用于导入时没有密码的人员，或忘记密码的人。</translation>
    </message>
    <message>
        <source>first sign-in code expired</source>
        <translation>首次登录码已过期</translation>
    </message>
    <message>
        <source>waits for first sign-in (code valid until %1)</source>
        <translation>等待首次登录（登录码有效至 %1）</translation>
    </message>
    <message>
        <source>%1 has a first sign-in code, valid until %2; give it to them in person.</source>
        <translation>已为 %1 发放首次登录码，有效期至 %2；请当面交给本人。</translation>
    </message>
    <message>
        <source>Give this code to %1 in person. They sign in with their job number and the code instead of a password, and choose their own password at once. The code works once, and only until %2; any earlier password or code of theirs no longer works. It is not shown again.</source>
        <translation>请将此登录码当面交给 %1。本人用工号和此登录码代替密码登录，并立即设置自己的密码。登录码只能使用一次，有效期至 %2；其原有的密码或登录码均已失效。此码不会再次显示。</translation>
    </message>
    <message>
        <source>First sign-in code</source>
        <translation>首次登录码</translation>
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
    <message>
        <source>&amp;Ready for the next call</source>
        <translation>就绪，接听下一通来电(&amp;R)</translation>
    </message>
    <message>
        <source>Ready for the next call (%1)</source>
        <translation>就绪，接听下一通来电（%1）</translation>
    </message>
    <message>
        <source>Not ready: choose the reason (%1)</source>
        <translation>未就绪：请选择原因（%1）</translation>
    </message>
    <message>
        <source>&amp;Not ready…</source>
        <translation>未就绪(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>threerings::ui::CalendarPage</name>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>An IANA zone name such as Asia/Shanghai; the hours and days count in it.</source>
        <translation>IANA 时区名，例如 Asia/Shanghai；工作时间和工作日均按此时区计算。</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Lunch break</source>
        <translation>午休(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Weekend days</source>
        <translation>周末休息日(&amp;W)</translation>
    </message>
    <message>
        <source>An equal start and end of the lunch break means no break.</source>
        <translation>午休开始与结束时间相同表示没有午休。</translation>
    </message>
    <message>
        <source>Holidays and swapped working days</source>
        <translation>节假日和调休上班日</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Swapped working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Name, e.g. 国庆节</source>
        <translation>名称，例如 国庆节</translation>
    </message>
    <message>
        <source>&amp;Add or change day</source>
        <translation>添加或修改日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove day</source>
        <translation>删除日期(&amp;R)</translation>
    </message>
    <message>
        <source>Choose the holiday calendar</source>
        <translation>选择节假日日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Source, e.g. State Council notice of 2025-11-04</source>
        <translation>来源，例如 国务院办公厅 2025-11-04 通知</translation>
    </message>
    <message>
        <source>Known.</source>
        <translation>已有数据。</translation>
    </message>
    <message>
        <source>Known: %1.</source>
        <translation>已有数据：%1。</translation>
    </message>
    <message>
        <source>No data: plain weekends are counted.</source>
        <translation>无数据：按普通周末计算。</translation>
    </message>
    <message>
        <source>%1 is marked as known and has no holidays or swapped working days. Add them below if it should have some.</source>
        <translation>%1 年已标记为已有数据，但没有节假日或调休上班日。如应有，请在下方添加。</translation>
    </message>
    <message>
        <source>No holidays are known for %1, so its deadlines count plain weekends. Import the State Council&apos;s holiday schedule as an .ics file (Import .ics…), or add the holidays and swapped working days below one by one and then mark the year as known.</source>
        <translation>%1 年还没有节假日数据，其期限按普通周末计算。请将国务院的节假日安排作为 .ics 文件导入（导入 .ics…），或在下方逐日添加节假日和调休上班日，然后将该年标记为已有数据。</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
    <message>
        <source>Weekend days</source>
        <translation>周末休息日</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The working hours are saved; deadlines count in them from now on.</source>
        <translation>工作时间已保存；此后的期限按新的工作时间计算。</translation>
    </message>
    <message>
        <source>%1 is changed.</source>
        <translation>%1 已修改。</translation>
    </message>
    <message>
        <source>%1 is added.</source>
        <translation>%1 已添加。</translation>
    </message>
    <message>
        <source>Choose the day to remove in the list first.</source>
        <translation>请先在列表中选择要删除的日期。</translation>
    </message>
    <message>
        <source>%1 is removed; it counts as an ordinary day again.</source>
        <translation>%1 已删除；该日重新按普通日期计算。</translation>
    </message>
    <message>
        <source>%1 is marked as known: its deadlines count the days listed.</source>
        <translation>%1 年已标记为已有数据：其期限按所列日期计算。</translation>
    </message>
    <message>
        <source>%1 is no longer known: its deadlines count plain weekends.</source>
        <translation>%1 年已标记为无数据：其期限按普通周末计算。</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <source>%1: %2 holidays, %3 swapped working days</source>
        <translation>%1 年：节假日 %2 天，调休上班 %3 天</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged. Nothing is written until you press Write imported days.</source>
        <translation>新增 %1，修改 %2，未变 %3。按“写入导入的日期”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Choose an .ics file with Import .ics… first.</source>
        <translation>请先用“导入 .ics…”选择一个 .ics 文件。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>已导入：新增 %1，修改 %2，未变 %3。</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>营业时间(&amp;H)</translation>
    </message>
    <message>
        <source>Sa&amp;ve hours</source>
        <translation>保存工作时间(&amp;V)</translation>
    </message>
    <message>
        <source>Import .ic&amp;s…</source>
        <translation>导入 .ics(&amp;S)…</translation>
    </message>
    <message>
        <source>Wri&amp;te imported days</source>
        <translation>写入导入的日期(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Mark as not known</source>
        <translation>标记为无数据(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Mark as known</source>
        <translation>标记为已有数据(&amp;M)</translation>
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
    <name>threerings::ui::CallRecordingsDialog</name>
    <message>
        <source>Call recordings</source>
        <translation>通话录音</translation>
    </message>
    <message>
        <source>Rang at</source>
        <translation>振铃时间</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>挂断方</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No call has been recorded yet.</source>
        <translation>尚无通话录音。</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded call(s).</source>
        <translation>
            <numerusform>共 %n 条通话录音。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>The recording %1 is no longer there; it may have been moved or deleted.</source>
        <translation>录音 %1 已不存在；可能已被移动或删除。</translation>
    </message>
    <message>
        <source>Playing %1</source>
        <translation>正在播放 %1</translation>
    </message>
    <message>
        <source>Call &amp;recordings…</source>
        <translation>通话录音(&amp;R)…</translation>
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
    <message>
        <source>&amp;Caller&apos;s card</source>
        <translation>来电人信息卡(&amp;C)</translation>
    </message>
    <message>
        <source>%1&apos;s details are corrected.</source>
        <translation>%1 的资料已更正。</translation>
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
        <source>Unreachable: %1 is tried again after %2.</source>
        <translation>联系不上：%1 将在 %2 之后再试。</translation>
    </message>
    <message>
        <source>No callbacks are due today. A resolved problem form comes here on the day its callback is due; the callback policy says which forms are called back.</source>
        <translation>今天没有到期的回访。已解决的问题单会在回访到期当天出现在这里；哪些问题单需要回访由回访策略决定。</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>用户答复</translation>
    </message>
    <message>
        <source>Form %1 was reopened and its handler told; it is open beside the list.</source>
        <translation>问题处理表 %1 已重新打开并已通知处理人；它已在回访列表旁打开。</translation>
    </message>
    <message>
        <source>Choose the customer to call back on the list first.</source>
        <translation>请先在列表中选择要回访的用户。</translation>
    </message>
    <message>
        <source>Calling %1 back about form %2 …</source>
        <translation>正在回访 %1（表单 %2）…</translation>
    </message>
    <message>
        <source>No callback can be called now: the rest wait for their retry time.</source>
        <translation>现在没有可拨打的回访：其余的都在等待重拨时间。</translation>
    </message>
    <message>
        <source>Ca&amp;ll the customer</source>
        <translation>呼叫用户(&amp;L)</translation>
    </message>
    <message>
        <source>Ca&amp;ll %1</source>
        <translation>呼叫 %1(&amp;L)</translation>
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
        <source>due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>to try again</source>
        <translation>待重试</translation>
    </message>
    <message>
        <source>Correct the caller&apos;s details…</source>
        <translation>更正来电人资料…</translation>
    </message>
    <message>
        <source>A new address, another phone, a misspelt name: correct the record while you talk, so the next call finds it right.</source>
        <translation>新地址、另一个电话、写错的姓名:通话中就更正记录,下次来电即可找到正确的资料。</translation>
    </message>
    <message>
        <source>The device the caller is calling about; a problem form opened on this call names it, so its repairs are counted.</source>
        <translation>来电所涉及的设备；本次来电受理的问题处理表会记录该设备，以便统计其维修次数。</translation>
    </message>
    <message>
        <source>— which device? —</source>
        <translation>— 哪台设备？—</translation>
    </message>
    <message>
        <source>Device: %1 (%2)</source>
        <translation>设备：%1（%2）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Asked not to be called: the console dials none of their numbers.</source>
        <translation>要求不再致电：坐席台不会拨打其任何号码。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::ChaseBar</name>
    <message>
        <source>Chased the handler</source>
        <translation>催处理人</translation>
    </message>
    <message>
        <source>Told the caller</source>
        <translation>告知用户</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Promised &amp;by</source>
        <translation>承诺时间(&amp;B)</translation>
    </message>
    <message>
        <source>What was said (no answer, line busy, promised…)</source>
        <translation>沟通内容（无人接听、占线、已承诺……）</translation>
    </message>
    <message>
        <source>Record the cha&amp;se</source>
        <translation>记录催办(&amp;S)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3%4</source>
        <translation>%1 · %2 · %3%4</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>:%1</translation>
    </message>
    <message numerus="yes">
        <source>Chased %n time(s):</source>
        <translation>
            <numerusform>已催办 %n 次：</numerusform>
        </translation>
    </message>
    <message>
        <source>Late: chase the handler for the result, then tell the caller it is in hand, with an apology. Record each attempt here.</source>
        <translation>已超时：请催处理人尽快给出结果，再向用户致歉并告知正在处理。每次联系都在这里记录。</translation>
    </message>
    <message>
        <source>Chase recorded: %1.</source>
        <translation>催办已记录：%1。</translation>
    </message>
    <message>
        <source>No number to call</source>
        <translation>没有可拨打的号码</translation>
    </message>
    <message>
        <source>Ca&amp;ll %1</source>
        <translation>呼叫 %1(&amp;L)</translation>
    </message>
    <message>
        <source>Calling %1 … record what was said here when the call ends.</source>
        <translation>正在呼叫 %1 … 通话结束后在这里记录说了什么。</translation>
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
    <message>
        <source>Ca&amp;ll %1 back</source>
        <translation>回访 %1(&amp;L)</translation>
    </message>
    <message>
        <source>Calling %1 back about complaint %2 …</source>
        <translation>正在回访 %1（投诉 %2）…</translation>
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
    <message>
        <source>In a state this version does not know</source>
        <translation>处于此版本不认识的状态</translation>
    </message>
</context>
<context>
    <name>threerings::ui::CustomerEditDialog</name>
    <message>
        <source>Correct %1&apos;s details</source>
        <translation>更正 %1 的资料</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手机(&amp;M)</translation>
    </message>
    <message>
        <source>O&amp;ffice phone</source>
        <translation>办公电话(&amp;F)</translation>
    </message>
    <message>
        <source>O&amp;ther phone</source>
        <translation>其他电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>通讯地址(&amp;A)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Asked not to be called: the console dials none of these numbers</source>
        <translation>要求不再致电：坐席台不拨打这些号码</translation>
    </message>
</context>
<context>
    <name>threerings::ui::CustomersPage</name>
    <message>
        <source>Search by any part of a name, unit or phone (e.g. the last four digits)</source>
        <translation>按姓名、单位或电话的任意部分查找(如电话后四位)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手机(&amp;M)</translation>
    </message>
    <message>
        <source>O&amp;ffice phone</source>
        <translation>办公电话(&amp;F)</translation>
    </message>
    <message>
        <source>O&amp;ther phone</source>
        <translation>其他电话(&amp;H)</translation>
    </message>
    <message>
        <source>Ou&amp;tlet</source>
        <translation>网点(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>通讯地址(&amp;A)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Merge a duplicate…</source>
        <translation>合并重复记录(&amp;M)…</translation>
    </message>
    <message>
        <source>Fold another record of the same person into this one: its calls, forms and devices show here, and its numbers find this record.</source>
        <translation>把同一人的另一条记录并入本记录:它的来电、表单和设备都显示在这里,它的号码也能找到本记录。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>Outlet</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>Merged in: %1</source>
        <translation>已并入:%1</translation>
    </message>
    <message>
        <source>Device: %1 %2, serial %3</source>
        <translation>设备:%1 %2,出厂编号 %3</translation>
    </message>
    <message>
        <source>Give the customer a phone (mobile, office or other): the screen pop finds customers by their number.</source>
        <translation>请给用户填一个电话(手机、办公或其他):来电弹屏按号码查找用户。</translation>
    </message>
    <message>
        <source>No customers yet. Callers are added during calls; add one with New, or import the customer list (CSV or XLSX) with Import….</source>
        <translation>还没有用户。来电时可添加来电人;也可用“新建”添加,或用“导入…”导入用户名单(CSV 或 XLSX)。</translation>
    </message>
    <message>
        <source>Choose the record to keep first, then merge the duplicate into it.</source>
        <translation>请先选择要保留的记录,再把重复记录并入。</translation>
    </message>
    <message>
        <source>Merge a duplicate into %1</source>
        <translation>把重复记录并入 %1</translation>
    </message>
    <message>
        <source>Find the other record of %1 by a name or phone. It is folded into this one: kept for its history, its numbers still find this record.</source>
        <translation>按姓名或电话找到 %1 的另一条记录。它将并入本记录:历史保留,它的号码仍能找到本记录。</translation>
    </message>
    <message>
        <source>Name or phone</source>
        <translation>姓名或电话</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>The duplicate is merged into %1.</source>
        <translation>重复记录已并入 %1。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::DepartmentsPage</name>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Head</source>
        <translation>主管(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Forms transferred here</source>
        <translation>转交到此的表单</translation>
    </message>
    <message>
        <source>None ticked: those of its kind (technical support takes technical quality and other, the product division sales, user service the service complaints).</source>
        <translation>都不勾选时按部门类型：技术支持接技术质量和其它，产品事业部接销售，用户服务接服务投诉。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No departments yet. Forms are transferred to departments and complaints are counted by them: add the first with New, or import a spreadsheet with Import….</source>
        <translation>还没有部门。表单要转交给部门，投诉也按部门统计：请用“新建”添加第一个，或用“导入…”导入电子表格。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::DevicesPage</name>
    <message>
        <source>%1: &apos;%2&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-05.</source>
        <translation>%1:“%2”不是日期;请写成 YYYY-MM-DD,例如 2026-03-05。</translation>
    </message>
    <message>
        <source>Search by the start of a serial number or model</source>
        <translation>按出厂编号或型号的开头查找</translation>
    </message>
    <message>
        <source>&amp;Serial number</source>
        <translation>出厂编号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>型号(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>from the model when it is set up</source>
        <translation>型号已设置时自动带出</translation>
    </message>
    <message>
        <source>&amp;Customer&apos;s phone</source>
        <translation>用户电话(&amp;C)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>Ou&amp;tlet</source>
        <translation>网点(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Installed on</source>
        <translation>安装日期(&amp;I)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>In&amp;voice date</source>
        <translation>发票日期(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Warranty ends</source>
        <translation>保修截止(&amp;W)</translation>
    </message>
    <message>
        <source>empty: from the model&apos;s warranty rule</source>
        <translation>留空:按型号的保修规则计算</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>出厂编号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>In warranty (三包) until %1.</source>
        <translation>在保修期(三包)内,至 %1。</translation>
    </message>
    <message>
        <source>Out of warranty since %1: repairs are charged.</source>
        <translation>已于 %1 过保:维修收费。</translation>
    </message>
    <message>
        <source>No repairs recorded for this device.</source>
        <translation>此设备没有维修记录。</translation>
    </message>
    <message numerus="yes">
        <source>Repair history (%n form(s)):</source>
        <translation>
            <numerusform>维修记录(%n 张表单):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3 — %4</source>
        <translation>%1  %2  %3 — %4</translation>
    </message>
    <message>
        <source>Customer&apos;s phone: whose device is it? Type the customer&apos;s phone number.</source>
        <translation>用户电话:这是谁的设备?请输入用户的电话号码。</translation>
    </message>
    <message>
        <source>Customer&apos;s phone: %1</source>
        <translation>用户电话:%1</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>发票日期</translation>
    </message>
    <message>
        <source>Serial number: copy it from the device&apos;s nameplate; devices are found by it.</source>
        <translation>出厂编号:请照设备铭牌填写;设备按它查找。</translation>
    </message>
    <message>
        <source>No devices yet. Add a customer&apos;s device with New (serial number, model, customer&apos;s phone), or import the device list (CSV or XLSX) with Import…. Set up the models and their warranty in Products first.</source>
        <translation>还没有设备。用“新建”添加用户的设备(出厂编号、型号、用户电话),或用“导入…”导入设备清单(CSV 或 XLSX)。请先在“产品”页设置型号及其保修期。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::DialDialog</name>
    <message>
        <source>Dial a number</source>
        <translation>拨打号码</translation>
    </message>
    <message>
        <source>138 1234 5678, 0372-2661234 or +86 …</source>
        <translation>138 1234 5678、0372-2661234 或 +86 …</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>号码(&amp;N)</translation>
    </message>
    <message>
        <source>Will dial</source>
        <translation>将拨打</translation>
    </message>
    <message>
        <source>&amp;Dial</source>
        <translation>拨打(&amp;D)</translation>
    </message>
    <message>
        <source>— type or paste the number —</source>
        <translation>— 请输入或粘贴号码 —</translation>
    </message>
    <message>
        <source>not a phone number yet</source>
        <translation>还不是电话号码</translation>
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
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <source>%1 · typed %2 · %3</source>
        <translation>%1 · 填写于 %2 · %3</translation>
    </message>
</context>
<context>
    <name>threerings::ui::FindRecordDialog</name>
    <message>
        <source>Go to a record</source>
        <translation>查找记录</translation>
    </message>
    <message>
        <source>&amp;Number or phone (form, complaint or report number, or the caller&apos;s phone):</source>
        <translation>编号或电话（表单、投诉或汇报单编号，或来电人电话）(&amp;N)：</translation>
    </message>
    <message>
        <source>20261204-1001-003, TS20261204-002 or 138 1234 5678</source>
        <translation>20261204-1001-003、TS20261204-002 或 138 1234 5678</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>No form, consultation or complaint has the number or phone &apos;%1&apos;. Check the digits, or type the start of the number to list its day.</source>
        <translation>没有编号或电话为“%1”的表单、咨询或投诉。请核对数字，或只输入编号的前半部分以列出当天的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found: choose one and press Enter.</source>
        <translation>
            <numerusform>找到 %n 条记录：请选择一条并按回车。</numerusform>
        </translation>
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
    <name>threerings::ui::FirstStartWizard</name>
    <message>
        <source>Set up the hotline</source>
        <translation>设置热线</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>The unit and its hotline</source>
        <translation>单位与热线</translation>
    </message>
    <message>
        <source>Welcome. A few steps set up this new hotline; Later keeps what is done, and Admin ▸ Set-up walk-through… comes back to it.</source>
        <translation>欢迎。几个步骤即可设置好这条新热线；点“稍后”会保留已完成的部分，之后可从“管理 ▸ 设置向导…”继续。</translation>
    </message>
    <message>
        <source>The greeting of every call and callback names the unit (「您好，…」). The hotline number is the one the customers dial.</source>
        <translation>每次来电和回访的问候语都会说出单位名称（「您好，…」）。热线号码是用户拨打的号码。</translation>
    </message>
    <message>
        <source>&amp;Unit&apos;s name:</source>
        <translation>单位名称(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Hotline number:</source>
        <translation>热线号码(&amp;H)：</translation>
    </message>
    <message>
        <source>The first departments</source>
        <translation>最初的部门</translation>
    </message>
    <message>
        <source>Problem forms are transferred to departments, and complaints are counted by them.</source>
        <translation>问题单转交给部门处理，投诉也按部门统计。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>The first outlets</source>
        <translation>最初的网点</translation>
    </message>
    <message>
        <source>Customers belong to outlets (网点); an outlet&apos;s kind decides how many of its users are called back. Add a few now, import them on the next page, or skip.</source>
        <translation>用户归属于网点；网点的类别决定其用户的回访比例。可以现在添加几个，在下一页导入，或跳过。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove the row</source>
        <translation>删除该行(&amp;R)</translation>
    </message>
    <message>
        <source>Bring in what you already have</source>
        <translation>导入已有的资料</translation>
    </message>
    <message>
        <source>Each import reads a CSV or XLSX file, checks every row first, and writes nothing while a row is wrong. All of them can be done later from Admin ▸ Hotline set-up….</source>
        <translation>每项导入读取一个 CSV 或 XLSX 文件，先逐行检查，只要有一行有误就不写入任何内容。这些导入都可以稍后在“管理 ▸ 热线资料…”中进行。</translation>
    </message>
    <message>
        <source>Import %1…</source>
        <translation>导入%1…</translation>
    </message>
    <message>
        <source>Import a &amp;site file…</source>
        <translation>导入站点配置文件(&amp;S)…</translation>
    </message>
    <message>
        <source>The site configuration another console of this hotline exported: the unit, the ring cadence, the calendar, the scripts and the phrase lists.</source>
        <translation>本热线另一台坐席台导出的站点配置：单位、振铃节奏、日历、话术脚本和用语列表。</translation>
    </message>
    <message>
        <source>What is set, and what is left</source>
        <translation>已设置的和尚待完成的</translation>
    </message>
    <message>
        <source>Finish marks the hotline set up; everything here can still be changed in Admin ▸ Hotline set-up… and Admin ▸ Accounts….</source>
        <translation>点“完成”即标记热线已设置好；这里的一切之后仍可在“管理 ▸ 热线资料…”和“管理 ▸ 账户…”中修改。</translation>
    </message>
    <message>
        <source>&amp;Open Hotline set-up…</source>
        <translation>打开热线资料(&amp;O)…</translation>
    </message>
    <message>
        <source>These three are where the handbooks route forms: technical support takes technical quality and other problems, the product division sales, user service the service complaints. Correct the names and phones; untick one the hotline does not have.</source>
        <translation>手册将问题单转交给这三个部门：技术支持部负责技术质量和其他问题，产品事业部负责销售问题，用户服务部负责服务投诉。可修改名称和电话；热线没有的部门请取消勾选。</translation>
    </message>
    <message>
        <source>The hotline&apos;s departments. Rename one or give its phone here; add, retire and route them in Admin ▸ Hotline set-up ▸ Departments.</source>
        <translation>热线的部门。可在此重命名或填写电话；添加、停用部门及设置转交类别请在“管理 ▸ 热线资料 ▸ 部门”中进行。</translation>
    </message>
    <message>
        <source>No outlets yet.</source>
        <translation>还没有网点。</translation>
    </message>
    <message>
        <source>Set up so far: %1.</source>
        <translation>已设置：%1。</translation>
    </message>
    <message>
        <source>The unit is %1, the hotline number %2.</source>
        <translation>单位为%1，热线号码为 %2。</translation>
    </message>
    <message>
        <source>The unit&apos;s name and the hotline number are still the examples (%1, %2): Back to the first page to give your own.</source>
        <translation>单位名称和热线号码仍是示例（%1，%2）：请返回第一页填写您自己的。</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) to transfer forms to.</source>
        <translation>
            <numerusform>可转交问题单的部门 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>No department yet: forms cannot be transferred until there is one (Hotline set-up ▸ Departments).</source>
        <translation>还没有部门：有部门之后才能转交问题单（热线资料 ▸ 部门）。</translation>
    </message>
    <message numerus="yes">
        <source>%n outlet(s).</source>
        <translation>
            <numerusform>网点 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>No outlet yet: add them or import a spreadsheet (Hotline set-up ▸ Outlets).</source>
        <translation>还没有网点：请添加网点或导入表格（热线资料 ▸ 网点）。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s).</source>
        <translation>
            <numerusform>用户 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers yet: they are added as they call, or imported (Hotline set-up ▸ Customers).</source>
        <translation>还没有用户：用户来电时会被添加，也可以导入（热线资料 ▸ 用户）。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>账户 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only your own account: add the agents, supervisors and trainers in Admin ▸ Accounts….</source>
        <translation>目前只有您自己的账户：请在“管理 ▸ 账户…”中添加坐席、主管和培训师。</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>尚待完成</translation>
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
    <message>
        <source>&amp;Go to a record…</source>
        <translation>查找记录(&amp;G)…</translation>
    </message>
    <message>
        <source>%1: counted as an unreachable attempt; the list says when to call again.</source>
        <translation>%1：记为一次未联系上；列表显示何时再拨。</translation>
    </message>
    <message>
        <source>The console&apos;s line is gone; nothing was dialled.</source>
        <translation>坐席台的线路已不在；未拨出。</translation>
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
    <name>threerings::ui::GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>&amp;Guide for:</source>
        <translation>指南适用于(&amp;G)：</translation>
    </message>
    <message>
        <source>The guides are not installed here. They are in docs/guide of the sources and in /usr/share/doc/threerings/guide of the Debian package.</source>
        <translation>此处未安装指南。指南位于源代码的 docs/guide 目录，以及 Debian 软件包的 /usr/share/doc/threerings/guide 目录中。</translation>
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
    <message>
        <source>Nobody is signed in: no calls ring here. Sign in to take calls.</source>
        <translation>尚无人登录：本坐席台不会振铃。请登录后接听来电。</translation>
    </message>
    <message>
        <source>You do not take calls here: only people with the agent role are offered the hotline&apos;s calls.</source>
        <translation>您在此不接听来电：只有具有坐席角色的人才会接到热线来电。</translation>
    </message>
    <message>
        <source>You are Ready: the next call rings here.</source>
        <translation>您已就绪：下一通来电将在此振铃。</translation>
    </message>
    <message>
        <source>You are Not Ready: no calls ring here yet. Press %1 when you are at the phone.</source>
        <translation>您尚未就绪：暂不会有来电。在电话旁准备好后请按 %1。</translation>
    </message>
    <message>
        <source>You are Not Ready (%1): no calls ring here. Press %2 when you are back.</source>
        <translation>您未就绪（%1）：不会有来电。回来后请按 %2。</translation>
    </message>
    <message>
        <source>Last call you placed: %1 at %2 — %3.</source>
        <translation>上一次外呼：%1，%2 — %3。</translation>
    </message>
    <message>
        <source>Last call you placed: %1 at %2 — the line dropped it after %3: you placed it, so you call again.</source>
        <translation>上一次外呼：%1，%2 — 通话 %3 后线路掉线：电话是您拨出的，请您重拨。</translation>
    </message>
    <message>
        <source>Last call you placed: %1 at %2 — talked %3.</source>
        <translation>上一次外呼：%1，%2 — 通话 %3。</translation>
    </message>
    <message>
        <source>Last call: %1 at %2 — the line dropped it after %3: the caller calls again, stay Ready for them.</source>
        <translation>上一次来电：%1，%2 — 通话 %3 后线路掉线：来电人会重拨，请保持就绪。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>未选择文件。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需要改正</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to fix; nothing will be written until the file is right.</source>
        <translation>
            <numerusform>有 %n 行需要改正；文件无误之前不会写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is right: %1 new, %2 changed, %3 unchanged. Press Import to write them.</source>
        <translation>文件无误：新增 %1，修改 %2，未变 %3。按“导入”写入。</translation>
    </message>
    <message>
        <source>The file changed since it was checked; check it again.</source>
        <translation>文件在检查后有改动，请重新检查。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>已导入：新增 %1，修改 %2，未变 %3。</translation>
    </message>
    <message>
        <source>The calendar also reads a holiday schedule as an iCalendar (.ics) file; each day&apos;s year becomes known.</source>
        <translation>日历还可读取 iCalendar（.ics）格式的节假日安排；所导入日期的年份将标记为已有数据。</translation>
    </message>
    <message>
        <source>Spreadsheets and iCalendar files (*.xlsx *.csv *.ics)</source>
        <translation>电子表格和 iCalendar 文件 (*.xlsx *.csv *.ics)</translation>
    </message>
    <message>
        <source>A CSV or XLSX file (from Excel, WPS or LibreOffice) with a header row. Columns: %1 (* required). Rows match existing records by %2; only what differs changes. The file is checked first; nothing is written while any row is wrong.</source>
        <translation>带标题行的 CSV 或 XLSX 文件(Excel、WPS 或 LibreOffice 均可)。列:%1(* 为必填)。各行按%2与已有记录对应;只改变不同之处。文件先检查;只要有一行有误,就不写入任何内容。</translation>
    </message>
    <message>
        <source>Checking %v of %m rows</source>
        <translation>正在检查第 %v 行,共 %m 行</translation>
    </message>
    <message>
        <source>Writing %v of %m records</source>
        <translation>正在写入第 %v 条,共 %m 条</translation>
    </message>
</context>
<context>
    <name>threerings::ui::KnowledgePage</name>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>三包, a product, a region …</source>
        <translation>三包、产品、地区…</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>答案(&amp;A)</translation>
    </message>
    <message>
        <source>words callers use, separated by spaces</source>
        <translation>来电者常用的说法，以空格分隔</translation>
    </message>
    <message>
        <source>Search &amp;words</source>
        <translation>搜索关键词(&amp;W)</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>随软件提供</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The knowledge base is empty. Agents search it during calls: add the first answer with New, or import the hotline&apos;s list with Import….</source>
        <translation>知识库为空。坐席在通话中要查阅知识库：请用“新建”添加第一条答案，或用“导入…”导入热线的资料。</translation>
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
    <message>
        <source>The knowledge base is empty. Admins write its entries in Admin ▸ Hotline set-up ▸ Knowledge, or import them.</source>
        <translation>知识库是空的。管理员可在“管理 ▸ 热线资料 ▸ 知识库”中编写条目，或导入条目。</translation>
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
    <message>
        <source>S&amp;upervisor</source>
        <translation>主管(&amp;U)</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;desk…</source>
        <translation>主管工作台(&amp;D)…</translation>
    </message>
    <message>
        <source>Si&amp;te configuration…</source>
        <translation>站点配置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Hotline set-up…</source>
        <translation>热线资料(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Customers and devices…</source>
        <translation>用户和设备(&amp;C)…</translation>
    </message>
    <message>
        <source>Set-up &amp;walk-through…</source>
        <translation>设置向导(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Dial a number…</source>
        <translation>拨打号码(&amp;D)…</translation>
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
    <message numerus="yes">
        <source>%n item(s), %1 late. Enter opens one.</source>
        <translation>
            <numerusform>%n 项，%1 项已超时。按 Enter 打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing with a clock on it. The forms you take on calls, the forms transferred to you and the callbacks due show here with the time they have left.</source>
        <translation>目前没有计时中的事项。您在通话中受理的表单、转给您的表单以及到期的回访都会显示在这里，并标出剩余时间。</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>The team&apos;s</source>
        <translation>全组的</translation>
    </message>
    <message>
        <source>Mine: the forms you took, your callbacks, what waits for you. The team&apos;s: every open callback, and for supervisors every late form.</source>
        <translation>我的：您受理的表单、您的回访、等您处理的事项。全组的：所有未完成的回访；主管还可看到所有超时的表单。</translation>
    </message>
    <message>
        <source>Find a number, name or phone</source>
        <translation>查找编号、姓名或电话</translation>
    </message>
    <message>
        <source>&amp;Late only</source>
        <translation>只看超时(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>已超时 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>剩余 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min late</source>
        <translation>已超时 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>剩余 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>late since %1</source>
        <translation>自 %1 起超时</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>%1 — %2, %3 late</source>
        <translation>%1 — %2 项，%3 项超时</translation>
    </message>
    <message numerus="yes">
        <source>Nothing matches; clear the search or Late only to see all %n item(s).</source>
        <translation>
            <numerusform>没有符合条件的事项；清除查找或取消“只看超时”即可看到全部 %n 项。</numerusform>
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
    <message>
        <source>This notification points at a kind of record this console does not know; open it on a console of the newer version.</source>
        <translation>此通知指向本控制台不认识的记录类型；请在新版本的控制台上打开。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::OutletsPage</name>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Callback sampling: every user of an appointed outlet is called back, half of an own outlet&apos;s, and the head office samples on top.</source>
        <translation>回访抽样：特约点的用户全部回访，自办点的用户回访一半，总部另外抽样。</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>P&amp;rovince</source>
        <translation>省份(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>城市(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No outlets yet. Forms and callback sampling name the user&apos;s outlet (网点): add the first with New, or import the list with Import….</source>
        <translation>还没有网点。表单和回访抽样都要用到用户所在网点：请用“新建”添加第一个，或用“导入…”导入网点清单。</translation>
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
    <name>threerings::ui::PracticeWindow</name>
    <message>
        <source>PRACTICE — %1</source>
        <translation>练习 — %1</translation>
    </message>
    <message>
        <source>800 service hotline</source>
        <translation>800 服务热线</translation>
    </message>
    <message>
        <source>technical support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <source>Ring %1</source>
        <translation>响铃第%1声</translation>
    </message>
    <message>
        <source>PRACTICE — %1 · nothing here is a real customer</source>
        <translation>练习 — %1 · 此处均非真实用户</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>接听(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>结束通话(&amp;E)</translation>
    </message>
    <message>
        <source>Caller: %1 (%2)</source>
        <translation>来电人：%1（%2）</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>对话记录</translation>
    </message>
    <message>
        <source>Type what you say to the caller, then Enter</source>
        <translation>输入您对来电人说的话，然后按 Enter</translation>
    </message>
    <message>
        <source>&amp;Say</source>
        <translation>说出(&amp;S)</translation>
    </message>
    <message>
        <source>The caller gave up at ring %1</source>
        <translation>来电人在响铃第%1声时挂断</translation>
    </message>
    <message>
        <source>Answered at ring %1</source>
        <translation>第%1声接听</translation>
    </message>
    <message>
        <source>Caller: %1 (name not given yet: ask for it)</source>
        <translation>来电：%1（尚未告知姓名：请询问）</translation>
    </message>
    <message>
        <source>The problem form cannot open: %1</source>
        <translation>问题处理表无法打开：%1</translation>
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
    <message>
        <source>— not known —</source>
        <translation>— 不详 —</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>O&amp;utlet</source>
        <translation>用户所在网点(&amp;U)</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>设备(&amp;V)</translation>
    </message>
    <message>
        <source>— no device —</source>
        <translation>— 无设备 —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>threerings::ui::ProductsPage</name>
    <message>
        <source>Search by any part of a model or product</source>
        <translation>按型号或产品的任意部分查找</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>型号(&amp;M)</translation>
    </message>
    <message>
        <source>ATM, APM, 安防 …</source>
        <translation>ATM、APM、安防 …</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>三包: the warranty counts from the invoice date, or from installation when there is no invoice.</source>
        <translation>三包:保修期自发票日期起算;没有发票时自安装日期起算。</translation>
    </message>
    <message>
        <source>&amp;Warranty</source>
        <translation>保修期(&amp;W)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>保修期(月)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No products yet. Add each model the hotline services with its warranty in months (三包 counts from the invoice date), or import the list with Import….</source>
        <translation>还没有产品。请添加热线服务的每个型号及其保修月数(三包自发票日期起算),或用“导入…”导入清单。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::ProgressView</name>
    <message>
        <source>Job no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>练习次数</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过次数</translation>
    </message>
    <message>
        <source>Scenarios passed</source>
        <translation>已通过场景数</translation>
    </message>
    <message>
        <source>Last %</source>
        <translation>最近得分 %</translation>
    </message>
    <message>
        <source>Mean %</source>
        <translation>平均得分 %</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>A trainee is ready for real calls after passing %1 different scenarios, the last session passed.</source>
        <translation>学员通过 %1 个不同场景、且最近一次练习通过后，即可接听真实来电。</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未就绪</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>及格</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>不及格</translation>
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
    <message>
        <source>Calling</source>
        <translation>正在呼叫</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>It rings at the other end. F4 cancels the call.</source>
        <translation>对方振铃中。按 F4 取消呼叫。</translation>
    </message>
    <message>
        <source>Dialling … F4 cancels the call.</source>
        <translation>正在拨号… 按 F4 取消呼叫。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::ScenarioEditor</name>
    <message>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <source>The caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Drawn from</source>
        <translation>素材来源</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <source>Caller&apos;s phone</source>
        <translation>来电人电话</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>来电人身份</translation>
    </message>
    <message>
        <source>Opening line</source>
        <translation>开场白</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Knowledge-base answer</source>
        <translation>知识库答案</translation>
    </message>
    <message>
        <source>The call reaches the trainee at ring</source>
        <translation>来电到达学员时的响铃声数</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格分</translation>
    </message>
    <message>
        <source>What the caller says after each script step</source>
        <translation>每个话术步骤之后来电人说的话</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>The caller&apos;s line</source>
        <translation>来电人台词</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>步骤：%1</translation>
    </message>
    <message>
        <source>What the trainee&apos;s form must hold</source>
        <translation>学员表单必须包含的内容</translation>
    </message>
    <message>
        <source>words the description must hold, separated by commas</source>
        <translation>描述中必须包含的词，用逗号分隔</translation>
    </message>
    <message>
        <source>Recorded and transferred</source>
        <translation>已登记并转交</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>用户姓名</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <source>Description keywords</source>
        <translation>描述关键词</translation>
    </message>
    <message>
        <source>Traps</source>
        <translation>陷阱</translation>
    </message>
    <message>
        <source>After step</source>
        <translation>在此步骤之后</translation>
    </message>
    <message>
        <source>The caller says</source>
        <translation>来电人说</translation>
    </message>
    <message>
        <source>A good answer holds (a / b)</source>
        <translation>好的回答应包含（a / b）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>可选：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
    <name>threerings::ui::ServerSettingsDialog</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and name (recommended)</source>
        <translation>验证服务器的证书和名称（推荐）</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate</source>
        <translation>验证服务器的证书</translation>
    </message>
    <message>
        <source>Encrypt, do not verify</source>
        <translation>加密，但不验证</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>No encryption (a trusted network only)</source>
        <translation>不加密（仅限可信网络）</translation>
    </message>
    <message>
        <source>certificate authority file (.crt)</source>
        <translation>证书颁发机构文件（.crt）</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>Send the records this console already has (the team&apos;s first console)</source>
        <translation>上传本控制台已有的记录（团队的第一台控制台）</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>证书颁发机构(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>请输入服务器的主机名。</translation>
    </message>
    <message>
        <source>Enter the database name on the server.</source>
        <translation>请输入服务器上的数据库名称。</translation>
    </message>
    <message>
        <source>Enter the password of the server login.</source>
        <translation>请输入服务器登录名的密码。</translation>
    </message>
    <message>
        <source>empty: each person signs in as their own login (recommended)</source>
        <translation>留空：每个人以本人的登录进入（推荐）</translation>
    </message>
</context>
<context>
    <name>threerings::ui::ServiceComplaintBar</name>
    <message>
        <source>This is a service-quality problem. Register it as a complaint too?</source>
        <translation>这是服务质量问题，是否同时登记为投诉？</translation>
    </message>
    <message>
        <source>Re&amp;gister as a complaint</source>
        <translation>登记为投诉(&amp;G)</translation>
    </message>
    <message>
        <source>The complaint goes to the user service department; the customer is called back within 3 days.</source>
        <translation>投诉将转交用户服务部；3 天内回访用户。</translation>
    </message>
    <message>
        <source>No&amp;t a complaint</source>
        <translation>不是投诉(&amp;T)</translation>
    </message>
    <message>
        <source>within 3 days</source>
        <translation>3 天内</translation>
    </message>
    <message>
        <source>Registered as complaint %1. It follows the complaint process: supervisors forward it to the department concerned, the department replies in writing within 2 working days, and the customer is called back by %2.</source>
        <translation>已登记为投诉 %1。按投诉流程处理：由主管转交相关部门，部门在 2 个工作日内书面答复，并在 %2 前回访用户。</translation>
    </message>
    <message>
        <source>Registered as complaint %1, forwarded to %2. It follows the complaint process: the department replies in writing within 2 working days, and the customer is called back by %3.</source>
        <translation>已登记为投诉 %1，已转交%2。按投诉流程处理：部门在 2 个工作日内书面答复，并在 %3 前回访用户。</translation>
    </message>
    <message>
        <source>Problem form %1 is registered as complaint %2.</source>
        <translation>问题处理表 %1 已登记为投诉 %2。</translation>
    </message>
    <message>
        <source>Problem form %1 is not registered as a complaint.</source>
        <translation>问题处理表 %1 未登记为投诉。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::SetupDialog</name>
    <message>
        <source>&amp;Departments</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Outlets</source>
        <translation>网点(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV (*.csv);;JSON lines (*.json)</source>
        <translation>电子表格 (*.xlsx);;CSV (*.csv);;JSON 行 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another file.</source>
        <translation>无法写入%1：%2。请另选文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hotline set-up</source>
        <translation>热线资料</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>知识库(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>The hotline&apos;s own departments, outlets, knowledge base, products, customers, devices and business calendar. Forms are transferred to departments by category; callback sampling reads each outlet&apos;s kind; agents search the knowledge base during calls; a device&apos;s warranty comes from its product; deadlines count in the calendar&apos;s working time. In a team every change reaches all consoles with the next sync.</source>
        <translation>热线自己的部门、网点、知识库、产品、用户、设备和工作日历。表单按类别转交部门;回访抽样依据网点类型;坐席通话中查知识库;设备保修期来自其产品;时限按日历的工作时间计算。多台坐席台联网时,每项修改在下次同步后到达所有坐席台。</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>用户(&amp;C)</translation>
    </message>
    <message>
        <source>De&amp;vices</source>
        <translation>设备(&amp;V)</translation>
    </message>
</context>
<context>
    <name>threerings::ui::SetupPage</name>
    <message>
        <source>Search by any part of a name or code</source>
        <translation>按名称或编码的任意部分搜索</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>恢复(&amp;O)</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Nothing matches the search; change or clear it.</source>
        <translation>没有符合搜索的记录，请修改或清空搜索。</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1已保存。</translation>
    </message>
    <message>
        <source>%1 is in use again.</source>
        <translation>%1已恢复使用。</translation>
    </message>
    <message>
        <source>%1 is retired: kept on every record that names it, offered no more.</source>
        <translation>%1已停用：仍保留在引用它的每条记录上，但不再供选择。</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>在用</translation>
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
    <message>
        <source>Your password, or the first sign-in code an admin gave you.</source>
        <translation>您的密码，或管理员发放的首次登录码。</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>再次输入新密码(&amp;A)：</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password in both fields.</source>
        <translation>两次输入的新密码不一致；请在两个输入框中输入相同的密码。</translation>
    </message>
    <message>
        <source>It needs at least %1 characters; the code works only until you have chosen it.</source>
        <translation>密码至少需要 %1 个字符；设置密码后登录码即失效。</translation>
    </message>
    <message>
        <source>Choose password</source>
        <translation>设置密码</translation>
    </message>
</context>
<context>
    <name>threerings::ui::SipSettingsDialog</name>
    <message>
        <source>&amp;Phone line…</source>
        <translation>电话线路(&amp;P)…</translation>
    </message>
    <message>
        <source>Phone line settings saved; they apply from the next start.</source>
        <translation>电话线路设置已保存，下次启动时生效。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>电话线路</translation>
    </message>
    <message>
        <source>SIP account</source>
        <translation>SIP 账户</translation>
    </message>
    <message>
        <source>&amp;Register with a PBX or SIP trunk (off: direct calls to this console)</source>
        <translation>注册到 PBX 或 SIP 中继（关闭：来电直接呼叫本控制台）(&amp;R)</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>kept in the OS keychain; empty leaves it unchanged</source>
        <translation>保存在系统钥匙串中；留空则保持不变</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>域(&amp;D)：</translation>
    </message>
    <message>
        <source>Registrar / &amp;proxy:</source>
        <translation>注册服务器 / 代理(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>传输方式(&amp;T)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Local &amp;port:</source>
        <translation>本地端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Play a &amp;test tone</source>
        <translation>播放测试音(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>麦克风(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>扬声器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ringer:</source>
        <translation>铃声设备(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Codecs offered:</source>
        <translation>提供的编解码器(&amp;C)：</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>来电处理</translation>
    </message>
    <message>
        <source>Busy (486): the PBX offers it to someone else</source>
        <translation>忙（486）：由 PBX 转给其他坐席</translation>
    </message>
    <message>
        <source>Queue: keep it ringing until the agent is Ready</source>
        <translation>排队：持续响铃，直到坐席处于就绪状态</translation>
    </message>
    <message>
        <source>Record every call to a file (shown on the console while on)</source>
        <translation>将每通电话录音到文件（开启时在控制台上显示）</translation>
    </message>
    <message>
        <source>While &amp;not Ready:</source>
        <translation>未就绪时(&amp;N)：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线路</translation>
    </message>
    <message>
        <source>Simulated (training/demo)</source>
        <translation>模拟（培训/演示）</translation>
    </message>
    <message>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <source>--sip starts the console on the SIP line and --simulate on the simulated line, whatever is chosen here.</source>
        <translation>无论此处如何选择，--sip 都会让控制台在 SIP 线路上启动，--simulate 则在模拟线路上启动。</translation>
    </message>
    <message>
        <source>This console is on the SIP line now.</source>
        <translation>本控制台当前使用 SIP 线路。</translation>
    </message>
    <message>
        <source>This console is on the simulated line now.</source>
        <translation>本控制台当前使用模拟线路。</translation>
    </message>
    <message>
        <source>P&amp;hone line:</source>
        <translation>电话线路(&amp;H)：</translation>
    </message>
    <message>
        <source>The console starts on the chosen line, with these settings, from its next start.</source>
        <translation>控制台下次启动时将使用所选线路和这些设置。</translation>
    </message>
</context>
<context>
    <name>threerings::ui::SiteConfigDialog</name>
    <message>
        <source>Site configuration</source>
        <translation>站点配置</translation>
    </message>
    <message>
        <source>One file carries what every console of the room shares: the server (never a password), the unit&apos;s name, the hotline number, the ring cadence, the business calendar, the call scripts and the phrase lists. Export it here and import it on the other consoles, or place it where every console looks at start:</source>
        <translation>一个文件即包含本话务室所有控制台共享的内容：服务器（不含密码）、单位名称、热线号码、响铃节奏、工作日历、通话话术和用语列表。可在此导出，再在其他控制台上导入；也可将其放在每台控制台启动时查找的位置：</translation>
    </message>
    <message>
        <source>%1 (present)</source>
        <translation>%1（已存在）</translation>
    </message>
    <message>
        <source>A console applies that file when it is newer than the last one it took.</source>
        <translation>当该文件比控制台上次应用的文件更新时，控制台会应用它。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you may write to.</source>
        <translation>无法写入 %1：%2。请选择一个有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Import the site configuration</source>
        <translation>导入站点配置</translation>
    </message>
    <message>
        <source>%1

Replace this console&apos;s settings, calendar, scripts and phrase lists with these?</source>
        <translation>%1

要用这些内容替换本控制台的设置、日历、话术脚本和用语列表吗？</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>已导入。%1</translation>
    </message>
    <message>
        <source>Export the site configuration</source>
        <translation>导出站点配置</translation>
    </message>
    <message>
        <source>Site files (*.json)</source>
        <translation>站点文件 (*.json)</translation>
    </message>
    <message>
        <source>Import a site configuration</source>
        <translation>导入站点配置</translation>
    </message>
    <message>
        <source>Site files (*.json);;All files (*)</source>
        <translation>站点文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>threerings::ui::SupervisorDesk</name>
    <message>
        <source>Daily callbacks</source>
        <translation>用户回访统计表</translation>
    </message>
    <message>
        <source>Call tally</source>
        <translation>800电话信息统计报表</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>用户评价</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>每周汇总</translation>
    </message>
    <message>
        <source>Supervisor&apos;s desk</source>
        <translation>主管工作台</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>CS&amp;V…</source>
        <translation>CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation>Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Si&amp;gn off…</source>
        <translation>签字确认(&amp;G)…</translation>
    </message>
    <message>
        <source>The technical manager signs the day&apos;s callback sheet</source>
        <translation>由技术经理对当天的用户回访统计表签字确认</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>统计周期(&amp;I)：</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>每小时来电数</translation>
    </message>
    <message>
        <source>Answered within three rings, per day</source>
        <translation>每日三声内接听</translation>
    </message>
    <message>
        <source>Complaint rate per month</source>
        <translation>每月用户投诉率</translation>
    </message>
    <message>
        <source>Show a sheet first, then export it.</source>
        <translation>请先显示报表，再导出。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a writable file.</source>
        <translation>无法写入 %1：%2。请选择可写入的文件。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the sheet</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Sign off the callback sheet</source>
        <translation>签字确认用户回访统计表</translation>
    </message>
    <message>
        <source>Technical manager signing the sheet of %1:</source>
        <translation>为 %1 的报表签字确认的技术经理：</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <source>Nothing in this period yet. The sheet fills as the hotline takes calls and records forms; choose another day or period above.</source>
        <translation>此期间还没有数据。热线接听来电、记录表单后，报表会逐步填满；也可在上方选择其他日期或统计周期。</translation>
    </message>
    <message>
        <source>Callbacks still open</source>
        <translation>仍有未完成的回访</translation>
    </message>
    <message>
        <source>Sign the sheet anyway?</source>
        <translation>仍然签署本表吗？</translation>
    </message>
</context>
<context>
    <name>threerings::ui::SyncPanel</name>
    <message>
        <source>Se&amp;rver…</source>
        <translation>服务器(&amp;R)…</translation>
    </message>
    <message>
        <source>Server: none</source>
        <translation>服务器：无</translation>
    </message>
    <message>
        <source>This console works on its own. An admin connects it to the team&apos;s server in Admin ▸ Server…</source>
        <translation>本控制台独立运行。管理员可在「管理 ▸ 服务器…」中将其连接到团队的服务器。</translation>
    </message>
    <message>
        <source>Server: not connected</source>
        <translation>服务器：未连接</translation>
    </message>
    <message>
        <source>Server: connecting…</source>
        <translation>服务器：正在连接…</translation>
    </message>
    <message numerus="yes">
        <source>Server: connected · %n change(s) to send</source>
        <translation>
            <numerusform>服务器：已连接 · %n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: connected · up to date</source>
        <translation>服务器：已连接 · 已是最新</translation>
    </message>
    <message numerus="yes">
        <source>Server: offline · %n change(s) queued</source>
        <translation>
            <numerusform>服务器：离线 · %n 项更改排队中</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: offline</source>
        <translation>服务器：离线</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) kept</source>
        <translation>
            <numerusform>已保留 %n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Values that lost a conflict are kept in the audit trail (supervisors).</source>
        <translation>冲突中被覆盖的值保存在审计记录中（主管可查看）。</translation>
    </message>
    <message>
        <source>Conflicts kept from replication</source>
        <translation>同步中保留的冲突</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value that lost</source>
        <translation>被覆盖的值</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Lost value by</source>
        <translation>被覆盖值的修改人</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n 项更改被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s) of this console: they stay here and reach no other console. The newest: %1. Ask an admin.</source>
        <translation>
            <numerusform>服务器拒绝了本控制台的 %n 项更改：它们保留在本机，不会到达其他控制台。最新一项：%1。请联系管理员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: waiting for a sign-in</source>
        <translation>服务器：等待登录</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for their authors</source>
        <translation>
            <numerusform>%n 项等待其作者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were made here by other people: each person&apos;s changes go to the server with their own login, the next time they sign in at this console.</source>
        <translation>
            <numerusform>%n 项更改是其他人在本座席所做：每个人的更改在其下次于本座席登录时，以本人的登录发送到服务器。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>服务器拒收的更改</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from other consoles wait here for a record that has not arrived yet; they apply when it does.</source>
        <translation>
            <numerusform>%n 项来自其他坐席台的更改正在等待尚未到达的记录；记录到达后即应用。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>threerings::ui::TrainerConsole</name>
    <message>
        <source>Trainer&apos;s console — PRACTICE</source>
        <translation>培训师控制台 — 练习</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>进度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>导出 JSON(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;New from this one</source>
        <translation>以此为基础新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Validate and save</source>
        <translation>校验并保存(&amp;V)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <source>Start a practice call</source>
        <translation>开始练习通话</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>开始(&amp;T)</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Calls in progress</source>
        <translation>进行中的通话</translation>
    </message>
    <message>
        <source>The caller&apos;s next line</source>
        <translation>来电人的下一句话</translation>
    </message>
    <message>
        <source>Caller &amp;says</source>
        <translation>来电人说(&amp;S)</translation>
    </message>
    <message>
        <source>Spring t&amp;rap</source>
        <translation>触发陷阱(&amp;R)</translation>
    </message>
    <message>
        <source>A remark for the review</source>
        <translation>讲评备注</translation>
    </message>
    <message>
        <source>Add re&amp;mark</source>
        <translation>添加备注(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>结束通话(&amp;E)</translation>
    </message>
    <message>
        <source>Save scorecard as &amp;PDF…</source>
        <translation>将评分表保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Live calls</source>
        <translation>实时通话(&amp;L)</translation>
    </message>
    <message>
        <source>Stored in this database.</source>
        <translation>保存在本数据库中。</translation>
    </message>
    <message>
        <source>From the starter set; saving stores a copy in this database.</source>
        <translation>来自初始场景集；保存时会在本数据库中存一份副本。</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <source>A new scenario from this one: change the key, the title and the rest, then save.</source>
        <translation>以此为基础的新场景：请修改标识、标题及其他内容，然后保存。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n scenario(s).</source>
        <translation>
            <numerusform>已保存 %n 个场景。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import scenarios</source>
        <translation>导入场景</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n scenario(s).</source>
        <translation>
            <numerusform>已导入 %n 个场景。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export scenarios</source>
        <translation>导出场景</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2).</source>
        <translation>无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Choose a scenario first.</source>
        <translation>请先选择一个场景。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;&lt;i&gt;Expected: %3 · KB: %4&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;&lt;i&gt;预期：%3 · 知识库：%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 ring %3 · steps ticked %4 · banned phrases %5</source>
        <translation>%1 · %2第%3声 · 已勾选步骤 %4 · 服务禁语 %5</translation>
    </message>
    <message>
        <source>answered at</source>
        <translation>接听于</translation>
    </message>
    <message>
        <source>ringing,</source>
        <translation>响铃中，</translation>
    </message>
    <message>
        <source>End the call first: the scorecard comes with the end.</source>
        <translation>请先结束通话：通话结束后才会生成评分表。</translation>
    </message>
    <message>
        <source>Save scorecard</source>
        <translation>保存评分表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>threerings::ui::TrainingDesk</name>
    <message>
        <source>&amp;Training</source>
        <translation>培训(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Trainer&apos;s console…</source>
        <translation>培训师控制台(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Practice call</source>
        <translation>练习通话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Who is ready…</source>
        <translation>学员就绪情况(&amp;W)…</translation>
    </message>
    <message>
        <source>No practice call is waiting for you; ask your trainer to start one.</source>
        <translation>目前没有等待您的练习通话；请让培训师发起一通。</translation>
    </message>
    <message>
        <source>PRACTICE — %1</source>
        <translation>练习 — %1</translation>
    </message>
    <message>
        <source>Trainees: who is ready</source>
        <translation>学员：就绪情况</translation>
    </message>
</context>
<context>
    <name>threerings::ui::WrapUpView</name>
    <message>
        <source>Wrap-up: finish the call</source>
        <translation>话后处理：结束本次来电</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>The call ended:</source>
        <translation>通话结果：</translation>
    </message>
    <message>
        <source>Finish and be Ready (Enter)</source>
        <translation>结束并就绪（Enter）</translation>
    </message>
    <message>
        <source>Nothing was opened on this call.</source>
        <translation>本次来电未受理任何表单。</translation>
    </message>
    <message>
        <source>Opened on this call: problem form %1.</source>
        <translation>本次来电受理：问题处理表 %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <source>over the wrap-up time: finish the call</source>
        <translation>已超出话后处理时间：请结束本次来电</translation>
    </message>
</context>
</TS>

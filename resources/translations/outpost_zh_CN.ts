<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../ui/admin_common.py" line="22"/>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="23"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="24"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="28"/>
        <source>Not synced when the author left</source>
        <translation>提交人离职时尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="29"/>
        <source>Not allowed for the author</source>
        <translation>提交人无权进行此更改</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="30"/>
        <source>The record is gone from the server</source>
        <translation>服务器上已没有这条记录</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="31"/>
        <source>The server found the values invalid</source>
        <translation>服务器认为这些值无效</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="36"/>
        <source>Your role does not allow this.</source>
        <translation>你的角色无权进行此操作。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="37"/>
        <source>There is no such user.</source>
        <translation>没有这个用户。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="38"/>
        <source>There is no such branch.</source>
        <translation>没有这个分公司。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="39"/>
        <source>Only managers answer for further branches.</source>
        <translation>只有经理才能兼管其他分公司。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="40"/>
        <source>You cannot offboard yourself.</source>
        <translation>不能为自己办理离职。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="41"/>
        <source>Administrators own no customers: deactivate them instead.</source>
        <translation>管理员名下没有客户：请改为停用其账户。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="44"/>
        <source>Choose a colleague or a branch to take over.</source>
        <translation>请选择接手的同事或分公司。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="47"/>
        <source>That branch has no active rep to take over.</source>
        <translation>该分公司没有可接手的在职销售代表。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="48"/>
        <source>This person cannot own customers (left, or an administrator).</source>
        <translation>此人不能负责客户（已离职或是管理员）。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="51"/>
        <source>Choose at least one filter.</source>
        <translation>请至少选择一个筛选条件。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="52"/>
        <source>That is too many customers at once; narrow the filters.</source>
        <translation>一次涉及的客户太多，请缩小筛选范围。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="55"/>
        <source>The server cannot apply this change (for example, owners change only by reassignment). Discard it, or make the change yourself.</source>
        <translation>服务器无法应用此更改（例如，负责人只能通过重新分配来更改）。请丢弃它，或由你亲自进行此更改。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="60"/>
        <source>Someone already decided on this change; the list is up to date now.</source>
        <translation>已有人处理了这项更改，列表现已更新。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="63"/>
        <source>Choose who should own this customer.</source>
        <translation>请选择此客户的负责人。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_common.py" line="64"/>
        <source>It is no longer there; the list is up to date.</source>
        <translation>它已不存在，列表现已更新。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="160"/>
        <location filename="../../ui/admin_page.py" line="203"/>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="162"/>
        <source>Review queue (%1)</source>
        <translation>审核队列（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="198"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="199"/>
        <source>Talking to the server…</source>
        <translation>正在与服务器通信…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="201"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="202"/>
        <source>Reassign</source>
        <translation>重新分配</translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="206"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="214"/>
        <source>The team screens need a connection to the server.
Your own work goes on offline as usual.</source>
        <translation>团队页面需要连接服务器。
你自己的工作仍可照常离线进行。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_page.py" line="218"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../ui/admin_window.py" line="52"/>
        <source>Outpost CRM — %1</source>
        <translation>Outpost CRM — %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin_window.py" line="53"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/admin_window.py" line="54"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_window.py" line="55"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/admin_window.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/admin_window.py" line="57"/>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>已登录：%1（%2），服务器 %3</translation>
    </message>
    <message>
        <location filename="../../ui/admin_window.py" line="64"/>
        <source>Administrator: works online, keeps no customers on this computer</source>
        <translation>管理员：在线工作，本机不保存客户数据</translation>
    </message>
</context>
<context>
    <name>ArrivalsBar</name>
    <message>
        <location filename="../../ui/arrivals_bar.py" line="30"/>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/arrivals_bar.py" line="46"/>
        <source>%n customer(s) from %1 are now yours.</source>
        <translation>
            <numerusform>%1 的 %n 位客户现已归你负责。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/arrivals_bar.py" line="49"/>
        <source>%n customer(s) from the branch pool are now yours.</source>
        <translation>
            <numerusform>分公司客户池中的 %n 位客户现已归你负责。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/arrivals_bar.py" line="51"/>
        <source>Handed over by %1.</source>
        <translation>由 %1 移交。</translation>
    </message>
    <message>
        <location filename="../../ui/arrivals_bar.py" line="54"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../../ui/arrivals_bar.py" line="66"/>
        <source>%1 left the company</source>
        <translation>%1 已离职</translation>
    </message>
    <message>
        <location filename="../../ui/arrivals_bar.py" line="67"/>
        <source>their previous owner left the company</source>
        <translation>原负责人已离职</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/arrivals_bar.py" line="70"/>
        <source>no contact for %n day(s), returned to the branch pool</source>
        <translation>
            <numerusform>%n 天未联系，已退回分公司客户池</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/arrivals_bar.py" line="71"/>
        <source>claimed from the branch pool</source>
        <translation>从分公司客户池领取</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/admin_audit.py" line="67"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="68"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="69"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="70"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="71"/>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="72"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="92"/>
        <source>(server)</source>
        <translation>（服务器）</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="100"/>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message numerus="yes">
        <location filename="../../ui/admin_audit.py" line="209"/>
        <source>The newest %n entries; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>仅显示最新的 %n 条记录；缩小筛选范围可查看更早的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_audit.py" line="212"/>
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n 条记录，最新的在前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="218"/>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="218"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="229"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="234"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="234"/>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="234"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="234"/>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="238"/>
        <source>Anyone</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="239"/>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="241"/>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="242"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/admin_audit.py" line="243"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../ui/calendar_page.py" line="265"/>
        <source>Nothing planned</source>
        <translation>暂无安排</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="274"/>
        <source>Overdue · due %1</source>
        <translation>已逾期 · 截止 %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="276"/>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="278"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="280"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="300"/>
        <source>Location: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar_page.py" line="302"/>
        <source>Overlaps %n other appointment(s):</source>
        <translation>
            <numerusform>与另外 %n 个约会时间冲突：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="314"/>
        <source>%1 · today</source>
        <translation>%1 · 今天</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="326"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="328"/>
        <source>Week %1 · %2 – %3</source>
        <translation>第 %1 周 · %2 – %3</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="333"/>
        <source>Showing the first %1 entries.</source>
        <translation>仅显示前 %1 条。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="337"/>
        <source>Nothing planned this week. Press Ctrl+Shift+N to plan a visit.</source>
        <translation>本周暂无安排。按 Ctrl+Shift+N 安排一次拜访。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="338"/>
        <source>Nothing planned this day. Press Ctrl+Shift+N to plan a visit.</source>
        <translation>当天暂无安排。按 Ctrl+Shift+N 安排一次拜访。</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="383"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="384"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="386"/>
        <source>Mark as not done</source>
        <translation>标记为未完成</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="386"/>
        <source>Mark as done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="388"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="428"/>
        <source>Calendar</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="429"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="430"/>
        <source>Go to today (T)</source>
        <translation>回到今天 (T)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="431"/>
        <source>Previous (Ctrl+Left or Page Up)</source>
        <translation>上一段 (Ctrl+左 或 Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="432"/>
        <source>Next (Ctrl+Right or Page Down)</source>
        <translation>下一段 (Ctrl+右 或 Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="433"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="434"/>
        <source>One day (D)</source>
        <translation>单日 (D)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="435"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="436"/>
        <source>Seven days (W)</source>
        <translation>七天 (W)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_page.py" line="437"/>
        <source>New appointment</source>
        <translation>新建约会</translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="132"/>
        <source>Won: %1</source>
        <translation>赢单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="133"/>
        <source>When was it signed, and for how much?</source>
        <translation>何时签约？金额多少？</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="137"/>
        <source>Closed on</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="138"/>
        <source>Amount won</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="140"/>
        <source>Lost: %1</source>
        <translation>丢单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="141"/>
        <source>Why was it lost?</source>
        <translation>为什么丢单？</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="143"/>
        <source>e.g. price, chose a competitor, no budget</source>
        <translation>例如：价格、选了竞争对手、没有预算</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="144"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="160"/>
        <source>Enter the day it was signed (YYYY-MM-DD).</source>
        <translation>请填写签约日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="164"/>
        <source>Say why it was lost: it is what the team learns from.</source>
        <translation>请写明丢单原因：团队要从中吸取经验。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="22"/>
        <source>New contact at %1</source>
        <translation>新建 %1 的联系人</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="22"/>
        <source>Contact at %1</source>
        <translation>%1 的联系人</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="27"/>
        <source>e.g. purchasing manager, 财务</source>
        <translation>例如：采购经理、财务</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="28"/>
        <source>e.g. 138 0013 8000, 021 5555 0000</source>
        <translation>例如 138 0013 8000, 021 5555 0000</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="35"/>
        <source>The first person to call</source>
        <translation>首先联系此人</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="41"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="42"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="43"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="44"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="45"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="46"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../ui/fields.py" line="255"/>
        <location filename="../../ui/fields.py" line="260"/>
        <source>(nobody in particular)</source>
        <translation>（不指定联系人）</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customer_dialog.py" line="31"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="31"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="39"/>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="43"/>
        <source>e.g. 138 0013 8000, 021 5555 0000</source>
        <translation>例如 138 0013 8000, 021 5555 0000</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="44"/>
        <source>How they found us: referral, fair, web…</source>
        <translation>客户如何找到我们：介绍、展会、网络…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="72"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="73"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="74"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="75"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="76"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="77"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="78"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="79"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="80"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="81"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="82"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="83"/>
        <source>Registration no.</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="84"/>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="85"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="86"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <location filename="../../ui/customer_header.py" line="85"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_header.py" line="94"/>
        <source>⚠ %n open complaint(s)</source>
        <translation>
            <numerusform>⚠ %n 个未结投诉</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="107"/>
        <source>No open opportunities</source>
        <translation>没有进行中的商机</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_header.py" line="108"/>
        <source>%1 in %n open opportunity(ies)</source>
        <translation>
            <numerusform>%1（%n 个进行中的商机）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="114"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="115"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="116"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="117"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="118"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="119"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="120"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="121"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="122"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="123"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="124"/>
        <source>Registration no. · size</source>
        <translation>信用代码 · 规模</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="124"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="125"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="126"/>
        <source>Open value</source>
        <translation>进行中金额</translation>
    </message>
    <message>
        <location filename="../../ui/customer_header.py" line="130"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/fields.py" line="210"/>
        <source>No customer</source>
        <translation>无客户</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="211"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="213"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="236"/>
        <source>(no longer on this computer)</source>
        <translation>（已不在本机）</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/customers.py" line="105"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="106"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="107"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="108"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="109"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="110"/>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../ui/customer_view.py" line="204"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="205"/>
        <source>Another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="271"/>
        <location filename="../../ui/customer_view.py" line="427"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="285"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="285"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="285"/>
        <source>A customer</source>
        <translation>是否客户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="285"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="290"/>
        <location filename="../../ui/customer_view.py" line="311"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="290"/>
        <location filename="../../ui/customer_view.py" line="311"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="376"/>
        <source>Mark as not done</source>
        <translation>标记为未完成</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="376"/>
        <source>Mark as done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="405"/>
        <source>Restored %1. The change syncs like any other edit.</source>
        <translation>已恢复%1。此更改会像其他修改一样同步。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="420"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="421"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="422"/>
        <source>Family and relations</source>
        <translation>家庭与关系</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="423"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="424"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="425"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="426"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="432"/>
        <source>Log interaction…</source>
        <translation>记录互动…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="433"/>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="434"/>
        <source>Add relation…</source>
        <translation>添加关系…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="435"/>
        <source>New opportunity…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="436"/>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="437"/>
        <source>New request…</source>
        <translation>新建服务请求…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="215"/>
        <location filename="../../ui/customer_view.py" line="271"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="214"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="212"/>
        <location filename="../../ui/customer_view.py" line="234"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="213"/>
        <location filename="../../ui/customer_view.py" line="271"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="216"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="235"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="236"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="237"/>
        <source>Overwritten value</source>
        <translation>被覆盖的值</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="238"/>
        <source>Kept value</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="444"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="445"/>
        <source>Back to the list (Esc)</source>
        <translation>返回列表（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="446"/>
        <source>Edit (F2)</source>
        <translation>编辑（F2）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="447"/>
        <source>Log interaction (Ctrl+L)</source>
        <translation>记录互动（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="448"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="449"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="450"/>
        <source>Restore selected value</source>
        <translation>恢复所选值</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="451"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="454"/>
        <source>History lists values that a later edit overwrote, by you or a colleague. Select one and restore it if it was the right one.</source>
        <translation>历史中列出被后来的修改覆盖的值（由你或同事修改）。如果原来的值才是对的，选中它并恢复。</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/customers.py" line="233"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="234"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="235"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="308"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="309"/>
        <source>Another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="328"/>
        <source>Archived “%1”.</source>
        <translation>已归档“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers.py" line="330"/>
        <source>Archived %n customer(s).</source>
        <translation>
            <numerusform>已归档 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="343"/>
        <source>No archived customers.</source>
        <translation>没有已归档的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="346"/>
        <source>No customers match these filters.
Press Ctrl+Backspace to clear them.</source>
        <translation>没有符合筛选条件的客户。
按 Ctrl+Backspace 清除筛选。</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="351"/>
        <source>No customers on this computer yet.
Press Ctrl+N to add your first customer.</source>
        <translation>这台电脑上还没有客户。
按 Ctrl+N 添加第一个客户。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/fields.py" line="60"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="64"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>选择日期（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <location filename="../../ui/admin_review.py" line="129"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="130"/>
        <source>On the server now</source>
        <translation>服务器当前值</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="131"/>
        <source>Their edit</source>
        <translation>提交人的修改</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="132"/>
        <source>What they saw</source>
        <translation>提交人当时看到的值</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="148"/>
        <source>Changed on the server since the author saw it</source>
        <translation>提交人查看之后，服务器上的值已被更改</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="163"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="164"/>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="165"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="166"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="167"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="168"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="169"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="170"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="171"/>
        <source>Resolution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="172"/>
        <source>Lost reason</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="173"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="182"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="182"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="184"/>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="269"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="270"/>
        <source>Discard %1</source>
        <translation>丢弃“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="272"/>
        <source>The author&apos;s change is dropped; the decision is recorded with your name and the note.</source>
        <translation>提交人的更改将被丢弃；此决定会连同你的姓名和备注一起记录。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="275"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <location filename="../../ui/editors.py" line="125"/>
        <source>Interaction archived.</source>
        <translation>互动记录已归档。</translation>
    </message>
    <message>
        <location filename="../../ui/editors.py" line="255"/>
        <source>Only its author can archive an interaction, within 7 days.</source>
        <translation>只有作者本人可以在 7 天内归档互动记录。</translation>
    </message>
    <message>
        <location filename="../../ui/editors.py" line="260"/>
        <source>Archived “%1”.</source>
        <translation>已归档“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/editors.py" line="260"/>
        <source>Archived.</source>
        <translation>已归档。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <location filename="../../ui/errors.py" line="56"/>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>Something went wrong that Outpost did not expect. Your data is safe. Details were written to:
%1</source>
        <translation>Outpost 遇到了意外错误。您的数据是安全的。详细信息已写入：
%1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Probability %</source>
        <translation>概率 %</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Next step due</source>
        <translation>下一步期限</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>SLA due</source>
        <translation>SLA 期限</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Registration no.</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Company size</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Related customer</source>
        <translation>关联客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>With</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <location filename="../../ui/labels.py" line="120"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Lost reason</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../ui/customer_filters.py" line="120"/>
        <source>%n archived customer(s)</source>
        <translation>
            <numerusform>%n 位已归档客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_filters.py" line="122"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_filters.py" line="124"/>
        <source>%1 of %Ln customer(s)</source>
        <translation>
            <numerusform>%1 / %Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_filters.py" line="132"/>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <location filename="../../ui/customer_filters.py" line="134"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../ui/customer_filters.py" line="135"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/customer_filters.py" line="136"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_filters.py" line="137"/>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <location filename="../../ui/customer_filters.py" line="138"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../ui/customer_filters.py" line="144"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/customer_filters.py" line="145"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="48"/>
        <source>Log interaction with %1</source>
        <translation>记录与 %1 的互动</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="50"/>
        <source>Interaction with %1</source>
        <translation>与 %1 的互动</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="71"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="72"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="73"/>
        <source>With</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="74"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="75"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="76"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="77"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="78"/>
        <source>Next step due</source>
        <translation>下一步期限</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="89"/>
        <source>Logged by you on %1. You can change or archive it until %2.</source>
        <translation>由你于 %1 记录。%2 之前你可以修改或归档。</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="93"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="97"/>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/interaction_dialog.py" line="99"/>
        <source>Logged by %1 on %2. Only its author can change it, within %n day(s) of logging it.</source>
        <translation>
            <numerusform>由 %1 于 %2 记录。只有记录人可在记录后 %n 天内修改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="107"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="108"/>
        <source>a colleague</source>
        <translation>一位同事</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="9"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="10"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11"/>
        <source>Premium</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Major</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Prospect</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>To-do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Prospecting</source>
        <translation>初步接触</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Qualification</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Household</source>
        <translation>同户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Employer</source>
        <translation>雇主</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Employee</source>
        <translation>雇员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Referred by this customer</source>
        <translation>由该客户介绍</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Micro (under 10)</source>
        <translation>微型（10 人以下）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Small (10-99)</source>
        <translation>小型（10-99 人）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Medium (100-999)</source>
        <translation>中型（100-999 人）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Large (1,000-9,999)</source>
        <translation>大型（1,000-9,999 人）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Enterprise (10,000+)</source>
        <translation>特大型（10,000 人以上）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="35"/>
        <source>Sign in to Outpost</source>
        <translation>登录 Outpost</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="40"/>
        <source>%1 (set by your IT department)</source>
        <translation>%1（由你的 IT 部门设置）</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="67"/>
        <source>Your customers stay on this computer, so you can work offline after signing in once.</source>
        <translation>客户数据保存在这台电脑上，登录一次后即可离线工作。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="80"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="81"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="82"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="86"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="105"/>
        <source>Enter your username and your password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="107"/>
        <source>Enter the server address, your username and your password.</source>
        <translation>请输入服务器地址、用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="111"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="130"/>
        <source>Signing in failed unexpectedly.</source>
        <translation>登录时发生意外错误。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="46"/>
        <source>This address is not encrypted (http://): your password and your customers would cross the network readable by anyone on it. Ask IT for the https:// address.</source>
        <translation>此地址未加密（http://）：您的密码和客户资料会以明文经过网络，网络上的任何人都能读取。请向 IT 部门索取 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/main.py" line="162"/>
        <source>Your company closed your Outpost account. The changes not yet sent could not be handed over (%1); they stay on this computer and Outpost tries again at the next start.</source>
        <translation>你的公司已关闭你的 Outpost 账户。尚未发送的更改无法移交（%1）；这些更改仍保存在本机，Outpost 会在下次启动时重试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main.py" line="180"/>
        <source>Your company closed your Outpost account. %n change(s) not yet sent were handed to your manager for review, and Outpost removed the customer data and your sign-in from this computer.</source>
        <translation>
            <numerusform>你的公司已关闭你的 Outpost 账户。%n 项尚未发送的更改已移交给你的经理审核，Outpost 已从本机删除客户数据和你的登录信息。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="173"/>
        <source>Your company marked this computer as lost, so Outpost removed the customer data and your sign-in from it. Your account is still open: you can sign in again.</source>
        <translation>你的公司已将这台电脑标记为丢失，因此 Outpost 已从本机删除客户数据和你的登录信息。你的账户仍然有效：你可以重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="193"/>
        <source>The settings your IT department prepared for Outpost cannot be used, so Outpost starts without them. Please tell your IT department:
%1</source>
        <translation>你的 IT 部门为 Outpost 准备的设置无法使用，因此 Outpost 将不带这些设置启动。请告知你的 IT 部门：
%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Outpost CRM — %1</source>
        <translation>Outpost CRM — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Calendar</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Log interaction…</source>
        <translation>记录互动(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>No system keyring is available, so Outpost cannot remember your sign-in and will ask for your password at each start.</source>
        <translation>系统没有可用的密钥环，Outpost 无法记住登录状态，每次启动都需要输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>已登录：%1（%2），服务器 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="296"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 项更改等待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="299"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Downloading… %Ln record(s)</source>
        <translation>
            <numerusform>正在下载… %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Synced at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>Sync failed; see the log.</source>
        <translation>同步失败，请查看日志。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Offline: changes are kept on this computer</source>
        <translation>离线：更改已保存在本机</translation>
    </message>
</context>
<context>
    <name>ManagedBranchesDialog</name>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="209"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="212"/>
        <source>Branches of %1</source>
        <translation>%1 管理的分公司</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="213"/>
        <source>Besides %1, %2 also manages:</source>
        <translation>除 %1 外，%2 还管理：</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="11"/>
        <source>Cannot reach the server. Check the network or the server address; your work is kept on this computer meanwhile.</source>
        <translation>无法连接服务器。请检查网络或服务器地址；在此期间您的工作会保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="16"/>
        <source>The answer from the server could not be read (a Wi-Fi sign-in page or a proxy may be in the way). Check the network and try again.</source>
        <translation>无法读取服务器的应答（可能是 Wi-Fi 登录页面或代理服务器拦截了连接）。请检查网络后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>Too many failed sign-ins. Wait a few minutes or ask your administrator.</source>
        <translation>登录失败次数过多。请等待几分钟或联系管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>This account is disabled. Contact your administrator.</source>
        <translation>此账户已停用。请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>You were signed out. Please sign in again.</source>
        <translation>您已被登出。请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>会话已过期。请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>You are signed out. Please sign in again.</source>
        <translation>您已登出。请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>The local database cannot be opened. Close any other Outpost window and start Outpost again; if this keeps happening, tell your IT department (the reason is in the log file).</source>
        <translation>无法打开本地数据库。请关闭其他 Outpost 窗口后重新启动 Outpost；如果仍然如此，请告知 IT 部门（原因已写入日志文件）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>The disk is full, so Outpost cannot save. Free some space (empty the recycle bin, delete large files you no longer need) and try again. Nothing already saved is lost, and syncing resumes by itself.</source>
        <translation>磁盘已满，Outpost 无法保存。请腾出一些空间（清空回收站、删除不再需要的大文件）后重试。已保存的内容不会丢失，同步也会自动恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Outpost&apos;s copy of your data on this computer is damaged. Close Outpost and start it again: it keeps the changes not yet sent that it can read and downloads the rest.</source>
        <translation>本机上的 Outpost 数据副本已损坏。请关闭并重新启动 Outpost：它会保留能读出的尚未发送的更改，其余数据将重新下载。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>This record no longer exists.</source>
        <translation>此记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>This record was deleted; restore it first.</source>
        <translation>此记录已删除；请先恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>The server had a problem. Try again later.</source>
        <translation>服务器出现问题。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>The server answered, but its certificate could not be verified, so nothing was sent. Check the server address; if it is right, ask IT to install the company&apos;s certificate on this computer.</source>
        <translation>服务器有应答，但无法验证其证书，因此未发送任何数据。请检查服务器地址；如果地址正确，请联系 IT 部门在本机安装公司证书。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>The server did not finish answering in time; the connection may be very slow. Your work is kept on this computer and sync tries again.</source>
        <translation>服务器未能及时完成应答，网络可能很慢。你的工作已保存在本机，稍后会自动重新同步。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>Your sign-in was used from somewhere else, so it was ended for safety. Please sign in again, and tell IT if this surprises you.</source>
        <translation>你的登录凭据在别处被使用，为安全起见已结束本次登录。请重新登录；如有疑问请告知 IT 部门。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>Too many failed sign-ins from this computer&apos;s network. Wait a few minutes.</source>
        <translation>来自本机网络的失败登录次数过多，请等待几分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>This is the last active administrator. Make someone else an administrator first.</source>
        <translation>这是最后一位在用的管理员，请先将其他人设为管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>Sync was stopped.</source>
        <translation>同步已停止。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>Not a valid e-mail address.</source>
        <translation>电子邮件地址无效。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="83"/>
        <source>Not a valid phone number.</source>
        <translation>电话号码无效。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>Not one of the allowed values.</source>
        <translation>不是允许的值。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>Not a valid date (use YYYY-MM-DD).</source>
        <translation>日期无效（格式为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>Not a valid number.</source>
        <translation>数字无效。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>Too long.</source>
        <translation>太长。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <source>Too small.</source>
        <translation>太小。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>Too large.</source>
        <translation>太大。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>Too many entries.</source>
        <translation>条目太多。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>Not a valid date and time.</source>
        <translation>不是有效的日期和时间。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>The end must be after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>Use a three-letter currency code such as CNY.</source>
        <translation>请使用三个字母的币种代码，例如 CNY。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>Choose a related customer or enter a name.</source>
        <translation>请选择关联客户或填写姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97"/>
        <source>A customer cannot be related to itself.</source>
        <translation>客户不能与自己建立关系。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>This record is no longer on this computer.</source>
        <translation>此记录已不在本机上。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>This text contains characters that cannot be stored.</source>
        <translation>文本中含有无法保存的字符。</translation>
    </message>
</context>
<context>
    <name>OffboardDialog</name>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="67"/>
        <source>Offboard…</source>
        <translation>办理离职…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="71"/>
        <source>Offboard %1</source>
        <translation>为 %1 办理离职</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_dialogs.py" line="73"/>
        <source>%1&apos;s account is closed at once and they are signed out everywhere. Their %n customer(s), with all history, open opportunities, tasks and service requests, go to:</source>
        <translation>
            <numerusform>%1 的账户将立即关闭，并在所有设备上退出登录。其 %n 位客户连同全部历史、进行中的商机、未完成的任务和未结的服务请求将移交给：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="83"/>
        <source>One colleague:</source>
        <translation>一位同事：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="84"/>
        <source>Spread over the reps of a branch:</source>
        <translation>分给某分公司的销售代表：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="95"/>
        <source>Reason (optional), e.g. left the company</source>
        <translation>原因（可选），例如：已离职</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="103"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="123"/>
        <source>Choose a colleague or a branch to take over.</source>
        <translation>请选择接手的同事或分公司。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="128"/>
        <source>the reps of %1</source>
        <translation>%1 的销售代表</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="130"/>
        <source>Offboard %1 and hand their customers to %2? The account is closed now; this cannot be undone here.</source>
        <translation>为 %1 办理离职，并将其客户移交给 %2？账户将立即关闭，此操作无法在此撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="137"/>
        <source>Offboard</source>
        <translation>办理离职</translation>
    </message>
</context>
<context>
    <name>OffboardReport</name>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="166"/>
        <source>Offboarded</source>
        <translation>已办理离职</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="168"/>
        <source>%1 is offboarded: the account is closed.</source>
        <translation>%1 已办理离职：账户已关闭。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_dialogs.py" line="173"/>
        <source>%n customer(s) moved with their whole history</source>
        <translation>
            <numerusform>%n 位客户已连同全部历史转移</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_dialogs.py" line="176"/>
        <source>%n open opportunity(-ies) handed on</source>
        <translation>
            <numerusform>%n 个进行中的商机已移交</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_dialogs.py" line="177"/>
        <source>%n open task(s) handed on</source>
        <translation>
            <numerusform>%n 个未完成的任务已移交</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_dialogs.py" line="178"/>
        <source>%n open service request(s) handed on</source>
        <translation>
            <numerusform>%n 个未结的服务请求已移交</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_dialogs.py" line="179"/>
        <source>%n session(s) signed out</source>
        <translation>
            <numerusform>%n 个会话已退出登录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="191"/>
        <source>The server&apos;s report:</source>
        <translation>服务器的报告：</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="48"/>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="48"/>
        <source>Edit opportunity</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="74"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="75"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="76"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="77"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="78"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="79"/>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="80"/>
        <location filename="../../ui/opportunity_dialog.py" line="99"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="81"/>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="82"/>
        <source>Why it was lost</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <location filename="../../ui/opportunity_dialog.py" line="99"/>
        <source>Closed on</source>
        <translation>成交日期</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="245"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="246"/>
        <source>Who should own %1?</source>
        <translation>由谁负责 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="248"/>
        <source>%1 was created by someone who has left, and nobody took over their customers. Choose who should own it:</source>
        <translation>%1 由已离职的人员创建，且没有人接手其客户。请选择负责人：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_dialogs.py" line="260"/>
        <source>Choose a colleague.</source>
        <translation>请选择一位同事。</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/admin_people.py" line="64"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="65"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="66"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="67"/>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="68"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="69"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="70"/>
        <source>Also manages</source>
        <translation>兼管</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="94"/>
        <source>%1 (you)</source>
        <translation>%1（你）</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="108"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="110"/>
        <source>Left %1</source>
        <translation>%1 离职</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="111"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message numerus="yes">
        <location filename="../../ui/admin_people.py" line="269"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="272"/>
        <source>%1 of %2</source>
        <translation>%1 / %2 人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_people.py" line="330"/>
        <source>Deactivate %1? They are signed out everywhere and cannot sign in again. Their %n customer(s) stay with them until you reassign them; to hand everything on at once, use Offboard… instead.</source>
        <translation>
            <numerusform>停用 %1？其账户将在所有设备上退出登录，且无法再次登录。在你重新分配之前，其 %n 位客户仍归其名下；如需一次性移交全部内容，请改用“办理离职…”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="339"/>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="341"/>
        <location filename="../../ui/admin_people.py" line="373"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="366"/>
        <source>Filter by name, username, role or branch</source>
        <translation>按姓名、用户名、角色或分公司筛选</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="367"/>
        <source>Branches</source>
        <translation>分公司</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="369"/>
        <source>Branch</source>
        <translation>分公司</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="369"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="369"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="372"/>
        <source>Offboard…</source>
        <translation>办理离职…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="374"/>
        <source>Reassign customers…</source>
        <translation>重新分配客户…</translation>
    </message>
    <message>
        <location filename="../../ui/admin_people.py" line="375"/>
        <source>Managed branches…</source>
        <translation>管理的分公司…</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../ui/pipeline_page.py" line="320"/>
        <source>You have no opportunities of your own. Clear “Only my opportunities” to see everyone&apos;s.</source>
        <translation>你名下没有商机。取消勾选“只看我的商机”可查看所有人的商机。</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="327"/>
        <source>No opportunities yet. Press New opportunity (Ctrl+Shift+N), or open a customer and add one from its Opportunities tab.</source>
        <translation>还没有商机。点击“新建商机”（Ctrl+Shift+N），或打开客户，在“商机”标签页中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="338"/>
        <source>(showing %1)</source>
        <translation>（显示 %1 条）</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="343"/>
        <source>%1 · weighted %2</source>
        <translation>%1 · 加权 %2</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="348"/>
        <source>Nothing here</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="355"/>
        <source>Drag a card here</source>
        <translation>把卡片拖到这里</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="370"/>
        <source>The expected close date has passed.</source>
        <translation>预计成交日期已过。</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="391"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="392"/>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="393"/>
        <source>No close date</source>
        <translation>无成交日期</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="394"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline_page.py" line="404"/>
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="443"/>
        <source>Moved “%1” to %2. Press Ctrl+Z to undo.</source>
        <translation>已将“%1”移到%2。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="471"/>
        <source>Moved “%1” back to %2.</source>
        <translation>已将“%1”移回%2。</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="495"/>
        <source>The card was not moved: %1</source>
        <translation>卡片未移动：%1</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="561"/>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="562"/>
        <source>Only my opportunities</source>
        <translation>只看我的商机</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="565"/>
        <source>Drag a card to another stage, or select it and press Ctrl+Right or Ctrl+Left. Double-click a card to open it; right-click for its customer.</source>
        <translation>把卡片拖到其他阶段，或选中后按 Ctrl+→ 或 Ctrl+←。双击卡片打开商机；右键可打开其客户。</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="569"/>
        <location filename="../../ui/pipeline_page.py" line="573"/>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="574"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="575"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="576"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="577"/>
        <source>Move to next stage</source>
        <translation>移到下一阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="578"/>
        <source>Move to previous stage</source>
        <translation>移到上一阶段</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="579"/>
        <source>Undo move</source>
        <translation>撤销移动</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="580"/>
        <source>Move the last card back (Ctrl+Z)</source>
        <translation>把上一张卡片移回原处 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="581"/>
        <source>Forecast by expected close</source>
        <translation>按预计成交时间预测</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="583"/>
        <source>Open total</source>
        <translation>未结总额</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="583"/>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_page.py" line="583"/>
        <source>Won (achieved)</source>
        <translation>赢单（已实现）</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/service_dialogs.py" line="65"/>
        <source>Reassign “%1”</source>
        <translation>重新分配“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialogs.py" line="70"/>
        <source>%1 (you)</source>
        <translation>%1（你）</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialogs.py" line="73"/>
        <source>Nobody (unassigned)</source>
        <translation>无人（未分配）</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialogs.py" line="76"/>
        <source>Assign this request to:</source>
        <translation>将此请求分配给：</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialogs.py" line="79"/>
        <source>No list of colleagues on this computer yet: it comes from the server. Sync once while online, then try again.</source>
        <translation>本机还没有同事名单，它来自服务器。请在联网时同步一次后再试。</translation>
    </message>
</context>
<context>
    <name>ReassignTab</name>
    <message>
        <location filename="../../ui/admin_reassign.py" line="85"/>
        <location filename="../../ui/admin_reassign.py" line="205"/>
        <source>Anyone</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="88"/>
        <location filename="../../ui/admin_reassign.py" line="206"/>
        <source>Any branch</source>
        <translation>全部分公司</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="92"/>
        <location filename="../../ui/admin_reassign.py" line="207"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_reassign.py" line="136"/>
        <source>Move all %n customer(s) of %1 to %2?</source>
        <translation>
            <numerusform>将 %1 的全部 %n 位客户转给 %2？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="139"/>
        <source>Move all customers of %1 matching %2 to %3?</source>
        <translation>将 %1 名下符合条件（%2）的全部客户转给 %3？</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="145"/>
        <source>Move all customers matching %1 to %2?</source>
        <translation>将符合条件（%1）的全部客户转给 %2？</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="153"/>
        <source>Reassign customers</source>
        <translation>重新分配客户</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="157"/>
        <source>Their whole history goes with them, and their devices follow at the next sync.</source>
        <translation>客户的全部历史会一并转移，相关人员的设备会在下次同步时更新。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="159"/>
        <source>Move</source>
        <translation>转移</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_reassign.py" line="173"/>
        <source>%n customer(s) moved to %1.</source>
        <translation>
            <numerusform>%n 位客户已转给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="182"/>
        <source>Move every customer that matches all the filters you set to a new owner. Their interactions, opportunities, tasks and service requests go with them.</source>
        <translation>将符合你所设全部筛选条件的客户转给新的负责人。这些客户的互动、商机、任务和服务请求会一并转移。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="187"/>
        <source>Current owner:</source>
        <translation>当前负责人：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="188"/>
        <source>Branch:</source>
        <translation>分公司：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="189"/>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="190"/>
        <source>Tier:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="191"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="192"/>
        <source>New owner:</source>
        <translation>新负责人：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="193"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="197"/>
        <source>Any city</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="198"/>
        <source>Optional; kept in the ownership history</source>
        <translation>可选；记录在负责人变更历史中</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="199"/>
        <source>Any tier</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="200"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/admin_reassign.py" line="208"/>
        <source>Move customers…</source>
        <translation>转移客户…</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../ui/recovery_notice.py" line="12"/>
        <source>Outpost found its copy of your data on this computer damaged. It put the damaged file aside, unchanged, as:
%1</source>
        <translation>Outpost 发现本机上的数据副本已损坏，已将损坏的文件原样移到：
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recovery_notice.py" line="17"/>
        <source>%n change(s) not yet sent were saved from it; they are sent at the next sync.</source>
        <translation>
            <numerusform>已从中保存 %n 项尚未发送的更改，将在下次同步时发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recovery_notice.py" line="24"/>
        <source>No change was lost. Everything already sent is downloaded again from the server now.</source>
        <translation>没有丢失任何更改。已发送的所有数据正在从服务器重新下载。</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_notice.py" line="29"/>
        <source>Changes not yet sent that could not be read from the damaged file are lost; your IT department may be able to recover more from it. Everything already sent is downloaded again from the server now.</source>
        <translation>无法从损坏文件中读出的未发送更改已丢失；IT 部门或许能从该文件中恢复更多内容。已发送的所有数据正在从服务器重新下载。</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../ui/relation_dialog.py" line="31"/>
        <source>New relation of %1</source>
        <translation>新建 %1 的关系</translation>
    </message>
    <message>
        <location filename="../../ui/relation_dialog.py" line="31"/>
        <source>Relation of %1</source>
        <translation>%1 的关系</translation>
    </message>
    <message>
        <location filename="../../ui/relation_dialog.py" line="40"/>
        <source>…or type the name of someone who is not a customer</source>
        <translation>…或填写非客户人员的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/relation_dialog.py" line="52"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/relation_dialog.py" line="53"/>
        <source>Related customer</source>
        <translation>关联客户</translation>
    </message>
    <message>
        <location filename="../../ui/relation_dialog.py" line="54"/>
        <source>Or a person</source>
        <translation>或其他人</translation>
    </message>
    <message>
        <location filename="../../ui/relation_dialog.py" line="55"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../ui/task_actions.py" line="42"/>
        <source>Reschedule “%1”</source>
        <translation>改期“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/task_actions.py" line="51"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/task_actions.py" line="52"/>
        <source>It keeps its length (%n minute(s)).</source>
        <translation>
            <numerusform>时长不变（%n 分钟）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/task_actions.py" line="54"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/task_actions.py" line="55"/>
        <source>It stays due by a time, as before.</source>
        <translation>仍按截止时间安排，与之前相同。</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ui/service_dialogs.py" line="103"/>
        <source>Resolve “%1”</source>
        <translation>解决“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialogs.py" line="104"/>
        <source>Resolution:</source>
        <translation>解决方案：</translation>
    </message>
    <message>
        <location filename="../../ui/service_dialogs.py" line="107"/>
        <source>Ctrl+Enter saves</source>
        <translation>按 Ctrl+Enter 保存</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../ui/admin_review.py" line="57"/>
        <source>Author</source>
        <translation>提交人</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="58"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="59"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="60"/>
        <source>What</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="61"/>
        <source>Why it waits</source>
        <translation>等待原因</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="62"/>
        <source>Decision</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="93"/>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="94"/>
        <source>Change to %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="95"/>
        <source>Deletion of %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="96"/>
        <source>Restore of %1</source>
        <translation>恢复%1</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="104"/>
        <source>Applied by %1</source>
        <translation>由 %1 应用</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="104"/>
        <source>Discarded by %1</source>
        <translation>由 %1 丢弃</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../ui/admin_review.py" line="311"/>
        <source>No decisions yet.</source>
        <translation>还没有处理记录。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="313"/>
        <source>Nothing waits for review.

Edits the server cannot apply on its own — refused changes, and the unsynced work of people who left — appear here for you to apply or discard.</source>
        <translation>没有等待审核的内容。

服务器无法自行应用的修改（被拒绝的更改，以及已离职人员未同步的工作）会显示在这里，由你决定应用或丢弃。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_review.py" line="327"/>
        <source>%n recent decision(s)</source>
        <translation>
            <numerusform>最近 %n 条处理记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_review.py" line="329"/>
        <source>%n change(s) wait for a decision</source>
        <translation>
            <numerusform>%n 项更改等待处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="358"/>
        <source>Apply all from %1</source>
        <translation>应用 %1 的全部更改</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="379"/>
        <source>Applied: %1.</source>
        <translation>已应用：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="414"/>
        <source>Discarded: %1.</source>
        <translation>已丢弃：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_review.py" line="423"/>
        <source>Apply all %n change(s) from %1, oldest first?</source>
        <translation>
            <numerusform>按从旧到新的顺序应用 %1 的全部 %n 项更改？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="426"/>
        <location filename="../../ui/admin_review.py" line="428"/>
        <source>Apply all</source>
        <translation>全部应用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_review.py" line="438"/>
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>已应用 %n 项更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/admin_review.py" line="440"/>
        <source>%n could not be applied and still wait here.</source>
        <translation>
            <numerusform>%n 项无法应用，仍在此等待。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="457"/>
        <source>Show decided</source>
        <translation>显示已处理</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="458"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/admin_review.py" line="459"/>
        <source>Discard…</source>
        <translation>丢弃…</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="48"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="50"/>
        <source>Name, pinyin (zhang wei), initials, phone digits, e-mail, task or note text</source>
        <translation>姓名、拼音（zhang wei）、首字母、电话号码、电子邮件、任务或备注内容</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="71"/>
        <source>%1: %2</source>
        <comment>a field&apos;s name: the words in it that matched</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="79"/>
        <source>Type to search everything on this computer, online or not.</source>
        <translation>输入即可搜索本机上的所有数据，联网与否都可以。</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="81"/>
        <source>Nothing found. Try fewer letters or the phone&apos;s last digits.</source>
        <translation>没有找到。试试少输几个字，或输入电话号码的后几位。</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="83"/>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ 选择，Enter 打开，Esc 关闭</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message numerus="yes">
        <location filename="../../ui/service_page.py" line="280"/>
        <source>Showing the most urgent %1 of %n request(s)</source>
        <translation>
            <numerusform>显示 %n 个请求中最紧急的 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_page.py" line="283"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_page.py" line="284"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 个已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="294"/>
        <source>Nothing is assigned to you right now.</source>
        <translation>目前没有分配给你的请求。</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="296"/>
        <source>No open request is past its SLA.</source>
        <translation>没有超过 SLA 的未结请求。</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="298"/>
        <source>No open service requests: every request is resolved or closed.</source>
        <translation>没有未结的服务请求：所有请求都已解决或关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="300"/>
        <source>No service requests on this computer yet.
Requests about your customers arrive with sync; New request records one.</source>
        <translation>本机上还没有服务请求。
与你的客户相关的请求会随同步到达；点击“新建服务请求”可记录一条。</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="306"/>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="308"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="309"/>
        <source>Another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="403"/>
        <source>This request is closed.</source>
        <translation>此请求已关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="407"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="409"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="410"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="411"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="412"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="417"/>
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="418"/>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="419"/>
        <source>Reassign…</source>
        <translation>重新分配…</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="420"/>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="421"/>
        <source>Close request</source>
        <translation>关闭请求</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="425"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="427"/>
        <source>New request</source>
        <translation>新建服务请求</translation>
    </message>
</context>
<context>
    <name>ServiceRequestDialog</name>
    <message>
        <location filename="../../ui/service_request_dialog.py" line="47"/>
        <source>New service request</source>
        <translation>新建服务请求</translation>
    </message>
    <message>
        <location filename="../../ui/service_request_dialog.py" line="47"/>
        <source>Edit service request</source>
        <translation>编辑服务请求</translation>
    </message>
    <message>
        <location filename="../../ui/service_request_dialog.py" line="68"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/service_request_dialog.py" line="69"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/service_request_dialog.py" line="70"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/service_request_dialog.py" line="71"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/service_request_dialog.py" line="72"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/service_request_dialog.py" line="73"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../../ui/service_page.py" line="77"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="78"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="79"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="80"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="81"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="82"/>
        <source>Escalation</source>
        <translation>升级级别</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="83"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="84"/>
        <source>SLA due</source>
        <translation>SLA 截止</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="127"/>
        <source>overdue %1</source>
        <translation>已逾期 %1</translation>
    </message>
    <message>
        <location filename="../../ui/service_page.py" line="128"/>
        <source>in %1</source>
        <translation>%1 后</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_page.py" line="133"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_page.py" line="135"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_page.py" line="136"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="22"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="25"/>
        <source>System default (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="31"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>Your changes are always sent within seconds while the server is reachable.</source>
        <translation>只要能连上服务器，你的更改总会在几秒内发送。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>Check the server for news &amp;every:</source>
        <translation>检查服务器更新的间隔(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="76"/>
        <source>No sync yet on this computer.</source>
        <translation>本机尚未同步过。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="81"/>
        <source>Nothing waiting: every change on this computer is on the server.</source>
        <translation>没有待同步的更改：本机的所有更改都已在服务器上。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="86"/>
        <source>No conflicts: nobody&apos;s edit has overwritten another&apos;s.</source>
        <translation>没有冲突：没有任何修改覆盖了别人的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="91"/>
        <source>The server has accepted every change.</source>
        <translation>服务器已接受所有更改。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="94"/>
        <source>Recent syncs</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="95"/>
        <source>Waiting to sync (%1)</source>
        <translation>等待同步（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="96"/>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="97"/>
        <source>Refused (%1)</source>
        <translation>被拒绝（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="113"/>
        <source>%1  Sync did not finish: %2</source>
        <translation>%1  同步未完成：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="117"/>
        <source>%1  Sent %Ln change(s).</source>
        <translation>
            <numerusform>%1  发送 %Ln 项更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="118"/>
        <source>Received %Ln row(s).</source>
        <translation>
            <numerusform>接收 %Ln 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="120"/>
        <source>%n conflict(s) recorded.</source>
        <translation>
            <numerusform>记录了 %n 个冲突。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="122"/>
        <source>%n change(s) refused.</source>
        <translation>
            <numerusform>%n 项更改被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="126"/>
        <source>a customer not on this computer</source>
        <translation>不在本机上的客户</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="128"/>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="129"/>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="133"/>
        <source>%1  New %2</source>
        <translation>%1  新建%2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="134"/>
        <source>%1  Edit of %2: %3</source>
        <translation>%1  修改%2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="135"/>
        <source>%1  Deletion of %2</source>
        <translation>%1  删除%2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="136"/>
        <source>%1  Restore of %2</source>
        <translation>%1  恢复%2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="147"/>
        <source>%1  %2 was deleted while %3 was being edited; the edit (%4) is kept in the history.</source>
        <translation>%1  %2 在修改 %3 时被删除；该修改（%4）保留在历史中。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="157"/>
        <source>%1  %2, %3: “%4” was replaced by a later edit, “%5”. Open the customer&apos;s History to restore it.</source>
        <translation>%1  %2，%3：“%4” 被后来的修改 “%5” 覆盖。可在该客户的“历史”中恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="170"/>
        <source>you may not make this change</source>
        <translation>你无权进行此更改</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="171"/>
        <source>the record no longer exists on the server</source>
        <translation>服务器上已没有这条记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="172"/>
        <source>the server found the values invalid</source>
        <translation>服务器认为这些值无效</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="176"/>
        <source>%1  Your change to %2 was refused: %3. It waits in your manager&apos;s review queue; nothing was lost.</source>
        <translation>%1  你对%2的更改被拒绝：%3。它在你经理的审核队列中等待处理，没有丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="191"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="192"/>
        <source>Sync now (F5)</source>
        <translation>立即同步（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="195"/>
        <source>Your changes are saved on this computer first and sent to the server when it can be reached. Nothing is ever lost: when two people edit the same field, the later edit wins and the earlier value is kept under Conflicts.</source>
        <translation>你的更改先保存在本机，能连上服务器时再发送。任何内容都不会丢失：两个人修改同一字段时，后来的修改生效，先前的值保留在“冲突”中。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="181"/>
        <source>%1  Your change to %2 was set aside: the server failed on it every time (%3). It is kept on this computer so your later changes could be sent; tell your IT department.</source>
        <translation>%1  您对%2的更改已被搁置：服务器每次处理都失败（%3）。它保存在本机上，以便您之后的更改能够发送；请告知 IT 部门。</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../../ui/fields.py" line="292"/>
        <source>e.g. VIP, 老客户 (separate with commas)</source>
        <translation>例如 VIP, 老客户（用逗号分隔）</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/task_dialog.py" line="57"/>
        <source>%1  %2: %3</source>
        <translation>%1  %2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="121"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="122"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="123"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="124"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="125"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="126"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="127"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="128"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="129"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="130"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="135"/>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="136"/>
        <source>New to-do</source>
        <translation>新建待办</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="136"/>
        <source>New appointment</source>
        <translation>新建约会</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="146"/>
        <source>At a set time (start and end)</source>
        <translation>在固定时间（开始和结束）</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="147"/>
        <source>Due by a time</source>
        <translation>在截止时间前完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/task_dialog.py" line="241"/>
        <source>This overlaps %n other appointment(s) of the same person:</source>
        <translation>
            <numerusform>与同一人的另外 %n 个约会时间冲突：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="243"/>
        <source>Change the time, or press “Save anyway” to keep both.</source>
        <translation>请修改时间，或按“仍然保存”保留两者。</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="246"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="253"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="258"/>
        <source>This customer is no longer on this computer.</source>
        <translation>此客户已不在本机。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today_page.py" line="111"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="127"/>
        <source>Nothing due today.</source>
        <translation>今天没有到期的任务。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="128"/>
        <source>No promised follow-ups in the next 7 days.</source>
        <translation>未来 7 天没有约定的跟进。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="129"/>
        <source>Every customer has been contacted recently.</source>
        <translation>所有客户最近都联系过。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="130"/>
        <source>No birthdays this week.</source>
        <translation>本周没有客户过生日。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="133"/>
        <source>Tasks due and overdue (%1)</source>
        <translation>到期和逾期任务（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="134"/>
        <source>Follow-ups you promised (%1)</source>
        <translation>约定的跟进（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="135"/>
        <source>No contact for too long (%1)</source>
        <translation>长时间未联系（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="136"/>
        <source>Birthdays this week (%1)</source>
        <translation>本周生日（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="158"/>
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="160"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="165"/>
        <source>last contact %1</source>
        <translation>最近联系 %1</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="165"/>
        <source>never</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="203"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="204"/>
        <location filename="../../ui/today_page.py" line="210"/>
        <source>Mark as done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="206"/>
        <location filename="../../ui/today_page.py" line="211"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="208"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="209"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/undo_bar.py" line="49"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customer_dialog.py" line="16"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="16"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="31"/>
        <source>e.g. 138 0013 8000, 021 5555 0000</source>
        <translation>例如 138 0013 8000, 021 5555 0000</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="36"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="37"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="38"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="39"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="40"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="42"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="43"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="44"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/customers.py" line="50"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="51"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="53"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="54"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="55"/>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../ui/customer_view.py" line="161"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="161"/>
        <source>Another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="165"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customer_view.py" line="168"/>
        <source>%1 in %n open opportunity(ies)</source>
        <translation>
            <numerusform>%1（%n 个进行中的商机）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="172"/>
        <source>No open opportunities</source>
        <translation>没有进行中的商机</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="228"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="228"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="252"/>
        <source>Restored %1. The change syncs like any other edit.</source>
        <translation>已恢复%1。此更改会像其他修改一样同步。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="262"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="263"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="264"/>
        <source>Family and relations</source>
        <translation>家庭与关系</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="265"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="266"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="267"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="268"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="184"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="290"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="291"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="183"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="181"/>
        <location filename="../../ui/customer_view.py" line="198"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="182"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="185"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="199"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="200"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="201"/>
        <source>Overwritten value</source>
        <translation>被覆盖的值</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="202"/>
        <source>Kept value</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="288"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="287"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="292"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="275"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="276"/>
        <source>Back to the list (Esc)</source>
        <translation>返回列表（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="277"/>
        <source>Edit (F2)</source>
        <translation>编辑（F2）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="278"/>
        <source>Log interaction (Ctrl+L)</source>
        <translation>记录互动（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="279"/>
        <source>Restore selected value</source>
        <translation>恢复所选值</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="282"/>
        <source>History lists values that a later edit overwrote, by you or a colleague. Select one and restore it if it was the right one.</source>
        <translation>历史中列出被后来的修改覆盖的值（由你或同事修改）。如果原来的值才是对的，选中它并恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="289"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="293"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/customer_view.py" line="294"/>
        <source>Open value</source>
        <translation>进行中金额</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/customers.py" line="170"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="171"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="178"/>
        <source>No customers on this computer yet.
Press Ctrl+N to add your first customer.</source>
        <translation>这台电脑上还没有客户。
按 Ctrl+N 添加第一个客户。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Outpost</source>
        <translation>Outpost</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="45"/>
        <source>Something went wrong that Outpost did not expect. Your data is safe. Details were written to:
%1</source>
        <translation>Outpost 遇到了意外错误。您的数据是安全的。详细信息已写入：
%1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Probability %</source>
        <translation>概率 %</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Next step due</source>
        <translation>下一步期限</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>SLA due</source>
        <translation>SLA 期限</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="18"/>
        <source>Log interaction with %1</source>
        <translation>记录与 %1 的互动</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="29"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="34"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="35"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="36"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="37"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="38"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="39"/>
        <source>Next step due</source>
        <translation>下一步期限</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="6"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="7"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="8"/>
        <source>Premium</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="9"/>
        <source>Major</source>
        <translation>重要</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="10"/>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="11"/>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="12"/>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Prospect</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>To-do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Prospecting</source>
        <translation>初步接触</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Qualification</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Proposal</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Household</source>
        <translation>同户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Employer</source>
        <translation>雇主</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Employee</source>
        <translation>雇员</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Service request</source>
        <translation>服务请求</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="30"/>
        <source>Sign in to Outpost</source>
        <translation>登录 Outpost</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="41"/>
        <source>Your customers stay on this computer, so you can work offline after signing in once.</source>
        <translation>客户数据保存在这台电脑上，登录一次后即可离线工作。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="47"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="48"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="49"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="53"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>Enter the server address, your username and your password.</source>
        <translation>请输入服务器地址、用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="74"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="90"/>
        <source>Signing in failed unexpectedly.</source>
        <translation>登录时发生意外错误。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Outpost CRM — %1</source>
        <translation>Outpost CRM — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Log interaction…</source>
        <translation>记录互动(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>No system keyring is available, so Outpost cannot remember your sign-in and will ask for your password at each start.</source>
        <translation>系统没有可用的密钥环，Outpost 无法记住登录状态，每次启动都需要输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>已登录：%1（%2），服务器 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="194"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 项更改等待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="197"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Synced at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Sync failed; see the log.</source>
        <translation>同步失败，请查看日志。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Offline: changes are kept on this computer</source>
        <translation>离线：更改已保存在本机</translation>
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
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="17"/>
        <source>Too many failed sign-ins. Wait a few minutes or ask your administrator.</source>
        <translation>登录失败次数过多。请等待几分钟或联系管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>This account is disabled. Contact your administrator.</source>
        <translation>此账户已停用。请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>You were signed out. Please sign in again.</source>
        <translation>您已被登出。请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>会话已过期。请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>You are signed out. Please sign in again.</source>
        <translation>您已登出。请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>The local database cannot be opened. Move it aside and sign in again to download your data.</source>
        <translation>无法打开本地数据库。请将其移到别处，然后重新登录以下载数据。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>This record no longer exists.</source>
        <translation>此记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>This record was deleted; restore it first.</source>
        <translation>此记录已删除；请先恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>The server had a problem. Try again later.</source>
        <translation>服务器出现问题。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>Not a valid e-mail address.</source>
        <translation>电子邮件地址无效。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>Not a valid phone number.</source>
        <translation>电话号码无效。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Not one of the allowed values.</source>
        <translation>不是允许的值。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>Not a valid date (use YYYY-MM-DD).</source>
        <translation>日期无效（格式为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>Not a valid number.</source>
        <translation>数字无效。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Too long.</source>
        <translation>太长。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Too small.</source>
        <translation>太小。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>Too large.</source>
        <translation>太大。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>Too many entries.</source>
        <translation>条目太多。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="37"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="39"/>
        <source>Name, pinyin (zhangwei), initials, phone digits, e-mail or note text</source>
        <translation>姓名、拼音（zhangwei）、首字母、电话号码、电子邮件或备注内容</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="60"/>
        <source>Type to search everything on this computer, online or not.</source>
        <translation>输入即可搜索本机上的所有数据，联网与否都可以。</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="62"/>
        <source>Nothing found. Try fewer letters or the phone&apos;s last digits.</source>
        <translation>没有找到。试试少输几个字，或输入电话号码的后几位。</translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="64"/>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ 选择，Enter 打开，Esc 关闭</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="81"/>
        <source>No sync since Outpost started; the status bar shows the last one.</source>
        <translation>本次启动后尚未同步；状态栏显示上次同步时间。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="86"/>
        <source>Nothing waiting: every change on this computer is on the server.</source>
        <translation>没有待同步的更改：本机的所有更改都已在服务器上。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="91"/>
        <source>No conflicts: nobody&apos;s edit has overwritten another&apos;s.</source>
        <translation>没有冲突：没有任何修改覆盖了别人的修改。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="96"/>
        <source>The server has accepted every change.</source>
        <translation>服务器已接受所有更改。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="99"/>
        <source>Recent syncs</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="100"/>
        <source>Waiting to sync (%1)</source>
        <translation>等待同步（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="101"/>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="102"/>
        <source>Refused (%1)</source>
        <translation>被拒绝（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="118"/>
        <source>%1  Sync did not finish: %2</source>
        <translation>%1  同步未完成：%2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="122"/>
        <source>%1  Sent %2 change(s), received %3 row(s).</source>
        <translation>%1  发送 %2 项更改，接收 %3 条记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="126"/>
        <source>%n conflict(s) recorded.</source>
        <translation>
            <numerusform>记录了 %n 个冲突。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync_page.py" line="128"/>
        <source>%n change(s) refused.</source>
        <translation>
            <numerusform>%n 项更改被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="132"/>
        <source>a customer not on this computer</source>
        <translation>不在本机上的客户</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="134"/>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="135"/>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="139"/>
        <source>%1  New %2</source>
        <translation>%1  新建%2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="140"/>
        <source>%1  Edit of %2: %3</source>
        <translation>%1  修改%2：%3</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="141"/>
        <source>%1  Deletion of %2</source>
        <translation>%1  删除%2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="142"/>
        <source>%1  Restore of %2</source>
        <translation>%1  恢复%2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="153"/>
        <source>%1  %2 was deleted while %3 was being edited; the edit (%4) is kept in the history.</source>
        <translation>%1  %2 在修改 %3 时被删除；该修改（%4）保留在历史中。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="163"/>
        <source>%1  %2, %3: “%4” was replaced by a later edit, “%5”. Open the customer&apos;s History to restore it.</source>
        <translation>%1  %2，%3：“%4” 被后来的修改 “%5” 覆盖。可在该客户的“历史”中恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="176"/>
        <source>you may not make this change</source>
        <translation>你无权进行此更改</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="177"/>
        <source>the record no longer exists on the server</source>
        <translation>服务器上已没有这条记录</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="178"/>
        <source>the server found the values invalid</source>
        <translation>服务器认为这些值无效</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="182"/>
        <source>%1  Your change to %2 was refused: %3. It waits in your manager&apos;s review queue; nothing was lost.</source>
        <translation>%1  你对%2的更改被拒绝：%3。它在你经理的审核队列中等待处理，没有丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="190"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="191"/>
        <source>Sync now (F5)</source>
        <translation>立即同步（F5）</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="194"/>
        <source>Your changes are saved on this computer first and sent to the server when it can be reached. Nothing is ever lost: when two people edit the same field, the later edit wins and the earlier value is kept under Conflicts.</source>
        <translation>你的更改先保存在本机，能连上服务器时再发送。任何内容都不会丢失：两个人修改同一字段时，后来的修改生效，先前的值保留在“冲突”中。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today_page.py" line="51"/>
        <source>Nothing due today.</source>
        <translation>今天没有到期的任务。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="54"/>
        <source>No promised follow-ups in the next 7 days.</source>
        <translation>未来 7 天没有约定的跟进。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="58"/>
        <source>Every customer has been contacted recently.</source>
        <translation>所有客户最近都联系过。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="60"/>
        <source>No birthdays this week.</source>
        <translation>本周没有客户过生日。</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="63"/>
        <source>Tasks due and overdue (%1)</source>
        <translation>到期和逾期任务（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="64"/>
        <source>Follow-ups you promised (%1)</source>
        <translation>约定的跟进（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="65"/>
        <source>No contact for too long (%1)</source>
        <translation>长时间未联系（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="66"/>
        <source>Birthdays this week (%1)</source>
        <translation>本周生日（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="85"/>
        <source>(no customer)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="87"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="92"/>
        <source>last contact %1</source>
        <translation>最近联系 %1</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="92"/>
        <source>never</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location filename="../../ui/today_page.py" line="102"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
</TS>

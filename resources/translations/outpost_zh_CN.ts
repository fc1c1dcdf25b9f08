<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../ui/help_dialogs.py" line="82" />
            <source>About Outpost CRM</source>
            <translation>关于 Outpost CRM</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialogs.py" line="83" />
            <source>Outpost CRM</source>
            <translation>Outpost CRM</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialogs.py" line="87" />
            <source>A CRM that keeps working offline: your customers are kept on this computer and synced with the company's server whenever it can be reached.</source>
            <translation>离线也能用的 CRM：你的客户保存在这台电脑上，只要能连上公司服务器就会同步。</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialogs.py" line="96" />
            <source>%1 MB at %2</source>
            <translation>%1 MB，位于 %2</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialogs.py" line="99" />
            <source>Not synced yet</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialogs.py" line="102" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialogs.py" line="103" />
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialogs.py" line="104" />
            <source>Data on this computer</source>
            <translation>本机数据</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialogs.py" line="105" />
            <source>Last sync</source>
            <translation>上次同步</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../ui/admin_common.py" line="23" />
            <source>Sales rep</source>
            <translation>销售代表</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="24" />
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="25" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="26" />
            <source>Credit department</source>
            <translation>信用管理部</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="30" />
            <source>Not synced when the author left</source>
            <translation>提交人离职时尚未同步</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="31" />
            <source>Not allowed for the author</source>
            <translation>提交人无权进行此更改</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="32" />
            <source>The record is gone from the server</source>
            <translation>服务器上已没有这条记录</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="33" />
            <source>The server found the values invalid</source>
            <translation>服务器认为这些值无效</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="34" />
            <source>Probable duplicate of another owner's customer</source>
            <translation>疑似与其他负责人的客户重复</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="35" />
            <source>Held for credit: the credit department decides</source>
            <translation>因信用冻结：由信用管理部决定</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="40" />
            <source>Your role does not allow this.</source>
            <translation>你的角色无权进行此操作。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="41" />
            <source>There is no such user.</source>
            <translation>没有这个用户。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="42" />
            <source>There is no such branch.</source>
            <translation>没有这个分公司。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="43" />
            <source>Only managers answer for further branches.</source>
            <translation>只有经理才能兼管其他分公司。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="44" />
            <source>You cannot offboard yourself.</source>
            <translation>不能为自己办理离职。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="45" />
            <source>Administrators own no customers: deactivate them instead.</source>
            <translation>管理员名下没有客户：请改为停用其账户。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="48" />
            <source>Choose a colleague or a branch to take over.</source>
            <translation>请选择接手的同事或分公司。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="51" />
            <source>That branch has no active rep to take over.</source>
            <translation>该分公司没有可接手的在职销售代表。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="52" />
            <source>This person cannot own customers (left, or an administrator).</source>
            <translation>此人不能负责客户（已离职或是管理员）。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="55" />
            <source>Choose at least one filter.</source>
            <translation>请至少选择一个筛选条件。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="56" />
            <source>That is too many customers at once; narrow the filters.</source>
            <translation>一次涉及的客户太多，请缩小筛选范围。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="59" />
            <source>The server cannot apply this change (for example, owners change only by reassignment). Discard it, or make the change yourself.</source>
            <translation>服务器无法应用此更改（例如，负责人只能通过重新分配来更改）。请丢弃它，或由你亲自进行此更改。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="64" />
            <source>Someone already decided on this change; the list is up to date now.</source>
            <translation>已有人处理了这项更改，列表现已更新。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="67" />
            <source>Choose who should own this customer.</source>
            <translation>请选择此客户的负责人。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="68" />
            <source>Someone already has this username.</source>
            <translation>该用户名已被使用。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="69" />
            <source>Use 2-64 letters, digits, dots, dashes or underscores for the username.</source>
            <translation>用户名请使用 2-64 个字母、数字、点、短横线或下划线。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="72" />
            <source>Reps and managers belong to a branch.</source>
            <translation>销售和经理必须属于某个分公司。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="73" />
            <source>Change your own password when you sign in, not by a reset.</source>
            <translation>请在登录时修改自己的密码，而不是重置。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="76" />
            <source>This person is already active.</source>
            <translation>此人已处于启用状态。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="77" />
            <source>Another administrator must change your role.</source>
            <translation>你的角色需由另一位管理员修改。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="78" />
            <source>Administrators own no customers: reassign this person's customers first.</source>
            <translation>管理员不负责客户：请先转移此人的客户。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_common.py" line="82" />
            <source>It is no longer there; the list is up to date.</source>
            <translation>它已不存在，列表现已更新。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_page.py" line="175" />
            <location filename="../../ui/admin_page.py" line="218" />
            <source>Review queue</source>
            <translation>审核队列</translation>
        </message>
        <message>
            <location filename="../../ui/admin_page.py" line="177" />
            <source>Review queue (%1)</source>
            <translation>审核队列（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/admin_page.py" line="213" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location filename="../../ui/admin_page.py" line="214" />
            <source>Talking to the server…</source>
            <translation>正在与服务器通信…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_page.py" line="216" />
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../ui/admin_page.py" line="217" />
            <source>Reassign</source>
            <translation>重新分配</translation>
        </message>
        <message>
            <location filename="../../ui/admin_page.py" line="221" />
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location filename="../../ui/admin_page.py" line="223" />
            <source>Branches</source>
            <translation>分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_page.py" line="231" />
            <source>The team screens need a connection to the server.
Your own work goes on offline as usual.</source>
            <translation>团队页面需要连接服务器。
你自己的工作仍可照常离线进行。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_page.py" line="235" />
            <source>Retry</source>
            <translation>重试</translation>
        </message>
    </context>
    <context>
        <name>AdminWindow</name>
        <message>
            <location filename="../../ui/admin_window.py" line="58" />
            <source>Outpost CRM — %1</source>
            <translation>Outpost CRM — %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_window.py" line="59" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/admin_window.py" line="60" />
            <source>Se&amp;ttings…</source>
            <translation>设置(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_window.py" line="61" />
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/admin_window.py" line="62" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/admin_window.py" line="63" />
            <source>&amp;Value</source>
            <translation>价值(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/admin_window.py" line="64" />
            <source>Company 80/20 and tier policy…</source>
            <translation>全公司二八分析与等级规则…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_window.py" line="65" />
            <source>Signed in as %1 (%2) on %3</source>
            <translation>已登录：%1（%2），服务器 %3</translation>
        </message>
        <message>
            <location filename="../../ui/admin_window.py" line="72" />
            <source>Administrator: works online, keeps no customers on this computer</source>
            <translation>管理员：在线工作，本机不保存客户数据</translation>
        </message>
        <message>
            <location filename="../../ui/admin_window.py" line="86" />
            <source>Company 80/20</source>
            <translation>全公司二八分析</translation>
        </message>
    </context>
    <context>
        <name>ArrivalsBar</name>
        <message>
            <location filename="../../ui/arrivals_bar.py" line="30" />
            <source>Dismiss</source>
            <translation>知道了</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/arrivals_bar.py" line="46" />
            <source>%n customer(s) from %1 are now yours.</source>
            <translation>
                <numerusform>%1 的 %n 位客户现已归你负责。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/arrivals_bar.py" line="49" />
            <source>%n customer(s) from the branch pool are now yours.</source>
            <translation>
                <numerusform>分公司客户池中的 %n 位客户现已归你负责。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/arrivals_bar.py" line="51" />
            <source>Handed over by %1.</source>
            <translation>由 %1 移交。</translation>
        </message>
        <message>
            <location filename="../../ui/arrivals_bar.py" line="54" />
            <source>Reason: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <location filename="../../ui/arrivals_bar.py" line="66" />
            <source>%1 left the company</source>
            <translation>%1 已离职</translation>
        </message>
        <message>
            <location filename="../../ui/arrivals_bar.py" line="67" />
            <source>their previous owner left the company</source>
            <translation>原负责人已离职</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/arrivals_bar.py" line="70" />
            <source>no contact for %n day(s), returned to the branch pool</source>
            <translation>
                <numerusform>%n 天未联系，已退回分公司客户池</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/arrivals_bar.py" line="72" />
            <source>returned to the branch pool</source>
            <translation>已退回分公司公海</translation>
        </message>
        <message>
            <location filename="../../ui/arrivals_bar.py" line="74" />
            <source>assigned to you from the branch pool</source>
            <translation>由经理从分公司公海分配给您</translation>
        </message>
        <message>
            <location filename="../../ui/arrivals_bar.py" line="75" />
            <source>claimed from the branch pool</source>
            <translation>从分公司客户池领取</translation>
        </message>
    </context>
    <context>
        <name>ArticleDialog</name>
        <message>
            <location filename="../../ui/article_dialog.py" line="18" />
            <source>New article</source>
            <translation>新建文章</translation>
        </message>
        <message>
            <location filename="../../ui/article_dialog.py" line="18" />
            <source>Article</source>
            <translation>知识库文章</translation>
        </message>
        <message>
            <location filename="../../ui/article_dialog.py" line="25" />
            <source>Managers and administrators edit published articles; you can read it.</source>
            <translation>已发布的文章由经理和管理员编辑；您可以查看。</translation>
        </message>
        <message>
            <location filename="../../ui/article_dialog.py" line="28" />
            <source>A draft: a manager publishes it for everyone.</source>
            <translation>草稿：经理发布后所有同事可见。</translation>
        </message>
        <message>
            <location filename="../../ui/article_dialog.py" line="46" />
            <source>Published (every colleague finds it)</source>
            <translation>已发布（所有同事可查到）</translation>
        </message>
        <message>
            <location filename="../../ui/article_dialog.py" line="51" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/article_dialog.py" line="52" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../ui/article_dialog.py" line="53" />
            <source>Solution</source>
            <translation>解决方案</translation>
        </message>
        <message>
            <location filename="../../ui/article_dialog.py" line="54" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/article_dialog.py" line="55" />
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <location filename="../../ui/article_dialog.py" line="56" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../ui/pool_actions.py" line="122" />
            <source>Assign “%1”</source>
            <translation>分配“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="129" />
            <source>To</source>
            <translation>分配给</translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="132" />
            <source>Assign</source>
            <translation>分配</translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="135" />
            <source>The customer leaves the pool and arrives, whole, at their next sync.</source>
            <translation>客户将离开公海，并在对方下次同步时连同全部历史到达。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="137" />
            <source>Nobody in the branch can take customers (no colleagues synced yet).</source>
            <translation>分公司中没有可接收客户的人（尚未同步同事名单）。</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <location filename="../../ui/admin_audit.py" line="40" />
            <source>Signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="41" />
            <source>Sign-in failed</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="42" />
            <source>Sign-in while locked</source>
            <translation>账户锁定时尝试登录</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="43" />
            <source>Account locked</source>
            <translation>账户已锁定</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="44" />
            <source>Sign-in to a closed account</source>
            <translation>已停用账户尝试登录</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="45" />
            <source>Sign-in needing a new password</source>
            <translation>登录（需设置新密码）</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="48" />
            <source>Signed out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="49" />
            <source>Session renewed</source>
            <translation>会话续期</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="50" />
            <source>Changes synced</source>
            <translation>同步更改</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="51" />
            <source>Password changed</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="52" />
            <source>Password reset</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="53" />
            <source>Person added</source>
            <translation>添加人员</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="54" />
            <source>Person changed</source>
            <translation>修改人员</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="55" />
            <source>Person deactivated</source>
            <translation>停用人员</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="56" />
            <source>Person reactivated</source>
            <translation>重新启用人员</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="57" />
            <source>Managed branches changed</source>
            <translation>修改管辖分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="58" />
            <source>Offboarded</source>
            <translation>办理离职</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="59" />
            <source>Customers reassigned</source>
            <translation>重新分配客户</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="60" />
            <source>Review: applied</source>
            <translation>审核：已应用</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="61" />
            <source>Review: discarded</source>
            <translation>审核：已舍弃</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="62" />
            <source>A leaver's edits handed over</source>
            <translation>离职人员的更改已移交</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="63" />
            <source>Audit log exported</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="64" />
            <source>Data export</source>
            <translation>数据导出</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="65" />
            <source>Claimed from the pool</source>
            <translation>从公海领取</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="66" />
            <source>Returned to the pool</source>
            <translation>退回公海</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="67" />
            <source>Pool settings changed</source>
            <translation>修改公海设置</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="68" />
            <source>Branch opened</source>
            <translation>新建分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="69" />
            <source>Branch changed</source>
            <translation>修改分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="70" />
            <source>Branches merged</source>
            <translation>合并分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="71" />
            <source>Device marked lost</source>
            <translation>设备标记为丢失</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="72" />
            <source>Owner asked about a duplicate</source>
            <translation>就重复客户询问负责人</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="73" />
            <source>Demo data added</source>
            <translation>添加演示数据</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="101" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="102" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="103" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="104" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="105" />
            <source>IP address</source>
            <translation>IP 地址</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="106" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="128" />
            <source>(server)</source>
            <translation>（服务器）</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="138" />
            <source>User %1</source>
            <translation>用户 %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="147" />
            <source>Customer list</source>
            <translation>客户列表</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="148" />
            <source>Service requests</source>
            <translation>服务请求</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="149" />
            <source>Opportunities</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="150" />
            <source>Calendar</source>
            <translation>日历</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="151" />
            <source>Customer file</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="152" />
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="153" />
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="154" />
            <source>Report</source>
            <translation>报表</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_audit.py" line="157" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln 行</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message numerus="yes">
            <location filename="../../ui/admin_audit.py" line="302" />
            <source>%n entries, newest first</source>
            <translation>
                <numerusform>%n 条记录，最新的在前</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="309" />
            <source>Export the audit log</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="309" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="320" />
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="325" />
            <source>User:</source>
            <translation>用户：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="325" />
            <source>Action:</source>
            <translation>操作：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="325" />
            <source>From:</source>
            <translation>从：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="325" />
            <source>To:</source>
            <translation>到：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="329" />
            <source>Anyone</source>
            <translation>全部用户</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="251" />
            <location filename="../../ui/admin_audit.py" line="330" />
            <source>Any action</source>
            <translation>全部操作</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_audit.py" line="300" />
            <source>The newest %n entries; More shows older ones.</source>
            <translation>
                <numerusform>最新的 %n 条记录；点“更多”查看更早的。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="333" />
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="335" />
            <source>Any date</source>
            <translation>不限日期</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="336" />
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../../ui/admin_audit.py" line="337" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
    </context>
    <context>
        <name>BranchDialog</name>
        <message>
            <location filename="../../ui/admin_branches.py" line="39" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="39" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="42" />
            <source>New branch</source>
            <translation>新建分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="42" />
            <source>Edit %1</source>
            <translation>编辑 %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="45" />
            <source>e.g. 苏州分公司</source>
            <translation>例如：苏州分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="47" />
            <source>e.g. 苏州</source>
            <translation>例如：苏州</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="51" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="52" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="58" />
            <source>A new name changes nothing else: people, customers and the pool stay with the branch.</source>
            <translation>改名不影响其他内容：人员、客户和公海仍属于该分公司。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="68" />
            <source>Enter the branch's name.</source>
            <translation>请输入分公司名称。</translation>
        </message>
    </context>
    <context>
        <name>BranchesTab</name>
        <message>
            <location filename="../../ui/admin_branches.py" line="181" />
            <source>On</source>
            <translation>开启</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="181" />
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="239" />
            <source>Branch</source>
            <translation>分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="239" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="239" />
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="239" />
            <source>Customer pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="241" />
            <source>New branch…</source>
            <translation>新建分公司…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="242" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="243" />
            <source>Merge into…</source>
            <translation>合并到…</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <location filename="../../ui/calendar_page.py" line="543" />
            <source>✓ %1</source>
            <translation>✓ %1</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="540" />
            <source>Location: %1</source>
            <translation>地点：%1</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="282" />
            <source>Someone else</source>
            <translation>其他人</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="324" />
            <source>%1 · today</source>
            <translation>%1 · 今天</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="331" />
            <source>%1 %2</source>
            <comment>month, year</comment>
            <translation>%2年%1</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="337" />
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="338" />
            <source>Team · %1</source>
            <translation>团队 · %1</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="340" />
            <source>Week %1 · %2 – %3</source>
            <translation>第 %1 周 · %2 – %3</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="345" />
            <source>Showing the first %1 entries.</source>
            <translation>仅显示前 %1 条。</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="349" />
            <source>Nothing planned this week. Press Ctrl+Shift+N to plan a visit.</source>
            <translation>本周暂无安排。按 Ctrl+Shift+N 安排一次拜访。</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="351" />
            <source>Nothing planned this month. Press Ctrl+Shift+N to plan a visit.</source>
            <translation>本月没有安排。按 Ctrl+Shift+N 安排拜访。</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="352" />
            <source>Nothing planned this day. Press Ctrl+Shift+N to plan a visit.</source>
            <translation>当天暂无安排。按 Ctrl+Shift+N 安排一次拜访。</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="376" />
            <source>Appointments overlap</source>
            <translation>日程时间重叠</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/calendar_page.py" line="378" />
            <source>This overlaps %n other appointment(s) of the same person:</source>
            <translation>
                <numerusform>与同一人的另外 %n 个日程时间重叠：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="382" />
            <source>Move “%1” there anyway?</source>
            <translation>仍要把“%1”移到那里吗？</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="383" />
            <source>Move anyway</source>
            <translation>仍然移动</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="469" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="470" />
            <source>Open customer</source>
            <translation>打开客户</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="472" />
            <source>Mark as not done</source>
            <translation>标记为未完成</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="472" />
            <source>Mark as done</source>
            <translation>标记为已完成</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="474" />
            <source>Reschedule…</source>
            <translation>改期…</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="477" />
            <source>Archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="518" />
            <source>Calendar</source>
            <translation>日程</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="519" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="520" />
            <source>Go to today (T)</source>
            <translation>回到今天 (T)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="521" />
            <source>Previous (Page Up)</source>
            <translation>上一页 (Page Up)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="522" />
            <source>Next (Page Down)</source>
            <translation>下一页 (Page Down)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="523" />
            <source>Go to a date (Ctrl+G)</source>
            <translation>转到日期 (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="537" />
            <source>Overlap</source>
            <translation>时间冲突</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="538" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="539" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="541" />
            <source>Overlaps:</source>
            <translation>与以下日程重叠：</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="542" />
            <source>Read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="544" />
            <source>Overdue %1</source>
            <translation>已逾期 %1</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="545" />
            <source>+%1 more</source>
            <translation>还有 %1 项</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="546" />
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="547" />
            <source>%1 · Today</source>
            <translation>%1 · 今天</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="524" />
            <source>Day</source>
            <translation>日</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="525" />
            <source>One day (D)</source>
            <translation>单日 (D)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="526" />
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="527" />
            <source>Seven days (W)</source>
            <translation>七天 (W)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="528" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="529" />
            <source>The whole month (M)</source>
            <translation>整月 (M)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="530" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="531" />
            <source>Your branch's people side by side for a day (P)</source>
            <translation>并排查看本分公司成员某一天的日程 (P)</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_page.py" line="532" />
            <source>New appointment</source>
            <translation>新建约会</translation>
        </message>
    </context>
    <context>
        <name>CloseDealDialog</name>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="132" />
            <source>Won: %1</source>
            <translation>赢单：%1</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="133" />
            <source>When was it signed, and for how much?</source>
            <translation>何时签约？金额多少？</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="137" />
            <source>Closed on</source>
            <translation>成交日期</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="138" />
            <source>Amount won</source>
            <translation>成交金额</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="140" />
            <source>Lost: %1</source>
            <translation>丢单：%1</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="141" />
            <source>Why was it lost?</source>
            <translation>为什么丢单？</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="143" />
            <source>e.g. price, chose a competitor, no budget</source>
            <translation>例如：价格、选了竞争对手、没有预算</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="144" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="160" />
            <source>Enter the day it was signed (YYYY-MM-DD).</source>
            <translation>请填写签约日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="164" />
            <source>Say why it was lost: it is what the team learns from.</source>
            <translation>请写明丢单原因：团队要从中吸取经验。</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <location filename="../../ui/service_dialogs.py" line="153" />
            <source>Close “%1”</source>
            <translation>关闭“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="154" />
            <source>How satisfied is the customer?</source>
            <translation>客户满意度如何？</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="160" />
            <source>1 Very dissatisfied</source>
            <translation>1 非常不满意</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="161" />
            <source>2 Dissatisfied</source>
            <translation>2 不满意</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="162" />
            <source>3 Neutral</source>
            <translation>3 一般</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="163" />
            <source>4 Satisfied</source>
            <translation>4 满意</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="164" />
            <source>5 Very satisfied</source>
            <translation>5 非常满意</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="170" />
            <source>A score of 2 or less reopens the complaint.</source>
            <translation>评分为 2 分或更低时，投诉将重新打开。</translation>
        </message>
    </context>
    <context>
        <name>CollectionList</name>
        <message>
            <location filename="../../ui/credit_collection.py" line="82" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/credit_collection.py" line="83" />
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../../ui/credit_collection.py" line="84" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../ui/credit_collection.py" line="85" />
            <source>Outstanding</source>
            <translation>未收金额</translation>
        </message>
        <message>
            <location filename="../../ui/credit_collection.py" line="86" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../ui/credit_collection.py" line="87" />
            <source>Ageing</source>
            <translation>账龄</translation>
        </message>
        <message>
            <location filename="../../ui/credit_collection.py" line="88" />
            <source>Follow-up</source>
            <translation>催收级别</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/credit_collection.py" line="117" />
            <source>%n overdue receivable(s)</source>
            <translation>
                <numerusform>%n 笔逾期应收款</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/credit_collection.py" line="136" />
            <source>Only mine</source>
            <translation>只看我的</translation>
        </message>
        <message>
            <location filename="../../ui/credit_collection.py" line="137" />
            <source>Nothing is overdue.</source>
            <translation>没有逾期的应收款。</translation>
        </message>
    </context>
    <context>
        <name>Commerce</name>
        <message>
            <location filename="../../ui/commerce_text.py" line="16" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../ui/commerce_text.py" line="17" />
            <source>Active</source>
            <translation>执行中</translation>
        </message>
        <message>
            <location filename="../../ui/commerce_text.py" line="18" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/commerce_text.py" line="19" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../ui/commerce_text.py" line="20" />
            <source>Held for credit</source>
            <translation>信用冻结中</translation>
        </message>
        <message>
            <location filename="../../ui/commerce_text.py" line="23" />
            <source>Bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <location filename="../../ui/commerce_text.py" line="24" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../ui/commerce_text.py" line="25" />
            <source>Cheque</source>
            <translation>支票</translation>
        </message>
        <message>
            <location filename="../../ui/commerce_text.py" line="26" />
            <source>Card</source>
            <translation>刷卡</translation>
        </message>
        <message>
            <location filename="../../ui/commerce_text.py" line="27" />
            <source>Online payment</source>
            <translation>在线支付</translation>
        </message>
        <message>
            <location filename="../../ui/commerce_text.py" line="28" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/commerce_text.py" line="48" />
            <source>outstanding %1</source>
            <translation>未回款 %1</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="../../ui/contact_dialog.py" line="22" />
            <source>New contact at %1</source>
            <translation>新建 %1 的联系人</translation>
        </message>
        <message>
            <location filename="../../ui/contact_dialog.py" line="22" />
            <source>Contact at %1</source>
            <translation>%1 的联系人</translation>
        </message>
        <message>
            <location filename="../../ui/contact_dialog.py" line="27" />
            <source>e.g. purchasing manager, 财务</source>
            <translation>例如：采购经理、财务</translation>
        </message>
        <message>
            <location filename="../../ui/contact_dialog.py" line="28" />
            <source>e.g. 138 0013 8000, 021 5555 0000</source>
            <translation>例如 138 0013 8000, 021 5555 0000</translation>
        </message>
        <message>
            <location filename="../../ui/contact_dialog.py" line="35" />
            <source>The first person to call</source>
            <translation>首先联系此人</translation>
        </message>
        <message>
            <location filename="../../ui/contact_dialog.py" line="41" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/contact_dialog.py" line="42" />
            <source>Role</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../../ui/contact_dialog.py" line="43" />
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/contact_dialog.py" line="44" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/contact_dialog.py" line="45" />
            <source>Primary contact</source>
            <translation>主要联系人</translation>
        </message>
        <message>
            <location filename="../../ui/contact_dialog.py" line="46" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <location filename="../../ui/fields.py" line="255" />
            <location filename="../../ui/fields.py" line="260" />
            <source>(nobody in particular)</source>
            <translation>（不指定联系人）</translation>
        </message>
    </context>
    <context>
        <name>ContractDialog</name>
        <message>
            <location filename="../../ui/contract_dialog.py" line="82" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="83" />
            <source>Contract no.</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="84" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="85" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="86" />
            <source>Signed on</source>
            <translation>签订日期</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="87" />
            <source>Payment due</source>
            <translation>应回款日期</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="88" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="89" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="109" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="110" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="111" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="112" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="113" />
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="114" />
            <source>Line total</source>
            <translation>小计</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="127" />
            <source>Add line</source>
            <translation>添加明细</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="129" />
            <source>Remove line</source>
            <translation>删除明细</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="151" />
            <source>Lines</source>
            <translation>合同明细</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="171" />
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="185" />
            <source>New contract</source>
            <translation>新建合同</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="247" />
            <source>(no product)</source>
            <translation>（无产品）</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="342" />
            <source>Contract total: %1</source>
            <translation>合同总额：%1</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="345" />
            <source> · paid %1 · outstanding %2</source>
            <translation> · 已回款 %1 · 未回款 %2</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="371" />
            <source>The customer is on credit hold: saved as active, this contract will be held until the credit department releases it.</source>
            <translation>该客户已被信用冻结：以“执行中”保存后，本合同将被冻结，直到信用管理部放行。</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="376" />
            <source>This contract goes beyond the customer's available credit (%1): saved as active, it will be held until the credit department releases it.</source>
            <translation>本合同超出客户的可用信用额度（%1）：以“执行中”保存后将被冻结，直到信用管理部放行。</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="464" />
            <source>Choose a product or describe the line.</source>
            <translation>请选择产品或填写说明。</translation>
        </message>
        <message>
            <location filename="../../ui/contract_dialog.py" line="468" />
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
    </context>
    <context>
        <name>ContractsModel</name>
        <message>
            <location filename="../../ui/sales_page.py" line="80" />
            <source>Contract no.</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="81" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="82" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="83" />
            <source>Signed</source>
            <translation>签订日期</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="84" />
            <source>Payment due</source>
            <translation>应回款日期</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="85" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="86" />
            <source>Total</source>
            <translation>合同金额</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="87" />
            <source>Paid</source>
            <translation>已回款</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="88" />
            <source>Outstanding</source>
            <translation>未回款</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="115" />
            <source>Overdue: payment was due %1</source>
            <translation>已逾期：应于 %1 回款</translation>
        </message>
    </context>
    <context>
        <name>CreditAssessmentDialog</name>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="102" />
            <source>New credit assessment</source>
            <translation>新建信用评估</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="124" />
            <source>Assessed on</source>
            <translation>评估日期</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="125" />
            <source>Rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="126" />
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="127" />
            <source>Years in business</source>
            <translation>经营年限</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="128" />
            <source>Payment record</source>
            <translation>付款记录</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="129" />
            <source>External report</source>
            <translation>外部报告编号</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="130" />
            <source>Next review</source>
            <translation>下次复评</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="131" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>CreditProfileDialog</name>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="58" />
            <source>Credit limit and terms</source>
            <translation>信用额度与账期</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="63" />
            <source>No limit</source>
            <translation>不设额度</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="66" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="73" />
            <source>Hold: no new contract until released</source>
            <translation>冻结：放行前不得签订新合同</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="81" />
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="82" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="83" />
            <source>Payment terms</source>
            <translation>账期</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="84" />
            <source>Credit hold</source>
            <translation>信用冻结</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="85" />
            <source>Why on hold</source>
            <translation>冻结原因</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="86" />
            <source>Next review</source>
            <translation>下次复评</translation>
        </message>
        <message>
            <location filename="../../ui/credit_dialogs.py" line="87" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>CreditTab</name>
        <message>
            <location filename="../../ui/credit_tab.py" line="40" />
            <source>Reminder</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="41" />
            <source>Call</source>
            <translation>电话催收</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="42" />
            <source>Manager</source>
            <translation>经理介入</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="43" />
            <source>Credit department</source>
            <translation>信用管理部</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="54" />
            <source>Current</source>
            <translation>未到期</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="56" />
            <source>Over 90 days</source>
            <translation>90 天以上</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="57" />
            <location filename="../../ui/credit_tab.py" line="190" />
            <source>%1 days</source>
            <translation>%1 天</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="65" />
            <source>%1 overdue, %2, oldest %3 days</source>
            <translation>逾期 %1 笔，%2，最长 %3 天</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="179" />
            <source>Not rated</source>
            <translation>未评级</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="181" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="185" />
            <source>No limit set</source>
            <translation>未设额度</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="192" />
            <source>no reason</source>
            <translation>未说明原因</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="194" />
            <source>automatic, 30 days or more overdue</source>
            <translation>自动冻结：逾期 30 天以上</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="195" />
            <source>On hold: %1</source>
            <translation>已冻结：%1</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="198" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="203" />
            <source>The rating expired on %1: a review is due.</source>
            <translation>信用等级已于 %1 到期，需要复评。</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="220" />
            <source>credit hold</source>
            <translation>信用冻结</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="222" />
            <source>rating review due</source>
            <translation>信用等级待复评</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="225" />
            <source>available credit %1</source>
            <translation>可用额度 %1</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="243" />
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="244" />
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="245" />
            <source>Outstanding</source>
            <translation>未收金额</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="246" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="247" />
            <source>Ageing</source>
            <translation>账龄</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="248" />
            <source>Follow-up</source>
            <translation>催收级别</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="279" />
            <source>Nothing outstanding.</source>
            <translation>没有未收款。</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="289" />
            <source>Held contract</source>
            <translation>冻结的合同</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="289" />
            <source>Signed</source>
            <translation>签订日期</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="289" />
            <source>Total</source>
            <translation>总额</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="301" />
            <source>Assessed on</source>
            <translation>评估日期</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="302" />
            <location filename="../../ui/credit_tab.py" line="362" />
            <source>Rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="303" />
            <source>Registered capital</source>
            <translation>注册资本</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="304" />
            <source>Years in business</source>
            <translation>经营年限</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="305" />
            <source>Payment record</source>
            <translation>付款记录</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="306" />
            <source>External report</source>
            <translation>外部报告编号</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="307" />
            <location filename="../../ui/credit_tab.py" line="368" />
            <source>Next review</source>
            <translation>下次复评</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="308" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="363" />
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="364" />
            <source>Owed on contracts</source>
            <translation>合同欠款</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="365" />
            <source>Available credit</source>
            <translation>可用额度</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="366" />
            <source>Payment terms</source>
            <translation>账期</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="367" />
            <source>Credit hold</source>
            <translation>信用冻结</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="372" />
            <source>Limit and terms…</source>
            <translation>额度与账期…</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="373" />
            <source>New assessment…</source>
            <translation>新建评估…</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="374" />
            <source>Release held contract</source>
            <translation>放行冻结合同</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="376" />
            <source>Ratings, limits and terms are set by the credit department; you read them.</source>
            <translation>信用等级、额度和账期由信用管理部设定；您只能查看。</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="378" />
            <source>Receivables</source>
            <translation>应收款</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="379" />
            <source>Contracts held for credit</source>
            <translation>因信用冻结的合同</translation>
        </message>
        <message>
            <location filename="../../ui/credit_tab.py" line="380" />
            <source>Assessments</source>
            <translation>信用评估</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <location filename="../../ui/customer_dialog.py" line="42" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="42" />
            <source>Edit customer</source>
            <translation>编辑客户</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="81" />
            <source>Create anyway</source>
            <translation>仍然创建</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="87" />
            <source>(not given)</source>
            <translation>（未填写）</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="91" />
            <source>e.g. 138 0013 8000, 021 5555 0000</source>
            <translation>例如 138 0013 8000, 021 5555 0000</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="92" />
            <source>How they found us: referral, fair, web…</source>
            <translation>客户如何找到我们：介绍、展会、网络…</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="120" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="121" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="122" />
            <source>Tier</source>
            <translation>客户等级</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="123" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="124" />
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="125" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="126" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="127" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="128" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="129" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="130" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="131" />
            <source>Registration no.</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="132" />
            <source>Company size</source>
            <translation>公司规模</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="133" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/customer_dialog.py" line="134" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>CustomerHeader</name>
        <message>
            <location filename="../../ui/customer_header.py" line="86" />
            <source>Never</source>
            <translation>从未</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customer_header.py" line="95" />
            <source>⚠ %n open complaint(s)</source>
            <translation>
                <numerusform>⚠ %n 个未结投诉</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="108" />
            <source>No open opportunities</source>
            <translation>没有进行中的商机</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customer_header.py" line="109" />
            <source>%1 in %n open opportunity(ies)</source>
            <translation>
                <numerusform>%1（%n 个进行中的商机）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="115" />
            <source>Tier</source>
            <translation>客户等级</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="116" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="117" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="118" />
            <source>Last contact</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="119" />
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="120" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="121" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="122" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="123" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="124" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="125" />
            <source>Registration no. · size</source>
            <translation>信用代码 · 规模</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="125" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="126" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="127" />
            <source>Open value</source>
            <translation>进行中金额</translation>
        </message>
        <message>
            <location filename="../../ui/customer_header.py" line="131" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <location filename="../../ui/fields.py" line="210" />
            <source>No customer</source>
            <translation>无客户</translation>
        </message>
        <message>
            <location filename="../../ui/fields.py" line="211" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../ui/fields.py" line="213" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../ui/fields.py" line="236" />
            <source>(no longer on this computer)</source>
            <translation>（已不在本机）</translation>
        </message>
    </context>
    <context>
        <name>CustomerPrint</name>
        <message>
            <location filename="../../ui/print_customer.py" line="118" />
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/print_customer.py" line="119" />
            <source>Open work</source>
            <translation>待办事项</translation>
        </message>
        <message>
            <location filename="../../ui/print_customer.py" line="120" />
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/print_customer.py" line="121" />
            <source>Opportunities</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../ui/print_customer.py" line="122" />
            <source>Service requests</source>
            <translation>服务请求</translation>
        </message>
        <message>
            <location filename="../../ui/print_customer.py" line="123" />
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <location filename="../../ui/print_customer.py" line="124" />
            <source>Last contact</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <location filename="../../ui/print_customer.py" line="125" />
            <source>Open opportunities</source>
            <translation>进行中的商机</translation>
        </message>
        <message>
            <location filename="../../ui/print_customer.py" line="126" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../ui/print_customer.py" line="135" />
            <source>Printed %1 by %2</source>
            <translation>%2 打印于 %1</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <location filename="../../ui/customers.py" line="149" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="150" />
            <source>Tier</source>
            <translation>客户等级</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="151" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="152" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="153" />
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="154" />
            <source>Last change</source>
            <translation>最近修改</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="155" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="156" />
            <source>Branch</source>
            <translation>分公司</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="157" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="158" />
            <source>Last contact</source>
            <translation>最近联系</translation>
        </message>
    </context>
    <context>
        <name>CustomerView</name>
        <message>
            <location filename="../../ui/customer_view.py" line="254" />
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="255" />
            <source>Another user</source>
            <translation>其他用户</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="294" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="296" />
            <source>Records moved: %1</source>
            <translation>移动的记录：%1</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="298" />
            <source>Made on another computer</source>
            <translation>在另一台电脑上进行</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="299" />
            <source>Undone</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="343" />
            <location filename="../../ui/customer_view.py" line="535" />
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="357" />
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="357" />
            <source>Who</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="357" />
            <source>A customer</source>
            <translation>是否客户</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="357" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="362" />
            <location filename="../../ui/customer_view.py" line="383" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="362" />
            <location filename="../../ui/customer_view.py" line="383" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="459" />
            <source>Mark as not done</source>
            <translation>标记为未完成</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="459" />
            <source>Mark as done</source>
            <translation>标记为已完成</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="511" />
            <source>Restored %1. The change syncs like any other edit.</source>
            <translation>已恢复%1。此更改会像其他修改一样同步。</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="526" />
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="527" />
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="528" />
            <source>Family and relations</source>
            <translation>家庭与关系</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="529" />
            <source>Opportunities</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="530" />
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="531" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="532" />
            <source>Contracts</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="533" />
            <source>Payments</source>
            <translation>回款</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="534" />
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="540" />
            <source>Log interaction…</source>
            <translation>记录互动…</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="541" />
            <source>Add contact…</source>
            <translation>添加联系人…</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="542" />
            <source>Add relation…</source>
            <translation>添加关系…</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="543" />
            <source>New opportunity…</source>
            <translation>新建商机…</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="544" />
            <source>New task…</source>
            <translation>新建任务…</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="545" />
            <source>New request…</source>
            <translation>新建服务请求…</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="573" />
            <source>Credit</source>
            <translation>信用</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="575" />
            <source>Why this tier</source>
            <translation>等级依据</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="265" />
            <location filename="../../ui/customer_view.py" line="343" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="264" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="262" />
            <location filename="../../ui/customer_view.py" line="305" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="263" />
            <location filename="../../ui/customer_view.py" line="343" />
            <source>What</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="266" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="306" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="307" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="308" />
            <source>Overwritten value</source>
            <translation>被覆盖的值</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="309" />
            <source>Kept value</source>
            <translation>保留的值</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="546" />
            <source>New contract…</source>
            <translation>新建合同…</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="547" />
            <source>Record payment…</source>
            <translation>登记回款…</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="554" />
            <source>← Back</source>
            <translation>← 返回</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="555" />
            <source>Back to the list (Esc)</source>
            <translation>返回列表（Esc）</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="556" />
            <source>Edit (F2)</source>
            <translation>编辑（F2）</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="557" />
            <source>Log interaction (Ctrl+L)</source>
            <translation>记录互动（Ctrl+L）</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="558" />
            <source>Complaint…</source>
            <translation>投诉…</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="559" />
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="560" />
            <source>Reschedule…</source>
            <translation>改期…</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="561" />
            <source>Restore selected value</source>
            <translation>恢复所选值</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="562" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="563" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="564" />
            <source>Merge with…</source>
            <translation>合并…</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="565" />
            <source>Undo merge</source>
            <translation>撤销合并</translation>
        </message>
        <message>
            <location filename="../../ui/customer_view.py" line="568" />
            <source>History lists values that a later edit overwrote, by you or a colleague. Select one and restore it if it was the right one.</source>
            <translation>历史中列出被后来的修改覆盖的值（由你或同事修改）。如果原来的值才是对的，选中它并恢复。</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../ui/customers.py" line="394" />
            <source>Save current view…</source>
            <translation>保存当前视图…</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="396" />
            <source>Delete view</source>
            <translation>删除视图</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="414" />
            <source>Save view</source>
            <translation>保存视图</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="415" />
            <source>Name of this view (its filters, columns and sort):</source>
            <translation>视图名称（保存其筛选、列和排序）：</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="466" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="467" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="468" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="469" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="470" />
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="471" />
            <source>Merge…</source>
            <translation>合并…</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="472" />
            <source>Views</source>
            <translation>视图</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="545" />
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="546" />
            <source>Another user</source>
            <translation>其他用户</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="594" />
            <source>Archived “%1”.</source>
            <translation>已归档“%1”。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers.py" line="596" />
            <source>Archived %n customer(s).</source>
            <translation>
                <numerusform>已归档 %n 位客户。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="610" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="611" />
            <source>Return to pool…</source>
            <translation>退回公海…</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="615" />
            <location filename="../../ui/customers.py" line="730" />
            <source>Archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="622" />
            <source>Add tag…</source>
            <translation>添加标签…</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="623" />
            <source>Remove tag…</source>
            <translation>移除标签…</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="624" />
            <source>Set tier</source>
            <translation>设置等级</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="627" />
            <source>Set status</source>
            <translation>设置状态</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="633" />
            <source>Reassign…</source>
            <translation>重新分配…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers.py" line="662" />
            <source>Changing %n customer(s)…</source>
            <translation>
                <numerusform>正在修改 %n 个客户…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers.py" line="683" />
            <source>Tag “%1” added to %n customer(s).</source>
            <translation>
                <numerusform>已为 %n 个客户添加标签“%1”。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers.py" line="685" />
            <source>Tag “%1” removed from %n customer(s).</source>
            <translation>
                <numerusform>已从 %n 个客户移除标签“%1”。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers.py" line="687" />
            <source>Tier set to %1 for %n customer(s).</source>
            <translation>
                <numerusform>已将 %n 个客户的等级设为%1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers.py" line="689" />
            <source>Status set to %1 for %n customer(s).</source>
            <translation>
                <numerusform>已将 %n 个客户的状态设为%1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customers.py" line="724" />
            <source>%n selected</source>
            <translation>
                <numerusform>已选 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="751" />
            <source>No archived customers.</source>
            <translation>没有已归档的客户。</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="754" />
            <source>No customers match these filters.
Press Ctrl+Backspace to clear them.</source>
            <translation>没有符合筛选条件的客户。
按 Ctrl+Backspace 清除筛选。</translation>
        </message>
        <message>
            <location filename="../../ui/customers.py" line="759" />
            <source>No customers on this computer yet.
Press Ctrl+N to add your first customer.</source>
            <translation>这台电脑上还没有客户。
按 Ctrl+N 添加第一个客户。</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../ui/fields.py" line="60" />
            <source>YYYY-MM-DD</source>
            <translation>年-月-日（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../ui/fields.py" line="64" />
            <source>Pick a date (Alt+Down)</source>
            <translation>选择日期（Alt+↓）</translation>
        </message>
    </context>
    <context>
        <name>DevicesDialog</name>
        <message>
            <location filename="../../ui/admin_devices.py" line="40" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="46" />
            <source>Devices of %1</source>
            <translation>%1 的电脑</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="49" />
            <source>Computers %1 signed in on. Mark one lost if it was lost or stolen: it is signed out at once and deletes its copy of the customers when it next reaches the server. The account and the other computers keep working.</source>
            <translation>%1 登录过的电脑。电脑丢失或被盗时将其标记为丢失：它会立即退出登录，并在下次连上服务器时删除其中的客户副本。账号和其他电脑照常使用。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="60" />
            <source>Computer</source>
            <translation>电脑</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="61" />
            <source>First sign-in</source>
            <translation>首次登录</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="62" />
            <source>Last seen</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="63" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="64" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="65" />
            <source>Not sent</source>
            <translation>未发送</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="66" />
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="71" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="72" />
            <source>Mark lost…</source>
            <translation>标记为丢失…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="93" />
            <source>Lost since %1</source>
            <translation>自 %1 起丢失</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="95" />
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="117" />
            <source>%1 has not signed in on any computer.</source>
            <translation>%1 尚未在任何电脑上登录。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_devices.py" line="122" />
            <source>%n computer(s)</source>
            <translation>
                <numerusform>%n 台电脑</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="139" />
            <source>Mark “%1” as lost? It is signed out at once and cannot sign in again; when it next reaches the server it deletes its copy of the customers, including edits it had not sent. %2 keeps their account and signs in again on another computer.</source>
            <translation>将“%1”标记为丢失？它会立即退出登录且无法再次登录；下次连上服务器时会删除其中的客户副本，包括尚未发送的修改。%2 的账号保留，可在其他电脑上重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="146" />
            <source>Mark a computer lost</source>
            <translation>标记电脑丢失</translation>
        </message>
        <message>
            <location filename="../../ui/admin_devices.py" line="148" />
            <source>Mark lost</source>
            <translation>标记为丢失</translation>
        </message>
    </context>
    <context>
        <name>DiffModel</name>
        <message>
            <location filename="../../ui/admin_review.py" line="156" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="157" />
            <source>On the server now</source>
            <translation>服务器当前值</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="158" />
            <source>Their edit</source>
            <translation>提交人的修改</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="159" />
            <source>What they saw</source>
            <translation>提交人当时看到的值</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="175" />
            <source>Changed on the server since the author saw it</source>
            <translation>提交人查看之后，服务器上的值已被更改</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="190" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="191" />
            <source>Branch</source>
            <translation>分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="192" />
            <source>Assigned to</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="193" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="194" />
            <source>Logged by</source>
            <translation>记录人</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="195" />
            <source>Related customer</source>
            <translation>关联客户</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="196" />
            <source>Merged into</source>
            <translation>合并到</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="197" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="198" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="199" />
            <source>Ends</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="200" />
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="201" />
            <source>Resolution</source>
            <translation>解决方案</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="202" />
            <source>Lost reason</source>
            <translation>丢单原因</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="203" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="212" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="212" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="214" />
            <source>someone else</source>
            <translation>其他人</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="217" />
            <source>a record you cannot see</source>
            <translation>你无权查看的记录</translation>
        </message>
    </context>
    <context>
        <name>DiscardDialog</name>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="292" />
            <source>Discard</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="293" />
            <source>Discard %1</source>
            <translation>丢弃“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="295" />
            <source>The author's change is dropped; the decision is recorded with your name and the note.</source>
            <translation>提交人的更改将被丢弃；此决定会连同你的姓名和备注一起记录。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="298" />
            <source>Note (optional)</source>
            <translation>备注（可选）</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message>
            <location filename="../../ui/reports_page.py" line="570" />
            <source>Records behind the figure</source>
            <translation>数字明细</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="573" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="582" />
            <source>Open customer</source>
            <translation>打开客户</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="584" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reports_page.py" line="603" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n 条记录</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="605" />
            <source>total %1</source>
            <translation>合计 %1</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="609" />
            <source>the first %1 shown</source>
            <translation>仅显示前 %1 条</translation>
        </message>
    </context>
    <context>
        <name>DuplicateWarning</name>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="33" />
            <source>same registration no.</source>
            <translation>注册号相同</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="35" />
            <source>same phone</source>
            <translation>电话相同</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="36" />
            <source>same company name</source>
            <translation>公司名称相同</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="38" />
            <source>same name and phone</source>
            <translation>姓名和电话相同</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="138" />
            <source>⚠ This customer may already exist:</source>
            <translation>⚠ 该客户可能已存在：</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="144" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="149" />
            <source>another colleague</source>
            <translation>另一位同事</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="151" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="153" />
            <source>%1 — %2, owned by %3</source>
            <translation>%1 — %2，负责人：%3</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="157" />
            <location filename="../../ui/duplicate_warning.py" line="197" />
            <source>Ask the owner</source>
            <translation>询问负责人</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="163" />
            <source>You can still save it as a new customer.</source>
            <translation>仍可将其保存为新客户。</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="189" />
            <source>Asking…</source>
            <translation>正在询问…</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="192" />
            <source>Asked ✓</source>
            <translation>已询问 ✓</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="193" />
            <source>The owner and their manager will find it on Today.</source>
            <translation>负责人及其经理会在“今日”中看到此询问。</translation>
        </message>
        <message>
            <location filename="../../ui/duplicate_warning.py" line="198" />
            <source>Could not reach the server; try again when online.</source>
            <translation>无法连接服务器；请在联网后重试。</translation>
        </message>
    </context>
    <context>
        <name>Editors</name>
        <message>
            <location filename="../../ui/editors.py" line="146" />
            <source>Interaction archived.</source>
            <translation>互动记录已归档。</translation>
        </message>
        <message>
            <location filename="../../ui/editors.py" line="290" />
            <source>Deal won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../ui/editors.py" line="291" />
            <source>“%1” is won. Create its contract now?</source>
            <translation>“%1”已赢单。现在创建合同吗？</translation>
        </message>
        <message>
            <location filename="../../ui/editors.py" line="292" />
            <source>Create contract</source>
            <translation>创建合同</translation>
        </message>
        <message>
            <location filename="../../ui/editors.py" line="293" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <location filename="../../ui/editors.py" line="379" />
            <source>Only its author can archive an interaction, within 7 days.</source>
            <translation>只有作者本人可以在 7 天内归档互动记录。</translation>
        </message>
        <message>
            <location filename="../../ui/editors.py" line="384" />
            <source>Archived “%1”.</source>
            <translation>已归档“%1”。</translation>
        </message>
        <message>
            <location filename="../../ui/editors.py" line="384" />
            <source>Archived.</source>
            <translation>已归档。</translation>
        </message>
        <message>
            <location filename="../../ui/editors.py" line="393" />
            <source>Undoing…</source>
            <translation>正在撤销…</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/errors.py" line="43" />
            <location filename="../../ui/errors.py" line="56" />
            <source>Outpost</source>
            <translation>Outpost</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="51" />
            <source>Something went wrong that Outpost did not expect. Your data is safe. Details were written to:
%1</source>
            <translation>Outpost 遇到了意外错误。您的数据是安全的。详细信息已写入：
%1</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message numerus="yes">
            <location filename="../../ui/export_actions.py" line="71" />
            <source>Saved %n page(s).</source>
            <translation>
                <numerusform>已保存 %n 页。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="96" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="97" />
            <source>Export customer file…</source>
            <translation>导出客户档案…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="98" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="99" />
            <source>Export contacts (vCard)…</source>
            <translation>导出联系人（vCard）…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="100" />
            <source>Export tasks to calendar (.ics)…</source>
            <translation>导出任务到日历（.ics）…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="125" />
            <location filename="../../ui/export_actions.py" line="341" />
            <location filename="../../ui/export_actions.py" line="407" />
            <location filename="../../ui/export_actions.py" line="423" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="127" />
            <source>This page has no list to export. Open Customers, Pipeline, Calendar, Service or a customer, then choose File &gt; Export… again.</source>
            <translation>此页面没有可导出的列表。请打开客户、销售漏斗、日历、服务或某个客户，再选择“文件 &gt; 导出…”。</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="136" />
            <location filename="../../ui/export_actions.py" line="151" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="173" />
            <source>Tier</source>
            <translation>客户等级</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="174" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="175" />
            <location filename="../../ui/export_actions.py" line="316" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="176" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="177" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="187" />
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="191" />
            <location filename="../../ui/export_actions.py" line="196" />
            <location filename="../../ui/export_actions.py" line="260" />
            <source>Service requests</source>
            <translation>服务请求</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="204" />
            <location filename="../../ui/export_actions.py" line="211" />
            <location filename="../../ui/export_actions.py" line="258" />
            <source>Opportunities</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="218" />
            <source>Mine</source>
            <translation>仅我的</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="222" />
            <location filename="../../ui/export_actions.py" line="237" />
            <source>Calendar</source>
            <translation>日历</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="255" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="256" />
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="257" />
            <source>Interactions</source>
            <translation>互动记录</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="259" />
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="261" />
            <source>Relations</source>
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="305" />
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="311" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="311" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="317" />
            <source>Assigned to</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="318" />
            <source>By</source>
            <translation>记录人</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="319" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="320" />
            <source>Last change</source>
            <translation>最近修改</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="321" />
            <source>Primary</source>
            <translation>主要联系人</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="322" />
            <source>Resolution</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="329" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="330" />
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV，UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="331" />
            <source>vCard (*.vcf)</source>
            <translation>vCard 名片 (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="332" />
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar 日历 (*.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="333" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="369" />
            <location filename="../../ui/export_actions.py" line="384" />
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="369" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_actions.py" line="375" />
            <source>Exported %n row(s).</source>
            <translation>
                <numerusform>已导出 %n 行。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="410" />
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="431" />
            <source>The disk is full, so the file was not written. Free some space or choose another drive, then export again.</source>
            <translation>磁盘已满，文件未写入。请清理空间或选择其他磁盘后重新导出。</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="436" />
            <source>Outpost may not write there. Choose another folder (such as Documents), or close the file if Excel has it open, then export again.</source>
            <translation>Outpost 无权写入该位置。请选择其他文件夹（如“文档”），如果该文件正在 Excel 中打开请先关闭，然后重新导出。</translation>
        </message>
        <message>
            <location filename="../../ui/export_actions.py" line="440" />
            <source>The file could not be written. Choose another folder or name.</source>
            <translation>无法写入该文件。请选择其他文件夹或文件名。</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../ui/labels.py" line="86" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="87" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="88" />
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="89" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="90" />
            <source>Primary</source>
            <translation>主要</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="91" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="92" />
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="93" />
            <location filename="../../ui/labels.py" line="102" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="94" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="95" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="96" />
            <source>Probability %</source>
            <translation>概率 %</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="97" />
            <source>Expected close</source>
            <translation>预计成交</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="98" />
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="99" />
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="100" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="101" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="103" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="104" />
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="105" />
            <source>Next step due</source>
            <translation>下一步期限</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="106" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="107" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="108" />
            <source>SLA due</source>
            <translation>SLA 期限</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="109" />
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="110" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="111" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="112" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="113" />
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="114" />
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="115" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="116" />
            <source>Deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="117" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="118" />
            <source>Registration no.</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="119" />
            <source>Company size</source>
            <translation>公司规模</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="120" />
            <source>Related customer</source>
            <translation>关联客户</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="121" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="122" />
            <source>With</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="123" />
            <location filename="../../ui/labels.py" line="124" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="125" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="126" />
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="127" />
            <source>Lost reason</source>
            <translation>丢单原因</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="128" />
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="129" />
            <source>Ends</source>
            <translation>结束</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <location filename="../../ui/customer_filters.py" line="177" />
            <source>%n archived customer(s)</source>
            <translation>
                <numerusform>%n 位已归档客户</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customer_filters.py" line="179" />
            <source>%Ln customer(s)</source>
            <translation>
                <numerusform>%Ln 位客户</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customer_filters.py" line="181" />
            <source>%1 of %Ln customer(s)</source>
            <translation>
                <numerusform>%1 / %Ln 位客户</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customer_filters.py" line="189" />
            <source>Filter:</source>
            <translation>筛选：</translation>
        </message>
        <message>
            <location filename="../../ui/customer_filters.py" line="190" />
            <source>Name, pinyin, phone…</source>
            <translation>名称、拼音、电话…</translation>
        </message>
        <message>
            <location filename="../../ui/customer_filters.py" line="192" />
            <source>All tiers</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <location filename="../../ui/customer_filters.py" line="193" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../ui/customer_filters.py" line="194" />
            <source>All owners</source>
            <translation>全部负责人</translation>
        </message>
        <message>
            <location filename="../../ui/customer_filters.py" line="195" />
            <source>All cities</source>
            <translation>全部城市</translation>
        </message>
        <message>
            <location filename="../../ui/customer_filters.py" line="196" />
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <location filename="../../ui/customer_filters.py" line="202" />
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <location filename="../../ui/customer_filters.py" line="203" />
            <source>Show archived</source>
            <translation>显示已归档</translation>
        </message>
    </context>
    <context>
        <name>ImportDuplicatesPage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="568" />
            <source>Probable duplicates</source>
            <translation>疑似重复</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="571" />
            <source>These rows look like customers you have, or like an earlier row of the file. Rows left undecided are not imported.</source>
            <translation>这些行与您已有的客户或文件中前面的行相似。未作决定的行不会导入。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="577" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="578" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="579" />
            <source>Phones</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="580" />
            <source>Probably the same as</source>
            <translation>疑似与之相同</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="581" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="582" />
            <source>Decision</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="585" />
            <source>Merge all</source>
            <translation>全部合并</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="586" />
            <source>Create all</source>
            <translation>全部新建</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="587" />
            <source>Skip all</source>
            <translation>全部跳过</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="592" />
            <source>Decide later (not imported)</source>
            <translation>稍后决定（不导入）</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="593" />
            <source>Merge into it</source>
            <translation>合并到该客户</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="594" />
            <source>Create anyway</source>
            <translation>仍然新建</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="595" />
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="600" />
            <source>Same registration no.</source>
            <translation>统一社会信用代码相同</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="601" />
            <source>Same phone</source>
            <translation>电话相同</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="602" />
            <source>Same company name</source>
            <translation>公司名称相同</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="603" />
            <source>Same name and phone</source>
            <translation>姓名和电话相同</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="616" />
            <source>Row %1 of this file: %2</source>
            <translation>本文件第 %1 行：%2</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="620" />
            <source>Your customer: %2</source>
            <translation>您的客户：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_wizard.py" line="644" />
            <source>%n more row(s) follow the buttons.</source>
            <translation>
                <numerusform>另有 %n 行按上方按钮处理。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportFilePage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="174" />
            <source>Choose a file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="175" />
            <source>Customers from Excel (.xlsx, .xls) or a CSV file.</source>
            <translation>从 Excel（.xlsx、.xls）或 CSV 文件导入客户。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="176" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="179" />
            <source>CSV files may be in UTF-8 or in GB18030 (what Excel saves on a Chinese Windows); the encoding is detected.</source>
            <translation>CSV 文件可以是 UTF-8 或 GB18030 编码（中文 Windows 上 Excel 保存的格式），编码会自动识别。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="184" />
            <source>Recent imports:</source>
            <translation>最近的导入：</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="185" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="185" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="185" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="186" />
            <source>Undo import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="194" />
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="195" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="196" />
            <source>Undone</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="197" />
            <source>Stopped</source>
            <translation>已中断</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="204" />
            <source>%1 (%2 created, %3 updated)</source>
            <translation>%1（新建 %2，更新 %3）</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="232" />
            <source>Undoing the import…</source>
            <translation>正在撤销导入…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="236" />
            <source>Import customers</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="236" />
            <source>Spreadsheets</source>
            <translation>电子表格</translation>
        </message>
    </context>
    <context>
        <name>ImportMappingPage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="323" />
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="325" />
            <source>Which field each column fills. Several phone columns join into the list.</source>
            <translation>每一列对应哪个字段。多个电话列会合并到电话列表中。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="328" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="328" />
            <source>Sample</source>
            <translation>示例</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="328" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="330" />
            <source>Update existing customers with the same:</source>
            <translation>以下列相同项更新已有客户：</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="332" />
            <source>(never: every row is a new customer)</source>
            <translation>（不更新：每一行都是新客户）</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="333" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="334" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="335" />
            <source>Registration no.</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="336" />
            <source>Outpost ID (a file exported from Outpost)</source>
            <translation>Outpost ID（从 Outpost 导出的文件）</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="345" />
            <source>Reading the sheet…</source>
            <translation>正在读取工作表…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="368" />
            <source>This file cannot be read as a spreadsheet.</source>
            <translation>无法将此文件作为电子表格读取。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/import_wizard.py" line="376" />
            <source>%n row(s) under the headers.</source>
            <translation>
                <numerusform>表头下有 %n 行。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="378" />
            <source>This sheet is empty.</source>
            <translation>此工作表为空。</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewPage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="437" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="439" />
            <source>The first rows as they will be imported. Red cells are refused: point at one.</source>
            <translation>前几行的导入效果。红色单元格将被拒绝：将鼠标指向它查看原因。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="446" />
            <source>Checking every row…</source>
            <translation>正在检查每一行…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="464" />
            <source>New: %1 · Refused: %2</source>
            <translation>新建：%1 · 拒绝：%2</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="483" />
            <source>New: %1 · Update: %2 · Probable duplicates: %3 · Refused: %4 · Empty: %5</source>
            <translation>新建：%1 · 更新：%2 · 疑似重复：%3 · 拒绝：%4 · 空行：%5</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="503" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="529" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="530" />
            <source>Update</source>
            <translation>更新</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="531" />
            <source>Probable duplicate</source>
            <translation>疑似重复</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="532" />
            <source>Refused</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="533" />
            <source>Empty</source>
            <translation>空行</translation>
        </message>
    </context>
    <context>
        <name>ImportRunPage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="682" />
            <source>Importing</source>
            <translation>正在导入</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="683" />
            <source>You can go on working meanwhile. Cancel keeps what is done.</source>
            <translation>导入期间您可以继续工作。取消会保留已导入的部分。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="684" />
            <source>Cancel import</source>
            <translation>取消导入</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="694" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="726" />
            <source>Cancelling after the rows being written…</source>
            <translation>写完当前这批行后取消…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="740" />
            <source>The import stopped.</source>
            <translation>导入已停止。</translation>
        </message>
    </context>
    <context>
        <name>ImportSheetPage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="267" />
            <source>Sheet and headers</source>
            <translation>工作表与表头</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="268" />
            <source>Which sheet holds the customers, and which row the headers.</source>
            <translation>客户数据在哪个工作表，表头在第几行。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="269" />
            <source>Sheet:</source>
            <translation>工作表：</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="270" />
            <source>Header row:</source>
            <translation>表头所在行：</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="271" />
            <source>The sheet holds:</source>
            <translation>工作表内容：</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="277" />
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="293" />
            <source>This file cannot be read as a spreadsheet.</source>
            <translation>无法将此文件作为电子表格读取。</translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryPage</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="764" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="766" />
            <source>One batch: Undo import removes what it created and restores what it changed.</source>
            <translation>整批导入：撤销导入会删除它新建的记录，并恢复它修改的内容。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="768" />
            <source>Undo import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="774" />
            <source>Import cancelled: what was done so far is kept.</source>
            <translation>导入已取消：已完成的部分已保留。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="776" />
            <source>Import finished.</source>
            <translation>导入完成。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="778" />
            <source>Created: %1</source>
            <translation>新建：%1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="779" />
            <source>Updated: %1</source>
            <translation>更新：%1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="780" />
            <source>Unchanged: %1</source>
            <translation>无变化：%1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="781" />
            <source>Held as probable duplicates: %1</source>
            <translation>作为疑似重复保留待定：%1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="782" />
            <source>Skipped: %1</source>
            <translation>跳过：%1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="783" />
            <source>Refused: %1</source>
            <translation>拒绝：%1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="784" />
            <source>Contacts created: %1</source>
            <translation>新建联系人：%1</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="798" />
            <source>Undoing the import…</source>
            <translation>正在撤销导入…</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="803" />
            <source>Import undone: %1 removed, %2 put back.</source>
            <translation>导入已撤销：删除 %1 条，恢复 %2 条。</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/import_wizard.py" line="64" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="65" />
            <source>Interactions of customers you have</source>
            <translation>已有客户的跟进记录</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="66" />
            <source>Opportunities of customers you have</source>
            <translation>已有客户的商机</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="67" />
            <source>Tasks of customers you have</source>
            <translation>已有客户的任务</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="70" />
            <source>Customer: Outpost ID</source>
            <translation>客户：Outpost ID</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="71" />
            <source>Customer: phone</source>
            <translation>客户：电话</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="72" />
            <source>Customer: name</source>
            <translation>客户：名称</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="73" />
            <source>Reminder</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="77" />
            <source>No customer of yours has this Outpost ID, phone or name.</source>
            <translation>您的客户中没有此 Outpost ID、电话或名称。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="82" />
            <source>Several customers have this name: map a phone or Outpost ID column.</source>
            <translation>多个客户同名：请把电话或 Outpost ID 列映射上。</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="88" />
            <source>Contact: name</source>
            <translation>联系人：姓名</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="89" />
            <source>Contact: title</source>
            <translation>联系人：职务</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="90" />
            <source>Contact: phone</source>
            <translation>联系人：电话</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="91" />
            <source>Contact: e-mail</source>
            <translation>联系人：电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="97" />
            <source>(leave out)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="99" />
            <source>Outpost ID</source>
            <translation>Outpost ID</translation>
        </message>
        <message>
            <location filename="../../ui/import_wizard.py" line="838" />
            <source>Import customers</source>
            <translation>导入客户</translation>
        </message>
    </context>
    <context>
        <name>InteractionDialog</name>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="48" />
            <source>Log interaction with %1</source>
            <translation>记录与 %1 的互动</translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="50" />
            <source>Interaction with %1</source>
            <translation>与 %1 的互动</translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="71" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="72" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="73" />
            <source>With</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="74" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="75" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="76" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="77" />
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="78" />
            <source>Next step due</source>
            <translation>下一步期限</translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="89" />
            <source>Logged by you on %1. You can change or archive it until %2.</source>
            <translation>由你于 %1 记录。%2 之前你可以修改或归档。</translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="93" />
            <source>Archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="97" />
            <source>you</source>
            <translation>你</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/interaction_dialog.py" line="99" />
            <source>Logged by %1 on %2. Only its author can change it, within %n day(s) of logging it.</source>
            <translation>
                <numerusform>由 %1 于 %2 记录。只有记录人可在记录后 %n 天内修改。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="107" />
            <source>someone</source>
            <translation>某人</translation>
        </message>
        <message>
            <location filename="../../ui/interaction_dialog.py" line="108" />
            <source>a colleague</source>
            <translation>一位同事</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../ui/labels.py" line="9" />
            <source>Person</source>
            <translation>个人</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="10" />
            <source>Company</source>
            <translation>企业</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="11" />
            <source>Premium</source>
            <translation>贵宾</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="12" />
            <source>Major</source>
            <translation>重要</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="13" />
            <source>Ordinary</source>
            <translation>普通</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="14" />
            <source>Restricted</source>
            <translation>受限</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="15" />
            <source>Potential</source>
            <translation>潜在</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="16" />
            <source>Lead</source>
            <translation>线索</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="17" />
            <source>Prospect</source>
            <translation>意向</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="18" />
            <source>Active</source>
            <translation>活跃</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="19" />
            <source>Dormant</source>
            <translation>休眠</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="20" />
            <source>Churned</source>
            <translation>流失</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="22" />
            <source>Call</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="23" />
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="24" />
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="25" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="26" />
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="27" />
            <source>Note</source>
            <translation>笔记</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="28" />
            <source>To-do</source>
            <translation>待办</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="30" />
            <source>Prospecting</source>
            <translation>初步接触</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="31" />
            <source>Qualification</source>
            <translation>需求确认</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="32" />
            <source>Proposal</source>
            <translation>方案报价</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="33" />
            <source>Negotiation</source>
            <translation>商务谈判</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="34" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="35" />
            <source>Lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="37" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="38" />
            <source>Inquiry</source>
            <translation>咨询</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="39" />
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="40" />
            <source>Request</source>
            <translation>申请</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="41" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="42" />
            <source>Normal</source>
            <translation>普通</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="43" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="44" />
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="45" />
            <source>Minor</source>
            <translation>轻微</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="46" />
            <source>Serious</source>
            <translation>严重</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="47" />
            <source>Critical</source>
            <translation>非常严重</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="48" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="49" />
            <source>In progress</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="50" />
            <source>Escalated</source>
            <translation>已升级</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="51" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="52" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="54" />
            <source>Spouse</source>
            <translation>配偶</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="55" />
            <source>Child</source>
            <translation>子女</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="56" />
            <source>Parent</source>
            <translation>父母</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="57" />
            <source>Sibling</source>
            <translation>兄弟姐妹</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="58" />
            <source>Relative</source>
            <translation>亲属</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="59" />
            <source>Household</source>
            <translation>同户</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="60" />
            <source>Colleague</source>
            <translation>同事</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="61" />
            <source>Employer</source>
            <translation>雇主</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="62" />
            <source>Employee</source>
            <translation>雇员</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="63" />
            <source>Partner</source>
            <translation>合作伙伴</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="64" />
            <source>Referrer</source>
            <translation>推荐人</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="65" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="66" />
            <source>Referred by this customer</source>
            <translation>由该客户介绍</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="68" />
            <source>Micro (under 10)</source>
            <translation>微型（10 人以下）</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="69" />
            <source>Small (10-99)</source>
            <translation>小型（10-99 人）</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="70" />
            <source>Medium (100-999)</source>
            <translation>中型（100-999 人）</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="71" />
            <source>Large (1,000-9,999)</source>
            <translation>大型（1,000-9,999 人）</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="72" />
            <source>Enterprise (10,000+)</source>
            <translation>特大型（10,000 人以上）</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="74" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="75" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="76" />
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="77" />
            <source>Interaction</source>
            <translation>互动</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="78" />
            <source>Opportunity</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="79" />
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="80" />
            <source>Service request</source>
            <translation>服务请求</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="81" />
            <source>Article</source>
            <translation>知识库文章</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/login.py" line="38" />
            <source>Sign in to Outpost</source>
            <translation>登录 Outpost</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="43" />
            <source>%1 (set by your IT department)</source>
            <translation>%1（由你的 IT 部门设置）</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="75" />
            <source>Your customers stay on this computer, so you can work offline after signing in once.</source>
            <translation>客户数据保存在这台电脑上，登录一次后即可离线工作。</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="88" />
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="89" />
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="90" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="91" />
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="92" />
            <source>Repeat new password</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="98" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="117" />
            <source>Enter your username and your password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="119" />
            <source>Enter the server address, your username and your password.</source>
            <translation>请输入服务器地址、用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="126" />
            <source>Choose a password of at least %1 characters.</source>
            <translation>请设置至少 %1 个字符的密码。</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="133" />
            <source>The two new passwords differ: type them again.</source>
            <translation>两次输入的新密码不一致，请重新输入。</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="139" />
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="167" />
            <source>This password was given to you for your first sign-in. Choose your own password (at least %1 characters) and sign in again.</source>
            <translation>这是管理员为你首次登录提供的临时密码。请设置你自己的密码（至少 %1 个字符）后再次登录。</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="176" />
            <source>Signing in failed unexpectedly.</source>
            <translation>登录时发生意外错误。</translation>
        </message>
        <message>
            <location filename="../../ui/login.py" line="49" />
            <source>This address is not encrypted (http://): your password and your customers would cross the network readable by anyone on it. Ask IT for the https:// address.</source>
            <translation>此地址未加密（http://）：您的密码和客户资料会以明文经过网络，网络上的任何人都能读取。请向 IT 部门索取 https:// 地址。</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../../ui/main.py" line="171" />
            <source>Your company closed your Outpost account. The changes not yet sent could not be handed over (%1); they stay on this computer and Outpost tries again at the next start.</source>
            <translation>你的公司已关闭你的 Outpost 账户。尚未发送的更改无法移交（%1）；这些更改仍保存在本机，Outpost 会在下次启动时重试。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main.py" line="189" />
            <source>Your company closed your Outpost account. %n change(s) not yet sent were handed to your manager for review, and Outpost removed the customer data and your sign-in from this computer.</source>
            <translation>
                <numerusform>你的公司已关闭你的 Outpost 账户。%n 项尚未发送的更改已移交给你的经理审核，Outpost 已从本机删除客户数据和你的登录信息。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="182" />
            <source>Your company marked this computer as lost, so Outpost removed the customer data and your sign-in from it. Your account is still open: you can sign in again.</source>
            <translation>你的公司已将这台电脑标记为丢失，因此 Outpost 已从本机删除客户数据和你的登录信息。你的账户仍然有效：你可以重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/main.py" line="202" />
            <source>The settings your IT department prepared for Outpost cannot be used, so Outpost starts without them. Please tell your IT department:
%1</source>
            <translation>你的 IT 部门为 Outpost 准备的设置无法使用，因此 Outpost 将不带这些设置启动。请告知你的 IT 部门：
%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="324" />
            <source>Outpost CRM — %1</source>
            <translation>Outpost CRM — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="326" />
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="327" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="328" />
            <source>Pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="329" />
            <source>Pipeline</source>
            <translation>销售漏斗</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="330" />
            <source>Sales</source>
            <translation>销售</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="331" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="332" />
            <source>Calendar</source>
            <translation>日程</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="333" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="334" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="337" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="340" />
            <source>&amp;Search…</source>
            <translation>搜索(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="341" />
            <source>&amp;Log interaction…</source>
            <translation>记录互动(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="342" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="343" />
            <source>&amp;New customer</source>
            <translation>新建客户(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="344" />
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="345" />
            <source>&amp;Sync now</source>
            <translation>立即同步(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="346" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="347" />
            <source>Se&amp;ttings…</source>
            <translation>设置(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="349" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="350" />
            <source>&amp;Go</source>
            <translation>前往(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="351" />
            <source>&amp;Back</source>
            <translation>后退(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="352" />
            <source>&amp;Forward</source>
            <translation>前进(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="355" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="356" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="357" />
            <source>&amp;About Outpost CRM</source>
            <translation>关于 Outpost CRM(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="361" />
            <source>No system keyring is available, so Outpost cannot remember your sign-in and will ask for your password at each start.</source>
            <translation>系统没有可用的密钥环，Outpost 无法记住登录状态，每次启动都需要输入密码。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="400" />
            <source>Signed in as %1 (%2) on %3</source>
            <translation>已登录：%1（%2），服务器 %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="407" />
            <source>%n change(s) waiting to sync</source>
            <translation>
                <numerusform>%n 项更改等待同步</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="410" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n 个冲突</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="420" />
            <source>Downloading… %Ln record(s)</source>
            <translation>
                <numerusform>正在下载… %Ln 条记录</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="421" />
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="426" />
            <source>Not synced yet</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="427" />
            <source>Synced at %1</source>
            <translation>已于 %1 同步</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="471" />
            <source>Sync failed; see the log.</source>
            <translation>同步失败，请查看日志。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="473" />
            <source>Offline: changes are kept on this computer</source>
            <translation>离线：更改已保存在本机</translation>
        </message>
    </context>
    <context>
        <name>ManagedBranchesDialog</name>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="232" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="235" />
            <source>Branches of %1</source>
            <translation>%1 管理的分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="236" />
            <source>Besides %1, %2 also manages:</source>
            <translation>除 %1 外，%2 还管理：</translation>
        </message>
    </context>
    <context>
        <name>ManagerDashboard</name>
        <message>
            <location filename="../../ui/dashboard.py" line="96" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="102" />
            <source>Won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="103" />
            <source>Paid</source>
            <translation>回款</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="109" />
            <source>%1 (last month %2%3)</source>
            <translation>%1（上月 %2%3）</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="115" />
            <source>No contracts in the last 12 months.</source>
            <translation>最近 12 个月没有合同。</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="120" />
            <source>No customer's tier fell.</source>
            <translation>最近没有客户降级。</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="125" />
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="138" />
            <source>Branch pipeline (open)</source>
            <translation>本分支机构的商机（进行中）</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="139" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="140" />
            <source>Top customers, last 12 months</source>
            <translation>最近 12 个月的重点客户</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="141" />
            <source>Tier fell, last 30 days</source>
            <translation>最近 30 天降级的客户</translation>
        </message>
    </context>
    <context>
        <name>MergeBranchDialog</name>
        <message>
            <location filename="../../ui/admin_branches.py" line="97" />
            <source>Merge…</source>
            <translation>合并…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="101" />
            <source>Merge %1 into another branch</source>
            <translation>将 %1 合并到其他分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="107" />
            <source>When two offices become one: every customer of %1 moves to the branch you choose and keeps its owner; its people, its pool and the managers who answer for it move too; then %1 is removed.</source>
            <translation>两个办公室合并为一个时使用：%1 的所有客户转到你选择的分公司，负责人不变；其人员、公海以及负责它的经理也一并转过去；之后 %1 将被删除。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="116" />
            <source>There is no other branch to merge into.</source>
            <translation>没有可以合并到的其他分公司。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_branches.py" line="120" />
            <source>Merge %1 into %2? Its %n person(s) and all its customers move.</source>
            <translation>
                <numerusform>将 %1 合并到 %2？其 %n 名人员及所有客户都会转过去。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="124" />
            <source>Merge branches</source>
            <translation>合并分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_branches.py" line="126" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../../ui/merge_dialog.py" line="65" />
            <source>Name, phone or pinyin of the other customer</source>
            <translation>另一客户的名称、电话或拼音</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="78" />
            <source>Keep the other one instead</source>
            <translation>改为保留另一个</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="95" />
            <source>The other customer is archived and points to the kept one; changes other computers still make to it land on the kept one. You can undo the merge from the kept customer's History.</source>
            <translation>另一客户将被归档并指向保留的客户；其他电脑对它所做的修改会落到保留的客户上。可在保留客户的“历史”中撤销合并。</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="104" />
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="110" />
            <source>Merge with:</source>
            <translation>合并对象：</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="125" />
            <source>Merge %1 with another customer</source>
            <translation>将 %1 与其他客户合并</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="194" />
            <source>Find the customer to merge with this one.</source>
            <translation>请查找要与此客户合并的客户。</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="202" />
            <source>Kept: &lt;b&gt;%1&lt;/b&gt; · archived: &lt;b&gt;%2&lt;/b&gt;</source>
            <translation>保留：&lt;b&gt;%1&lt;/b&gt; · 归档：&lt;b&gt;%2&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="207" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="207" />
            <source>Kept customer</source>
            <translation>保留的客户</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="207" />
            <source>Other customer</source>
            <translation>另一客户</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="207" />
            <location filename="../../ui/merge_dialog.py" line="220" />
            <source>Both</source>
            <translation>两者都要</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="232" />
            <source>Every other field is the same in both.</source>
            <translation>其他字段两者相同。</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="234" />
            <source>The two customers have the same values in every field.</source>
            <translation>两个客户的所有字段都相同。</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="240" />
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="241" />
            <source>Interactions</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="242" />
            <source>Opportunities</source>
            <translation>商机</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="243" />
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="244" />
            <source>Service requests</source>
            <translation>服务请求</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="245" />
            <source>Relations</source>
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="249" />
            <source>The other customer has no records to move.</source>
            <translation>另一客户没有需要移动的记录。</translation>
        </message>
        <message>
            <location filename="../../ui/merge_dialog.py" line="250" />
            <source>Moves to the kept customer: %1</source>
            <translation>将移到保留的客户：%1</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ui/messages.py" line="11" />
            <source>A complaint is closed with the customer's satisfaction score (1-5).</source>
            <translation>关闭投诉需要填写客户满意度评分（1-5）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="14" />
            <source>Only the credit department changes credit data (limits, terms, ratings).</source>
            <translation>只有信用管理部可以修改信用资料（额度、账期、等级）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="17" />
            <source>The customer is on credit hold: no deal can be won until the credit department lifts it.</source>
            <translation>该客户已被信用冻结：信用管理部解除前不能赢单。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="21" />
            <source>Cannot reach the server. Check the network or the server address; your work is kept on this computer meanwhile.</source>
            <translation>无法连接服务器。请检查网络或服务器地址；在此期间您的工作会保存在这台电脑上。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="26" />
            <source>The answer from the server could not be read (a Wi-Fi sign-in page or a proxy may be in the way). Check the network and try again.</source>
            <translation>无法读取服务器的应答（可能是 Wi-Fi 登录页面或代理服务器拦截了连接）。请检查网络后重试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="31" />
            <source>Wrong username or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="32" />
            <source>Too many failed sign-ins. Wait a few minutes or ask your administrator.</source>
            <translation>登录失败次数过多。请等待几分钟或联系管理员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="35" />
            <source>This account is disabled. Contact your administrator.</source>
            <translation>此账户已停用。请联系管理员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="38" />
            <source>You were signed out. Please sign in again.</source>
            <translation>您已被登出。请重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="39" />
            <source>Your session has expired. Please sign in again.</source>
            <translation>会话已过期。请重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="42" />
            <source>You are signed out. Please sign in again.</source>
            <translation>您已登出。请重新登录。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="43" />
            <source>The local database cannot be opened. Close any other Outpost window and start Outpost again; if this keeps happening, tell your IT department (the reason is in the log file).</source>
            <translation>无法打开本地数据库。请关闭其他 Outpost 窗口后重新启动 Outpost；如果仍然如此，请告知 IT 部门（原因已写入日志文件）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="49" />
            <source>The disk is full, so Outpost cannot save. Free some space (empty the recycle bin, delete large files you no longer need) and try again. Nothing already saved is lost, and syncing resumes by itself.</source>
            <translation>磁盘已满，Outpost 无法保存。请腾出一些空间（清空回收站、删除不再需要的大文件）后重试。已保存的内容不会丢失，同步也会自动恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="55" />
            <source>Outpost's copy of your data on this computer is damaged. Close Outpost and start it again: it keeps the changes not yet sent that it can read and downloads the rest.</source>
            <translation>本机上的 Outpost 数据副本已损坏。请关闭并重新启动 Outpost：它会保留能读出的尚未发送的更改，其余数据将重新下载。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="60" />
            <source>This record no longer exists.</source>
            <translation>此记录已不存在。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="61" />
            <source>This record was deleted; restore it first.</source>
            <translation>此记录已删除；请先恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="62" />
            <source>The server had a problem. Try again later.</source>
            <translation>服务器出现问题。请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="63" />
            <source>The server answered, but its certificate could not be verified, so nothing was sent. Check the server address; if it is right, ask IT to install the company's certificate on this computer.</source>
            <translation>服务器有应答，但无法验证其证书，因此未发送任何数据。请检查服务器地址；如果地址正确，请联系 IT 部门在本机安装公司证书。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="69" />
            <source>The server did not finish answering in time; the connection may be very slow. Your work is kept on this computer and sync tries again.</source>
            <translation>服务器未能及时完成应答，网络可能很慢。你的工作已保存在本机，稍后会自动重新同步。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="74" />
            <source>Your sign-in was used from somewhere else, so it was ended for safety. Please sign in again, and tell IT if this surprises you.</source>
            <translation>你的登录凭据在别处被使用，为安全起见已结束本次登录。请重新登录；如有疑问请告知 IT 部门。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="79" />
            <source>Too many failed sign-ins from this computer's network. Wait a few minutes.</source>
            <translation>来自本机网络的失败登录次数过多，请等待几分钟后再试。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="82" />
            <source>This is the last active administrator. Make someone else an administrator first.</source>
            <translation>这是最后一位在用的管理员，请先将其他人设为管理员。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="86" />
            <source>Sync was stopped.</source>
            <translation>同步已停止。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="87" />
            <source>Choose a new password, not the one you were given.</source>
            <translation>请设置新密码，不要使用管理员给你的密码。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="90" />
            <source>The new password is too short: use at least 8 characters.</source>
            <translation>新密码太短：至少需要 8 个字符。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="97" />
            <source>This field is required.</source>
            <translation>此项为必填项。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="98" />
            <source>Not a valid e-mail address.</source>
            <translation>电子邮件地址无效。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="99" />
            <source>Not a valid phone number.</source>
            <translation>电话号码无效。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="100" />
            <source>Not one of the allowed values.</source>
            <translation>不是允许的值。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="101" />
            <source>Not a valid date (use YYYY-MM-DD).</source>
            <translation>日期无效（格式为 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="102" />
            <source>Not a valid number.</source>
            <translation>数字无效。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="103" />
            <source>Too long.</source>
            <translation>太长。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="104" />
            <source>Too small.</source>
            <translation>太小。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="105" />
            <source>Too large.</source>
            <translation>太大。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="106" />
            <source>Too many entries.</source>
            <translation>条目太多。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="107" />
            <source>Not a valid date and time.</source>
            <translation>不是有效的日期和时间。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="108" />
            <source>The end must be after the start.</source>
            <translation>结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="109" />
            <source>Use a three-letter currency code such as CNY.</source>
            <translation>请使用三个字母的币种代码，例如 CNY。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="112" />
            <source>Choose a related customer or enter a name.</source>
            <translation>请选择关联客户或填写姓名。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="113" />
            <source>A customer cannot be related to itself.</source>
            <translation>客户不能与自己建立关系。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="114" />
            <source>This record is no longer on this computer.</source>
            <translation>此记录已不在本机上。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="115" />
            <source>This text contains characters that cannot be stored.</source>
            <translation>文本中含有无法保存的字符。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="124" />
            <source>it is probably a customer another colleague already owns; your manager decides whether to create it</source>
            <translation>这很可能是另一位同事已负责的客户；由您的经理决定是否创建</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="131" />
            <source>the contract is held for credit: only the credit department releases it</source>
            <translation>合同因信用被冻结：只有信用管理部可以放行</translation>
        </message>
    </context>
    <context>
        <name>OffboardDialog</name>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="68" />
            <source>Offboard…</source>
            <translation>办理离职…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="74" />
            <source>Offboard %1</source>
            <translation>为 %1 办理离职</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="76" />
            <source>%1's account is closed at once and they are signed out everywhere. Their %n customer(s), with all history, open opportunities, tasks and service requests, go to:</source>
            <translation>
                <numerusform>%1 的账户将立即关闭，并在所有设备上退出登录。其 %n 位客户连同全部历史、进行中的商机、未完成的任务和未结的服务请求将移交给：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="86" />
            <source>One colleague:</source>
            <translation>一位同事：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="87" />
            <source>Spread over the reps of a branch:</source>
            <translation>分给某分公司的销售代表：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="98" />
            <source>Reason (optional), e.g. left the company</source>
            <translation>原因（可选），例如：已离职</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="106" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="127" />
            <source>Choose a colleague or a branch to take over.</source>
            <translation>请选择接手的同事或分公司。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="144" />
            <source>the reps of %1</source>
            <translation>%1 的销售代表</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="146" />
            <source>Offboard %1 and hand their customers to %2? The account is closed now; this cannot be undone here.</source>
            <translation>为 %1 办理离职，并将其客户移交给 %2？账户将立即关闭，此操作无法在此撤销。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="152" />
            <source>Offboard</source>
            <translation>办理离职</translation>
        </message>
    </context>
    <context>
        <name>OffboardReport</name>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="180" />
            <source>Offboarded</source>
            <translation>已办理离职</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="182" />
            <source>%1 is offboarded: the account is closed.</source>
            <translation>%1 已办理离职：账户已关闭。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="187" />
            <source>%n customer(s) moved with their whole history</source>
            <translation>
                <numerusform>%n 位客户已连同全部历史转移</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="195" />
            <source>%n open opportunity(-ies) handed on</source>
            <translation>
                <numerusform>%n 个进行中的商机已移交</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="196" />
            <source>%n open task(s) handed on</source>
            <translation>
                <numerusform>%n 个未完成的任务已移交</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="197" />
            <source>%n open service request(s) handed on</source>
            <translation>
                <numerusform>%n 个未结的服务请求已移交</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="200" />
            <source>%n open contract(s) handed on</source>
            <translation>
                <numerusform>%n 份进行中的合同已转交</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_dialogs.py" line="202" />
            <source>%n session(s) signed out</source>
            <translation>
                <numerusform>%n 个会话已退出登录</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="214" />
            <source>The server's report:</source>
            <translation>服务器的报告：</translation>
        </message>
    </context>
    <context>
        <name>OneTimePasswordDialog</name>
        <message>
            <location filename="../../ui/admin_person.py" line="144" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="145" />
            <source>One-time password for %1</source>
            <translation>%1 的一次性密码</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="148" />
            <source>Give %1 this password in person or by phone. It works for one sign-in, where they choose their own. It is shown only now.</source>
            <translation>请当面或通过电话将此密码告知 %1。它只能用于一次登录，登录时对方设置自己的密码。此密码只显示这一次。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="157" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="164" />
            <source>Username: %1</source>
            <translation>用户名：%1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="170" />
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
    </context>
    <context>
        <name>OpportunityDialog</name>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="48" />
            <source>New opportunity</source>
            <translation>新建商机</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="48" />
            <source>Edit opportunity</source>
            <translation>编辑商机</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="74" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="75" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="76" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="77" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="78" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="79" />
            <source>Probability</source>
            <translation>赢单概率</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="80" />
            <location filename="../../ui/opportunity_dialog.py" line="99" />
            <source>Expected close</source>
            <translation>预计成交</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="81" />
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="82" />
            <source>Why it was lost</source>
            <translation>丢单原因</translation>
        </message>
        <message>
            <location filename="../../ui/opportunity_dialog.py" line="99" />
            <source>Closed on</source>
            <translation>成交日期</translation>
        </message>
    </context>
    <context>
        <name>OwnerDialog</name>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="268" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="269" />
            <source>Who should own %1?</source>
            <translation>由谁负责 %1？</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="271" />
            <source>%1 was created by someone who has left, and nobody took over their customers. Choose who should own it:</source>
            <translation>%1 由已离职的人员创建，且没有人接手其客户。请选择负责人：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_dialogs.py" line="283" />
            <source>Choose a colleague.</source>
            <translation>请选择一位同事。</translation>
        </message>
    </context>
    <context>
        <name>ParetoPage</name>
        <message>
            <location filename="../../ui/tier_views.py" line="341" />
            <source>Tier policy…</source>
            <translation>等级规则…</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="343" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="343" />
            <source>Contribution</source>
            <translation>贡献</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="343" />
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="347" />
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="350" />
            <source>No contribution between %1 and %2.</source>
            <translation>%1 至 %2 期间无贡献。</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="356" />
            <source>The top 20 % (%1 of %2 customers) brought %3 of %4 between %5 and %6.</source>
            <translation>%5 至 %6 期间，前 20% 的客户（%2 个中的 %1 个）贡献了 %4 中的 %3。</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../../ui/payment_dialog.py" line="54" />
            <source>Record payment</source>
            <translation>登记回款</translation>
        </message>
        <message>
            <location filename="../../ui/payment_dialog.py" line="54" />
            <source>Payment</source>
            <translation>回款</translation>
        </message>
        <message>
            <location filename="../../ui/payment_dialog.py" line="77" />
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../../ui/payment_dialog.py" line="78" />
            <source>Received on</source>
            <translation>回款日期</translation>
        </message>
        <message>
            <location filename="../../ui/payment_dialog.py" line="79" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../ui/payment_dialog.py" line="80" />
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../ui/payment_dialog.py" line="81" />
            <source>Reference</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location filename="../../ui/payment_dialog.py" line="82" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/payment_dialog.py" line="97" />
            <source>This customer has no contract to pay against yet.</source>
            <translation>该客户还没有可回款的合同。</translation>
        </message>
        <message>
            <location filename="../../ui/payment_dialog.py" line="100" />
            <source>Total %1 · paid %2 · outstanding %3</source>
            <translation>合同金额 %1 · 已回款 %2 · 未回款 %3</translation>
        </message>
        <message>
            <location filename="../../ui/payment_dialog.py" line="109" />
            <source>Choose the contract this payment is for.</source>
            <translation>请选择这笔回款对应的合同。</translation>
        </message>
    </context>
    <context>
        <name>PeopleImport</name>
        <message>
            <location filename="../../ui/admin_people_import.py" line="37" />
            <source>no username</source>
            <translation>缺少用户名</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="38" />
            <source>username: letters, digits, dot, dash and underscore only</source>
            <translation>用户名只能包含字母、数字、点、短横线和下划线</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="41" />
            <source>no name</source>
            <translation>缺少姓名</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="42" />
            <source>role not known (销售, 经理, 管理员, 信用 or rep, manager, admin, credit)</source>
            <translation>无法识别的角色（可填：销售、经理、管理员、信用，或 rep、manager、admin、credit）</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="45" />
            <source>needs a branch</source>
            <translation>需要填写分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="46" />
            <source>no such branch (open it in Branches first)</source>
            <translation>没有这个分公司（请先在“分公司”中开设）</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="49" />
            <source>someone has this username already</source>
            <translation>此用户名已被占用</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="50" />
            <source>this username is on an earlier line</source>
            <translation>前面的行已有此用户名</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="53" />
            <source>username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="54" />
            <source>name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="55" />
            <source>role</source>
            <translation>角色</translation>
        </message>
    </context>
    <context>
        <name>PeopleImportDialog</name>
        <message>
            <location filename="../../ui/admin_people_import.py" line="83" />
            <location filename="../../ui/admin_people_import.py" line="128" />
            <location filename="../../ui/admin_people_import.py" line="268" />
            <source>Import people</source>
            <translation>导入人员</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="85" />
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="87" />
            <source>No file chosen</source>
            <translation>尚未选择文件</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="90" />
            <source>One person per row. Columns: 用户名/username, 姓名/name, 角色/role (销售, 经理, 管理员, 信用), 分公司/branch (for everyone but administrators; the branch must exist). Everyone added gets a one-time password to hand over.</source>
            <translation>每行一人。列：用户名、姓名、角色（销售、经理、管理员、信用）、分公司（管理员以外必填，分公司须已存在）。每位新人员都会得到一个一次性密码，请转交本人。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="101" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="102" />
            <location filename="../../ui/admin_people_import.py" line="213" />
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="103" />
            <location filename="../../ui/admin_people_import.py" line="213" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="104" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="105" />
            <source>Branch</source>
            <translation>分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="106" />
            <source>Check</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="112" />
            <source>Save one-time passwords…</source>
            <translation>保存一次性密码…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="128" />
            <source>Spreadsheets (%1)</source>
            <translation>电子表格 (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="151" />
            <source>ready</source>
            <translation>可以导入</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="160" />
            <source>This file cannot be read as a spreadsheet: %1</source>
            <translation>无法作为电子表格读取此文件：%1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="196" />
            <source>added; one-time password: %1</source>
            <translation>已添加；一次性密码：%1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="200" />
            <source>not added: %1</source>
            <translation>未添加：%1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="207" />
            <source>Save one-time passwords</source>
            <translation>保存一次性密码</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="213" />
            <source>One-time password</source>
            <translation>一次性密码</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="217" />
            <source>Could not save the file: %1</source>
            <translation>无法保存文件：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_people_import.py" line="231" />
            <source>%n person(s) added.</source>
            <translation>
                <numerusform>已添加 %n 人。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_people_import.py" line="233" />
            <source>%n not added (see Check).</source>
            <translation>
                <numerusform>%n 人未添加（见“检查结果”）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="235" />
            <source>Hand each their one-time password, or save the list; it is not shown again.</source>
            <translation>请把一次性密码交给本人，或保存名单；密码不会再次显示。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="238" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="246" />
            <source>The file has no column for: %1.</source>
            <translation>文件缺少这些列：%1。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_people_import.py" line="249" />
            <source>%n person(s) ready to add</source>
            <translation>
                <numerusform>%n 人可以添加</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_people_import.py" line="251" />
            <source>%n row(s) with a problem are skipped.</source>
            <translation>
                <numerusform>%n 行有问题，将跳过。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_people_import.py" line="254" />
            <source>Add %n person(s)</source>
            <translation>
                <numerusform>添加 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="270" />
            <source>The one-time passwords are shown only here. Close without saving them? You can still reset a person's password later.</source>
            <translation>一次性密码只在这里显示。不保存就关闭吗？之后仍可为某人重置密码。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people_import.py" line="273" />
            <source>Close without saving</source>
            <translation>不保存，关闭</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <location filename="../../ui/admin_people.py" line="86" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="87" />
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="88" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="89" />
            <source>Branch</source>
            <translation>分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="90" />
            <source>Customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="91" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="92" />
            <source>Also manages</source>
            <translation>兼管</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="116" />
            <source>%1 (you)</source>
            <translation>%1（你）</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="130" />
            <source>Active</source>
            <translation>在职</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="132" />
            <source>Left %1</source>
            <translation>%1 离职</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="133" />
            <source>Deactivated</source>
            <translation>已停用</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message numerus="yes">
            <location filename="../../ui/admin_people.py" line="292" />
            <source>%n computer(s) hold changes not yet sent and have not synced for %1 days: %2. Ask their users to connect; the changes exist only there.</source>
            <translation>
                <numerusform>%n 台电脑上有尚未发送的修改，且已 %1 天没有同步：%2。请让其使用者联网；这些修改只存在于那些电脑上。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_people.py" line="322" />
            <source>%n people</source>
            <translation>
                <numerusform>%n 人</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="325" />
            <source>%1 of %2</source>
            <translation>%1 / %2 人</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_people.py" line="397" />
            <source>Deactivate %1? They are signed out everywhere and cannot sign in again. Their %n customer(s) stay with them until you reassign them; to hand everything on at once, use Offboard… instead.</source>
            <translation>
                <numerusform>停用 %1？其账户将在所有设备上退出登录，且无法再次登录。在你重新分配之前，其 %n 位客户仍归其名下；如需一次性移交全部内容，请改用“办理离职…”。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="406" />
            <source>Deactivate %1</source>
            <translation>停用 %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="408" />
            <location filename="../../ui/admin_people.py" line="531" />
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="478" />
            <source>Reset the password of %1? They are signed out on every computer at once and sign in again with a one-time password you hand them. Unsynced changes on their computers are kept and sent after they sign in.</source>
            <translation>重置 %1 的密码？对方会立即在所有电脑上退出登录，之后用你提供的一次性密码重新登录。其电脑上未同步的修改会保留，并在登录后发送。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="485" />
            <location filename="../../ui/admin_people.py" line="487" />
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="500" />
            <source>Reactivate %1? They can sign in again with their password. Customers handed on when they left stay with their new owners; reassign them back if they should.</source>
            <translation>重新启用 %1？对方可以用原密码再次登录。离职时移交出去的客户仍归新负责人；如有需要请转移回来。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="506" />
            <source>Reactivate %1</source>
            <translation>重新启用 %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="508" />
            <location filename="../../ui/admin_people.py" line="539" />
            <source>Reactivate</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="524" />
            <source>Filter by name, username, role or branch</source>
            <translation>按姓名、用户名、角色或分公司筛选</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="525" />
            <source>Branches</source>
            <translation>分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="527" />
            <source>Branch</source>
            <translation>分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="527" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="527" />
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="530" />
            <source>Offboard…</source>
            <translation>办理离职…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="532" />
            <source>Reassign customers…</source>
            <translation>重新分配客户…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="533" />
            <source>Managed branches…</source>
            <translation>管理的分公司…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="534" />
            <source>Devices…</source>
            <translation>电脑…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="535" />
            <source>New person…</source>
            <translation>新增人员…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="536" />
            <source>Import people…</source>
            <translation>导入人员…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="537" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../ui/admin_people.py" line="538" />
            <source>Reset password…</source>
            <translation>重置密码…</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../ui/admin_person.py" line="41" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="41" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="45" />
            <source>New person</source>
            <translation>新增人员</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="47" />
            <source>Edit %1</source>
            <translation>编辑 %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="49" />
            <source>e.g. 周敏 Zhou Min</source>
            <translation>例如：周敏 Zhou Min</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="51" />
            <source>e.g. zhou.min</source>
            <translation>例如：zhou.min</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="64" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="65" />
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="66" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="67" />
            <source>Branch</source>
            <translation>分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="76" />
            <source>Outpost makes a one-time password for the new person; they choose their own at their first sign-in.</source>
            <translation>Outpost 会为新人员生成一次性密码；对方首次登录时设置自己的密码。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="85" />
            <source>A new branch moves none of their customers: use Reassign customers… for that.</source>
            <translation>更换分公司不会转移其客户：如需转移，请使用“转移客户…”。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="102" />
            <source>Enter a name and a username.</source>
            <translation>请输入姓名和用户名。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_person.py" line="105" />
            <source>Choose the branch they work in.</source>
            <translation>请选择其所在分公司。</translation>
        </message>
    </context>
    <context>
        <name>PipelinePage</name>
        <message>
            <location filename="../../ui/pipeline_page.py" line="328" />
            <source>You have no opportunities of your own. Clear “Only my opportunities” to see everyone's.</source>
            <translation>你名下没有商机。取消勾选“只看我的商机”可查看所有人的商机。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="335" />
            <source>No opportunities yet. Press New opportunity (Ctrl+Shift+N), or open a customer and add one from its Opportunities tab.</source>
            <translation>还没有商机。点击“新建商机”（Ctrl+Shift+N），或打开客户，在“商机”标签页中添加。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="346" />
            <source>(showing %1)</source>
            <translation>（显示 %1 条）</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="351" />
            <source>%1 · weighted %2</source>
            <translation>%1 · 加权 %2</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="356" />
            <source>Nothing here</source>
            <translation>暂无</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="363" />
            <source>Drag a card here</source>
            <translation>把卡片拖到这里</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="374" />
            <source>Closes %1</source>
            <translation>预计 %1 成交</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="381" />
            <source>The expected close date has passed.</source>
            <translation>预计成交日期已过。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="402" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="403" />
            <source>Later</source>
            <translation>更晚</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="404" />
            <source>No close date</source>
            <translation>无成交日期</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="405" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pipeline_page.py" line="415" />
            <source>%n opportunity(ies)</source>
            <translation>
                <numerusform>%n 个商机</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="454" />
            <source>Moved “%1” to %2. Press Ctrl+Z to undo.</source>
            <translation>已将“%1”移到%2。按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="484" />
            <source>Moved “%1” back to %2.</source>
            <translation>已将“%1”移回%2。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="508" />
            <source>The card was not moved: %1</source>
            <translation>卡片未移动：%1</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="574" />
            <source>Pipeline</source>
            <translation>销售漏斗</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="575" />
            <source>Only my opportunities</source>
            <translation>只看我的商机</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="578" />
            <source>Drag a card to another stage, or select it and press Ctrl+Right or Ctrl+Left. Double-click a card to open it; right-click for its customer.</source>
            <translation>把卡片拖到其他阶段，或选中后按 Ctrl+→ 或 Ctrl+←。双击卡片打开商机；右键可打开其客户。</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="582" />
            <location filename="../../ui/pipeline_page.py" line="586" />
            <source>New opportunity</source>
            <translation>新建商机</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="587" />
            <source>Open…</source>
            <translation>打开…</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="588" />
            <source>Open customer</source>
            <translation>打开客户</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="589" />
            <source>Archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="590" />
            <source>Move to next stage</source>
            <translation>移到下一阶段</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="591" />
            <source>Move to previous stage</source>
            <translation>移到上一阶段</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="592" />
            <source>Undo move</source>
            <translation>撤销移动</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="593" />
            <source>Move the last card back (Ctrl+Z)</source>
            <translation>把上一张卡片移回原处 (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="594" />
            <source>Forecast by expected close</source>
            <translation>按预计成交时间预测</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="596" />
            <source>Open total</source>
            <translation>未结总额</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="596" />
            <source>Weighted</source>
            <translation>加权</translation>
        </message>
        <message>
            <location filename="../../ui/pipeline_page.py" line="596" />
            <source>Won (achieved)</source>
            <translation>赢单（已实现）</translation>
        </message>
    </context>
    <context>
        <name>PoolActions</name>
        <message>
            <location filename="../../ui/pool_actions.py" line="24" />
            <source>A customer you chose is in the pool.</source>
            <translation>所选客户中有已在公海的客户。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="25" />
            <source>Your branch has no customer pool; ask your manager to open it.</source>
            <translation>您的分公司没有开启公海，请联系经理开启。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="28" />
            <source>You can return only your own customers (managers: their branch's).</source>
            <translation>只能退回自己的客户（经理：本分公司的客户）。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="31" />
            <source>A colleague claimed this customer a moment ago.</source>
            <translation>同事刚刚领取了这个客户。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="34" />
            <source>This person works in another branch.</source>
            <translation>此人在其他分公司工作。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="35" />
            <source>This person cannot own customers.</source>
            <translation>此人不能负责客户。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="41" />
            <source>The server cannot be reached; this needs a connection. Try again later.</source>
            <translation>无法连接服务器；此操作需要联网，请稍后再试。</translation>
        </message>
    </context>
    <context>
        <name>PoolPage</name>
        <message>
            <location filename="../../ui/pool_page.py" line="42" />
            <source>A colleague claimed this customer a moment ago.</source>
            <translation>同事刚刚领取了这个客户。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="45" />
            <source>You owned this customer until it returned to the pool; the branch does not let you claim it again yet.</source>
            <translation>这个客户退回公海前归您所有；分公司规定您暂时不能再次领取。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="50" />
            <source>You have claimed as many customers today as your branch allows.</source>
            <translation>您今天领取的客户已达到分公司规定的上限。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="53" />
            <source>You own as many customers as your branch allows; hand some on before claiming.</source>
            <translation>您名下的客户已达到分公司规定的上限；请先移交部分客户再领取。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="57" />
            <source>This customer is no longer in your branch's pool.</source>
            <translation>这个客户已不在本分公司的公海中。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="142" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pool_page.py" line="231" />
            <source>%n customer(s) in your branch's pool</source>
            <translation>
                <numerusform>本分公司公海中有 %n 个客户</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="233" />
            <source>%1 of %2 customers match</source>
            <translation>%2 个客户中有 %1 个符合</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="240" />
            <source>Offline: the pool has not been fetched on this computer yet. Claiming a customer needs a connection to the server.</source>
            <translation>离线：这台电脑还没有获取过公海列表。领取客户需要连接服务器。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="247" />
            <source>%1 — as of %2, offline. Claiming a customer needs a connection to the server.</source>
            <translation>%1 — 截至 %2，离线。领取客户需要连接服务器。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pool_page.py" line="257" />
            <source>No contact from its owner for %n day(s)</source>
            <translation>
                <numerusform>负责人 %n 天未联系</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="259" />
            <source>Returned: %1</source>
            <translation>退回原因：%1</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="261" />
            <source>Never had an owner</source>
            <translation>从未有负责人</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="263" />
            <source>Returned to the pool</source>
            <translation>已退回公海</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="267" />
            <source>was %1's</source>
            <translation>原属 %1</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="270" />
            <source>returned by %1</source>
            <translation>由 %1 退回</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="272" />
            <source>by the daily sweep</source>
            <translation>由每日自动回收退回</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="275" />
            <source>you may claim it again from %1</source>
            <translation>您可从 %1 起再次领取</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="293" />
            <source>Claiming needs a connection to the server.</source>
            <translation>领取需要连接服务器。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="301" />
            <source>Claiming a customer needs a connection to the server.</source>
            <translation>领取客户需要连接服务器。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="306" />
            <source>Claiming %1…</source>
            <translation>正在领取 %1…</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="324" />
            <source>%1 is yours now; it arrives with its history in a moment.</source>
            <translation>%1 现在归您了；客户及其历史记录稍后同步到本机。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="337" />
            <source>The server cannot be reached; claiming needs a connection. Try again later.</source>
            <translation>无法连接服务器；领取需要联网，请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="368" />
            <source>%1 is assigned; it leaves the pool.</source>
            <translation>%1 已分配，离开公海。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="381" />
            <source>Customer pool</source>
            <translation>公海</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="382" />
            <source>Search by name, pinyin, initials or city</source>
            <translation>按名称、拼音、首字母或城市搜索</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="384" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="384" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="384" />
            <source>Tier</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="384" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="384" />
            <source>Since</source>
            <translation>进入公海时间</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="386" />
            <source>Claim</source>
            <translation>领取</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="387" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="388" />
            <source>Pool rules…</source>
            <translation>公海规则…</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="389" />
            <source>Assign to…</source>
            <translation>分配给…</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="390" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="393" />
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="394" />
            <source>Returned by hand</source>
            <translation>手动退回</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="395" />
            <source>Returned by the sweep</source>
            <translation>自动回收</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="396" />
            <source>Claimed</source>
            <translation>领取</translation>
        </message>
        <message>
            <location filename="../../ui/pool_page.py" line="397" />
            <source>Assigned</source>
            <translation>分配</translation>
        </message>
    </context>
    <context>
        <name>PoolRulesDialog</name>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="48" />
            <source>Pool rules</source>
            <translation>公海规则</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="49" />
            <location filename="../../ui/pool_rules_dialog.py" line="106" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="54" />
            <source>Return customers nobody looks after to the branch pool</source>
            <translation>将无人跟进的客户退回分公司公海</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="56" />
            <source>Days without an interaction from the owner, by tier</source>
            <translation>按客户级别：负责人多少天未跟进即退回</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="59" />
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="59" />
            <location filename="../../ui/pool_rules_dialog.py" line="65" />
            <location filename="../../ui/pool_rules_dialog.py" line="66" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="63" />
            <location filename="../../ui/pool_rules_dialog.py" line="64" />
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="65" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="66" />
            <source>no reminder</source>
            <translation>不提醒</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="68" />
            <source>Claims and reminders</source>
            <translation>领取与提醒</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="70" />
            <source>Claims per rep per day</source>
            <translation>每人每天可领取</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="71" />
            <source>Customers a rep may own</source>
            <translation>每人最多拥有客户数</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="72" />
            <source>Former owner may not reclaim for</source>
            <translation>原负责人禁止再领取期</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="73" />
            <source>Remind the owner before a return</source>
            <translation>退回前提醒负责人</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="127" />
            <source>You belong to no branch, so there is no pool to set.</source>
            <translation>您不属于任何分公司，没有可设置的公海。</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="130" />
            <source>Rules of the customer pool of %1</source>
            <translation>%1 的公海规则</translation>
        </message>
        <message>
            <location filename="../../ui/pool_rules_dialog.py" line="159" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
    </context>
    <context>
        <name>PrintPreview</name>
        <message>
            <location filename="../../ui/print_customer.py" line="92" />
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <location filename="../../ui/product_dialog.py" line="17" />
            <source>New product</source>
            <translation>新建产品</translation>
        </message>
        <message>
            <location filename="../../ui/product_dialog.py" line="17" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../ui/product_dialog.py" line="20" />
            <source>The catalogue is kept by managers and administrators; you can read it.</source>
            <translation>产品目录由经理和管理员维护，您可以查看。</translation>
        </message>
        <message>
            <location filename="../../ui/product_dialog.py" line="38" />
            <source>Offered (new contracts can use it)</source>
            <translation>在售（新合同可选用）</translation>
        </message>
        <message>
            <location filename="../../ui/product_dialog.py" line="44" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../ui/product_dialog.py" line="45" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/product_dialog.py" line="46" />
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <location filename="../../ui/product_dialog.py" line="47" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../ui/product_dialog.py" line="48" />
            <source>List price</source>
            <translation>标价</translation>
        </message>
        <message>
            <location filename="../../ui/product_dialog.py" line="49" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../ui/product_dialog.py" line="50" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/product_dialog.py" line="51" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ProductsModel</name>
        <message>
            <location filename="../../ui/sales_page.py" line="149" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="150" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="151" />
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="152" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="153" />
            <source>List price</source>
            <translation>标价</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="154" />
            <source>Offered</source>
            <translation>在售</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="166" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="166" />
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <location filename="../../ui/service_dialogs.py" line="71" />
            <source>Reassign “%1”</source>
            <translation>重新分配“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="76" />
            <source>%1 (you)</source>
            <translation>%1（你）</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="79" />
            <source>Nobody (unassigned)</source>
            <translation>无人（未分配）</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="82" />
            <source>Assign this request to:</source>
            <translation>将此请求分配给：</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="85" />
            <source>No list of colleagues on this computer yet: it comes from the server. Sync once while online, then try again.</source>
            <translation>本机还没有同事名单，它来自服务器。请在联网时同步一次后再试。</translation>
        </message>
        <message>
            <location filename="../../ui/customer_bulk.py" line="73" />
            <source>Reassign customers</source>
            <translation>重新分配客户</translation>
        </message>
        <message>
            <location filename="../../ui/customer_bulk.py" line="82" />
            <source>To</source>
            <translation>分配给</translation>
        </message>
        <message>
            <location filename="../../ui/customer_bulk.py" line="83" />
            <source>Why (optional)</source>
            <translation>原因（可选）</translation>
        </message>
        <message>
            <location filename="../../ui/customer_bulk.py" line="86" />
            <source>Reassign</source>
            <translation>重新分配</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customer_bulk.py" line="90" />
            <source>Give %n customer(s) to a colleague, with their history and open work. They move on the server (a connection is needed) and leave or change in this list at the next sync.</source>
            <translation>
                <numerusform>将 %n 个客户连同其历史记录和未完成的工作交给一位同事。客户在服务器上转移（需要联网），下次同步后在此列表中移出或更新。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customer_bulk.py" line="97" />
            <source>Nobody here can take customers (no colleagues synced yet).</source>
            <translation>这里还没有可以接手客户的同事（尚未同步同事名单）。</translation>
        </message>
    </context>
    <context>
        <name>ReassignTab</name>
        <message>
            <location filename="../../ui/admin_reassign.py" line="46" />
            <source>%1, %2, %3</source>
            <translation>%1，%2，%3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="49" />
            <source>%n open opportunity(-ies)</source>
            <translation>
                <numerusform>%n 个未结商机</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="51" />
            <source>%n open task(s)</source>
            <translation>
                <numerusform>%n 个未完成任务</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="54" />
            <source>%n open service request(s)</source>
            <translation>
                <numerusform>%n 个未解决服务请求</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="60" />
            <source>%n open contract(s)</source>
            <translation>
                <numerusform>%n 份进行中的合同</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="69" />
            <location filename="../../ui/admin_reassign.py" line="82" />
            <source>%n customer(s)</source>
            <translation>
                <numerusform>%n 个客户</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="71" />
            <source>%1: %2, %3</source>
            <translation>%1：%2，%3</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="80" />
            <source>This moves:</source>
            <translation>将移交：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="85" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="87" />
            <source>with %1</source>
            <translation>另含 %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="150" />
            <location filename="../../ui/admin_reassign.py" line="292" />
            <source>Anyone</source>
            <translation>全部负责人</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="153" />
            <location filename="../../ui/admin_reassign.py" line="293" />
            <source>Any branch</source>
            <translation>全部分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="157" />
            <location filename="../../ui/admin_reassign.py" line="294" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="201" />
            <source>Move all %n customer(s) of %1 to %2?</source>
            <translation>
                <numerusform>将 %1 的全部 %n 位客户转给 %2？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="204" />
            <source>Move all customers of %1 matching %2 to %3?</source>
            <translation>将 %1 名下符合条件（%2）的全部客户转给 %3？</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="210" />
            <source>Move all customers matching %1 to %2?</source>
            <translation>将符合条件（%1）的全部客户转给 %2？</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="231" />
            <source>No customer matches these filters; nothing to move.</source>
            <translation>没有客户符合这些筛选条件，无需移交。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="235" />
            <source>Reassign customers</source>
            <translation>重新分配客户</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="241" />
            <source>Their whole history goes with them, and their devices follow at the next sync.</source>
            <translation>客户的全部历史会一并转移，相关人员的设备会在下次同步时更新。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="243" />
            <source>Move</source>
            <translation>转移</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_reassign.py" line="257" />
            <source>%n customer(s) moved to %1.</source>
            <translation>
                <numerusform>%n 位客户已转给 %1。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="259" />
            <source>With them: %1.</source>
            <translation>随之移交：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="269" />
            <source>Move every customer that matches all the filters you set to a new owner. Their interactions, opportunities, tasks and service requests go with them.</source>
            <translation>将符合你所设全部筛选条件的客户转给新的负责人。这些客户的互动、商机、任务和服务请求会一并转移。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="274" />
            <source>Current owner:</source>
            <translation>当前负责人：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="275" />
            <source>Branch:</source>
            <translation>分公司：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="276" />
            <source>City:</source>
            <translation>城市：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="277" />
            <source>Tier:</source>
            <translation>等级：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="278" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="279" />
            <source>New owner:</source>
            <translation>新负责人：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="280" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="284" />
            <source>Any city</source>
            <translation>全部城市</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="285" />
            <source>Optional; kept in the ownership history</source>
            <translation>可选；记录在负责人变更历史中</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="286" />
            <source>Any tier</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="287" />
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../ui/admin_reassign.py" line="295" />
            <source>Move customers…</source>
            <translation>转移客户…</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../../ui/recovery_notice.py" line="12" />
            <source>Outpost found its copy of your data on this computer damaged. It put the damaged file aside, unchanged, as:
%1</source>
            <translation>Outpost 发现本机上的数据副本已损坏，已将损坏的文件原样移到：
%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recovery_notice.py" line="17" />
            <source>%n change(s) not yet sent were saved from it; they are sent at the next sync.</source>
            <translation>
                <numerusform>已从中保存 %n 项尚未发送的更改，将在下次同步时发送。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/recovery_notice.py" line="24" />
            <source>No change was lost. Everything already sent is downloaded again from the server now.</source>
            <translation>没有丢失任何更改。已发送的所有数据正在从服务器重新下载。</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_notice.py" line="29" />
            <source>Changes not yet sent that could not be read from the damaged file are lost; your IT department may be able to recover more from it. Everything already sent is downloaded again from the server now.</source>
            <translation>无法从损坏文件中读出的未发送更改已丢失；IT 部门或许能从该文件中恢复更多内容。已发送的所有数据正在从服务器重新下载。</translation>
        </message>
    </context>
    <context>
        <name>RelationDialog</name>
        <message>
            <location filename="../../ui/relation_dialog.py" line="31" />
            <source>New relation of %1</source>
            <translation>新建 %1 的关系</translation>
        </message>
        <message>
            <location filename="../../ui/relation_dialog.py" line="31" />
            <source>Relation of %1</source>
            <translation>%1 的关系</translation>
        </message>
        <message>
            <location filename="../../ui/relation_dialog.py" line="40" />
            <source>…or type the name of someone who is not a customer</source>
            <translation>…或填写非客户人员的姓名</translation>
        </message>
        <message>
            <location filename="../../ui/relation_dialog.py" line="52" />
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <location filename="../../ui/relation_dialog.py" line="53" />
            <source>Related customer</source>
            <translation>关联客户</translation>
        </message>
        <message>
            <location filename="../../ui/relation_dialog.py" line="54" />
            <source>Or a person</source>
            <translation>或其他人</translation>
        </message>
        <message>
            <location filename="../../ui/relation_dialog.py" line="55" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ReminderWindow</name>
        <message numerus="yes">
            <location filename="../../ui/calendar_reminders.py" line="122" />
            <source>Good morning. %n follow-up(s) are overdue: see Today or the Calendar.</source>
            <translation>
                <numerusform>早上好。有 %n 项跟进已逾期：请查看“今天”或“日历”。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/calendar_reminders.py" line="139" />
            <source>in %n minute(s)</source>
            <translation>
                <numerusform>%n 分钟后</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/calendar_reminders.py" line="141" />
            <source>now</source>
            <translation>现在</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/calendar_reminders.py" line="143" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n 分钟前</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/calendar_reminders.py" line="163" />
            <source>Reminders</source>
            <translation>提醒</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/calendar_reminders.py" line="164" />
            <source>%n reminder(s)</source>
            <translation>
                <numerusform>%n 条提醒</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/calendar_reminders.py" line="165" />
            <source>Snooze for</source>
            <translation>稍后提醒</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/calendar_reminders.py" line="167" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/calendar_reminders.py" line="169" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_reminders.py" line="170" />
            <source>Snooze</source>
            <translation>稍后提醒</translation>
        </message>
        <message>
            <location filename="../../ui/calendar_reminders.py" line="171" />
            <source>Dismiss</source>
            <translation>关闭提醒</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../ui/report_models.py" line="24" />
            <source>Tier</source>
            <translation>客户等级</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="25" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="26" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="27" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="28" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="29" />
            <source>Branch</source>
            <translation>分支机构</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="30" />
            <source>Product line</source>
            <translation>产品线</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="31" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="32" />
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="33" />
            <location filename="../../ui/report_models.py" line="292" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="34" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="35" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="36" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="39" />
            <source>Contribution (sum of contracts)</source>
            <translation>贡献（合同金额合计）</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="40" />
            <source>Payments received</source>
            <translation>回款</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="41" />
            <source>Average contract amount</source>
            <translation>平均合同金额</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="42" />
            <source>Number of contracts</source>
            <translation>合同数</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="43" />
            <source>Number of customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="44" />
            <source>Opportunity amount</source>
            <translation>商机金额</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="45" />
            <source>Opportunities</source>
            <translation>商机数</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="46" />
            <source>Activities</source>
            <translation>活动数</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="47" />
            <source>Overdue amount</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="48" />
            <source>Overdue contracts</source>
            <translation>逾期合同数</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="51" />
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="52" />
            <source>Reached this stage</source>
            <translation>到达此阶段</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="53" />
            <source>Went on</source>
            <translation>转化率</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="56" />
            <source>Contribution by product line</source>
            <translation>按产品线的贡献</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="57" />
            <source>Contribution by customer</source>
            <translation>按客户的贡献</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="58" />
            <source>Contribution by rep</source>
            <translation>按销售代表的贡献</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="59" />
            <source>Contribution by branch</source>
            <translation>按分支机构的贡献</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="60" />
            <source>Contribution and payments by month</source>
            <translation>按月的贡献与回款</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="61" />
            <source>Pipeline conversion by stage</source>
            <translation>各阶段商机转化</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="62" />
            <source>Activity per rep</source>
            <translation>销售代表活动量</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="63" />
            <source>Overdue payments by age</source>
            <translation>逾期回款账龄</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="66" />
            <source>0–30 days</source>
            <translation>0–30 天</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="67" />
            <source>31–60 days</source>
            <translation>31–60 天</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="68" />
            <source>61–90 days</source>
            <translation>61–90 天</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="69" />
            <source>Over 90 days</source>
            <translation>90 天以上</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="122" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="127" />
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="128" />
            <source>Someone else (%1)</source>
            <translation>其他人（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="136" />
            <source>Branch %1</source>
            <translation>分支机构 %1</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="197" />
            <location filename="../../ui/report_models.py" line="223" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="261" />
            <source>Double-click to see the records behind this figure</source>
            <translation>双击查看构成此数字的记录</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="293" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="294" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/report_models.py" line="295" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../ui/reports_page.py" line="265" />
            <source>— none —</source>
            <translation>— 无 —</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="321" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reports_page.py" line="352" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n 行</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="370" />
            <source>Nothing to chart</source>
            <translation>没有可绘制的数据</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="389" />
            <location filename="../../ui/reports_page.py" line="393" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="428" />
            <source>Save view</source>
            <translation>保存视图</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="429" />
            <source>Name of this view:</source>
            <translation>视图名称：</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="455" />
            <source>Pivot</source>
            <translation>透视表</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="462" />
            <location filename="../../ui/reports_page.py" line="513" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="462" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="475" />
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/reports_page.py" line="514" />
            <source>Exported %n row(s).</source>
            <translation>
                <numerusform>已导出 %n 行。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="523" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="524" />
            <source>Ready reports</source>
            <translation>预置报表</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="525" />
            <source>Saved views</source>
            <translation>已保存的视图</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="526" />
            <source>Save view…</source>
            <translation>保存视图…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="527" />
            <source>Delete view</source>
            <translation>删除视图</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="528" />
            <source>Rows:</source>
            <translation>行：</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="529" />
            <source>Columns:</source>
            <translation>列：</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="530" />
            <source>Measure:</source>
            <translation>度量：</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="531" />
            <source>Period:</source>
            <translation>期间：</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="532" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="539" />
            <source>All time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="540" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="541" />
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="542" />
            <source>Last 12 months</source>
            <translation>最近 12 个月</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="546" />
            <source>Bar chart</source>
            <translation>柱状图</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="546" />
            <source>Line chart</source>
            <translation>折线图</translation>
        </message>
        <message>
            <location filename="../../ui/reports_page.py" line="547" />
            <source>Pie chart</source>
            <translation>饼图</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <location filename="../../ui/task_actions.py" line="99" />
            <source>Reschedule “%1”</source>
            <translation>改期“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/task_actions.py" line="108" />
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/task_actions.py" line="109" />
            <source>It keeps its length (%n minute(s)).</source>
            <translation>
                <numerusform>时长不变（%n 分钟）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/task_actions.py" line="111" />
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <location filename="../../ui/task_actions.py" line="112" />
            <source>It stays due by a time, as before.</source>
            <translation>仍按截止时间安排，与之前相同。</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <location filename="../../ui/service_dialogs.py" line="115" />
            <source>Resolve “%1”</source>
            <translation>解决“%1”</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="116" />
            <source>Resolution:</source>
            <translation>解决方案：</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="119" />
            <source>Ctrl+Enter saves</source>
            <translation>按 Ctrl+Enter 保存</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="122" />
            <source>Save the resolution as a knowledge-base article (a manager publishes it)</source>
            <translation>将解决方案存为知识库文章（由经理发布）</translation>
        </message>
        <message>
            <location filename="../../ui/service_dialogs.py" line="132" />
            <source>Return visit: {subject}</source>
            <translation>回访：{subject}</translation>
        </message>
    </context>
    <context>
        <name>ReturnToPoolDialog</name>
        <message>
            <location filename="../../ui/pool_actions.py" line="81" />
            <location filename="../../ui/pool_actions.py" line="93" />
            <source>Return to pool</source>
            <translation>退回公海</translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="83" />
            <source>Return “%1” to your branch's pool?</source>
            <translation>把“%1”退回分公司公海吗？</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pool_actions.py" line="85" />
            <source>Return %n customer(s) to your branch's pool?</source>
            <translation>
                <numerusform>把 %n 个客户退回分公司公海吗？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="88" />
            <source>e.g. 客户已搬迁, not our market</source>
            <translation>例如：客户已搬迁、不是我们的市场</translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="90" />
            <source>Why (shown in the pool)</source>
            <translation>原因（在公海中显示）</translation>
        </message>
        <message>
            <location filename="../../ui/pool_actions.py" line="98" />
            <source>Any rep of the branch may then claim them; they leave your list at the next sync, with their history.</source>
            <translation>之后分公司的任何销售都可以领取；下次同步时它们会连同历史离开您的列表。</translation>
        </message>
    </context>
    <context>
        <name>ReturnVisitDialog</name>
        <message>
            <location filename="../../ui/task_actions.py" line="74" />
            <source>Return visit</source>
            <translation>回访</translation>
        </message>
        <message>
            <location filename="../../ui/task_actions.py" line="76" />
            <source>How did the customer find the solution to “%1”?</source>
            <translation>客户对“%1”的解决结果是否满意？</translation>
        </message>
        <message>
            <location filename="../../ui/task_actions.py" line="80" />
            <source>e.g. 问题已解决，客户满意</source>
            <translation>例如：问题已解决，客户满意</translation>
        </message>
        <message>
            <location filename="../../ui/task_actions.py" line="82" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../ui/task_actions.py" line="88" />
            <source>Return visit: %1</source>
            <translation>回访：%1</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <location filename="../../ui/admin_review.py" line="84" />
            <source>Author</source>
            <translation>提交人</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="85" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="86" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="87" />
            <source>What</source>
            <translation>更改</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="88" />
            <source>Why it waits</source>
            <translation>等待原因</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="89" />
            <source>Decision</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="120" />
            <source>New %1</source>
            <translation>新建%1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="121" />
            <source>Change to %1</source>
            <translation>修改%1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="122" />
            <source>Deletion of %1</source>
            <translation>删除%1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="123" />
            <source>Restore of %1</source>
            <translation>恢复%1</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="131" />
            <source>Applied by %1</source>
            <translation>由 %1 应用</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="131" />
            <source>Discarded by %1</source>
            <translation>由 %1 丢弃</translation>
        </message>
    </context>
    <context>
        <name>ReviewTab</name>
        <message>
            <location filename="../../ui/admin_review.py" line="366" />
            <location filename="../../ui/admin_review.py" line="589" />
            <source>Anyone</source>
            <translation>任何人</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="369" />
            <location filename="../../ui/admin_review.py" line="590" />
            <source>Any branch</source>
            <translation>任意分公司</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="427" />
            <source>Nothing matches these filters.</source>
            <translation>没有符合这些筛选条件的项目。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="429" />
            <source>No decisions yet.</source>
            <translation>还没有处理记录。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="431" />
            <source>Nothing waits for review.

Edits the server cannot apply on its own — refused changes, and the unsynced work of people who left — appear here for you to apply or discard.</source>
            <translation>没有等待审核的内容。

服务器无法自行应用的修改（被拒绝的更改，以及已离职人员未同步的工作）会显示在这里，由你决定应用或丢弃。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_review.py" line="446" />
            <source>The first %n shown; More shows the next.</source>
            <translation>
                <numerusform>显示前 %n 项；点“更多”查看后面的。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_review.py" line="448" />
            <source>%n recent decision(s)</source>
            <translation>
                <numerusform>最近 %n 条处理记录</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_review.py" line="450" />
            <source>%n change(s) wait for a decision</source>
            <translation>
                <numerusform>%n 项更改等待处理</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="479" />
            <source>Apply all from %1</source>
            <translation>应用 %1 的全部更改</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="500" />
            <source>Applied: %1.</source>
            <translation>已应用：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="535" />
            <source>Discarded: %1.</source>
            <translation>已丢弃：%1。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_review.py" line="544" />
            <source>Apply all %n change(s) from %1, oldest first?</source>
            <translation>
                <numerusform>按从旧到新的顺序应用 %1 的全部 %n 项更改？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="547" />
            <location filename="../../ui/admin_review.py" line="549" />
            <source>Apply all</source>
            <translation>全部应用</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_review.py" line="559" />
            <source>%n change(s) applied.</source>
            <translation>
                <numerusform>已应用 %n 项更改。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/admin_review.py" line="561" />
            <source>%n could not be applied and still wait here.</source>
            <translation>
                <numerusform>%n 项无法应用，仍在此等待。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="579" />
            <source>Author:</source>
            <translation>作者：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="580" />
            <source>Branch:</source>
            <translation>分公司：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="581" />
            <source>Record:</source>
            <translation>记录类型：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="582" />
            <source>Why:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="583" />
            <source>From:</source>
            <translation>从：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="584" />
            <source>To:</source>
            <translation>到：</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="591" />
            <source>Any record</source>
            <translation>任意记录</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="592" />
            <source>Any reason</source>
            <translation>任意原因</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="598" />
            <source>Any date</source>
            <translation>任意日期</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="599" />
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="600" />
            <source>Show decided</source>
            <translation>显示已处理</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="601" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location filename="../../ui/admin_review.py" line="602" />
            <source>Discard…</source>
            <translation>丢弃…</translation>
        </message>
    </context>
    <context>
        <name>SalesPage</name>
        <message>
            <location filename="../../ui/sales_page.py" line="324" />
            <source>Contracts: %1</source>
            <translation>合同：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="327" />
            <source>total %1, outstanding %2</source>
            <translation>总额 %1，未回款 %2</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="333" />
            <source>overdue: %1</source>
            <translation>逾期：%1</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="377" />
            <source>Sales</source>
            <translation>销售</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="378" />
            <source>Contracts</source>
            <translation>合同</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="379" />
            <source>Products</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="380" />
            <source>80/20</source>
            <translation>二八分析</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="381" />
            <source>Collection</source>
            <translation>催收</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="383" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="384" />
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="385" />
            <source>Any</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="388" />
            <source>Anyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="389" />
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="390" />
            <source>Overdue only</source>
            <translation>仅看逾期</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="391" />
            <source>New contract…</source>
            <translation>新建合同…</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="392" />
            <source>Record payment…</source>
            <translation>登记回款…</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="393" />
            <source>Open customer</source>
            <translation>打开客户</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="394" />
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="395" />
            <source>New product…</source>
            <translation>新建产品…</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="396" />
            <source>Show withdrawn products</source>
            <translation>显示已下架产品</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="400" />
            <source>The catalogue is kept by managers and administrators.</source>
            <translation>产品目录由经理和管理员维护。</translation>
        </message>
        <message>
            <location filename="../../ui/sales_page.py" line="403" />
            <source>No contracts here yet. Win an opportunity or choose New contract… to add one.</source>
            <translation>还没有合同。赢得商机或点击“新建合同…”来添加。</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="../../ui/search_dialog.py" line="52" />
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../../ui/search_dialog.py" line="54" />
            <source>Name, pinyin (zhang wei), initials, phone digits, e-mail, task or note text</source>
            <translation>姓名、拼音（zhang wei）、首字母、电话号码、电子邮件、任务或备注内容</translation>
        </message>
        <message>
            <location filename="../../ui/search_dialog.py" line="80" />
            <source>New complaint from %1</source>
            <translation>为 %1 新建投诉</translation>
        </message>
        <message>
            <location filename="../../ui/search_dialog.py" line="93" />
            <source>%1: %2</source>
            <comment>a field's name: the words in it that matched</comment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../ui/search_dialog.py" line="101" />
            <source>Type to search everything on this computer, online or not.</source>
            <translation>输入即可搜索本机上的所有数据，联网与否都可以。</translation>
        </message>
        <message>
            <location filename="../../ui/search_dialog.py" line="103" />
            <source>Nothing found. Try fewer letters or the phone's last digits.</source>
            <translation>没有找到。试试少输几个字，或输入电话号码的后几位。</translation>
        </message>
        <message>
            <location filename="../../ui/search_dialog.py" line="105" />
            <source>↑↓ to choose, Enter to open, Esc to close</source>
            <translation>↑↓ 选择，Enter 打开，Esc 关闭</translation>
        </message>
    </context>
    <context>
        <name>ServiceFiguresDialog</name>
        <message>
            <location filename="../../ui/service_figures.py" line="29" />
            <source>Service figures</source>
            <translation>服务统计</translation>
        </message>
        <message>
            <location filename="../../ui/service_figures.py" line="31" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../ui/service_figures.py" line="32" />
            <source>Assigned to</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/service_figures.py" line="37" />
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../ui/service_figures.py" line="38" />
            <source>Requests</source>
            <translation>请求数</translation>
        </message>
        <message>
            <location filename="../../ui/service_figures.py" line="39" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../ui/service_figures.py" line="40" />
            <source>Past SLA</source>
            <translation>超出时限</translation>
        </message>
        <message>
            <location filename="../../ui/service_figures.py" line="41" />
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <location filename="../../ui/service_figures.py" line="42" />
            <source>Median time to resolve</source>
            <translation>解决用时中位数</translation>
        </message>
        <message>
            <location filename="../../ui/service_figures.py" line="51" />
            <source>By</source>
            <translation>分组依据</translation>
        </message>
        <message>
            <location filename="../../ui/service_figures.py" line="67" />
            <source>No category</source>
            <translation>无类别</translation>
        </message>
        <message>
            <location filename="../../ui/service_figures.py" line="76" />
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
    </context>
    <context>
        <name>ServicePage</name>
        <message numerus="yes">
            <location filename="../../ui/service_page.py" line="297" />
            <source>Showing the most urgent %1 of %n request(s)</source>
            <translation>
                <numerusform>显示 %n 个请求中最紧急的 %1 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service_page.py" line="300" />
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n 个请求</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service_page.py" line="301" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n 个已逾期</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="311" />
            <source>Nothing is assigned to you right now.</source>
            <translation>目前没有分配给你的请求。</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="313" />
            <source>No open request is past its SLA.</source>
            <translation>没有超过 SLA 的未结请求。</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="315" />
            <source>No open service requests: every request is resolved or closed.</source>
            <translation>没有未结的服务请求：所有请求都已解决或关闭。</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="317" />
            <source>No service requests on this computer yet.
Requests about your customers arrive with sync; New request records one.</source>
            <translation>本机上还没有服务请求。
与你的客户相关的请求会随同步到达；点击“新建服务请求”可记录一条。</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="323" />
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="325" />
            <source>You</source>
            <translation>你</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="326" />
            <source>Another user</source>
            <translation>其他用户</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="438" />
            <source>This request is closed.</source>
            <translation>此请求已关闭。</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="442" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="444" />
            <source>Open</source>
            <translation>未结</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="445" />
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="446" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="447" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="452" />
            <source>Start work</source>
            <translation>开始处理</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="453" />
            <source>Escalate</source>
            <translation>升级</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="454" />
            <source>Reassign…</source>
            <translation>重新分配…</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="455" />
            <source>Resolve…</source>
            <translation>解决…</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="456" />
            <source>Close request</source>
            <translation>关闭请求</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="460" />
            <source>Open customer</source>
            <translation>打开客户</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="462" />
            <source>SLA policy…</source>
            <translation>SLA 政策…</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="463" />
            <source>Figures…</source>
            <translation>统计…</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="464" />
            <source>New request</source>
            <translation>新建服务请求</translation>
        </message>
    </context>
    <context>
        <name>ServiceRequestDialog</name>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="35" />
            <source>Product quality</source>
            <translation>产品质量</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="36" />
            <source>Delivery</source>
            <translation>送货</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="37" />
            <source>Installation and repair</source>
            <translation>安装维修</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="38" />
            <source>Staff attitude</source>
            <translation>服务态度</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="39" />
            <source>Billing</source>
            <translation>账单</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="40" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="85" />
            <source>Suggested solutions</source>
            <translation>建议的解决方案</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="102" />
            <source>Article: %1</source>
            <translation>知识库：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="104" />
            <source>Resolved before: %1</source>
            <translation>以往已解决：%1</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="110" />
            <source>No article or resolved request like this yet.</source>
            <translation>暂无类似的知识库文章或已解决请求。</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="123" />
            <source>New complaint</source>
            <translation>新投诉</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="123" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="124" />
            <source>New service request</source>
            <translation>新建服务请求</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="124" />
            <source>Edit service request</source>
            <translation>编辑服务请求</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="165" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="166" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="167" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="168" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="169" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="170" />
            <source>In the customer's words</source>
            <translation>客户原话</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="171" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="172" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/service_request_dialog.py" line="173" />
            <source>Due</source>
            <translation>截止</translation>
        </message>
    </context>
    <context>
        <name>ServiceTableModel</name>
        <message>
            <location filename="../../ui/service_page.py" line="81" />
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="82" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="83" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="84" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="85" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="86" />
            <source>Escalation</source>
            <translation>升级级别</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="87" />
            <source>Assigned to</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="88" />
            <source>SLA due</source>
            <translation>SLA 截止</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="111" />
            <source>Due soon: most of the time allowed has gone (%1)</source>
            <translation>即将到期：时限已过大半（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="136" />
            <source>overdue %1</source>
            <translation>已逾期 %1</translation>
        </message>
        <message>
            <location filename="../../ui/service_page.py" line="137" />
            <source>in %1</source>
            <translation>%1 后</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service_page.py" line="142" />
            <source>%n min</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service_page.py" line="144" />
            <source>%n h</source>
            <translation>
                <numerusform>%n 小时</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/service_page.py" line="145" />
            <source>%n d</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/settings_dialog.py" line="26" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="29" />
            <source>System default (%1)</source>
            <translation>跟随系统（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="35" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="36" />
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="37" />
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="44" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="47" />
            <source>Your changes are always sent within seconds while the server is reachable.</source>
            <translation>只要能连上服务器，你的更改总会在几秒内发送。</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="52" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="53" />
            <source>&amp;Appearance:</source>
            <translation>外观(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="54" />
            <source>Check the server for news &amp;every:</source>
            <translation>检查服务器更新的间隔(&amp;E)：</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="55" />
            <source>Reminder for a new task</source>
            <translation>新任务的默认提醒</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/help_dialogs.py" line="39" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialogs.py" line="48" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialogs.py" line="48" />
            <source>Keys</source>
            <translation>按键</translation>
        </message>
    </context>
    <context>
        <name>SlaPolicyDialog</name>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="51" />
            <source>SLA policy</source>
            <translation>SLA 服务时限政策</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="54" />
            <source>Company-wide</source>
            <translation>全公司</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="56" />
            <source>This branch (overrides the company)</source>
            <translation>本分公司（取代公司设置）</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="64" />
            <source>One per line: 2026-10-01 or 2026-10-01..2026-10-07</source>
            <translation>每行一项：2026-10-01 或 2026-10-01..2026-10-07</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="72" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="73" />
            <source>Save calendar</source>
            <translation>保存日历</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="78" />
            <location filename="../../ui/sla_policy_dialog.py" line="161" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="79" />
            <location filename="../../ui/sla_policy_dialog.py" line="162" />
            <source>Priority</source>
            <translation>优先级</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="80" />
            <location filename="../../ui/sla_policy_dialog.py" line="163" />
            <source>Tier</source>
            <translation>客户等级</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="81" />
            <source>Response (working hours)</source>
            <translation>响应（工作小时）</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="82" />
            <source>Resolution (working hours)</source>
            <translation>解决（工作小时）</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="93" />
            <location filename="../../ui/sla_policy_dialog.py" line="241" />
            <source>Any tier</source>
            <translation>任意等级</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="98" />
            <source>Add or change target</source>
            <translation>添加或修改目标</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="100" />
            <source>Remove target</source>
            <translation>删除目标</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="115" />
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="116" />
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="117" />
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="118" />
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="119" />
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="120" />
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="121" />
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="136" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="140" />
            <source>Business hours</source>
            <translation>工作时间</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="147" />
            <source>Open</source>
            <translation>营业时间</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="152" />
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="153" />
            <source>Holidays</source>
            <translation>节假日</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="154" />
            <source>Highlight at</source>
            <translation>提醒时点</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="155" />
            <source>Return visit after</source>
            <translation>回访间隔</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="157" />
            <source>Targets by kind, priority and customer tier</source>
            <translation>按类型、优先级和客户等级设定的时限</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="164" />
            <source>Response within</source>
            <translation>响应时限</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="165" />
            <source>Resolution within</source>
            <translation>解决时限</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="176" />
            <source>Applies to</source>
            <translation>适用范围</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="205" />
            <source>Due times are counted in working hours from when a request is taken. A branch's own calendar or target replaces the company's; a target for a tier replaces the one for any tier.</source>
            <translation>时限从受理请求起按工作时间计算。分公司自己的日历或时限取代公司的设置；针对某一客户等级的时限取代适用于任意等级的时限。</translation>
        </message>
        <message>
            <location filename="../../ui/sla_policy_dialog.py" line="210" />
            <source>Managers and administrators set the SLA policy; you can read it.</source>
            <translation>SLA 政策由经理和管理员设定；您可以查看。</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../ui/sync_page.py" line="94" />
            <source>No sync yet on this computer.</source>
            <translation>本机尚未同步过。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="105" />
            <source>Nothing waiting: every change on this computer is on the server.</source>
            <translation>没有待同步的更改：本机的所有更改都已在服务器上。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="110" />
            <source>No conflicts to review: nobody's edit has overwritten another's.</source>
            <translation>没有待查看的冲突：没有人的修改覆盖过别人的修改。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="117" />
            <source>The server has accepted every change.</source>
            <translation>服务器已接受所有更改。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="120" />
            <source>Recent syncs</source>
            <translation>最近同步</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="121" />
            <source>Waiting to sync (%1)</source>
            <translation>等待同步（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="122" />
            <source>Conflicts (%1)</source>
            <translation>冲突（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="123" />
            <source>Refused (%1)</source>
            <translation>被拒绝（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="173" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_page.py" line="176" />
            <source>%1  Up to date: %n check(s), nothing to send or receive.</source>
            <translation>
                <numerusform>%1  已是最新：检查 %n 次，无需发送或接收。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_page.py" line="179" />
            <source>%1  Sync did not finish %n time(s): %2</source>
            <translation>
                <numerusform>%1  同步 %n 次未完成：%2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="183" />
            <source>%1  Sync did not finish: %2</source>
            <translation>%1  同步未完成：%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_page.py" line="187" />
            <source>%1  Sent %Ln change(s).</source>
            <translation>
                <numerusform>%1  发送 %Ln 项更改。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_page.py" line="188" />
            <source>Received %Ln row(s).</source>
            <translation>
                <numerusform>接收 %Ln 条记录。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_page.py" line="190" />
            <source>%n conflict(s) recorded.</source>
            <translation>
                <numerusform>记录了 %n 个冲突。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/sync_page.py" line="192" />
            <source>%n change(s) refused.</source>
            <translation>
                <numerusform>%n 项更改被拒绝。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="196" />
            <source>a customer not on this computer</source>
            <translation>不在本机上的客户</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="198" />
            <source>customer %1</source>
            <translation>客户 %1</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="199" />
            <source>%1 of %2</source>
            <translation>%2 的%1</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="203" />
            <source>%1  New %2</source>
            <translation>%1  新建%2</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="204" />
            <source>%1  Edit of %2: %3</source>
            <translation>%1  修改%2：%3</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="205" />
            <source>%1  Deletion of %2</source>
            <translation>%1  删除%2</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="206" />
            <source>%1  Restore of %2</source>
            <translation>%1  恢复%2</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="217" />
            <source>%1  %2 was deleted while %3 was being edited; the edit (%4) is kept in the history.</source>
            <translation>%1  %2 在修改 %3 时被删除；该修改（%4）保留在历史中。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="227" />
            <source>%1  %2, %3: “%4” was replaced by “%5” and has been restored since.</source>
            <translation>%1  %2，%3：“%4”曾被“%5”替换，之后已恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="230" />
            <source>%1  %2, %3: “%4” was replaced by a later edit, “%5”. Open the customer's History to restore it.</source>
            <translation>%1  %2，%3：“%4” 被后来的修改 “%5” 覆盖。可在该客户的“历史”中恢复。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="243" />
            <source>you may not make this change</source>
            <translation>你无权进行此更改</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="244" />
            <source>the record no longer exists on the server</source>
            <translation>服务器上已没有这条记录</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="245" />
            <source>the server found the values invalid</source>
            <translation>服务器认为这些值无效</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="250" />
            <source>%1  Your change to %2 was refused: %3. It waits in your manager's review queue; nothing was lost.</source>
            <translation>%1  你对%2的更改被拒绝：%3。它在你经理的审核队列中等待处理，没有丢失任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="265" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="266" />
            <source>Sync now (F5)</source>
            <translation>立即同步（F5）</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="267" />
            <source>Dismiss</source>
            <translation>忽略</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="269" />
            <source>Reviewed: remove from this list. The customer's History keeps it.</source>
            <translation>已查看：从此列表移除。客户的历史记录中仍保留。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="271" />
            <source>Dismiss all</source>
            <translation>全部忽略</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="274" />
            <source>Your changes are saved on this computer first and sent to the server when it can be reached. Nothing is ever lost: when two people edit the same field, the later edit wins and the earlier value is kept under Conflicts.</source>
            <translation>你的更改先保存在本机，能连上服务器时再发送。任何内容都不会丢失：两个人修改同一字段时，后来的修改生效，先前的值保留在“冲突”中。</translation>
        </message>
        <message>
            <location filename="../../ui/sync_page.py" line="255" />
            <source>%1  Your change to %2 was set aside: the server failed on it every time (%3). It is kept on this computer so your later changes could be sent; tell your IT department.</source>
            <translation>%1  您对%2的更改已被搁置：服务器每次处理都失败（%3）。它保存在本机上，以便您之后的更改能够发送；请告知 IT 部门。</translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <location filename="../../ui/customer_bulk.py" line="32" />
            <location filename="../../ui/customer_bulk.py" line="46" />
            <source>Add tag</source>
            <translation>添加标签</translation>
        </message>
        <message>
            <location filename="../../ui/customer_bulk.py" line="32" />
            <location filename="../../ui/customer_bulk.py" line="49" />
            <source>Remove tag</source>
            <translation>移除标签</translation>
        </message>
        <message>
            <location filename="../../ui/customer_bulk.py" line="39" />
            <source>e.g. 年会邀请</source>
            <translation>例如：年会邀请</translation>
        </message>
        <message>
            <location filename="../../ui/customer_bulk.py" line="41" />
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customer_bulk.py" line="45" />
            <source>Add a tag to %n customer(s):</source>
            <translation>
                <numerusform>为 %n 个客户添加标签：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/customer_bulk.py" line="48" />
            <source>Remove a tag from %n customer(s):</source>
            <translation>
                <numerusform>从 %n 个客户移除标签：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/customer_bulk.py" line="55" />
            <source>Type or choose a tag.</source>
            <translation>请输入或选择一个标签。</translation>
        </message>
    </context>
    <context>
        <name>TagsEdit</name>
        <message>
            <location filename="../../ui/fields.py" line="292" />
            <source>e.g. VIP, 老客户 (separate with commas)</source>
            <translation>例如 VIP, 老客户（用逗号分隔）</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <location filename="../../ui/task_dialog.py" line="59" />
            <source>%1  %2: %3</source>
            <translation>%1  %2：%3</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="124" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="125" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="126" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="127" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="128" />
            <source>Starts</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="129" />
            <source>Ends</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="130" />
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="131" />
            <source>Reminder</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="132" />
            <source>Location</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="133" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="134" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="139" />
            <source>Edit task</source>
            <translation>编辑任务</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="140" />
            <source>New to-do</source>
            <translation>新建待办</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="140" />
            <source>New appointment</source>
            <translation>新建约会</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="150" />
            <source>At a set time (start and end)</source>
            <translation>在固定时间（开始和结束）</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="151" />
            <source>Due by a time</source>
            <translation>在截止时间前完成</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="318" />
            <source>None</source>
            <translation>不提醒</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="319" />
            <source>At the time</source>
            <translation>准时提醒</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/task_dialog.py" line="322" />
            <source>%n day(s) before</source>
            <translation>
                <numerusform>提前 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/task_dialog.py" line="326" />
            <source>%n hour(s) before</source>
            <translation>
                <numerusform>提前 %n 小时</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/task_dialog.py" line="163" />
            <location filename="../../ui/task_dialog.py" line="330" />
            <source>%n minute(s) before</source>
            <translation>
                <numerusform>提前 %n 分钟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/task_dialog.py" line="264" />
            <source>This overlaps %n other appointment(s) of the same person:</source>
            <translation>
                <numerusform>与同一人的另外 %n 个约会时间冲突：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="266" />
            <source>Change the time, or press “Save anyway” to keep both.</source>
            <translation>请修改时间，或按“仍然保存”保留两者。</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="269" />
            <source>Save anyway</source>
            <translation>仍然保存</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="276" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/task_dialog.py" line="281" />
            <source>This customer is no longer on this computer.</source>
            <translation>此客户已不在本机。</translation>
        </message>
    </context>
    <context>
        <name>TierExplanation</name>
        <message>
            <location filename="../../ui/tier_views.py" line="123" />
            <source>Contribution</source>
            <translation>贡献</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="124" />
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="125" />
            <source>Deals</source>
            <translation>成交笔数</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="126" />
            <source>Last purchase</source>
            <translation>最近购买</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="127" />
            <source>Growth</source>
            <translation>增长</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="128" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="132" />
            <source>Keep the tier picked by hand (the computation leaves it)</source>
            <translation>保留手动选择的等级（计算不会更改）</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="135" />
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="137" />
            <source>Tier: %1</source>
            <translation>等级：%1</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="139" />
            <source>(kept by a manager; the figures give %1)</source>
            <translation>（由经理锁定；按数据应为%1）</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="146" />
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="149" />
            <source>No contribution in the window</source>
            <translation>统计期内无贡献</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="152" />
            <source>%1 of %2 in your customers</source>
            <translation>您的 %2 个客户中第 %1 名</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="157" />
            <source>; about the top %1 % of the company</source>
            <translation>；约在全公司前 %1%</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="164" />
            <source>New in the window</source>
            <translation>统计期内新客户</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="172" />
            <source>The server has not computed tiers yet: the rank is among your customers only.</source>
            <translation>服务器尚未计算等级：排名仅在您的客户中。</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="177" />
            <source>The figures give %1 today.</source>
            <translation>按今天的数据应为%1。</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="185" />
            <source>Restricted: a payment is %1 days overdue.</source>
            <translation>限制：有一笔款项已逾期 %1 天。</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="188" />
            <source>Restricted: the contribution fell by %1 % against the window before.</source>
            <translation>限制：贡献比上一统计期下降了 %1%。</translation>
        </message>
    </context>
    <context>
        <name>TierPolicyDialog</name>
        <message>
            <location filename="../../ui/tier_views.py" line="483" />
            <source>Applied: %1 customers changed tier.</source>
            <translation>已应用：%1 个客户的等级发生变化。</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="488" />
            <source>Tier policy</source>
            <translation>等级规则</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="490" />
            <source>Window (months)</source>
            <translation>统计期（月）</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="491" />
            <source>Weight of contribution</source>
            <translation>贡献权重</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="492" />
            <source>Weight of frequency</source>
            <translation>频次权重</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="493" />
            <source>Weight of recency</source>
            <translation>近期权重</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="494" />
            <source>Weight of growth</source>
            <translation>增长权重</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="495" />
            <source>Premium: top % of the company</source>
            <translation>优质：全公司前 %</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="496" />
            <source>Major: top % of the company (with premium)</source>
            <translation>主要：全公司前 %（含优质）</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="497" />
            <source>Restricted when a payment is overdue (days)</source>
            <translation>款项逾期超过（天）则限制</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="498" />
            <source>Restricted when the contribution falls by (%)</source>
            <translation>贡献下降达到（%）则限制</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="499" />
            <source>Potential: contact within (days)</source>
            <translation>潜在：近期联系（天内）</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="503" />
            <location filename="../../ui/tier_views.py" line="504" />
            <source>On</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="508" />
            <source>Rows: the tier now; columns: the tier after Apply</source>
            <translation>行：当前等级；列：应用后的等级</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="509" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="510" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location filename="../../ui/tier_views.py" line="514" />
            <source>%1 of %2 customers would change tier; %3 locked; the top 20 % bring %4.</source>
            <translation>%2 个客户中将有 %1 个等级变化；%3 个已锁定；前 20% 的客户贡献 %4。</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <location filename="../../ui/today_page.py" line="149" />
            <location filename="../../ui/today_page.py" line="213" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="236" />
            <location filename="../../ui/today_page.py" line="532" />
            <source>dddd, d MMMM</source>
            <translation>M月d日 dddd</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="242" />
            <source>Reminders</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="249" />
            <source>Nothing due today.</source>
            <translation>今天没有到期的任务。</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="269" />
            <source>Every customer has been contacted recently.</source>
            <translation>所有客户最近都联系过。</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="277" />
            <source>No birthdays this week.</source>
            <translation>本周没有客户过生日。</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="453" />
            <source>last contact %1</source>
            <translation>最近联系 %1</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="246" />
            <location filename="../../ui/today_page.py" line="371" />
            <location filename="../../ui/today_page.py" line="526" />
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="254" />
            <source>Next 7 days</source>
            <translation>未来 7 天</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="257" />
            <source>Nothing due in the next 7 days.</source>
            <translation>未来 7 天没有到期的事项。</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="261" />
            <source>Overdue for more than a week</source>
            <translation>逾期超过一周</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="219" />
            <source>Branch customers with no contact for too long</source>
            <translation>本分公司久未联系的客户</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="221" />
            <source>No contact for too long</source>
            <translation>久未联系</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="274" />
            <source>Birthdays this week</source>
            <translation>本周生日</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="318" />
            <source>Show all %1 more</source>
            <translation>显示其余 %1 项</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="218" />
            <source>Your team's overdue work</source>
            <translation>团队的逾期事项</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="339" />
            <source>Nobody in your branch has overdue work.</source>
            <translation>本分公司没有人有逾期事项。</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="360" />
            <source>Nobody</source>
            <translation>无人负责</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="361" />
            <source>Someone else (%1)</source>
            <translation>其他人（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="366" />
            <source>ddd d MMM</source>
            <translation>M月d日 ddd</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="366" />
            <source>d MMM yyyy</source>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="373" />
            <source>Overdue · %1</source>
            <translation>逾期 · %1</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="378" />
            <source>Promised: %1</source>
            <translation>已承诺：%1</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="390" />
            <source>Open customer %1</source>
            <translation>打开客户 %1</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="394" />
            <source>Mark as done</source>
            <translation>标记为已完成</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="396" />
            <source>Reschedule ▾</source>
            <translation>改期 ▾</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="402" />
            <location filename="../../ui/today_page.py" line="467" />
            <source>Log contact</source>
            <translation>记录联系</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="415" />
            <source>Tomorrow (%1)</source>
            <translation>明天（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="416" />
            <source>Next week (%1)</source>
            <translation>下周（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="421" />
            <source>Pick a date…</source>
            <translation>选择日期…</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="439" />
            <source>⚠ Open complaint: %1</source>
            <translation>⚠ 未结投诉：%1</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="441" />
            <source>⚠ Service request overdue: %1</source>
            <translation>⚠ 服务请求已超时：%1</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="442" />
            <source>Service request due soon: %1</source>
            <translation>服务请求即将到期：%1</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="455" />
            <source>never contacted</source>
            <translation>从未联系</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="475" />
            <source>d MMMM</source>
            <translation>M月d日</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="497" />
            <source>“%1” marked done.</source>
            <translation>“%1”已标记为完成。</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="504" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../ui/today_page.py" line="405" />
            <location filename="../../ui/today_page.py" line="434" />
            <location filename="../../ui/today_page.py" line="469" />
            <location filename="../../ui/today_page.py" line="482" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <location filename="../../ui/undo_bar.py" line="49" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <location filename="../../ui/print_customer.py" line="162" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>self.window</name>
        <message>
            <location filename="../../ui/calendar_reminders.py" line="235" />
            <source>Reminder</source>
            <translation>提醒</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <location filename="../../ui/today_page.py" line="538" />
            <source>returns to the pool at the next sweep</source>
            <translation>下次清理时退回公海</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/today_page.py" line="539" />
            <source>returns to the pool in %n day(s)</source>
            <translation>
                <numerusform>%n 天后退回公海</numerusform>
            </translation>
        </message>
    </context>
</TS>

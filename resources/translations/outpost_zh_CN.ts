<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customer_dialog.py" line="33"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="33"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="46"/>
        <source>e.g. 138 0013 8000, 021 5555 0000</source>
        <translation>例如 138 0013 8000, 021 5555 0000</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="79"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="80"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="81"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="82"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="83"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="84"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="85"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="86"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.py" line="87"/>
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
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/customers.py" line="169"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="170"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers.py" line="177"/>
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
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Outpost CRM — %1</source>
        <translation>Outpost CRM — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>No system keyring is available, so Outpost cannot remember your sign-in and will ask for your password at each start.</source>
        <translation>系统没有可用的密钥环，Outpost 无法记住登录状态，每次启动都需要输入密码。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>已登录：%1（%2），服务器 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="148"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 项更改等待同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Synced at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Sync failed; see the log.</source>
        <translation>同步失败，请查看日志。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="542"/>
        <source>立项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="542"/>
        <source>立项意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="544"/>
        <source>不立项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="544"/>
        <source>不立项理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="546"/>
        <source>办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="546"/>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="547"/>
        <source>承办单位报送的办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="549"/>
        <source>报结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="549"/>
        <source>报结情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="550"/>
        <source>向批示领导报送办理结果的方式和内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="17"/>
        <source>ImportReport</source>
        <comment>
……另有 {0} 处</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="18"/>
        <source>ImportReport</source>
        <comment>文件有误，未导入</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/import_report.py" line="19"/>
        <source>ImportReport</source>
        <comment>{0}

{1}{2}

请改正后重新导入。</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="53"/>
        <source>关于督查工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="56"/>
        <source>督查工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="59"/>
        <source>市委办公室督查室的重点工作、批示件、调研、留言与公文管理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="67"/>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="70"/>
        <source>保存诊断包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="71"/>
        <source>版本、设置（不含密码等机密）、各表记录数和运行日志，不含任何记录内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="74"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="83"/>
        <location filename="../../ui/about.py" line="90"/>
        <location filename="../../ui/about.py" line="93"/>
        <source>保存诊断包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="84"/>
        <source>压缩包 (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="91"/>
        <source>没能保存诊断包：{0}
请换一个文件夹（例如桌面或U盘）再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="94"/>
        <source>诊断包已保存：{0}
其中没有任何记录内容，可以发给系统管理员。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="42"/>
        <source>新建管理员账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="43"/>
        <source>新建账号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="155"/>
        <source>管理员账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="156"/>
        <source>多人共用这个数据库时，请建立管理员账号：之后每次打开都要登录，由管理员为同事添加督查员、查阅账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="157"/>
        <source>建立管理员账号（推荐多人使用时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="158"/>
        <source>单人使用，不设账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="164"/>
        <source>例如 admin 或本人姓名拼音</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="175"/>
        <source>账号名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="176"/>
        <source>姓名（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="177"/>
        <source>密码（至少8位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="178"/>
        <source>再输一次密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="187"/>
        <source>单人使用：打开程序不用登录，谁坐在这台电脑前都能以“本机用户”（管理员权限）修改全部数据；审计记录里的操作人都是“本机用户”。适合只有一个人使用、电脑有开机密码的情况。以后随时可以在 设置 → 账号与备份 → 账号 中建立账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="213"/>
        <source>账号：单人使用，不设账号，打开时不用登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="214"/>
        <source>账号：建立管理员“{0}”，以后打开时须登录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="78"/>
        <location filename="../../ui/safety/accounts_dialog.py" line="161"/>
        <location filename="../../ui/safety/accounts_dialog.py" line="166"/>
        <source>账号管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="89"/>
        <location filename="../../ui/safety/accounts_dialog.py" line="126"/>
        <source>新建账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="90"/>
        <source>重置密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="91"/>
        <source>改角色…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="92"/>
        <location filename="../../ui/safety/accounts_dialog.py" line="130"/>
        <location filename="../../ui/safety/accounts_dialog.py" line="152"/>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="95"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="120"/>
        <source>本数据库尚未建立账号，目前以“本机用户”身份运行，任何打开它的人都可以修改数据。请先建立管理员账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="122"/>
        <source>建立管理员账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="93"/>
        <source>清除输错计数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="94"/>
        <location filename="../../ui/safety/accounts_dialog.py" line="155"/>
        <source>设为可签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="124"/>
        <source>管理员：账号、设置、日历，签发文件；督查员：录入和修改记录、拟稿并印发已签发的文件（设为“可签发”的督查员也能签发他人拟稿的文件）；查阅：只读和打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="132"/>
        <source>连续输错 {0} 次，登录须等待 {1} 秒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="134"/>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="135"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="152"/>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="155"/>
        <source>取消可签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="186"/>
        <location filename="../../ui/safety/accounts_dialog.py" line="190"/>
        <location filename="../../ui/safety/accounts_dialog.py" line="194"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="186"/>
        <source>“{0}”的新密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="190"/>
        <source>再输一次：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="194"/>
        <source>两次输入的密码不一致，未做修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="197"/>
        <source>已重置“{0}”的密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="205"/>
        <source>改角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="205"/>
        <source>“{0}”的角色：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="216"/>
        <source>停用账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="217"/>
        <source>停用“{0}”后它将不能登录（历史记录保留）。确定吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="227"/>
        <source>“{0}”已取消可签发。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="228"/>
        <source>“{0}”现在可以签发他人拟稿的文件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesJob</name>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="21"/>
        <source>新增意见建议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="22"/>
        <source>更新落实情况…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="23"/>
        <source>新增督查活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="25"/>
        <source>写督查专报…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="37"/>
        <source>该督查活动没有记录发现的问题或意见建议，专报无可报告的内容。请先编辑督查活动填写发现的问题，或新增意见建议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="43"/>
        <source>新增督查活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="43"/>
        <source>尚无年度计划，请先导入计划或新增事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="65"/>
        <source>编辑督查活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="69"/>
        <location filename="../../ui/key_items/activities_job.py" line="80"/>
        <location filename="../../ui/key_items/activities_job.py" line="115"/>
        <source>请先在“督查活动”表中选择一次督查活动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="77"/>
        <source>删除督查活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="85"/>
        <source>确定删除 {0} 的督查活动“{1}”（{2}）吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="89"/>
        <source>该活动同时是{0}的督查记录，将从这些事项中一并移除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="92"/>
        <source>该活动的 {0} 条意见建议（均为待落实）将一并删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="93"/>
        <source>此操作不可撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="107"/>
        <source>第{0}项事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="109"/>
        <source>{0}年计划第{1}项事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="110"/>
        <source>和</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="115"/>
        <source>新增意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="126"/>
        <source>更新落实情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activities_job.py" line="127"/>
        <source>所选督查活动尚无意见建议：请先选择活动，再“新增意见建议…”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="39"/>
        <source>新增督查活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="39"/>
        <source>修改督查活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="41"/>
        <source>督查日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="47"/>
        <source>督查方式*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="48"/>
        <source>活动名称*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="49"/>
        <source>如：7座跨江桥梁建设专项督查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="62"/>
        <source>（{0}年）{1}. {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="68"/>
        <source>勾选本次督查的{0}事项（可多选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="69"/>
        <source>督查事项*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="70"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="71"/>
        <source>参加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="74"/>
        <source>发现问题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUnitForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="321"/>
        <source>追加承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="322"/>
        <source>协办（要改由新单位牵头，请对牵头单位用“更换承办单位”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="323"/>
        <source>追加原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="324"/>
        <source>可不填</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllView</name>
    <message>
        <location filename="../../ui/messages/pane.py" line="498"/>
        <source>搜索编号、标题、留言人、领域、地区（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="500"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="504"/>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="541"/>
        <source>共 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="550"/>
        <source>办理…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="551"/>
        <source>生成转办单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="563"/>
        <source>转办单在留言转办给承办单位后才能生成。请先办理该留言并转办。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="155"/>
        <source>交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="156"/>
        <source>交办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="157"/>
        <source>牵头单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="162"/>
        <source>添加协办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="166"/>
        <source>协办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="169"/>
        <source>双击移除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="172"/>
        <source>工作日数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="173"/>
        <source>具体日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="184"/>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="195"/>
        <source>请从名录中选择协办单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="205"/>
        <location filename="../../ui/instructions/forms.py" line="210"/>
        <source>期限：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="220"/>
        <source>协办单位栏中的“{0}”不是名录中的单位：请从下拉建议中选择，或清空该栏后再保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="230"/>
        <source>请从名录中选择牵头单位。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="237"/>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="238"/>
        <source>程序每天第一次启动和退出时自动备份。备份放在另一块盘上（U盘、移动硬盘或网络共享文件夹）才能在电脑损坏时保住数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="244"/>
        <source>备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="247"/>
        <source>留空则用 pg_dump 备份到本机为这个服务器数据库保留的文件夹：{0}。以后可在 设置 → 账号与备份 中修改，并在那里立即备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="250"/>
        <source>留空则备份到数据库旁的 backups 文件夹：{0}。以后可在 设置 → 账号与备份 中修改，并在那里立即备份或从备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="255"/>
        <source>选择备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="262"/>
        <source>文件夹不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="263"/>
        <source>找不到文件夹“{0}”（U盘没插上，或网络共享没连上？）。仍然用它吗？到时找不到它，自动备份会提示失败。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="273"/>
        <source>备份文件夹：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../../ui/messages/pane.py" line="288"/>
        <source>汇总本周已审核回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="289"/>
        <source>导出 .xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="290"/>
        <source>移出批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="291"/>
        <source>标记为已发布…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="301"/>
        <source>周：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="334"/>
        <source>尚未汇总；已审核待编入 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="336"/>
        <source>已于 %1 发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="338"/>
        <source>待发布；另有已审核未编入 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="339"/>
        <source>回复日 %1（%2）&#x3000;批次 %3 条&#x3000;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="355"/>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="374"/>
        <source>导出集中回复清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="375"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="383"/>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="384"/>
        <source>无法写入文件（%1）。请关闭在 Excel 中打开的同名文件，或换一个位置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="387"/>
        <source>&#x3000;已导出：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="410"/>
        <source>标记为已发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="411"/>
        <source>确认这 %1 条回复已在留言板上发布？
它们将全部标为“已回复”，回复日期 %2。此操作不能撤销。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSettings</name>
    <message>
        <location filename="../../ui/calendar/settings.py" line="68"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="68"/>
        <location filename="../../ui/calendar/settings.py" line="141"/>
        <source>星期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="68"/>
        <source>安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="68"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="73"/>
        <source>录入一天…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="74"/>
        <source>恢复为常规</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="75"/>
        <source>标记本年已录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="76"/>
        <source>从文件导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="92"/>
        <source>导入文件的列：日期、类型（放假/上班）、名称。每年国务院公布放假安排后录入下一年。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="115"/>
        <source>{0}年 — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="116"/>
        <source>{0}年 — 未录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="131"/>
        <source>数据来源：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="135"/>
        <source>{0}年的法定节假日和调休安排尚未录入：该年的期限按周一至周五推算，并标为“暂定”。请录入或导入国务院放假安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="174"/>
        <location filename="../../ui/calendar/settings.py" line="187"/>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="180"/>
        <source>标记已录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="181"/>
        <source>确认{0}年的节假日和调休已全部录入？此后该年的期限不再标为“暂定”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="192"/>
        <source>导入放假安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="193"/>
        <source>表格 (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="200"/>
        <source>文件有误，未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="203"/>
        <source>确认导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="203"/>
        <source>将导入 {0} 条记录，并标记 {1} 年为已录入。继续吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="208"/>
        <source>未能导入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="230"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="231"/>
        <source>上一月/周（PgUp）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="232"/>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="233"/>
        <source>回到今天（Ctrl+T）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="234"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="235"/>
        <source>下一月/周（PgDn）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="236"/>
        <source>转到…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="237"/>
        <source>转到日期（Ctrl+G）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="245"/>
        <source>休：节假日&#x3000;班：调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="249"/>
        <source>月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="249"/>
        <source>周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="249"/>
        <source>列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="262"/>
        <location filename="../../ui/widgets/calendar_view.py" line="277"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="262"/>
        <location filename="../../ui/widgets/calendar_view.py" line="277"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="263"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="267"/>
        <source>● 超期&#x3000;▲ 临期&#x3000;■ 正常&#x3000;○ 已结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="270"/>
        <location filename="../../ui/widgets/calendar_view.py" line="506"/>
        <source>打印/存为PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="271"/>
        <source>导出 .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="277"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="277"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="277"/>
        <source>红绿灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="379"/>
        <source>转到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="379"/>
        <source>日期（如 2014-10-28）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="386"/>
        <source>日期有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="442"/>
        <source>{0}年{1}月{2}日—{3}月{4}日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="445"/>
        <source>{0}年{1}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="447"/>
        <source>（节假日未录入，暂按周一至周五）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="461"/>
        <source>（暂定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="491"/>
        <source>督查工作日历 {0}年{1}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="497"/>
        <source>存为PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="497"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="501"/>
        <source>正在生成PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="512"/>
        <location filename="../../ui/widgets/calendar_view.py" line="535"/>
        <source>保存失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="513"/>
        <source>无法写入“{0}”：{1}。请换一个位置或关闭正在打开它的程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="518"/>
        <source>生成失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="519"/>
        <source>日程PDF没有生成（{0}），文件未保存。请重试；仍不行，请在“帮助 → 关于督查工作台”里保存诊断包，交给维护本软件的同事。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="528"/>
        <source>导出 .ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="529"/>
        <source>iCalendar 文件 (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="536"/>
        <source>无法写入“{0}”：{1}。请换一个位置。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="81"/>
        <source>单击或按回车打开</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <location filename="../../ui/overview/stats.py" line="240"/>
        <source>保存为 PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="261"/>
        <source>保存图表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="262"/>
        <source>PNG 图片 (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="266"/>
        <source>保存失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="266"/>
        <source>无法写入“{0}”，请换一个文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionReportForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="410"/>
        <source>报送办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="411"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="412"/>
        <source>办结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="413"/>
        <source>办结情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="414"/>
        <source>佐证材料清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="415"/>
        <source>每项材料一行，如：调整方案、公示截图</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="135"/>
        <source>值班电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="136"/>
        <source>印在督办通知单、催办通知上，方便承办单位联系。没有填写时，这些公文不能印发（只能出样稿）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="138"/>
        <source>联系人：张三，电话：0771-1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="140"/>
        <source>联系人及电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="141"/>
        <source>以后可在 设置 → 选项 → 本室 中修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="149"/>
        <source>联系人及电话：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="150"/>
        <source>联系人及电话：未填写（印发督办通知单、催办通知前须在设置中补上）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="50"/>
        <source>读写文件或磁盘时出错（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="51"/>
        <source>程序内部错误（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="59"/>
        <source>程序出错</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="62"/>
        <source>详细情况已记入日志：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="63"/>
        <source>详细情况见下方。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="65"/>
        <source>刚才的操作没有完成：{0}

已经保存的数据是安全的：每次保存都已写入数据库。窗口中正在填写的内容仍然保留，可以检查后重新保存。

{1}
如果再次出现，请点“复制诊断信息”，发给系统管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="77"/>
        <source>复制诊断信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="81"/>
        <source>打开日志文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="84"/>
        <source>继续工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="92"/>
        <source>已复制</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../ui/crash.py" line="144"/>
        <source>窗口中的内容暂未更新，服务器恢复后（状态栏显示“已重新连接”）再试一次；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="147"/>
        <source>与服务器的连接已中断</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriticismDialog</name>
    <message>
        <location filename="../../ui/instructions/pane.py" line="521"/>
        <source>通报批评候选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="525"/>
        <source>以下单位符合通报批评条件（超期未获批延期超过 {0} 个工作日、被催办 {1} 次以上，或回访复核不通过）。请勾选拟通报的单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="529"/>
        <source>选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="529"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="529"/>
        <source>批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="529"/>
        <source>时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="530"/>
        <source>办理不力情形</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="543"/>
        <source>（已通报过）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="547"/>
        <source>整改期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="550"/>
        <source>抄送市委、市政府领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="555"/>
        <source>整改要求：例如 限期办结并书面报告整改情况，单位主要负责人作出书面检查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="562"/>
        <source>生成通报批评记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="563"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="568"/>
        <source>目前没有符合条件的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="585"/>
        <source>市委、市政府领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="589"/>
        <source>通报批评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="589"/>
        <source>已生成通报批评记录：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriticismEditor</name>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="41"/>
        <source>修改通报批评记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="50"/>
        <source>通报标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="51"/>
        <source>整改期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="52"/>
        <source>整改要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="53"/>
        <source>主送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="54"/>
        <source>抄送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="59"/>
        <source>通报事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="63"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="65"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="99"/>
        <source>放弃修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="99"/>
        <source>已修改的内容尚未保存，确定放弃吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriticismRecordsDialog</name>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="113"/>
        <location filename="../../ui/instructions/criticism_records.py" line="188"/>
        <source>通报批评记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="127"/>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="129"/>
        <source>生成通报批评…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="130"/>
        <source>转到“文档”，为所选记录生成通报批评文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="132"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="155"/>
        <source>已印发（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="167"/>
        <source>共 {0} 份，其中草稿 {1} 份（草稿可修改，已印发的不能修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="168"/>
        <source>还没有通报批评记录：请在“通报批评候选”中选定单位生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="189"/>
        <source>该通报已于 {0} 印发，不能再修改；如需更正，请另行生成新的通报批评记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="205"/>
        <source>生成通报批评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/criticism_records.py" line="206"/>
        <source>请在左侧“文档”中选择“通报批评”，再选定记录“{0}”生成。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="219"/>
        <source>从哪里开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="219"/>
        <source>可以先看看演示数据，熟悉各个页面，再回来录入本室的数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="220"/>
        <source>从空白开始，录入本室的数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="221"/>
        <source>先打开演示数据看看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="227"/>
        <source>演示数据是南宁市委督查室 2014年的虚构数据，放在另一个文件里，在那里的修改不影响本室数据。看完点窗口右下角的“返回本室数据库”回来；以后也可以在 工作台 点“打开演示数据”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="232"/>
        <source>完成后打开演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="232"/>
        <source>完成后从空白开始</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="95"/>
        <source>未定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="95"/>
        <source>如 20141028 或 10月28日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="99"/>
        <source>选择日期（F4 或 Alt+↓）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="118"/>
        <source>可直接输入：20141028、2014-10-28、2014.10.28、10.28、10月28日；F4 或 Alt+↓ 打开日历</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTextForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="142"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayForm</name>
    <message>
        <location filename="../../ui/calendar/settings.py" line="37"/>
        <source>录入节假日或调休</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="40"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="42"/>
        <source>放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="42"/>
        <source>上班（调休）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="43"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="44"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar/settings.py" line="45"/>
        <source>如：国庆节、国庆节调休</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayGrid</name>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="114"/>
        <source>周{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="135"/>
        <source>休</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="135"/>
        <source>班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="152"/>
        <source>（暂定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="161"/>
        <source>另有 {0} 项……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideExtensionForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="469"/>
        <source>审批延期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="470"/>
        <source>延期申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="476"/>
        <source>审批日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="477"/>
        <source>批准（时限顺延）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="478"/>
        <source>不批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="485"/>
        <source>审批意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="486"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="49"/>
        <source>新增决定事项（立项督查）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="57"/>
        <source>会议纪要*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="58"/>
        <source>出自段落*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="59"/>
        <source>如：第三条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="60"/>
        <source>决定事项*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="64"/>
        <source>工作内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="65"/>
        <source>牵头单位*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="66"/>
        <source>完成时限*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="70"/>
        <source>纳入绩效考评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="81"/>
        <source>尚无会议纪要：请先用“新增纪要…”登记纪要。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="84"/>
        <source>牵头单位“{0}”不在单位名录中，请从列表中选择。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="39"/>
        <source>计算失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="47"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="50"/>
        <source>第{0}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="58"/>
        <source>锁定结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="60"/>
        <source>解锁…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="62"/>
        <source>导出 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="64"/>
        <source>导出 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="66"/>
        <source>评分方案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="100"/>
        <source>正在计算…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="107"/>
        <source>■ 已锁定：{0}，{1}（此后修改记录不影响本季度得分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="110"/>
        <source>未锁定：按 {0} 的记录实时计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="113"/>
        <source>{0}：{1} 个单位；基础分 {2:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="155"/>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="163"/>
        <source>锁定考评结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="164"/>
        <source>锁定{0}的考评结果？锁定后修改记录不再影响该季度得分，解锁须由管理员写明原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="171"/>
        <source>解锁考评结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="172"/>
        <source>解锁{0}的原因（将记入审计记录）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="182"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="183"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="184"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="200"/>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="201"/>
        <source>无法写入“{0}”（{1}），请关闭已打开的文件或换一个位置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/evaluation.py" line="203"/>
        <source>已导出到 {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="454"/>
        <source>申请延期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="455"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="456"/>
        <source>申请日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="457"/>
        <source>申请延至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="458"/>
        <source>延期理由</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackJob</name>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="27"/>
        <location filename="../../ui/key_items/feedback_job.py" line="94"/>
        <location filename="../../ui/key_items/feedback_job.py" line="134"/>
        <source>季度反馈表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="28"/>
        <source>给各牵头、责任单位导出本年度计划某季度的进展反馈表，或导入单位发回的反馈表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="30"/>
        <source>导出季度反馈表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="31"/>
        <source>导入反馈表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="55"/>
        <source>导出季度反馈表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="55"/>
        <source>要求报送哪个季度的进展：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="62"/>
        <source>无法导出季度反馈表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="64"/>
        <source>季度反馈表保存到哪个文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="73"/>
        <source>正在为 {0} 个单位生成季度反馈表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="82"/>
        <source>导入反馈表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="82"/>
        <source>请先选择年度计划。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="84"/>
        <source>选择单位发回的季度反馈表（可多选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="85"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="90"/>
        <source>正在核对 {0} 份反馈表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="123"/>
        <source>季度反馈表未登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="124"/>
        <source>季度反馈表已写入 {0}，但未能登记为已发出：{1}
请重新导出后再发给单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="127"/>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="128"/>
        <source>已为 {0} 个单位导出{1}反馈表（第 {2} 批），应于 {3} 前反馈。
另有压缩包 {4}，便于邮寄。文件夹：{5}
到期未报送进展的单位列入“缺报单位”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/feedback_job.py" line="135"/>
        <source>未完成：{0}。请检查文件夹是否可写、文件是否被占用后再试。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackReviewDialog</name>
    <message>
        <location filename="../../ui/instructions/feedback_dialog.py" line="32"/>
        <source>导入反馈表 — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/feedback_dialog.py" line="42"/>
        <source>单位报称完成的事项，由本室核实后在“变更状态”中标记完成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/feedback_dialog.py" line="43"/>
        <source>回访复核仍由本室另行办理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/feedback_dialog.py" line="44"/>
        <source>共 {0} 份：可接收 {1} 份，拒收 {2} 份。勾选要接收的反馈表后点“接收所勾选”；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/feedback_dialog.py" line="48"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/feedback_dialog.py" line="49"/>
        <source>接收所勾选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/feedback_dialog.py" line="63"/>
        <location filename="../../ui/instructions/feedback_dialog.py" line="76"/>
        <source>导入反馈表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/feedback_dialog.py" line="63"/>
        <source>没有勾选要接收的反馈表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/feedback_dialog.py" line="72"/>
        <source>已接收 {0} 份反馈表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/feedback_dialog.py" line="74"/>
        <source>部分未接收</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingForm</name>
    <message>
        <location filename="../../ui/research/pane.py" line="152"/>
        <source>内容：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="69"/>
        <source>选择…</source>
        <extracomment>the roles a document cannot do without, and where a clerk gets each face</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="381"/>
        <source>首次使用设置 — 督查工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="385"/>
        <source>跳过此页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="386"/>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="387"/>
        <source>上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="388"/>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="389"/>
        <source>以后再说</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="430"/>
        <source>未能完成设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="447"/>
        <source>未能保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStepsCard</name>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="91"/>
        <source>开始使用：三步建好本室的数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="97"/>
        <source>按顺序导入本室现有的表格。每一步都可先保存导入模板，照模板整理好再导入；导入前会整体检查，有一行出错就不写入，并列出出错的行和原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="105"/>
        <source>① 单位名录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="105"/>
        <source>各单位的名称、简称、类型和联系人。重点工作和批示件都从名录中选单位，所以先导入它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="106"/>
        <source>导入单位名录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="107"/>
        <source>② 年度重点工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="107"/>
        <source>从市委常委会年度工作要点等分解出的事项：牵头单位、责任单位、完成时限、督查时间。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="108"/>
        <source>导入重点工作计划…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="109"/>
        <source>③ 批示件台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="109"/>
        <source>已在办理的领导批示件：编号、批示领导、批示内容、承办单位、办理时限和办结情况。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="110"/>
        <source>导入批示件台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="128"/>
        <source>保存导入模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="137"/>
        <source>先看看演示？演示数据是南宁市委督查室 2014年的工作（人名为虚构），另存在数据文件夹下的 demo 文件夹中，不影响本室数据；打开后点窗口右下角的“返回本室数据库”回到这里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="141"/>
        <source>打开演示数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="148"/>
        <source>✓ 已有 {0} 个单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="149"/>
        <source>✓ 已有 {0} 项重点工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="150"/>
        <source>✓ 已有 {0} 件批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="153"/>
        <source>尚未导入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="125"/>
        <source>更新意见建议落实情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="130"/>
        <source>意见建议*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="134"/>
        <source>落实记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="136"/>
        <source>更新为*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="137"/>
        <source>日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="139"/>
        <source>情况说明*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="155"/>
        <source>（尚无跟踪记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="164"/>
        <source>请先选择一条意见建议。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FontsInfo</name>
    <message>
        <location filename="../../ui/settings/pane.py" line="118"/>
        <source>公文各部分使用的字体：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FontsPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="278"/>
        <source>公文字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="279"/>
        <source>公文按 GB/T 9704 用仿宋、黑体、楷体、小标宋排版。下面是在这台电脑上找到的字体。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="281"/>
        <source>用途</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="281"/>
        <source>使用的字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="281"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="286"/>
        <source>正在查找字体……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="293"/>
        <source>留空：使用 Windows 已安装的字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="296"/>
        <source>公文字体文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="310"/>
        <source>选择放有字体文件的文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="334"/>
        <source>仿宋、黑体、楷体、小标宋都已找到，公文会用正式字体。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="335"/>
        <source>缺少以下字体，公文暂用替代字体（能打印，但字形与正式公文不同）。请安装：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="337"/>
        <source>安装方法：右键字体文件 → “为所有用户安装”；或把字体文件放进一个文件夹，在下面选择它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="348"/>
        <source>公文字体文件夹：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/widgets/forms.py" line="92"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="93"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="155"/>
        <source>已重新连接，可以再点保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="217"/>
        <source>放弃修改？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/forms.py" line="217"/>
        <source>表单中有尚未保存的内容，确定放弃吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/help_dialog.py" line="44"/>
        <source>督查工作台 用户手册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="48"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialog.py" line="61"/>
        <source>找不到用户手册：{0}（{1}）。
请重新安装督查工作台，或向管理员要一份。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandleDialog</name>
    <message>
        <location filename="../../ui/messages/pane.py" line="430"/>
        <source>办理留言 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="441"/>
        <source>办理：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="442"/>
        <source>转办单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="444"/>
        <source>内容：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="445"/>
        <source>研判意见 / 单位答复 / 审核通过的回复 / 退回或不予回复的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="478"/>
        <source>请从列表中选择转办单位。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotTopicsView</name>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="49"/>
        <source>分析</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="52"/>
        <source>留言时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="52"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="55"/>
        <source>按领域、地区和标题中反复出现的词归类，与之前同样长的一段时间比较。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="58"/>
        <source>归类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="58"/>
        <source>条数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="58"/>
        <source>上一期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="58"/>
        <source>变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="61"/>
        <source>拟为调研课题…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="62"/>
        <source>以选中的一类留言为题，新建一个“群众反映强烈的热点问题”方向的督查调研课题（选题阶段）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="74"/>
        <source>分析失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="83"/>
        <source>截止日期早于起始日期，请改正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="85"/>
        <source>正在分析…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="91"/>
        <source>这一时期没有达到 3 条的留言归类。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="98"/>
        <source>按{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="109"/>
        <source>{0}至{1}，与之前同样长的一段时间比较。选中一类可拟为调研课题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="127"/>
        <location filename="../../ui/messages/hot_topics.py" line="136"/>
        <source>拟为调研课题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="128"/>
        <source>新建督查调研课题“{0}”？
（{1}“{2}”，{3}条留言，上一期{4}条；课题处于选题阶段，可在“督查调研”中修改或删除。）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/hot_topics.py" line="139"/>
        <source>已新建调研课题：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="84"/>
        <source>导入预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="86"/>
        <source>{0}年计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="86"/>
        <source>（将新建）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="88"/>
        <source>{0}：新增 {1} 项，更新 {2} 项，无变化 {3} 项，有误 {4} 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="91"/>
        <source>；阶段：新增 {0} 个，更新 {1} 个，无变化 {2} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="97"/>
        <location filename="../../ui/key_items/plan_io.py" line="138"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="97"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="97"/>
        <source>工作事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="97"/>
        <source>处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="98"/>
        <source>内容（原值 → 新值）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="101"/>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="109"/>
        <source>{0}-{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="111"/>
        <source>新增阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="112"/>
        <source>阶段完成时限：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="114"/>
        <source>更新阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="131"/>
        <source>“更新”各行将按文件修改计划中已有的事项（修改留有审计记录）；文件中没有的列和空白格保持原值；如需清空请在事项表单中修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="153"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="104"/>
        <source>交办后{0}个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="106"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="106"/>
        <source>完成时限：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="136"/>
        <source>文件中的事项与计划一致（无变化），无需导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="138"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="138"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="144"/>
        <source>以下各行有误，整个文件未导入。请在 Excel 中改正后重新导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="150"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="153"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionDetail</name>
    <message>
        <location filename="../../ui/instructions/detail.py" line="64"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="66"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="66"/>
        <source>分工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="66"/>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="67"/>
        <source>签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="67"/>
        <source>催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="67"/>
        <source>延期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="75"/>
        <source>办理过程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="77"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="77"/>
        <source>环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="77"/>
        <source>情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="77"/>
        <source>经办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="151"/>
        <source>在左侧列表中选择一件批示件查看详情。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="162"/>
        <source>未交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="164"/>
        <location filename="../../ui/instructions/detail.py" line="200"/>
        <source>（暂定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="169"/>
        <source>状态：{0}&#x3000;{1}{2}批示（{3}）&#x3000;登记：{4}&#x3000;时限：{5}&#x3000;缓急：{6}&#x3000;催办：{7}次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="182"/>
        <source>附件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="184"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="202"/>
        <source>未签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="204"/>
        <source>（签收超时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="217"/>
        <source>（已更换）{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="218"/>
        <source>{0} 更换为{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="220"/>
        <source>{0}于 {1} 更换为{2}。原因：{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="284"/>
        <source>追加承办单位…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="287"/>
        <source>更换此单位…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="301"/>
        <location filename="../../ui/instructions/detail.py" line="304"/>
        <source>打开附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="302"/>
        <source>附件文件缺失，或与添加时的校验值不符（可能已被改动），没有打开。请管理员运行 check 检查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="307"/>
        <source>选择扫描件或附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/detail.py" line="314"/>
        <source>未能添加附件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../ui/widgets/items_model.py" line="100"/>
        <source>有单位未按期报送季度进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/items_model.py" line="101"/>
        <source>最近一次评估为滞后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/items_model.py" line="102"/>
        <source>第{0}阶段已过完成时限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyItemForm</name>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="50"/>
        <source>编辑重点工作事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="50"/>
        <source>新增重点工作事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="57"/>
        <source>序号*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="58"/>
        <source>工作事项*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="62"/>
        <source>工作内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="66"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="70"/>
        <source>牵头单位*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="73"/>
        <source>分管这项工作的领导；重点工作可按分管领导筛选。不指定则留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="74"/>
        <source>分管领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="84"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="88"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="90"/>
        <source>交办后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="93"/>
        <source> 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="95"/>
        <source>交办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="103"/>
        <source>完成时限*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="109"/>
        <source>每季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="110"/>
        <source>督查时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="111"/>
        <source>日期用“、”分隔，或填“每季度”，如：每季度、2014-06-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="112"/>
        <source>纳入绩效考评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="126"/>
        <source>督查时间：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="131"/>
        <source>牵头单位“{0}”不在单位名录中，请从列表中选择。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderForm</name>
    <message>
        <location filename="../../ui/reference/editors.py" line="68"/>
        <source>编辑领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="68"/>
        <source>新增领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="70"/>
        <source>姓名*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="71"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="75"/>
        <source>层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="76"/>
        <source>在任</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderPicker</name>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="155"/>
        <source>领导名录中没有“{0}”：请从列表中选择（可输入姓名或拼音首字母）；如确是名录以外的领导，请点“保存”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadersEditor</name>
    <message>
        <location filename="../../ui/reference/editors.py" line="296"/>
        <source>领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="304"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="305"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="306"/>
        <source>层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="307"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="307"/>
        <source>在任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="307"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="331"/>
        <source>删除领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="331"/>
        <source>确定删除“{0}”吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/safety/login.py" line="32"/>
        <source>登录督查工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/login.py" line="36"/>
        <source>账号名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/login.py" line="39"/>
        <location filename="../../ui/safety/login.py" line="46"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/login.py" line="45"/>
        <source>账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/login.py" line="48"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/login.py" line="49"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/login.py" line="53"/>
        <source>忘记密码请联系管理员重置。连续输错密码后，每次登录要多等几秒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/login.py" line="71"/>
        <source>该账号已连续输错多次密码：{0} 秒后核对……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>重点工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>督查调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>网民留言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>督查工作台 — 演示数据（{0}）</source>
        <extracomment>The latest the first idle moment comes after the first paint (see MainWindow.first_idle). A window made with ``open_file``: it has been painted, the event loop was about to wait, and the file is open — the first screen is being filled now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>督查工作台 — 服务器数据库（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>督查工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Ctrl+{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>正在准备工作台……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>页面(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>全局搜索…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>查找(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>用户手册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>关于督查工作台…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>返回本室数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>关闭演示数据库，回到本室数据库：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>与服务器的连接已中断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>无法打开“{0}”：与数据库服务器的连接已中断，页面的内容读不到。仍显示“{1}”。请等状态栏显示“已重新连接”后再点一次“{0}”；若长时间不能恢复，请联系管理员检查服务器和网络。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>全局搜索索引已更新（{0} 条记录）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="372"/>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>其他用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>{0} 刚刚修改了数据，已刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>{0} 刚刚修改了数据，关闭当前窗口后刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>已断开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>与数据库服务器的连接已中断。正在等待服务器恢复，恢复后会自动重新连接；未保存的内容请留在窗口中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396"/>
        <source>已重新连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="400"/>
        <source>已重新连接数据库服务器。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>服务器数据库：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>数据库：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="418"/>
        <source>演示数据：今天按 {0}年{1}月{2}日 计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>今天：{0}年{1}月{2}日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>用户：{0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesForm</name>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="22"/>
        <source>修改会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="22"/>
        <source>登记会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="24"/>
        <source>纪要编号*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="25"/>
        <source>如：〔2014〕5号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="26"/>
        <source>会议*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="27"/>
        <source>如：市委常委会2014年第5次会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="28"/>
        <source>会议日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/meeting_forms.py" line="33"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesJob</name>
    <message>
        <location filename="../../ui/key_items/minutes_job.py" line="22"/>
        <source>新增决定事项…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/minutes_job.py" line="23"/>
        <source>新增纪要…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/minutes_job.py" line="74"/>
        <source>编辑会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/minutes_job.py" line="77"/>
        <location filename="../../ui/key_items/minutes_job.py" line="88"/>
        <source>请先在“会议纪要”表中选择一份纪要。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/minutes_job.py" line="85"/>
        <source>删除会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/minutes_job.py" line="92"/>
        <source>确定删除会议纪要“{0}”（{1}，{2}）吗？
此操作不可撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/minutes_job.py" line="100"/>
        <source>新增决定事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/minutes_job.py" line="100"/>
        <source>尚无会议纪要：请先“新增纪要…”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePicker</name>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="60"/>
        <source>输入名称或拼音首字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="100"/>
        <source>没有名为“{0}”的记录：请从列表中选择（可输入名称或拼音首字母）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountForm</name>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="45"/>
        <source>账号名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="46"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="53"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="54"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="55"/>
        <source>再输一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="58"/>
        <source>密码至少 {0} 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/accounts_dialog.py" line="60"/>
        <source>建立后，每次打开程序都须用账号登录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../ui/first_run.py" line="107"/>
        <source>本室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="108"/>
        <source>本室名称是督办通知单、催办通知、督查通报的发文机关和落款；上级机关印在通报批评的版头。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="112"/>
        <source>本室名称（发文机关）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="113"/>
        <source>上级机关（印发机关）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="114"/>
        <source>例如“中共某某市委督查室”和“中共某某市委办公厅”。以后可在 设置 → 选项 → 本室 中修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="118"/>
        <source>本室名称为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="118"/>
        <source>请填写本室名称，或点“跳过此页”保留原来的名称。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="129"/>
        <source>本室名称：{0}；上级机关：{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <location filename="../../ui/settings/pane.py" line="69"/>
        <source>保存设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/pane.py" line="95"/>
        <source>未能保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/pane.py" line="98"/>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/pane.py" line="98"/>
        <source>设置已保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <location filename="../../ui/settings/pane.py" line="133"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/pane.py" line="135"/>
        <source>领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/pane.py" line="135"/>
        <source>工作日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/pane.py" line="136"/>
        <source>选项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/pane.py" line="137"/>
        <source>公文字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/pane.py" line="138"/>
        <source>账号与备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/pane.py" line="144"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="43"/>
        <source>记录编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="46"/>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="47"/>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="51"/>
        <source>查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="52"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="53"/>
        <source>核对审计链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="61"/>
        <source>表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="62"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="89"/>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="89"/>
        <source>改前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="89"/>
        <source>改后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="103"/>
        <source>审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="101"/>
        <location filename="../../ui/instructions/pane.py" line="210"/>
        <location filename="../../ui/safety/audit.py" line="117"/>
        <location filename="../../ui/safety/audit.py" line="122"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="146"/>
        <source>记录编号应为数字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="150"/>
        <source>共 {0} 条审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="169"/>
        <location filename="../../ui/safety/audit.py" line="171"/>
        <source>审计链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="169"/>
        <source>审计记录被改动：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="171"/>
        <source>审计记录完整，散列链未被改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="178"/>
        <source>导出审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="465"/>
        <location filename="../../ui/overview/stats.py" line="647"/>
        <location filename="../../ui/safety/audit.py" line="179"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit.py" line="186"/>
        <source>已导出 {0} 条到 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="234"/>
        <source>刷新</source>
        <extracomment>Whether the board has been shown once (the start&apos;s first screen is then filled).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="235"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="247"/>
        <source>服务器数据库尚未建立账号：凡能连上这个服务器数据库的人都以“本机用户”（管理员）身份修改数据，审计记录分不出是谁，直到管理员建立账号为止。请尽快建立账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="249"/>
        <source>单机模式：本数据库尚未建立账号，任何人打开程序都以“本机用户”（管理员）身份操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="252"/>
        <source>创建管理员账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="263"/>
        <source>超期事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="263"/>
        <source>没有超期的重点工作和批示件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="264"/>
        <source>本周到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="264"/>
        <source>本周没有到期的事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="265"/>
        <source>季度进展缺报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="265"/>
        <source>各单位季度进展均已按时报送。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="266"/>
        <location filename="../../ui/messages/pane.py" line="594"/>
        <location filename="../../ui/overview/stats.py" line="380"/>
        <source>网民留言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="266"/>
        <source>没有未阅的留言。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="267"/>
        <source>待回访复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="267"/>
        <source>没有待复核的办结件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="268"/>
        <source>拟通报批评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="268"/>
        <source>暂无符合通报批评条件的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="269"/>
        <source>未按期反馈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="269"/>
        <source>发出的反馈表均已按期反馈（或尚未到期）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="270"/>
        <location filename="../../ui/dashboard/pane.py" line="368"/>
        <location filename="../../ui/dashboard/pane.py" line="379"/>
        <source>催办未反馈单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="271"/>
        <source>对到期未反馈、且到期后尚未催办的单位各登记一次书面催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="298"/>
        <source>正在更新…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="302"/>
        <source>更新失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="309"/>
        <source>工作台&#x3000;{0}年{1}月{2}日 星期{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="313"/>
        <source>{0}年的工作日历（节假日与调休安排）尚未录入：跨年的期限暂按周一至周五计算，请在“设置 → 工作日历”中录入国务院公布的放假安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="328"/>
        <source>今日待阅 {0} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="330"/>
        <source>积压未回复 {0} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="346"/>
        <source>缺报 {0} 项，迟报 {1} 项；其中 {2} 个单位到期后尚未催办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="349"/>
        <source>催办未反馈单位（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="369"/>
        <source>将对 {0} 个到期未反馈的单位各登记一次书面催办（今天，{1}），催办内容写明应反馈的日期。继续吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="376"/>
        <source>未催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/pane.py" line="380"/>
        <source>已对 {0} 个单位登记书面催办。可在“批示件”中打开各件，为其导出催办反馈表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="128"/>
        <source>生成预览(&amp;P)</source>
        <extracomment>how many of a picker&apos;s lines set its drop-down list&apos;s width</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="696"/>
        <source>另存为PDF(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="130"/>
        <location filename="../../ui/documents/pane.py" line="697"/>
        <source>打印(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="129"/>
        <location filename="../../ui/documents/pane.py" line="695"/>
        <source>另存为 PDF/Word(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="131"/>
        <source>印发并登记(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="132"/>
        <source>提交签发(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="145"/>
        <source>文件类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="177"/>
        <source>印发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="177"/>
        <location filename="../../ui/documents/pane.py" line="199"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="177"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="178"/>
        <location filename="../../ui/documents/pane.py" line="199"/>
        <location filename="../../ui/documents/pane.py" line="273"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="178"/>
        <source>页数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="178"/>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="179"/>
        <location filename="../../ui/documents/pane.py" line="200"/>
        <source>拟稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="179"/>
        <location filename="../../ui/documents/pane.py" line="971"/>
        <source>签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="179"/>
        <source>签发时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="184"/>
        <source>查看/重印所选文件(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="187"/>
        <source>另存为 PDF/Word(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="199"/>
        <source>签发单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="199"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="200"/>
        <source>提交时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="200"/>
        <source>签发/退回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="206"/>
        <source>签发所选文件(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="207"/>
        <source>退回拟稿人(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="208"/>
        <source>查看送签样稿(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="227"/>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="228"/>
        <source>印发登记簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="229"/>
        <location filename="../../ui/documents/pane.py" line="916"/>
        <source>待签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="257"/>
        <source>自动（下一期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="270"/>
        <location filename="../../ui/documents/pane.py" line="368"/>
        <source>起始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="271"/>
        <location filename="../../ui/documents/pane.py" line="369"/>
        <source>截止日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="272"/>
        <source>期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="274"/>
        <source>总体情况（文字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="275"/>
        <source>重点工作（要求）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="276"/>
        <source>问题（要求）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="277"/>
        <source>下一步工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="278"/>
        <source>附各重点工作事项推进详情（各单位最新季度报告）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="280"/>
        <source>数字（批示件件数、到期办结率、进展表）取自数据库，不能在此改写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="310"/>
        <source>批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="317"/>
        <source>办理时限（工作日，尚未交办时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="318"/>
        <source>承办单位（尚未交办时勾选，第一个为牵头）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="328"/>
        <location filename="../../ui/instructions/pane.py" line="75"/>
        <source>通报批评记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="335"/>
        <source>会议纪要（不选则全部）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="342"/>
        <source>督查活动或调研课题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="343"/>
        <source>只列出记有发现问题或意见建议的督查活动和调研课题；期号与督查通报分别编排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="354"/>
        <source>批示件（已回访复核）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="355"/>
        <source>向作出批示的领导报告办理情况；印发即登记报结。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="367"/>
        <source>批示领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="370"/>
        <source>期间内收到的批示件和此前收到尚未办结的批示件，A4横向表格。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="381"/>
        <source>已转办的留言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="448"/>
        <source>督查活动&#x3000;{0}&#x3000;{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="452"/>
        <source>调研课题&#x3000;{0}年&#x3000;{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="491"/>
        <source>{0}&#x3000;{1}（{2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="554"/>
        <source>请填写通报标题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="560"/>
        <source>请选择批示件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="566"/>
        <source>请选择正在办理的批示件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="571"/>
        <source>还没有通报批评记录：请先在“批示件”中选定拟通报的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="576"/>
        <source>没有可写专报的督查活动或调研课题：请先在“重点工作”的督查活动或“督查调研”中记下发现的问题、意见建议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="583"/>
        <source>没有已回访复核的批示件：批示件办结并回访复核通过后才能向领导报告。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="588"/>
        <source>请选择批示领导。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="591"/>
        <source>请填写起止日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="593"/>
        <source>截止日期早于起始日期，请核对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="598"/>
        <source>没有已转办的留言：请先在“网民留言”中把留言转办给承办单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="610"/>
        <location filename="../../ui/documents/pane.py" line="637"/>
        <source>无法生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="619"/>
        <source>正在生成PDF……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="623"/>
        <source>正在生成……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="651"/>
        <source>请注意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="692"/>
        <source>另存样稿 PDF/Word(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="724"/>
        <location filename="../../ui/documents/pane.py" line="1047"/>
        <source>另存为 PDF/Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="833"/>
        <source>打印失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="836"/>
        <source>已取消打印：共 {0} 页，取消前已处理 {1} 页，打印机上的这次作业已撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="855"/>
        <source>该批示件将同时登记报结。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="869"/>
        <source>{0}等{1}份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="873"/>
        <source>已印发并登记：{0}。预览现为正式文件，可打印或另存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="892"/>
        <source>未能提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="894"/>
        <source>已提交签发（第 {0} 号签发单），等待室主任签发；签发后再点“印发并登记”。其间数字或文字若有变化，须重新提交。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="904"/>
        <source>{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="906"/>
        <source>{0}退回：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="915"/>
        <source>待签发（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="938"/>
        <source>未设账号（单用户）：文件直接印发，无需签发。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="940"/>
        <source>选中一份待签发的文件，签发或写明原因退回拟稿人。签发后由拟稿人生成同样的文件并印发。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="943"/>
        <source>文件由管理员或“可签发”的督查员签发；已签发的文件，生成同样的预览后即可印发。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="959"/>
        <source>{0}（送签样稿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="962"/>
        <source>第 {0} 号签发单的送签样稿（{1}，拟稿 {2}）：每页印有“样稿·未印发”，编号处留空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="971"/>
        <source>签发{0}《{1}》（拟稿：{2}）？
签发后拟稿人即可印发。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="978"/>
        <source>未能签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="980"/>
        <source>已签发第 {0} 号签发单《{1}》。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="989"/>
        <source>退回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="989"/>
        <source>退回《{0}》的原因（拟稿人据此修改后重新提交）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="995"/>
        <source>未能退回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="997"/>
        <source>已退回第 {0} 号签发单《{1}》。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="1038"/>
        <source>另存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="1038"/>
        <source>请先在印发登记簿中选中一份文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="1044"/>
        <source>无法另存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="651"/>
        <source>字体未嵌入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="656"/>
        <source>生成失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="656"/>
        <source>生成PDF时出错：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="725"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="724"/>
        <source>另存为PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="642"/>
        <source>{0}（样稿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="644"/>
        <source>预览稿（尚未印发，不占用编号）：拟用编号 {0}；共 {1} 页。字体：{2}
印发前打印、另存的都是样稿：每页印有“样稿·未印发”，编号处留空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="693"/>
        <source>打印样稿(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="722"/>
        <source>另存样稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="730"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="731"/>
        <source>Word 文件（可在 Word/WPS 中修改） (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="748"/>
        <location filename="../../ui/documents/pane.py" line="777"/>
        <source>保存失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="749"/>
        <source>无法写入“{0}”：{1}。文件是否正在被其他程序打开？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="751"/>
        <source>已保存到 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="762"/>
        <source>正在生成Word文件……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="770"/>
        <source>已保存Word文件到 {0}（样稿的文字，编号处留空；印发以登记簿中的PDF为准）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="777"/>
        <source>生成Word文件时出错：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="792"/>
        <source>打印样稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="792"/>
        <location filename="../../ui/documents/pane.py" line="799"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="798"/>
        <location filename="../../ui/documents/pane.py" line="811"/>
        <source>正在打印……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="798"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="806"/>
        <source>正在取消……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="818"/>
        <source>正在打印：已送出 {0}/{1} 页……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="833"/>
        <source>打印失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="839"/>
        <source>已送打印机，共 {0} 页。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="841"/>
        <source>打印的是样稿（每页印有“样稿·未印发”，编号处留空）；正式文件请印发后打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="852"/>
        <source>同时登记交办（如尚未交办）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="853"/>
        <source>同时为每个承办单位登记一次书面催办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="854"/>
        <source>该通报批评记录将标为已印发。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="857"/>
        <source>印发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="858"/>
        <source>印发{0} {1}？
编号一经印发不能再用。{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="864"/>
        <source>未能印发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="1024"/>
        <source>无法重印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents/pane.py" line="1032"/>
        <source>已印发文件 {0}（{1}，与原件相同，可打印或另存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="67"/>
        <source>登记批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="68"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="70"/>
        <location filename="../../ui/instructions/pane.py" line="358"/>
        <location filename="../../ui/instructions/pane.py" line="363"/>
        <source>批量催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="71"/>
        <source>对所选的批示件（可按住 Ctrl/Shift 多选）的全部承办单位催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="73"/>
        <source>通报批评候选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="77"/>
        <source>导入台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="80"/>
        <source>导出台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="82"/>
        <location filename="../../ui/instructions/pane.py" line="474"/>
        <location filename="../../ui/instructions/pane.py" line="512"/>
        <source>反馈表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="83"/>
        <source>给所选批示件的各承办单位导出反馈表，或导入单位发回的反馈表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="85"/>
        <source>导出反馈表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="86"/>
        <source>导入反馈表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="89"/>
        <source>筛选：编号、领导、单位、批示内容（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="95"/>
        <source>只看这位领导批示的批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="97"/>
        <source>只看由这位领导分管的单位承办的批示件（分管领导在 设置 → 单位 中填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="100"/>
        <source>只看有单位到期未反馈（缺报）或逾期才反馈（迟报）反馈表的批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="101"/>
        <source>缺报或迟报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="102"/>
        <source>缺报（到期未反馈）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="102"/>
        <source>迟报（逾期才反馈）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="113"/>
        <source>批示领导：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="115"/>
        <source>分管领导：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="117"/>
        <source>反馈表：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="255"/>
        <source>正在准备检索…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="265"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="269"/>
        <source>共 {0} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="311"/>
        <source>生成办理情况报告（报结）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="323"/>
        <source>办理情况报告在批示件办结并回访复核通过后才能生成。请先办结并回访复核。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="358"/>
        <source>请先在列表中选择要催办的批示件（可多选）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="364"/>
        <source>已催办 {0} 个承办单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="377"/>
        <source>导入批示件台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="378"/>
        <source>Excel 或 CSV (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="384"/>
        <location filename="../../ui/messages/pane.py" line="654"/>
        <source>无法导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="502"/>
        <source>反馈表未登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="503"/>
        <source>反馈表已写入 {0}，但未能登记为已发出：{1}
请重新导出后再发给单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="508"/>
        <source>已为 {0} 个承办单位导出反馈表（第 {1} 批）：
{2}

另有压缩包 {3}，便于邮寄。文件夹：{4}
到期未反馈的单位将列入工作台“未按期反馈”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="663"/>
        <source>文件有误，未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="388"/>
        <source>确认导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="388"/>
        <source>{0}。确定导入吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="394"/>
        <source>未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="397"/>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="397"/>
        <source>已导入 {0} 件批示件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="409"/>
        <source>导出批示件台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="409"/>
        <source>批示件台账.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="410"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="414"/>
        <source>领导批示件办理台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="417"/>
        <location filename="../../ui/overview/stats.py" line="653"/>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="418"/>
        <source>无法写入文件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="420"/>
        <location filename="../../ui/instructions/pane.py" line="507"/>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="420"/>
        <location filename="../../ui/overview/stats.py" line="656"/>
        <source>已导出到 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="427"/>
        <source>请先在列表中选择一件批示件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="438"/>
        <source>导出反馈表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="444"/>
        <source>无法导出反馈表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="446"/>
        <source>反馈表保存到哪个文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="454"/>
        <source>正在为 {0} 个承办单位生成反馈表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="461"/>
        <source>导入反馈表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="464"/>
        <source>选择单位发回的反馈表（可多选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="470"/>
        <source>正在核对 {0} 份反馈表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/pane.py" line="512"/>
        <source>未完成：{0}。请检查文件夹是否可写、文件是否被占用后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="58"/>
        <source>年度计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="61"/>
        <source>搜索事项、内容或单位（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="65"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="69"/>
        <source>只看这位领导分管的事项（事项的分管领导，或牵头、责任单位的分管领导）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="73"/>
        <source>列…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="76"/>
        <source>新增事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="78"/>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="79"/>
        <source>变更状态…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="80"/>
        <source>录入进展…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="81"/>
        <source>导入计划…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="83"/>
        <source>导出台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="116"/>
        <source>新增阶段…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="117"/>
        <location filename="../../ui/key_items/pane.py" line="240"/>
        <source>编辑阶段…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="118"/>
        <location filename="../../ui/key_items/pane.py" line="241"/>
        <source>删除阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="119"/>
        <source>修改所选阶段（双击或 Enter）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="120"/>
        <source>删除所选阶段（Delete）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="123"/>
        <source>新增督查活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="124"/>
        <source>编辑活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="125"/>
        <source>删除活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="126"/>
        <source>新增意见建议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="127"/>
        <source>更新落实情况…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="128"/>
        <source>新增纪要…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="129"/>
        <source>编辑纪要…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="130"/>
        <source>删除纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="131"/>
        <source>新增决定事项…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="132"/>
        <source>修改所选督查活动（双击或 Enter）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="133"/>
        <source>删除所选督查活动（Delete）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="134"/>
        <source>修改所选会议纪要（双击或 Enter）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="135"/>
        <source>删除所选会议纪要（Delete）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="236"/>
        <source>编辑督查活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="237"/>
        <source>删除督查活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="238"/>
        <source>编辑会议纪要…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="239"/>
        <source>删除会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="355"/>
        <source>{0}年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="368"/>
        <source>全部分管领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="370"/>
        <source>分管：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="383"/>
        <source>共 {0} 项，显示 {1} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="384"/>
        <source>尚无年度计划：可“导入计划…”或“新增事项”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="465"/>
        <source>不能新建计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/pane.py" line="491"/>
        <location filename="../../ui/key_items/pane.py" line="498"/>
        <source>不能删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="631"/>
        <source>表格文件 (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="643"/>
        <location filename="../../ui/messages/pane.py" line="677"/>
        <source>导入失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="585"/>
        <source>一日一览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="586"/>
        <source>每周集中回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="587"/>
        <source>全部留言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="589"/>
        <source>群众关注热点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="590"/>
        <location filename="../../ui/messages/pane.py" line="647"/>
        <source>导入留言板列表… (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="630"/>
        <source>选择留言板导出的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="635"/>
        <source>正在读取文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="659"/>
        <source>未使用的列：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="664"/>
        <source>请改正文件后重新导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="667"/>
        <source>无需导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="669"/>
        <source>导入预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="669"/>
        <source>确定导入吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="515"/>
        <source>搜索课题或人员（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="518"/>
        <source>全部阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="521"/>
        <source>新建课题… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="550"/>
        <source>督查调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="573"/>
        <source>全部年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="607"/>
        <source>写督查专报…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="618"/>
        <source>该课题还没有记录发现的问题或意见建议，专报无可报告的内容。请先在课题详情中添加。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="288"/>
        <source>统计失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="297"/>
        <source>列出记录失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="308"/>
        <source>统计时期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="317"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="322"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="325"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="346"/>
        <source>复制综述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="347"/>
        <source>把这段文字复制到剪贴板，可直接粘贴到材料中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="367"/>
        <source>领导批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="370"/>
        <source>快：从领导批示（无批示日期的按收文登记日）到交办、从交办到报结各用了几个工作日，取中位数和九成件数所在的天数（交办、报结落在本期的件）。准：本期印发的督办通知单是否一字不差地载明批示原文；本期报结的件是否完整——单位办结结果已录入、回访复核已通过、报结内容已记录。稳：首次回访复核落在本期的件中一次通过的比例；复核不通过、退回重办的件数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="378"/>
        <source>快·准·稳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="379"/>
        <source>重点工作 · 逐月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="381"/>
        <source>督查活动 · 调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="413"/>
        <source>各承办单位到期办结率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="414"/>
        <source>批示件逐月收件与办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="415"/>
        <source>网民留言（按类型）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="386"/>
        <source>图表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="390"/>
        <source>绩效考评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="437"/>
        <source>{0}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="441"/>
        <source>第{0}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="477"/>
        <source>截止日期早于起始日期，请改正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="480"/>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="499"/>
        <source>领导批示件已统计，正在统计网民留言等其余部分…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="506"/>
        <source>{0} 至 {1}（截至 {2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="518"/>
        <source>到期办结率（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="545"/>
        <source>{0}：本期到期的批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="551"/>
        <source>收件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="552"/>
        <source>办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="577"/>
        <source>{0}收件的批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="577"/>
        <source>{0}办结的批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="583"/>
        <location filename="../../ui/overview/stats.py" line="606"/>
        <source>收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="583"/>
        <location filename="../../ui/overview/stats.py" line="606"/>
        <source>已回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="607"/>
        <source>网民留言（{0}）：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="615"/>
        <source>{0}：正在列出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="627"/>
        <source>{0}（{1} 条；统计时为 {2} 条，数据已有变动，请按 F5 重新统计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="634"/>
        <source>综述已复制。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="647"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="654"/>
        <source>无法写入“{0}”（{1}）。文件可能正在 Excel 中打开，请关闭后重试。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanIO</name>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="34"/>
        <source>导出台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="35"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="42"/>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="49"/>
        <source>导入年度计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="50"/>
        <source>表格文件 (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="58"/>
        <source>无法导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="66"/>
        <source>导入失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="72"/>
        <source>阶段：新增 {0} 个，更新 {1} 个。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="73"/>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/plan_io.py" line="70"/>
        <source>已导入 {0} 项：新增 {1} 项，更新 {2} 项。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="396"/>
        <source>报送进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="397"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="398"/>
        <location filename="../../ui/key_items/item_form.py" line="182"/>
        <source>报送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="399"/>
        <source>进展情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="154"/>
        <source>录入季度进展：第{0}项 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="160"/>
        <source>报送单位*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="169"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="171"/>
        <source>第1季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="171"/>
        <source>第2季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="171"/>
        <source>第3季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="171"/>
        <source>第4季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="173"/>
        <source>季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="177"/>
        <source>工作进展*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="177"/>
        <source>存在问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="178"/>
        <source>下步打算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="185"/>
        <source>评估</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <location filename="../../ui/key_items/progress_job.py" line="45"/>
        <source>缺报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/progress_job.py" line="47"/>
        <source>迟报（{0} 报送）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/progress_job.py" line="48"/>
        <source>缺报单位（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/progress_job.py" line="49"/>
        <source>缺报单位（{0}，迟报 {1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/progress_job.py" line="55"/>
        <source>变更状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/progress_job.py" line="55"/>
        <location filename="../../ui/key_items/progress_job.py" line="62"/>
        <source>请先在表中选择一个事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/progress_job.py" line="62"/>
        <source>录入进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/progress_job.py" line="40"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../ui/messages/pane.py" line="107"/>
        <source>研判意见（可留空），回车标为已阅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="109"/>
        <source>标为已阅 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="110"/>
        <source>撤销标为已阅 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="118"/>
        <source>J/K 或 ↑/↓ 上下移动&#x3000;Tab 填写研判与转办单位&#x3000;Ctrl+Enter 标为已阅（选了单位则同时转办）&#x3000;Ctrl+Z 撤销标为已阅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="123"/>
        <source>研判：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="124"/>
        <source>转办单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/messages/pane.py" line="186"/>
        <source>今日待阅：还剩 %n 条</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="187"/>
        <source>今日留言已全部阅毕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="215"/>
        <source>没有名为“%1”的单位，请从列表中选择，或清空后只标为已阅。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="227"/>
        <source>已标为已阅并转办{0}：留言 {1}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="228"/>
        <source>已标为已阅：留言 {0}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="229"/>
        <source>如有误，按 Ctrl+Z 撤销标为已阅。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages/pane.py" line="263"/>
        <source>已撤销标为已阅：留言 {0} 回到待阅列表。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsBox</name>
    <message>
        <location filename="../../ui/overview/stats.py" line="204"/>
        <source>单击表格中的数字或图表中的柱，在此列出对应的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="214"/>
        <source>{0}（{1} 条）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <location filename="../../ui/reference/editors.py" line="99"/>
        <source>搜索：名称或拼音首字母（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="101"/>
        <source>显示已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="117"/>
        <source>新增(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="118"/>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="119"/>
        <source>停用/启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="120"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="121"/>
        <source>导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="122"/>
        <source>从 .xlsx 或 .csv 导入：先整体检查，有误的行逐一列出，无误才写入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="157"/>
        <source>共 {0} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="178"/>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="197"/>
        <source>导入{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="198"/>
        <source>Excel 或 CSV (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="205"/>
        <source>无法导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="210"/>
        <source>无需导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="211"/>
        <source>{0}：文件中的内容与现有记录一致，未写入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="213"/>
        <source>确认导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="213"/>
        <source>{0}。确定导入吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="220"/>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="220"/>
        <source>已导入 {0} 条{1}。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="75"/>
        <source>修改批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="75"/>
        <source>登记批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="78"/>
        <source>领导层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="81"/>
        <source>批示领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="83"/>
        <source>批示日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="84"/>
        <source>登记日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="85"/>
        <source>来文标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="86"/>
        <source>来文单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="87"/>
        <source>来文文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="88"/>
        <source>事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="89"/>
        <source>缓急</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="91"/>
        <source>批示内容（原文）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="92"/>
        <source>逐字录入领导批示原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="93"/>
        <source>登记编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="94"/>
        <source>留空则按本室编号格式自动生成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="427"/>
        <source>催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="427"/>
        <source>批量催办（{0}件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="431"/>
        <source>全部承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="435"/>
        <source>催办对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="436"/>
        <source>催办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="437"/>
        <source>催办方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="439"/>
        <source>催办内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="440"/>
        <source>例如：该件即将到期，请于规定时限内报送办理结果。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceUnitForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="338"/>
        <source>更换承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="345"/>
        <source>被更换的单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="347"/>
        <source>更换原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="348"/>
        <source>例如：交办单位有误，该事项属市公安局职能。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="354"/>
        <source>{0}（接替{1}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="366"/>
        <source>确认更换承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="367"/>
        <source>确定将{0}单位“{1}”更换为“{2}”吗？

{1}的签收、催办和进展记录保留，此后不再承办本件，更换之后的时间不计入其超期；{2}须签收。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseForm</name>
    <message>
        <location filename="../../ui/research/pane.py" line="166"/>
        <source>批示领导：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="167"/>
        <source>批示内容：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="39"/>
        <location filename="../../ui/safety/restore_dialog.py" line="117"/>
        <location filename="../../ui/safety/restore_dialog.py" line="122"/>
        <location filename="../../ui/safety/restore_dialog.py" line="134"/>
        <location filename="../../ui/safety/restore_dialog.py" line="136"/>
        <location filename="../../ui/safety/restore_dialog.py" line="158"/>
        <location filename="../../ui/safety/restore_dialog.py" line="177"/>
        <location filename="../../ui/safety/restore_dialog.py" line="216"/>
        <source>恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="45"/>
        <source>备份文件夹：{0}
选择一个备份，程序会先校验它；恢复后现有数据库另存，不会丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="53"/>
        <source>尚未选择备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="59"/>
        <source>选择其他文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="61"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="64"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="79"/>
        <source>选择备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="80"/>
        <source>督查工作台数据库 (*.sqlite3);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="105"/>
        <source>✗ 不能恢复“{0}”：
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="108"/>
        <source>✓ “{0}”校验通过：完整性、数据版本和审计链均正常。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="117"/>
        <source>只有管理员可以恢复备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="124"/>
        <source>用“{0}”替换现在的数据库吗？
现在的数据库会另存为 *.replaced-日期-时间.sqlite3。
请先关闭其他电脑和窗口中的督查工作台。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="130"/>
        <source>恢复备份：账号将改变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="170"/>
        <source>已恢复。原数据库另存为：
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="170"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="174"/>
        <source>接下来请用备份中的账号登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/restore_dialog.py" line="175"/>
        <source>恢复备份：账号已改变</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="497"/>
        <source>回访复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="498"/>
        <source>复核日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="499"/>
        <source>通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="500"/>
        <source>不通过（退回办理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="507"/>
        <source>复核结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="508"/>
        <source>复核情况/原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="509"/>
        <source>重新设定时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="509"/>
        <source>不通过时重新设定办理时限（否则原时限不变）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="510"/>
        <source>新时限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetySettings</name>
    <message>
        <location filename="../../ui/safety/settings.py" line="29"/>
        <source>账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="40"/>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="43"/>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="45"/>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="54"/>
        <source>备份文件夹、保留份数等在“选项”页的“备份”组中设置；可指向 U 盘或网络共享。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="70"/>
        <source>已启用账号登录。当前用户：{0}（{1}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="72"/>
        <source>管理账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="75"/>
        <source>尚未建立账号：凡能连上这个服务器数据库的人都以“本机用户”（管理员）身份修改数据，审计记录分不出是谁，直到管理员建立账号为止。建议立即建立管理员账号，再为每位同事建立账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="79"/>
        <source>尚未建立账号：程序以“本机用户”身份运行，任何打开本机的人都能修改数据。建议建立管理员账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="81"/>
        <source>建立管理员账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="87"/>
        <source>备份文件夹：{0}
最近备份：{1:%Y-%m-%d %H:%M}（{2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="90"/>
        <source>备份文件夹：{0}
尚无备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="111"/>
        <source>备份失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="113"/>
        <source>已备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/settings.py" line="113"/>
        <source>已备份到：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringSettings</name>
    <message>
        <location filename="../../ui/overview/scoring_settings.py" line="34"/>
        <source>绩效考评评分方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/scoring_settings.py" line="38"/>
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/scoring_settings.py" line="43"/>
        <source>基础分：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/scoring_settings.py" line="58"/>
        <source>得分 = 基础分 + Σ（次数 × 每次分值 × 权重），每项不超过封顶分。已锁定的季度保持锁定时的方案和得分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/scoring_settings.py" line="61"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/scoring_settings.py" line="62"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/scoring_settings.py" line="74"/>
        <source>已保存的本年度方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/scoring_settings.py" line="74"/>
        <source>尚未保存：沿用往年方案或默认方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/scoring_settings.py" line="98"/>
        <source>只有管理员可以修改评分方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/scoring_settings.py" line="120"/>
        <source>未能保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/search_dialog.py" line="40"/>
        <source>全局搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="44"/>
        <source>输入文字、编号片段或拼音首字母，如：城中村、2014〕9、szj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="48"/>
        <location filename="../../ui/search_dialog.py" line="72"/>
        <source>按 ↑↓ 选择，回车打开；多个词用空格分开表示同时包含。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="51"/>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="51"/>
        <source>情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="65"/>
        <source>搜索失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="74"/>
        <source>正在查找…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="84"/>
        <source>没有找到包含“{0}”的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_dialog.py" line="107"/>
        <source>找到 {0} 条（每类列出最近的几条）。回车打开选中的记录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="383"/>
        <source>签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="384"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="385"/>
        <source>签收日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="386"/>
        <source>签收人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageForm</name>
    <message>
        <location filename="../../ui/key_items/stage_form.py" line="20"/>
        <source>修改阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stage_form.py" line="20"/>
        <source>新增阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stage_form.py" line="26"/>
        <source>阶段序号*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stage_form.py" line="27"/>
        <source>阶段名称*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stage_form.py" line="28"/>
        <source>这一阶段要完成什么，如：完成征地拆迁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stage_form.py" line="30"/>
        <source>完成时限*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stage_form.py" line="33"/>
        <source>不晚于事项的完成时限 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stage_form.py" line="36"/>
        <source>责任单位*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stage_form.py" line="40"/>
        <source>已完成，完成日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stage_form.py" line="49"/>
        <source>完成情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stage_form.py" line="53"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stage_form.py" line="59"/>
        <source>责任单位“{0}”不在单位名录中，请从列表中选择。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesJob</name>
    <message>
        <location filename="../../ui/key_items/stages_job.py" line="50"/>
        <source>新增阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stages_job.py" line="53"/>
        <source>请先在上方的事项表中选择一个事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stages_job.py" line="61"/>
        <source>编辑阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stages_job.py" line="65"/>
        <location filename="../../ui/key_items/stages_job.py" line="77"/>
        <source>请先在“阶段计划”表中选择一个阶段。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stages_job.py" line="73"/>
        <source>删除阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stages_job.py" line="81"/>
        <source>确定删除第{0}阶段“{1}”（完成时限 {2}，{3}）吗？
此操作不可撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/stages_job.py" line="89"/>
        <source>新增阶段…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatTableBox</name>
    <message>
        <location filename="../../ui/overview/stats.py" line="104"/>
        <source>（该部分暂无数据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overview/stats.py" line="127"/>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateForm</name>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="202"/>
        <source>变更状态：第{0}项 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="206"/>
        <source>当前：{0}  →  改为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="207"/>
        <source>日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/item_form.py" line="208"/>
        <source>原因/说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="523"/>
        <source>中止/撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="524"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="526"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="527"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionForm</name>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="99"/>
        <source>新增意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="101"/>
        <source>督查活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="102"/>
        <source>意见建议*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="103"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_items/activity_forms.py" line="109"/>
        <source>单位“{0}”不在单位名录中，请从列表中选择，或留空。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="354"/>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="355"/>
        <source>点“完成”后一次写入下面各项；在此之前什么都没有保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="366"/>
        <source>{0}：已跳过，不作修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateButton</name>
    <message>
        <location filename="../../ui/widgets/template_button.py" line="21"/>
        <source>导入模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_button.py" line="22"/>
        <source>保存“{0}”的导入模板（.xlsx）：表头、一行示例和逐列说明，填好后导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_button.py" line="32"/>
        <source>保存导入模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_button.py" line="33"/>
        <source>{0}导入模板.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_button.py" line="34"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_button.py" line="47"/>
        <source>已保存导入模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_button.py" line="48"/>
        <source>已保存到：{0}

第3行是示例，请改写或删除；标色的列必填，各列的含义和写法见“说明”工作表。填好后点“导入”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_button.py" line="53"/>
        <source>未能保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/template_button.py" line="54"/>
        <source>导入模板没有保存：{0}
请换一个文件夹，或先关闭在 Excel 中打开的同名文件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicDetail</name>
    <message>
        <location filename="../../ui/research/pane.py" line="191"/>
        <source>修改课题…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="192"/>
        <source>批示转为批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="193"/>
        <location filename="../../ui/research/pane.py" line="459"/>
        <source>删除课题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="200"/>
        <source>新增实地调研…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="201"/>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="202"/>
        <location filename="../../ui/research/pane.py" line="210"/>
        <location filename="../../ui/research/pane.py" line="447"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="208"/>
        <source>新增意见建议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="209"/>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="214"/>
        <source>报告摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="216"/>
        <source>保存摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="217"/>
        <source>附报告文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="220"/>
        <location filename="../../ui/research/pane.py" line="490"/>
        <location filename="../../ui/research/pane.py" line="494"/>
        <source>打开报告文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="236"/>
        <source>实地调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="239"/>
        <source>发现问题与意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="247"/>
        <source>调研报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="341"/>
        <source>进入下一阶段：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="341"/>
        <source>已完成全部阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="374"/>
        <source>报告文件：%1（SHA-256 %2…，%3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="376"/>
        <source>校验一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="376"/>
        <source>校验不符或文件缺失！</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="378"/>
        <source>尚未附报告文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="384"/>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="428"/>
        <source>删除实地调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="429"/>
        <source>确定删除 %1 在“%2”的实地调研记录吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="448"/>
        <source>确定删除这条%1吗？

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="457"/>
        <source>不能删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="460"/>
        <source>确定删除调研课题“%1”及其实地调研和意见建议吗？此操作不可撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="465"/>
        <location filename="../../ui/research/pane.py" line="468"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="465"/>
        <source>类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="468"/>
        <source>内容：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="480"/>
        <source>选择调研报告文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="481"/>
        <source>报告 (*.docx *.doc *.pdf *.wps *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="491"/>
        <source>报告文件缺失，或与附上时的校验值不符（可能已被改动），没有打开。请重新附报告文件，或请管理员运行 check 检查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="498"/>
        <source>转为批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="499"/>
        <source>把领导对本报告的批示登记为一件批示件，进入专项查办的办理队列？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <location filename="../../ui/research/pane.py" line="95"/>
        <source>课题名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="96"/>
        <source>选题方向：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="100"/>
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="103"/>
        <source>参加人员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="104"/>
        <source>计划开始：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="106"/>
        <source>计划完成：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="109"/>
        <source>联合单位：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitChangeForm</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="282"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="283"/>
        <source>新承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="284"/>
        <source>分工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="285"/>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="299"/>
        <source>新单位的期限：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="301"/>
        <source>（{0}个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="303"/>
        <source>（暂定：该年节假日安排未录入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="311"/>
        <source>“{0}”不是名录中的单位：请从下拉建议中选择新承办单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="312"/>
        <source>请从名录中选择新承办单位。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDeadline</name>
    <message>
        <location filename="../../ui/instructions/forms.py" line="246"/>
        <source>按原交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="247"/>
        <source>工作日数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instructions/forms.py" line="248"/>
        <source>具体日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../ui/reference/editors.py" line="37"/>
        <source>编辑单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="37"/>
        <source>新增单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="39"/>
        <source>单位名称*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="40"/>
        <source>简称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="44"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="45"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="46"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="48"/>
        <source>分管领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="50"/>
        <source>分管这个单位的领导；批示件、重点工作可按分管领导筛选。不指定则留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="51"/>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="134"/>
        <source>没有名为“{0}”的单位：请从列表中选择（可输入名称或拼音首字母），或清空。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsEditor</name>
    <message>
        <location filename="../../ui/reference/editors.py" line="230"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="244"/>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="245"/>
        <source>简称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="246"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="247"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="248"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="249"/>
        <source>分管领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="250"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="250"/>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="250"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="270"/>
        <source>停用单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="271"/>
        <source>停用“{0}”后，新记录中不能再选它；已有记录不受影响。确定停用吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="281"/>
        <source>删除单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reference/editors.py" line="282"/>
        <source>确定删除“{0}”吗？此操作会记入审计记录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/research/pane.py" line="129"/>
        <source>日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="131"/>
        <source>地点：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="132"/>
        <source>调研单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="134"/>
        <source>参加人员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/research/pane.py" line="135"/>
        <source>情况记录：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../ui/workbench.py" line="144"/>
        <source>数据库“{0}”未能打开，程序将关闭。

{1}</source>
        <extracomment>the open database: a file, or the office server&apos;s ``postgresql://`` address how a start that showed the window before opening its file ended, if it did not open it: ``&quot;refused&quot;`` (the file cannot be used) or ``&quot;quit&quot;`` (sign-in cancelled, or the window closed before it was idle)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="203"/>
        <location filename="../../ui/workbench.py" line="230"/>
        <location filename="../../ui/workbench.py" line="287"/>
        <source>演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="203"/>
        <source>现在打开的已经是演示数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="208"/>
        <source>未打开演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="209"/>
        <source>已有“{0}”，但它不是演示数据库（其中有单位等记录，或不是本程序的文件）。为免覆盖，没有打开它。请把它改名或移走后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="221"/>
        <location filename="../../ui/workbench.py" line="270"/>
        <location filename="../../ui/workbench.py" line="279"/>
        <source>演示数据未能生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="222"/>
        <source>无法建立文件夹“{0}”：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="228"/>
        <source>正在生成演示数据（2014年南宁市委督查室），需要几秒钟……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="229"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="265"/>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="266"/>
        <source>已取消，演示数据库没有生成（演示数据一次写完，中途取消不留半成品）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="271"/>
        <source>生成演示数据时出错：
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="280"/>
        <source>无法启动生成演示数据的程序：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="288"/>
        <source>现在打开的是演示数据库：{0}

这是南宁市委督查室 2014年的演示数据（人名为虚构），“今天”按 {1}年{2}月{3}日 计。在这里所做的任何修改只影响演示数据库，不影响本室数据。

要回到本室数据库，请点窗口右下角的“返回本室数据库”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TitledTable</name>
    <message>
        <location filename="../../ui/overview/stats.py" line="84"/>
        <source>导出 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_UnitList</name>
    <message>
        <location filename="../../ui/research/pane.py" line="51"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>database_target</name>
    <message>
        <location filename="../../ui/server_start.py" line="31"/>
        <source>无法打开服务器数据库：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>open_with_system</name>
    <message>
        <location filename="../../ui/widgets/open_file.py" line="17"/>
        <source>这台电脑上没有能打开“{0}”的程序（或无法启动它），没有打开。

文件在本机的位置：
{1}

请安装能打开这类文件的程序，或到上面的文件夹中用其他程序打开。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="379"/>
        <source>开机检查未能完成：{0}</source>
        <extracomment>``DUCHA_EXIT_WHEN_IDLE=1``: open the window, fill the first screen, quit at the first idle moment (no start-of-day work, no exit backup), so a start can be timed whole.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

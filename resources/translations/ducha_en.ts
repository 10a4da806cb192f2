<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/instruction_forms.py" line="378"/>
        <source>立项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="378"/>
        <source>立项意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="380"/>
        <source>不立项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="380"/>
        <source>不立项理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="382"/>
        <source>办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="382"/>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="383"/>
        <source>承办单位报送的办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="385"/>
        <source>报结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="385"/>
        <source>报结情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="386"/>
        <source>向批示领导报送办理结果的方式和内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="42"/>
        <source>新建管理员账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="43"/>
        <source>新建账号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="78"/>
        <location filename="../../ui/accounts_dialog.py" line="154"/>
        <location filename="../../ui/accounts_dialog.py" line="159"/>
        <source>账号管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="89"/>
        <location filename="../../ui/accounts_dialog.py" line="122"/>
        <source>新建账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="90"/>
        <source>重置密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="91"/>
        <source>改角色…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="92"/>
        <location filename="../../ui/accounts_dialog.py" line="127"/>
        <location filename="../../ui/accounts_dialog.py" line="148"/>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="93"/>
        <source>解除锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="94"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="117"/>
        <source>本数据库尚未建立账号，目前以“本机用户”身份运行，任何打开它的人都可以修改数据。请先建立管理员账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="119"/>
        <source>建立管理员账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="121"/>
        <source>管理员：账号、设置、日历；督查员：录入和修改记录、印发文档；查阅：只读和打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="129"/>
        <source>锁定至 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="131"/>
        <source>正常</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="148"/>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="179"/>
        <location filename="../../ui/accounts_dialog.py" line="183"/>
        <location filename="../../ui/accounts_dialog.py" line="187"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="179"/>
        <source>“{0}”的新密码：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="183"/>
        <source>再输一次：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="187"/>
        <source>两次输入的密码不一致，未做修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="190"/>
        <source>已重置“{0}”的密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="198"/>
        <source>改角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="198"/>
        <source>“{0}”的角色：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="209"/>
        <source>停用账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="210"/>
        <source>停用“{0}”后它将不能登录（历史记录保留）。确定吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../ui/activity_forms.py" line="39"/>
        <source>新增督查活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="39"/>
        <source>修改督查活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="41"/>
        <source>督查日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="47"/>
        <source>督查方式*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="48"/>
        <source>活动名称*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="49"/>
        <source>如：7座跨江桥梁建设专项督查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="62"/>
        <source>（{0}年）{1}. {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="68"/>
        <source>勾选本次督查的{0}事项（可多选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="69"/>
        <source>督查事项*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="70"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="71"/>
        <source>参加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="74"/>
        <source>发现问题</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllView</name>
    <message>
        <location filename="../../ui/panes/messages.py" line="550"/>
        <source>搜索编号、标题、留言人、领域、地区（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="552"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="556"/>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="590"/>
        <source>共 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignForm</name>
    <message>
        <location filename="../../ui/instruction_forms.py" line="160"/>
        <source>交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="161"/>
        <source>交办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="162"/>
        <source>牵头单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="167"/>
        <source>添加协办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="171"/>
        <source>协办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="174"/>
        <source>双击移除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="177"/>
        <source>工作日数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="178"/>
        <source>具体日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="189"/>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="200"/>
        <source>请从名录中选择协办单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="210"/>
        <location filename="../../ui/instruction_forms.py" line="215"/>
        <source>期限：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="221"/>
        <source>请从名录中选择牵头单位。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../../ui/panes/messages.py" line="286"/>
        <source>汇总本周已审核回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="287"/>
        <source>导出 .xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="288"/>
        <source>移出批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="289"/>
        <source>标记为已发布…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="299"/>
        <source>周：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="332"/>
        <source>尚未汇总；已审核待编入 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="334"/>
        <source>已于 %1 发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="336"/>
        <source>待发布；另有已审核未编入 %1 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="337"/>
        <source>回复日 %1（%2）&#x3000;批次 %3 条&#x3000;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="353"/>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="372"/>
        <source>导出集中回复清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="373"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="381"/>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="382"/>
        <source>无法写入文件（%1）。请关闭在 Excel 中打开的同名文件，或换一个位置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="385"/>
        <source>&#x3000;已导出：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="408"/>
        <source>标记为已发布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="409"/>
        <source>确认这 %1 条回复已在留言板上发布？
它们将全部标为“已回复”，回复日期 %2。此操作不能撤销。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSettings</name>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="71"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="71"/>
        <location filename="../../ui/panes/calendar_settings.py" line="143"/>
        <source>星期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="71"/>
        <source>安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="71"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="76"/>
        <source>录入一天…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="77"/>
        <source>恢复为常规</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="78"/>
        <source>标记本年已录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="79"/>
        <source>从文件导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="94"/>
        <source>导入文件的列：日期、类型（放假/上班）、名称。每年国务院公布放假安排后录入下一年。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="117"/>
        <source>{0}年 — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="118"/>
        <source>{0}年 — 未录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="133"/>
        <source>数据来源：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="137"/>
        <source>{0}年的法定节假日和调休安排尚未录入：该年的期限按周一至周五推算，并标为“暂定”。请录入或导入国务院放假安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="178"/>
        <location filename="../../ui/panes/calendar_settings.py" line="191"/>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="184"/>
        <source>标记已录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="185"/>
        <source>确认{0}年的节假日和调休已全部录入？此后该年的期限不再标为“暂定”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="196"/>
        <source>导入放假安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="197"/>
        <source>表格 (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="204"/>
        <source>文件有误，未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="207"/>
        <source>确认导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="207"/>
        <source>将导入 {0} 条记录，并标记 {1} 年为已录入。继续吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="212"/>
        <source>未能导入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="234"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="235"/>
        <source>上一月/周（PgUp）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="236"/>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="237"/>
        <source>回到今天（Ctrl+T）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="238"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="239"/>
        <source>下一月/周（PgDn）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="240"/>
        <source>转到…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="241"/>
        <source>转到日期（Ctrl+G）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="248"/>
        <source>月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="248"/>
        <source>周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="248"/>
        <source>列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="261"/>
        <location filename="../../ui/widgets/calendar_view.py" line="276"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="261"/>
        <location filename="../../ui/widgets/calendar_view.py" line="276"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="262"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="266"/>
        <source>● 超期&#x3000;▲ 临期&#x3000;■ 正常&#x3000;○ 已结&#x3000;｜&#x3000;休：节假日&#x3000;班：调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="269"/>
        <location filename="../../ui/widgets/calendar_view.py" line="508"/>
        <source>打印/存为PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="270"/>
        <source>导出 .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="276"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="276"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="276"/>
        <source>红绿灯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="378"/>
        <source>转到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="378"/>
        <source>日期（如 2014-10-28）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="385"/>
        <source>日期有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="441"/>
        <source>{0}年{1}月{2}日—{3}月{4}日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="444"/>
        <source>{0}年{1}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="446"/>
        <source>（节假日未录入，暂按周一至周五）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="460"/>
        <source>（暂定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="490"/>
        <source>督查工作日历 {0}年{1}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="496"/>
        <source>存为PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="496"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="503"/>
        <source>正在生成PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="510"/>
        <location filename="../../ui/widgets/calendar_view.py" line="526"/>
        <source>保存失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="511"/>
        <source>无法写入“{0}”：{1}。请换一个位置或关闭正在打开它的程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="519"/>
        <source>导出 .ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="520"/>
        <source>iCalendar 文件 (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="527"/>
        <source>无法写入“{0}”：{1}。请换一个位置。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="76"/>
        <source>单击或按回车打开</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <location filename="../../ui/panes/stats.py" line="271"/>
        <source>保存为 PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="292"/>
        <source>保存图表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="293"/>
        <source>PNG 图片 (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="297"/>
        <source>保存失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="297"/>
        <source>无法写入“{0}”，请换一个文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriticismDialog</name>
    <message>
        <location filename="../../ui/panes/instructions.py" line="409"/>
        <source>通报批评候选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="413"/>
        <source>以下单位符合通报批评条件（超期未获批延期超过 {0} 个工作日、被催办 {1} 次以上，或回访复核不通过）。请勾选拟通报的单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="417"/>
        <source>选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="417"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="417"/>
        <source>批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="417"/>
        <source>时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="418"/>
        <source>办理不力情形</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="431"/>
        <source>（已通报过）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="435"/>
        <source>整改期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="438"/>
        <source>抄送市委、市政府领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="443"/>
        <source>整改要求：例如 限期办结并书面报告整改情况，单位主要负责人作出书面检查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="450"/>
        <source>生成通报批评记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="451"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="456"/>
        <source>目前没有符合条件的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="468"/>
        <source>市委、市政府领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="472"/>
        <source>通报批评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="472"/>
        <source>已生成通报批评记录：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriticismEditor</name>
    <message>
        <location filename="../../ui/criticism_records.py" line="41"/>
        <source>修改通报批评记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="50"/>
        <source>通报标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="51"/>
        <source>整改期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="52"/>
        <source>整改要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="53"/>
        <source>主送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="54"/>
        <source>抄送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="59"/>
        <source>通报事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="63"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="65"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="94"/>
        <source>放弃修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="94"/>
        <source>已修改的内容尚未保存，确定放弃吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriticismRecordsDialog</name>
    <message>
        <location filename="../../ui/criticism_records.py" line="108"/>
        <location filename="../../ui/criticism_records.py" line="183"/>
        <source>通报批评记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="122"/>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="124"/>
        <source>生成通报批评…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="125"/>
        <source>转到“文档”，为所选记录生成通报批评文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="127"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="150"/>
        <source>已印发（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="162"/>
        <source>共 {0} 份，其中草稿 {1} 份（草稿可修改，已印发的不能修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="163"/>
        <source>还没有通报批评记录：请在“通报批评候选”中选定单位生成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="184"/>
        <source>该通报已于 {0} 印发，不能再修改；如需更正，请另行生成新的通报批评记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="200"/>
        <source>生成通报批评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/criticism_records.py" line="201"/>
        <source>请在左侧“文档”中选择“通报批评”，再选定记录“{0}”生成。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTextForm</name>
    <message>
        <location filename="../../ui/instruction_forms.py" line="147"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayForm</name>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="38"/>
        <source>录入节假日或调休</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="43"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="45"/>
        <source>放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="45"/>
        <source>上班（调休）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="46"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="47"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="48"/>
        <source>如：国庆节、国庆节调休</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayGrid</name>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="113"/>
        <source>周{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="134"/>
        <source>休</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="134"/>
        <source>班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="151"/>
        <source>（暂定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/calendar_view.py" line="160"/>
        <source>另有 {0} 项……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideExtensionForm</name>
    <message>
        <location filename="../../ui/instruction_forms.py" line="305"/>
        <source>审批延期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="306"/>
        <source>延期申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="312"/>
        <source>审批日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="313"/>
        <source>批准（时限顺延）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="314"/>
        <source>不批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="321"/>
        <source>审批意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="322"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../ui/meeting_forms.py" line="50"/>
        <source>新增决定事项（立项督查）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="58"/>
        <source>会议纪要*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="59"/>
        <source>出自段落*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="60"/>
        <source>如：第三条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="61"/>
        <source>决定事项*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="65"/>
        <source>工作内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="66"/>
        <source>牵头单位*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="67"/>
        <source>完成时限*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="71"/>
        <source>纳入绩效考评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="82"/>
        <source>尚无会议纪要：请先用“新增纪要…”登记纪要。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="85"/>
        <source>牵头单位“{0}”不在单位名录中，请从列表中选择。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="38"/>
        <source>计算失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="46"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="49"/>
        <source>第{0}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="55"/>
        <source>锁定结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="57"/>
        <source>解锁…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="59"/>
        <source>导出 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="61"/>
        <source>导出 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="63"/>
        <source>评分方案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="97"/>
        <source>正在计算…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="104"/>
        <source>■ 已锁定：{0}，{1}（此后修改记录不影响本季度得分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="107"/>
        <source>未锁定：按 {0} 的记录实时计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="110"/>
        <source>{0}：{1} 个单位；基础分 {2:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="152"/>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="160"/>
        <source>锁定考评结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="161"/>
        <source>锁定{0}的考评结果？锁定后修改记录不再影响该季度得分，解锁须由管理员写明原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="168"/>
        <source>解锁考评结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="169"/>
        <source>解锁{0}的原因（将记入审计记录）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="179"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="180"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="181"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="196"/>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="196"/>
        <source>无法写入“{0}”（{1}），请关闭已打开的文件或换一个位置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/evaluation.py" line="198"/>
        <source>已导出到 {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionForm</name>
    <message>
        <location filename="../../ui/instruction_forms.py" line="290"/>
        <source>申请延期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="291"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="292"/>
        <source>申请日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="293"/>
        <source>申请延至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="294"/>
        <source>延期理由</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingForm</name>
    <message>
        <location filename="../../ui/panes/research.py" line="156"/>
        <source>内容：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../ui/activity_forms.py" line="125"/>
        <source>更新意见建议落实情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="130"/>
        <source>意见建议*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="134"/>
        <source>落实记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="136"/>
        <source>更新为*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="137"/>
        <source>日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="139"/>
        <source>情况说明*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="155"/>
        <source>（尚无跟踪记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="164"/>
        <source>请先选择一条意见建议。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FontsInfo</name>
    <message>
        <location filename="../../ui/panes/settings.py" line="124"/>
        <source>公文字体模块不可用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/settings.py" line="128"/>
        <source>公文各部分使用的字体：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="43"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="44"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="101"/>
        <source>放弃修改？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="101"/>
        <source>表单中有尚未保存的内容，确定放弃吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandleDialog</name>
    <message>
        <location filename="../../ui/panes/messages.py" line="482"/>
        <source>办理留言 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="493"/>
        <source>办理：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="494"/>
        <source>转办单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="496"/>
        <source>内容：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="497"/>
        <source>研判意见 / 单位答复 / 审核通过的回复 / 退回或不予回复的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="530"/>
        <source>请从列表中选择转办单位。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../ui/panes/key_items.py" line="842"/>
        <source>导入预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="844"/>
        <source>{0}年计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="844"/>
        <source>（将新建）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="846"/>
        <source>{0}：新增 {1} 项，更新 {2} 项，无变化 {3} 项，有误 {4} 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="850"/>
        <location filename="../../ui/panes/key_items.py" line="880"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="850"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="850"/>
        <source>工作事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="850"/>
        <source>处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="851"/>
        <source>内容（原值 → 新值）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="854"/>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="873"/>
        <source>“更新”各行将按文件修改计划中已有的事项（修改留有审计记录）；文件中没有的列和空白格保持原值；如需清空请在事项表单中修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="895"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="856"/>
        <source>交办后{0}个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="858"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="858"/>
        <source>完成时限：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="878"/>
        <source>文件中的事项与计划一致（无变化），无需导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="880"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="880"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="886"/>
        <source>以下各行有误，整个文件未导入。请在 Excel 中改正后重新导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="892"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="895"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionDetail</name>
    <message>
        <location filename="../../ui/instruction_detail.py" line="57"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="59"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="59"/>
        <source>分工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="59"/>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="60"/>
        <source>签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="60"/>
        <source>催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="60"/>
        <source>延期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="64"/>
        <source>办理过程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="66"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="66"/>
        <source>环节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="66"/>
        <source>情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="66"/>
        <source>经办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="97"/>
        <source>在左侧列表中选择一件批示件查看详情。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="107"/>
        <source>未交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="109"/>
        <location filename="../../ui/instruction_detail.py" line="140"/>
        <source>（暂定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="114"/>
        <source>状态：{0}&#x3000;{1}{2}批示（{3}）&#x3000;登记：{4}&#x3000;时限：{5}&#x3000;缓急：{6}&#x3000;催办：{7}次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="126"/>
        <source>附件：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="127"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="142"/>
        <source>未签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="144"/>
        <source>（签收超时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="195"/>
        <source>选择扫描件或附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_detail.py" line="202"/>
        <source>未能添加附件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../ui/panes/key_items.py" line="128"/>
        <source>有单位未按期报送季度进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="129"/>
        <source>最近一次评估为滞后</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyItemForm</name>
    <message>
        <location filename="../../ui/key_item_form.py" line="52"/>
        <source>编辑重点工作事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="52"/>
        <source>新增重点工作事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="59"/>
        <source>序号*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="60"/>
        <source>工作事项*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="64"/>
        <source>工作内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="68"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="72"/>
        <source>牵头单位*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="82"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="86"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="88"/>
        <source>交办后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="91"/>
        <source> 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="93"/>
        <source>交办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="101"/>
        <source>完成时限*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="107"/>
        <source>每季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="108"/>
        <source>督查时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="109"/>
        <source>日期用“、”分隔，或填“每季度”，如：每季度、2014-06-18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="110"/>
        <source>纳入绩效考评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="124"/>
        <source>督查时间：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="129"/>
        <source>牵头单位“{0}”不在单位名录中，请从列表中选择。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderForm</name>
    <message>
        <location filename="../../ui/panes/reference.py" line="59"/>
        <source>编辑领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="59"/>
        <source>新增领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="61"/>
        <source>姓名*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="62"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="66"/>
        <source>层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="67"/>
        <source>在任</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadersEditor</name>
    <message>
        <location filename="../../ui/panes/reference.py" line="234"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="235"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="236"/>
        <source>层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="237"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="237"/>
        <source>在任</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="237"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="261"/>
        <source>删除领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="261"/>
        <source>确定删除“{0}”吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="30"/>
        <source>登录督查工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="34"/>
        <source>账号名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="37"/>
        <location filename="../../ui/login.py" line="44"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="43"/>
        <source>账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="46"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="47"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="50"/>
        <source>忘记密码请联系管理员重置。连续输错密码会暂时锁定账号。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>重点工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>督查调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>网民留言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39"/>
        <source>文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41"/>
        <source>审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>督查工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Ctrl+{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>数据库：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>今天：{0}年{1}月{2}日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>用户：{0}（{1}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesForm</name>
    <message>
        <location filename="../../ui/meeting_forms.py" line="23"/>
        <source>修改会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="23"/>
        <source>登记会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="25"/>
        <source>纪要编号*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="26"/>
        <source>如：〔2014〕5号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="27"/>
        <source>会议*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="28"/>
        <source>如：市委常委会2014年第5次会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="29"/>
        <source>会议日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/meeting_forms.py" line="34"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePicker</name>
    <message>
        <location filename="../../ui/widgets/pickers.py" line="57"/>
        <source>输入名称或拼音首字母</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountForm</name>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="45"/>
        <source>账号名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="46"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="53"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="54"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="55"/>
        <source>再输一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="58"/>
        <source>密码至少 {0} 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="60"/>
        <source>建立后，每次打开程序都须用账号登录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsForm</name>
    <message>
        <location filename="../../ui/panes/settings.py" line="76"/>
        <source>保存设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/settings.py" line="102"/>
        <source>未能保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/settings.py" line="105"/>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/settings.py" line="105"/>
        <source>设置已保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <location filename="../../ui/panes/settings.py" line="142"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/settings.py" line="143"/>
        <source>领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/settings.py" line="144"/>
        <source>工作日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/settings.py" line="145"/>
        <source>选项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/settings.py" line="146"/>
        <source>公文字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/settings.py" line="149"/>
        <source>账号与备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/settings.py" line="151"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="99"/>
        <source>记录编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="102"/>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="103"/>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="113"/>
        <source>查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="114"/>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="115"/>
        <source>核对审计链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="123"/>
        <source>表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="124"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="151"/>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="151"/>
        <source>改前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="151"/>
        <source>改后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="165"/>
        <source>审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="179"/>
        <location filename="../../ui/panes/audit.py" line="184"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="208"/>
        <source>记录编号应为数字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="212"/>
        <source>共 {0} 条审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="231"/>
        <location filename="../../ui/panes/audit.py" line="233"/>
        <source>审计链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="231"/>
        <source>审计记录被改动：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="233"/>
        <source>审计记录完整，散列链未被改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="240"/>
        <source>导出审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="241"/>
        <location filename="../../ui/panes/key_items.py" line="795"/>
        <location filename="../../ui/panes/stats.py" line="607"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/audit.py" line="248"/>
        <source>已导出 {0} 条到 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="123"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="124"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="135"/>
        <source>单机模式：本数据库尚未建立账号，任何人打开程序都以“本机用户”（管理员）身份操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="137"/>
        <source>创建管理员账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="146"/>
        <source>超期事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="146"/>
        <source>没有超期的重点工作和批示件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="147"/>
        <source>本周到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="147"/>
        <source>本周没有到期的事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="148"/>
        <source>季度进展缺报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="148"/>
        <source>各单位季度进展均已按时报送。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="149"/>
        <location filename="../../ui/panes/messages.py" line="619"/>
        <location filename="../../ui/panes/stats.py" line="387"/>
        <source>网民留言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="149"/>
        <source>没有未阅的留言。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="150"/>
        <source>待回访复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="150"/>
        <source>没有待复核的办结件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="151"/>
        <source>拟通报批评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="151"/>
        <source>暂无符合通报批评条件的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="174"/>
        <source>正在更新…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="178"/>
        <source>更新失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="184"/>
        <source>工作台&#x3000;{0}年{1}月{2}日 星期{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="188"/>
        <source>{0}年的工作日历（节假日与调休安排）尚未录入：跨年的期限暂按周一至周五计算，请在“设置 → 工作日历”中录入国务院公布的放假安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="201"/>
        <source>今日待阅 {0} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/dashboard.py" line="203"/>
        <source>积压未回复 {0} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="94"/>
        <source>生成预览(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="95"/>
        <source>另存为PDF(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="96"/>
        <source>打印(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="97"/>
        <source>印发并登记(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="109"/>
        <source>文件类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="127"/>
        <source>印发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="127"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="127"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="128"/>
        <location filename="../../ui/panes/documents.py" line="184"/>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="128"/>
        <source>页数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="128"/>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="133"/>
        <source>查看/重印所选文件(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="141"/>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="142"/>
        <source>印发登记簿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="171"/>
        <source>自动（下一期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="181"/>
        <source>起始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="182"/>
        <source>截止日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="183"/>
        <source>期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="185"/>
        <source>总体情况（文字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="186"/>
        <source>重点工作（要求）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="187"/>
        <source>问题（要求）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="188"/>
        <source>下一步工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="189"/>
        <source>附各重点工作事项推进详情（各单位最新季度报告）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="191"/>
        <source>数字（批示件件数、到期办结率、进展表）取自数据库，不能在此改写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="202"/>
        <source>批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="209"/>
        <source>办理时限（工作日，尚未交办时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="210"/>
        <source>承办单位（尚未交办时勾选，第一个为牵头）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="220"/>
        <location filename="../../ui/panes/instructions.py" line="166"/>
        <source>通报批评记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="227"/>
        <source>会议纪要（不选则全部）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="254"/>
        <source>{0}&#x3000;{1}（{2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="316"/>
        <source>请填写通报标题。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="322"/>
        <source>请选择批示件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="328"/>
        <source>请选择正在办理的批示件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="333"/>
        <source>还没有通报批评记录：请先在“批示件”中选定拟通报的单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="345"/>
        <location filename="../../ui/panes/documents.py" line="372"/>
        <source>无法生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="354"/>
        <source>正在生成PDF……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="358"/>
        <source>正在生成……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="377"/>
        <source>预览稿（尚未印发，不占用编号）：拟用编号 {0}；共 {1} 页。字体：{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="383"/>
        <source>字体未嵌入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="388"/>
        <source>生成失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="388"/>
        <source>生成PDF时出错：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="427"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="428"/>
        <source>另存为PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="428"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="434"/>
        <source>保存失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="435"/>
        <source>无法写入“{0}”：{1}。文件是否正在被其他程序打开？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="437"/>
        <source>已保存到 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="449"/>
        <source>打印失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="449"/>
        <source>无法连接打印机，请检查打印机后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="462"/>
        <source>已送打印机，共 {0} 页。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="472"/>
        <source>同时登记交办（如尚未交办）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="473"/>
        <source>同时为每个承办单位登记一次书面催办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="474"/>
        <source>该通报批评记录将标为已印发。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="476"/>
        <source>印发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="477"/>
        <source>印发{0} {1}？
编号一经印发不能再用。{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="483"/>
        <source>未能印发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="487"/>
        <source>已印发并登记：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="515"/>
        <source>无法重印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/documents.py" line="522"/>
        <source>已印发文件 {0}（{1}，与原件相同，可打印或另存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="158"/>
        <source>登记批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="159"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="161"/>
        <location filename="../../ui/panes/instructions.py" line="340"/>
        <location filename="../../ui/panes/instructions.py" line="345"/>
        <source>批量催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="162"/>
        <source>对所选的批示件（可按住 Ctrl/Shift 多选）的全部承办单位催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="164"/>
        <source>通报批评候选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="168"/>
        <source>导入台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="170"/>
        <location filename="../../ui/panes/key_items.py" line="794"/>
        <source>导出台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="173"/>
        <source>筛选：编号、领导、单位、批示内容（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="272"/>
        <source>正在准备检索…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="282"/>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="286"/>
        <source>共 {0} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="340"/>
        <source>请先在列表中选择要催办的批示件（可多选）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="346"/>
        <source>已催办 {0} 个承办单位。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="359"/>
        <source>导入批示件台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="360"/>
        <source>Excel 或 CSV (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="366"/>
        <location filename="../../ui/panes/key_items.py" line="818"/>
        <location filename="../../ui/panes/messages.py" line="677"/>
        <source>无法导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="370"/>
        <source>
……另有 {0} 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="371"/>
        <location filename="../../ui/panes/messages.py" line="686"/>
        <source>文件有误，未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="372"/>
        <source>{0}

{1}{2}

请改正后重新导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="374"/>
        <source>确认导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="374"/>
        <source>{0}。确定导入吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="380"/>
        <source>未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="383"/>
        <location filename="../../ui/panes/key_items.py" line="830"/>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="383"/>
        <source>已导入 {0} 件批示件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="390"/>
        <source>导出批示件台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="390"/>
        <source>批示件台账.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="391"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="395"/>
        <source>领导批示件办理台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="398"/>
        <location filename="../../ui/panes/key_items.py" line="802"/>
        <location filename="../../ui/panes/stats.py" line="613"/>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="398"/>
        <source>无法写入文件：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="400"/>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/instructions.py" line="400"/>
        <location filename="../../ui/panes/stats.py" line="616"/>
        <source>已导出到 {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="159"/>
        <source>年度计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="162"/>
        <source>搜索事项、内容或单位（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="166"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="169"/>
        <source>列…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="172"/>
        <source>新增事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="174"/>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="175"/>
        <source>变更状态…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="176"/>
        <source>录入进展…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="177"/>
        <source>导入计划…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="178"/>
        <source>导出台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="202"/>
        <location filename="../../ui/panes/key_items.py" line="348"/>
        <source>新增督查活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="203"/>
        <source>编辑活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="204"/>
        <source>删除活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="205"/>
        <location filename="../../ui/panes/key_items.py" line="346"/>
        <source>新增意见建议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="206"/>
        <location filename="../../ui/panes/key_items.py" line="347"/>
        <source>更新落实情况…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="207"/>
        <location filename="../../ui/panes/key_items.py" line="356"/>
        <source>新增纪要…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="208"/>
        <source>编辑纪要…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="209"/>
        <source>删除纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="210"/>
        <location filename="../../ui/panes/key_items.py" line="355"/>
        <source>新增决定事项…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="211"/>
        <source>修改所选督查活动（双击或 Enter）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="212"/>
        <source>删除所选督查活动（Delete）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="213"/>
        <source>修改所选会议纪要（双击或 Enter）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="214"/>
        <source>删除所选会议纪要（Delete）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="310"/>
        <source>编辑督查活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="311"/>
        <location filename="../../ui/panes/key_items.py" line="662"/>
        <source>删除督查活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="312"/>
        <source>编辑会议纪要…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="313"/>
        <location filename="../../ui/panes/key_items.py" line="758"/>
        <source>删除会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="440"/>
        <source>{0}年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="456"/>
        <source>共 {0} 项，显示 {1} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="457"/>
        <source>尚无年度计划：可“导入计划…”或“新增事项”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="547"/>
        <source>缺报单位（{0}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="588"/>
        <source>不能新建计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="613"/>
        <source>变更状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="613"/>
        <location filename="../../ui/panes/key_items.py" line="620"/>
        <source>请先在表中选择一个事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="620"/>
        <source>录入进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="628"/>
        <source>新增督查活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="628"/>
        <source>尚无年度计划，请先导入计划或新增事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="650"/>
        <source>编辑督查活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="685"/>
        <location filename="../../ui/panes/key_items.py" line="692"/>
        <source>不能删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="670"/>
        <source>确定删除 {0} 的督查活动“{1}”（{2}）吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="678"/>
        <source>此操作不可撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="714"/>
        <source>新增意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="830"/>
        <source>已导入 {0} 项：新增 {1} 项，更新 {2} 项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="654"/>
        <location filename="../../ui/panes/key_items.py" line="665"/>
        <location filename="../../ui/panes/key_items.py" line="714"/>
        <source>请先在“督查活动”表中选择一次督查活动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="674"/>
        <source>该活动同时是{0}的督查记录，将从这些事项中一并移除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="677"/>
        <source>该活动的 {0} 条意见建议（均为待落实）将一并删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="706"/>
        <source>第{0}项事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="708"/>
        <source>{0}年计划第{1}项事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="709"/>
        <source>和</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="725"/>
        <source>更新落实情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="726"/>
        <source>所选督查活动尚无意见建议：请先选择活动，再“新增意见建议…”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="747"/>
        <source>编辑会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="750"/>
        <location filename="../../ui/panes/key_items.py" line="761"/>
        <source>请先在“会议纪要”表中选择一份纪要。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="765"/>
        <source>确定删除会议纪要“{0}”（{1}，{2}）吗？
此操作不可撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="773"/>
        <source>新增决定事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="773"/>
        <source>尚无会议纪要：请先“新增纪要…”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="809"/>
        <source>导入年度计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="810"/>
        <location filename="../../ui/panes/messages.py" line="654"/>
        <source>表格文件 (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/key_items.py" line="826"/>
        <location filename="../../ui/panes/messages.py" line="666"/>
        <location filename="../../ui/panes/messages.py" line="700"/>
        <source>导入失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="612"/>
        <source>一日一览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="613"/>
        <source>每周集中回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="614"/>
        <source>全部留言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="615"/>
        <location filename="../../ui/panes/messages.py" line="670"/>
        <source>导入留言板列表… (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="653"/>
        <source>选择留言板导出的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="658"/>
        <source>正在读取文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="682"/>
        <source>未使用的列：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="687"/>
        <source>请改正文件后重新导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="690"/>
        <source>无需导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="692"/>
        <source>导入预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="692"/>
        <source>确定导入吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="503"/>
        <source>搜索课题或人员（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="506"/>
        <source>全部阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="509"/>
        <source>新建课题… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="535"/>
        <source>督查调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="558"/>
        <source>全部年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="311"/>
        <source>统计失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="315"/>
        <source>列出记录失败：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="326"/>
        <source>统计时期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="335"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="343"/>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="346"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="366"/>
        <source>复制综述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="367"/>
        <source>把这段文字复制到剪贴板，可直接粘贴到材料中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="385"/>
        <source>领导批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="386"/>
        <source>重点工作 · 逐月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="388"/>
        <source>督查活动 · 调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="391"/>
        <source>各承办单位到期办结率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="392"/>
        <source>批示件逐月收件与办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="393"/>
        <source>网民留言（按类型）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="399"/>
        <source>图表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="403"/>
        <source>绩效考评</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="417"/>
        <source>{0}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="421"/>
        <source>第{0}季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="455"/>
        <source>截止日期早于起始日期，请改正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="458"/>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="465"/>
        <source>{0} 至 {1}（截至 {2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="478"/>
        <source>到期办结率（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="505"/>
        <source>{0}：本期到期的批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="511"/>
        <source>收件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="512"/>
        <source>办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="537"/>
        <source>{0}收件的批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="537"/>
        <source>{0}办结的批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="543"/>
        <location filename="../../ui/panes/stats.py" line="566"/>
        <source>收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="543"/>
        <location filename="../../ui/panes/stats.py" line="566"/>
        <source>已回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="567"/>
        <source>网民留言（{0}）：{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="575"/>
        <source>{0}：正在列出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="587"/>
        <source>{0}（{1} 条；统计时为 {2} 条，数据已有变动，请按 F5 重新统计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="594"/>
        <source>综述已复制。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="607"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="614"/>
        <source>无法写入“{0}”（{1}）。文件可能正在 Excel 中打开，请关闭后重试。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message>
        <location filename="../../ui/instruction_forms.py" line="248"/>
        <source>报送进展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="249"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="250"/>
        <location filename="../../ui/key_item_form.py" line="179"/>
        <source>报送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="251"/>
        <source>进展情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="151"/>
        <source>录入季度进展：第{0}项 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="157"/>
        <source>报送单位*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="166"/>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="168"/>
        <source>第1季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="168"/>
        <source>第2季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="168"/>
        <source>第3季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="168"/>
        <source>第4季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="170"/>
        <source>季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="174"/>
        <source>工作进展*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="174"/>
        <source>存在问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="175"/>
        <source>下步打算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="182"/>
        <source>评估</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../ui/panes/messages.py" line="102"/>
        <source>研判意见（可留空），回车标为已阅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="104"/>
        <source>标为已阅 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="105"/>
        <source>撤销标为已阅 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="113"/>
        <source>J/K 或 ↑/↓ 上下移动&#x3000;Tab 填写研判与转办单位&#x3000;Ctrl+Enter 标为已阅（选了单位则同时转办）&#x3000;Ctrl+Z 撤销标为已阅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="118"/>
        <source>研判：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="119"/>
        <source>转办单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/messages.py" line="181"/>
        <source>今日待阅：还剩 %n 条</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="182"/>
        <source>今日留言已全部阅毕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="210"/>
        <source>没有名为“%1”的单位，请从列表中选择，或清空后只标为已阅。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="222"/>
        <source>已标为已阅并转办{0}：留言 {1}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="223"/>
        <source>已标为已阅：留言 {0}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="224"/>
        <source>如有误，按 Ctrl+Z 撤销标为已阅。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/messages.py" line="258"/>
        <source>已撤销标为已阅：留言 {0} 回到待阅列表。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsBox</name>
    <message>
        <location filename="../../ui/panes/stats.py" line="235"/>
        <source>单击表格中的数字或图表中的柱，在此列出对应的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/stats.py" line="245"/>
        <source>{0}（{1} 条）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <location filename="../../ui/panes/reference.py" line="88"/>
        <source>搜索：名称或拼音首字母（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="90"/>
        <source>显示已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="106"/>
        <source>新增(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="107"/>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="108"/>
        <source>停用/启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="109"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="141"/>
        <source>共 {0} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="162"/>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <location filename="../../ui/instruction_forms.py" line="80"/>
        <source>修改批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="80"/>
        <source>登记批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="83"/>
        <source>领导层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="86"/>
        <source>批示领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="88"/>
        <source>批示日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="89"/>
        <source>登记日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="90"/>
        <source>来文标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="91"/>
        <source>来文单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="92"/>
        <source>来文文号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="93"/>
        <source>事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="94"/>
        <source>缓急</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="96"/>
        <source>批示内容（原文）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="97"/>
        <source>逐字录入领导批示原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="98"/>
        <source>登记编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="99"/>
        <source>留空则按本室编号格式自动生成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindForm</name>
    <message>
        <location filename="../../ui/instruction_forms.py" line="263"/>
        <source>催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="263"/>
        <source>批量催办（{0}件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="267"/>
        <source>全部承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="271"/>
        <source>催办对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="272"/>
        <source>催办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="273"/>
        <source>催办方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="275"/>
        <source>催办内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="276"/>
        <source>例如：该件即将到期，请于规定时限内报送办理结果。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseForm</name>
    <message>
        <location filename="../../ui/panes/research.py" line="170"/>
        <source>批示领导：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="171"/>
        <source>批示内容：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="37"/>
        <location filename="../../ui/restore_dialog.py" line="115"/>
        <location filename="../../ui/restore_dialog.py" line="120"/>
        <location filename="../../ui/restore_dialog.py" line="132"/>
        <location filename="../../ui/restore_dialog.py" line="134"/>
        <location filename="../../ui/restore_dialog.py" line="155"/>
        <location filename="../../ui/restore_dialog.py" line="176"/>
        <source>恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="43"/>
        <source>备份文件夹：{0}
选择一个备份，程序会先校验它；恢复后现有数据库另存，不会丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="51"/>
        <source>尚未选择备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="57"/>
        <source>选择其他文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="59"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="62"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="77"/>
        <source>选择备份文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="78"/>
        <source>督查工作台数据库 (*.sqlite3);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="103"/>
        <source>✗ 不能恢复“{0}”：
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="106"/>
        <source>✓ “{0}”校验通过：完整性、数据版本和审计链均正常。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="115"/>
        <source>只有管理员可以恢复备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="122"/>
        <source>用“{0}”替换现在的数据库吗？
现在的数据库会另存为 *.replaced-日期-时间.sqlite3。
请先关闭其他电脑和窗口中的督查工作台。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="128"/>
        <source>恢复备份：账号将改变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="169"/>
        <source>已恢复。原数据库另存为：
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="169"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="173"/>
        <source>接下来请用备份中的账号登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="174"/>
        <source>恢复备份：账号已改变</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../ui/instruction_forms.py" line="333"/>
        <source>回访复核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="334"/>
        <source>复核日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="335"/>
        <source>通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="336"/>
        <source>不通过（退回办理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="343"/>
        <source>复核结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="344"/>
        <source>复核情况/原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="345"/>
        <source>重新设定时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="345"/>
        <source>不通过时重新设定办理时限（否则原时限不变）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="346"/>
        <source>新时限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetySettings</name>
    <message>
        <location filename="../../ui/safety_settings.py" line="31"/>
        <source>账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_settings.py" line="42"/>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_settings.py" line="45"/>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_settings.py" line="47"/>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_settings.py" line="56"/>
        <source>备份文件夹、保留份数等在“选项”页的“备份”组中设置；可指向 U 盘或网络共享。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_settings.py" line="72"/>
        <source>已启用账号登录。当前用户：{0}（{1}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_settings.py" line="74"/>
        <source>管理账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_settings.py" line="76"/>
        <source>尚未建立账号：程序以“本机用户”身份运行，任何打开本机的人都能修改数据。建议建立管理员账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_settings.py" line="78"/>
        <source>建立管理员账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_settings.py" line="82"/>
        <source>备份文件夹：{0}
最近备份：{1:%Y-%m-%d %H:%M}（{2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_settings.py" line="85"/>
        <source>备份文件夹：{0}
尚无备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_settings.py" line="106"/>
        <source>备份失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_settings.py" line="108"/>
        <source>已备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety_settings.py" line="108"/>
        <source>已备份到：{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringSettings</name>
    <message>
        <location filename="../../ui/scoring_settings.py" line="33"/>
        <source>绩效考评评分方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring_settings.py" line="37"/>
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring_settings.py" line="42"/>
        <source>基础分：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring_settings.py" line="57"/>
        <source>得分 = 基础分 + Σ（次数 × 每次分值 × 权重），每项不超过封顶分。已锁定的季度保持锁定时的方案和得分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring_settings.py" line="60"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring_settings.py" line="61"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring_settings.py" line="73"/>
        <source>已保存的本年度方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring_settings.py" line="73"/>
        <source>尚未保存：沿用往年方案或默认方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring_settings.py" line="97"/>
        <source>只有管理员可以修改评分方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/scoring_settings.py" line="119"/>
        <source>未能保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignForm</name>
    <message>
        <location filename="../../ui/instruction_forms.py" line="235"/>
        <source>签收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="236"/>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="237"/>
        <source>签收日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="238"/>
        <source>签收人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatTableBox</name>
    <message>
        <location filename="../../ui/panes/stats.py" line="156"/>
        <source>（该部分暂无数据）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateForm</name>
    <message>
        <location filename="../../ui/key_item_form.py" line="199"/>
        <source>变更状态：第{0}项 {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="203"/>
        <source>当前：{0}  →  改为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="204"/>
        <source>日期*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_item_form.py" line="205"/>
        <source>原因/说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopForm</name>
    <message>
        <location filename="../../ui/instruction_forms.py" line="359"/>
        <source>中止/撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="360"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="362"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instruction_forms.py" line="363"/>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionForm</name>
    <message>
        <location filename="../../ui/activity_forms.py" line="99"/>
        <source>新增意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="101"/>
        <source>督查活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="102"/>
        <source>意见建议*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="103"/>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_forms.py" line="109"/>
        <source>单位“{0}”不在单位名录中，请从列表中选择，或留空。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicDetail</name>
    <message>
        <location filename="../../ui/panes/research.py" line="195"/>
        <source>修改课题…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="196"/>
        <source>批示转为批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="197"/>
        <location filename="../../ui/panes/research.py" line="457"/>
        <source>删除课题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="204"/>
        <source>新增实地调研…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="205"/>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="206"/>
        <location filename="../../ui/panes/research.py" line="214"/>
        <location filename="../../ui/panes/research.py" line="445"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="212"/>
        <source>新增意见建议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="213"/>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="218"/>
        <source>报告摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="220"/>
        <source>保存摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="221"/>
        <source>附报告文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="237"/>
        <source>实地调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="240"/>
        <source>发现问题与意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="247"/>
        <source>调研报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="339"/>
        <source>进入下一阶段：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="339"/>
        <source>已完成全部阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="372"/>
        <source>报告文件：%1（SHA-256 %2…，%3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="374"/>
        <source>校验一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="374"/>
        <source>校验不符或文件缺失！</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="376"/>
        <source>尚未附报告文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="382"/>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="426"/>
        <source>删除实地调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="427"/>
        <source>确定删除 %1 在“%2”的实地调研记录吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="446"/>
        <source>确定删除这条%1吗？

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="455"/>
        <source>不能删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="458"/>
        <source>确定删除调研课题“%1”及其实地调研和意见建议吗？此操作不可撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="463"/>
        <location filename="../../ui/panes/research.py" line="466"/>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="463"/>
        <source>类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="466"/>
        <source>内容：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="478"/>
        <source>选择调研报告文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="479"/>
        <source>报告 (*.docx *.doc *.pdf *.wps *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="486"/>
        <source>转为批示件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="487"/>
        <source>把领导对本报告的批示登记为一件批示件，进入专项查办的办理队列？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicForm</name>
    <message>
        <location filename="../../ui/panes/research.py" line="96"/>
        <source>课题名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="97"/>
        <source>选题方向：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="101"/>
        <source>年度：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="104"/>
        <source>参加人员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="105"/>
        <source>计划开始：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="107"/>
        <source>计划完成：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="112"/>
        <source>联合单位：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <location filename="../../ui/panes/reference.py" line="33"/>
        <source>编辑单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="33"/>
        <source>新增单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="35"/>
        <source>单位名称*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="36"/>
        <source>简称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="40"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="41"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="42"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="43"/>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsEditor</name>
    <message>
        <location filename="../../ui/panes/reference.py" line="185"/>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="186"/>
        <source>简称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="187"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="188"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="189"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="190"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="190"/>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="190"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="209"/>
        <source>停用单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="210"/>
        <source>停用“{0}”后，新记录中不能再选它；已有记录不受影响。确定停用吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="220"/>
        <source>删除单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/reference.py" line="221"/>
        <source>确定删除“{0}”吗？此操作会记入审计记录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/panes/research.py" line="132"/>
        <source>日期：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="135"/>
        <source>地点：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="136"/>
        <source>调研单位：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="138"/>
        <source>参加人员：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/research.py" line="139"/>
        <source>情况记录：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TitledTable</name>
    <message>
        <location filename="../../ui/panes/stats.py" line="135"/>
        <source>导出 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_UnitList</name>
    <message>
        <location filename="../../ui/panes/research.py" line="48"/>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CalendarSettings</name>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="68"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="68"/>
        <location filename="../../ui/panes/calendar_settings.py" line="132"/>
        <source>星期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="68"/>
        <source>安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="68"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="73"/>
        <source>录入一天…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="74"/>
        <source>恢复为常规</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="75"/>
        <source>标记本年已录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="76"/>
        <source>从文件导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="90"/>
        <source>导入文件的列：日期、类型（放假/上班）、名称。每年国务院公布放假安排后录入下一年。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="111"/>
        <source>{0}年 — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="111"/>
        <source>{0}年 — 未录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="126"/>
        <source>{0}年的法定节假日和调休安排尚未录入：该年的期限按周一至周五推算，并标为“暂定”。请录入或导入国务院放假安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="159"/>
        <location filename="../../ui/panes/calendar_settings.py" line="172"/>
        <source>未能完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="165"/>
        <source>标记已录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="166"/>
        <source>确认{0}年的节假日和调休已全部录入？此后该年的期限不再标为“暂定”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="177"/>
        <source>导入放假安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="178"/>
        <source>表格 (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="185"/>
        <source>文件有误，未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="188"/>
        <source>确认导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="188"/>
        <source>将导入 {0} 条记录，并标记 {1} 年为已录入。继续吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="193"/>
        <source>未能导入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayForm</name>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="37"/>
        <source>录入节假日或调休</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="42"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="44"/>
        <source>放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="44"/>
        <source>上班（调休）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="45"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="46"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/panes/calendar_settings.py" line="47"/>
        <source>如：国庆节、国庆节调休</source>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>督查工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Ctrl+{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>数据库：{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>今天：{0}年{1}月{2}日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>用户：{0}（{1}）</source>
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
    <name>TitlePane</name>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>此功能将在后续版本中提供。</source>
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
</TS>

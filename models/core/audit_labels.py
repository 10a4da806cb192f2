"""The Chinese names of what the audit log (审计记录) records: tables, fields, operations.

The log stores the program's own names (``instruction_assignment``, ``done_by``,
``insert``); the clerks read these instead. Plain data, shared by the audit pane, its
export and the ``audit`` command. Every table and column of the schema has a name here
(``tests/models/test_audit_labels.py`` walks a migrated database to keep it so); an
unknown name falls back to itself rather than to nothing.
"""
from __future__ import annotations

import json
from typing import Any

TABLE_LABELS: dict[str, str] = {
    "account": "账号",
    "activity_item": "督查活动涉及事项",
    "activity_suggestion": "督查活动意见建议",
    "audit_head": "审计链头",
    "audit_log": "审计记录",
    "backup": "备份文件",
    "audit_record_digest": "审计记录所附记录摘要",
    "calendar_day": "工作日历",
    "calendar_year": "日历年份",
    "criticism": "通报批评",
    "criticism_item": "通报批评事项",
    "database": "数据库",
    "eval_lock": "绩效考评季度锁定",
    "eval_rule": "绩效考评评分规则",
    "eval_scheme": "绩效考评评分方案",
    "feedback_seal_key": "反馈表封签密钥",
    "instruction": "领导批示件",
    "instruction_assignment": "批示件交办单位",
    "instruction_attachment": "批示件附件",
    "instruction_completion_report": "承办单位办结报告",
    "instruction_event": "批示件办理记录",
    "instruction_extension": "批示件延期申请",
    "instruction_feedback_form": "已发出的反馈表",
    "instruction_feedback_return": "已导入的反馈表",
    "instruction_progress": "批示件办理进展",
    "instruction_reminder": "批示件催办",
    "instruction_review": "批示件回访复核",
    "issued_document": "印发文件登记",
    "key_item": "重点工作事项",
    "key_item_check": "重点工作督查时间",
    "key_item_feedback_form": "已发出的季度反馈表",
    "key_item_feedback_return": "已导入的季度反馈表",
    "key_item_stage": "重点工作阶段计划",
    "key_item_state": "重点工作状态变更",
    "key_item_unit": "重点工作责任单位",
    "key_plan": "重点工作年度计划",
    "key_progress": "重点工作季度进展",
    "leader": "领导",
    "login_state": "登录状态",
    "meeting_minutes": "会议纪要",
    "message": "网民留言",
    "reply_batch": "留言回复批次",
    "research_finding": "调研发现问题与意见建议",
    "research_topic": "调研课题",
    "research_topic_unit": "调研课题参与单位",
    "research_visit": "实地调研",
    "research_visit_unit": "实地调研走访单位",
    "schema_version": "数据版本",
    "search_doc": "全局搜索索引",
    "search_doc_config": "全局搜索索引设置",
    "search_doc_data": "全局搜索索引数据",
    "search_doc_docsize": "全局搜索索引长度",
    "search_doc_idx": "全局搜索索引目录",
    "search_dirty": "待更新搜索索引的记录",
    "search_entry": "全局搜索条目",
    "setting": "设置",
    "signing_request": "签发单（待签发文件）",
    "stored_file": "附件内容（服务器数据库）",
    "supervision_activity": "督查活动",
    "unit": "单位",
}

#: Columns every versioned table has.
COMMON_FIELDS: dict[str, str] = {"id": "编号", "version": "版本号"}

#: Each table's columns by their schema names (a foreign key as ``unit_id``; the log
#: writes it by the model's name, ``unit``, which :func:`field_label` also finds).
FIELD_LABELS: dict[str, dict[str, str]] = {
    "account": {
        "name": "账号名", "display_name": "姓名", "role": "角色", "password_hash": "密码（散列）",
        "active": "启用", "created_at": "创建时间", "password_changed_at": "密码修改时间",
        "may_sign": "可签发",
    },
    "activity_item": {"activity_id": "督查活动", "item_id": "重点工作事项"},
    "activity_suggestion": {
        "activity_id": "督查活动", "content": "意见建议内容", "unit_id": "落实单位", "state": "落实状态",
        "follow_up": "跟踪落实情况", "closed_on": "落实日期",
    },
    "audit_head": {"last_id": "最新审计记录编号", "last_hash": "最新散列值"},
    "audit_log": {
        "at": "时间", "actor": "操作人", "action": "操作", "table_name": "表", "record_id": "记录编号",
        "summary": "说明", "before": "改前", "after": "改后", "prev_hash": "前序散列值", "hash": "散列值",
        "digest": "记录摘要",
    },
    "audit_record_digest": {"audit_id": "审计记录编号", "record_id": "记录编号", "digest": "记录摘要"},
    "calendar_day": {"day": "日期", "is_working": "上班", "name": "名称"},
    "calendar_year": {"year": "年份", "source": "来源", "note": "备注"},
    "criticism": {
        "title": "标题", "created_on": "起草日期", "required_by": "整改期限", "requirement": "整改要求",
        "main_to": "主送", "copy_to": "抄送", "state": "状态", "issued_on": "印发日期",
    },
    "criticism_item": {
        "criticism_id": "通报批评", "instruction_id": "批示件", "assignment_id": "交办记录",
        "unit_id": "被通报单位", "matter": "事项", "deadline": "办理时限", "mishandling": "办理不力情形",
    },
    "eval_lock": {
        "year": "年度", "quarter": "季度", "locked_on": "锁定日期", "locked_by": "锁定人",
        "snapshot": "考评结果快照",
    },
    "eval_rule": {
        "scheme_id": "评分方案", "seq": "序号", "event": "计分事项", "label": "名称", "points": "分值",
        "weight": "权重", "cap": "封顶分", "active": "启用",
    },
    "eval_scheme": {"year": "年度", "base_score": "基础分", "note": "备注"},
    "instruction": {
        "number": "批示件编号", "number_year": "编号年份", "number_seq": "编号序号", "level": "层级",
        "leader_id": "批示领导", "leader_name": "批示领导姓名", "instructed_on": "批示日期",
        "received_on": "收件日期", "source_title": "来文标题", "source_issuer": "来文单位",
        "source_number": "来文文号", "text": "批示内容", "matter": "事项", "urgency": "缓急",
        "state": "办理状态", "queue_rank": "排序档次", "deadline": "办理时限",
        "deadline_provisional": "时限暂定", "unit_names": "承办单位名称", "accepted_on": "立项日期",
        "decision_reason": "不立项原因", "completed_on": "办结日期", "result": "办理结果",
        "review_result": "复核结论", "reported_on": "报结日期", "report_text": "报结内容",
        "stopped_on": "中止/撤销日期", "stop_reason": "中止/撤销原因", "reminder_count": "催办次数",
        "search": "检索文本",
    },
    "instruction_assignment": {
        "instruction_id": "批示件", "unit_id": "承办单位", "is_lead": "牵头单位", "assigned_on": "交办日期",
        "deadline": "办理时限", "original_deadline": "原定时限", "deadline_days": "时限（工作日）",
        "provisional": "时限暂定", "signed_on": "签收日期", "signed_by": "签收人", "reminder_count": "催办次数",
        "replaced_on": "更换日期", "replaced_by_id": "更换为", "replaced_by": "更换为", "replace_reason": "更换原因",
    },
    "instruction_attachment": {
        "instruction_id": "批示件", "file_name": "文件名", "stored_name": "存储文件名", "sha256": "校验值",
        "size": "大小（字节）", "added_on": "添加日期", "note": "备注",
    },
    "instruction_event": {
        "instruction_id": "批示件", "on_date": "日期", "kind": "类别", "text": "内容", "actor": "经办人",
    },
    "instruction_extension": {
        "assignment_id": "交办记录", "requested_on": "申请日期", "reason": "延期理由",
        "old_deadline": "原时限", "requested_deadline": "申请延至", "decision": "审批结果",
        "decided_on": "审批日期", "decision_note": "审批意见",
    },
    "feedback_seal_key": {"secret": "密钥", "created_on": "生成日期"},
    "instruction_completion_report": {
        "assignment_id": "交办记录", "reported_on": "办结日期", "text": "办结情况", "evidence": "佐证材料清单",
    },
    "instruction_feedback_form": {
        "batch": "发出批次", "sent_on": "发出日期", "assignment_id": "交办记录", "instruction_id": "批示件",
        "unit_id": "承办单位", "kind": "反馈表类别", "sign_due": "应签收日期", "due_on": "应反馈日期",
        "file_name": "反馈表文件",
    },
    "instruction_feedback_return": {
        "assignment_id": "交办记录", "file_name": "反馈表文件", "sha256": "文件校验值（SHA-256）",
        "taken_on": "导入日期", "form_version": "表样版本", "form_deadline": "表中办理时限", "changes": "导入内容",
    },
    "instruction_progress": {"assignment_id": "交办记录", "reported_on": "报送日期", "text": "进展内容"},
    "instruction_reminder": {
        "assignment_id": "交办记录", "reminded_on": "催办日期", "means": "催办方式", "text": "催办内容",
    },
    "instruction_review": {
        "instruction_id": "批示件", "reviewed_on": "复核日期", "passed": "复核通过", "reason": "复核意见",
        "new_deadline": "重设时限",
    },
    "issued_document": {
        "kind": "文种", "year": "年份", "seq": "期号/序号", "number": "文号", "title": "标题",
        "issued_on": "印发日期", "issuer": "印发人", "subject": "涉及事项", "snapshot": "数据快照",
        "sha256": "校验值", "size": "大小（字节）", "pages": "页数", "fonts": "嵌入字体", "pdf": "PDF 文件",
        "drafter": "拟稿人", "signer": "签发人", "signed_at": "签发时间", "signing_request_id": "签发单",
    },
    "signing_request": {
        "kind": "文种", "title": "标题", "subject": "涉及事项", "issued_on": "成文日期", "copies": "份数",
        "snapshot": "送签数据快照", "checksum": "送签数据校验值", "sample_pdf": "送签样稿", "state": "签发状态", "drafter": "拟稿人",
        "submitted_at": "提交时间", "signer": "签发人", "signed_at": "签发时间", "returned_by": "退回人",
        "returned_at": "退回时间", "reason": "退回原因", "issued_numbers": "印发文号",
    },
    "key_item": {
        "plan_id": "年度计划", "number": "序号", "title": "事项名称", "content": "工作内容", "source": "来源",
        "lead_unit_id": "牵头单位", "unit_names": "责任单位名称", "deadline": "完成时限",
        "deadline_days": "时限（工作日）", "assigned_on": "交办日期", "deadline_provisional": "时限暂定",
        "quarterly": "按季度报送进展", "performance": "纳入绩效考评", "state": "状态",
        "state_since": "状态起始日期", "minutes_id": "会议纪要", "minutes_paragraph": "纪要条目",
        "overseer_id": "分管领导",
    },
    "key_item_check": {"item_id": "重点工作事项", "day": "督查日期"},
    "key_item_feedback_form": {
        "batch": "发出批次", "sent_on": "发出日期", "plan_id": "年度计划", "unit_id": "报送单位", "year": "年度",
        "quarter": "季度", "items": "表中事项", "due_on": "应反馈日期", "file_name": "反馈表文件",
    },
    "key_item_feedback_return": {
        "plan_id": "年度计划", "unit_id": "报送单位", "year": "年度", "quarter": "季度", "file_name": "反馈表文件",
        "sha256": "文件校验值（SHA-256）", "taken_on": "导入日期", "form_version": "表样版本", "changes": "导入内容",
    },
    "key_item_stage": {
        "item_id": "重点工作事项", "number": "阶段序号", "title": "阶段名称", "deadline": "阶段完成时限",
        "unit_id": "责任单位", "done_on": "完成日期", "note": "备注",
    },
    "key_item_state": {
        "item_id": "重点工作事项", "from_state": "原状态", "to_state": "新状态", "day": "日期",
        "reason": "原因", "actor": "经办人",
    },
    "key_item_unit": {"item_id": "重点工作事项", "unit_id": "责任单位"},
    "key_plan": {"year": "年度", "title": "标题", "start_date": "起始日期", "note": "备注"},
    "key_progress": {
        "item_id": "重点工作事项", "unit_id": "报送单位", "year": "年度", "quarter": "季度",
        "done": "完成情况", "problems": "存在问题", "next_steps": "下一步打算", "reported_on": "报送日期",
        "assessment": "评估结论",
    },
    "leader": {"name": "姓名", "post": "职务", "level": "层级", "active": "启用", "initials": "拼音首字母"},
    "login_state": {
        "account_id": "账号", "failed_count": "连续输错次数", "locked_until": "锁定至",
        "last_failed_at": "最近输错时间", "last_login_at": "最近登录时间",
    },
    "meeting_minutes": {"number": "纪要编号", "meeting": "会议", "held_on": "会议日期", "note": "备注"},
    "message": {
        "board_no": "留言编号", "posted_at": "留言时间", "addressed_to": "留言对象", "title": "留言标题",
        "content": "留言内容", "nickname": "留言人", "kind": "类型", "field": "领域", "region": "地区",
        "board_status": "留言板状态", "state": "办理状态", "assessment": "研判意见", "read_on": "阅读日期",
        "unit_id": "转办单位", "forwarded_on": "转办日期", "draft_reply": "单位答复",
        "draft_on": "答复日期", "approved_reply": "审核回复", "approved_on": "审核日期",
        "batch_id": "回复批次", "replied_on": "回复日期", "decline_reason": "不予回复原因",
        "declined_on": "不予回复日期", "imported_on": "录入日期",
    },
    "reply_batch": {
        "week_start": "所在周（周一）", "reply_day": "集中回复日", "state": "状态", "published_on": "发布日期",
    },
    "research_finding": {
        "topic_id": "调研课题", "kind": "类别", "seq": "序号", "text": "内容", "adoption": "采纳情况",
        "adoption_on": "采纳日期", "adoption_note": "采纳说明",
    },
    "research_topic": {
        "title": "课题名称", "direction": "选题方向", "year": "年度", "state": "进度", "people": "参加人员",
        "planned_start": "计划开始", "planned_end": "计划完成", "actual_start": "实际开始",
        "actual_end": "实际完成", "coordinated_on": "协调日期", "fieldwork_on": "实地调研日期",
        "writing_on": "分析撰写日期", "submitted_on": "报送日期", "responded_on": "领导批示/采纳日期",
        "report_summary": "报告摘要", "report_name": "报告文件名", "report_path": "报告存放位置",
        "report_sha256": "报告校验值", "leader_name": "批示领导", "leader_instruction": "领导批示内容",
        "instruction_id": "关联批示件", "note": "备注",
    },
    "research_topic_unit": {"topic_id": "调研课题", "unit_id": "参与单位"},
    "research_visit": {
        "topic_id": "调研课题", "day": "日期", "place": "地点", "participants": "参加人员", "notes": "调研情况",
    },
    "research_visit_unit": {"visit_id": "实地调研", "unit_id": "走访单位"},
    "schema_version": {"version": "版本", "description": "说明", "applied_at": "升级时间"},
    "stored_file": {"name": "存储文件名", "sha256": "校验值", "size": "大小（字节）", "content": "文件内容"},
    "search_doc": {"kind": "记录类别", "grams": "检索词元"},
    "search_doc_config": {"k": "设置项", "v": "值"},
    "search_doc_data": {"block": "数据块"},
    "search_doc_docsize": {"sz": "长度"},
    "search_doc_idx": {"segid": "段号", "term": "词元", "pgno": "页号"},
    "search_dirty": {"kind": "记录类别", "record_id": "记录编号"},
    "search_entry": {"kind": "记录类别", "record_id": "记录编号", "text": "检索文本"},
    "setting": {"key": "设置项", "value": "值"},
    "supervision_activity": {
        "day": "日期", "method": "督查方式", "title": "主题", "place": "地点", "participants": "参加人员",
        "problems": "发现问题",
    },
    "unit": {
        "name": "单位全称", "short_name": "简称", "kind": "类别", "contact": "联系人", "phone": "电话",
        "active": "启用", "initials": "拼音首字母", "overseer_id": "分管领导",
    },
}

#: Model fields whose column has another name (the log writes the model's name).
FIELD_ALIASES: dict[tuple[str, str], str] = {
    ("instruction_event", "done_by"): "actor",
    ("key_item_state", "recorded_by"): "actor",
}

#: What a few operations write instead of a row's columns (an import's counts, a restore's files).
ACTION_FIELD_LABELS: dict[str, dict[str, str]] = {
    "import": {
        "file": "文件", "new": "新增条数", "updated": "更新条数", "skipped": "跳过条数",
        "new_ids": "新增记录编号（起止）", "updated_ids": "更新的记录编号", "messages": "留言条数",
        "history": "往期已办结条数", "batches": "回复批次数",
        "unchanged": "已存在未改动条数", "assignments": "交办记录条数", "events": "办理经过条数",
        "reviews": "复核记录条数",
    },
    "restore": {"backup": "所用备份", "replaced_kept_as": "被替换的文件另存为"},
    "backup_delete": {"file": "备份文件", "taken": "备份时间"},
    "baseline": {"records": "记录条数"},
}

ACTION_LABELS: dict[str, str] = {
    "insert": "新建", "update": "修改", "delete": "删除", "import": "导入", "restore": "恢复备份",
    "backup_delete": "删除备份（轮换）",
    "password": "改密码", "role": "改角色", "activate": "启用", "deactivate": "停用", "unlock": "解锁",
    "login": "登录", "login_failed": "登录失败",
    "state": "变更状态", "transition": "办理（状态变更）", "assess": "评估进展",
    "accept": "立项", "reject": "不立项", "assign": "交办", "start": "开始办理", "sign": "签收",
    "remind": "催办", "decide": "审批延期", "extend": "延期", "complete": "办结", "review": "回访复核",
    "reset_deadline": "重设时限", "report_back": "报结", "stop": "中止/撤销", "recompute": "重算时限",
    "issue": "印发", "follow_up": "跟踪落实", "close": "确认落实", "reopen": "重新打开",
    "attach": "添加附件", "adoption": "登记采纳情况", "link": "关联批示件",
    "batch": "调整回复批次", "publish": "发布回复", "unread": "撤销标为已阅",
    "sign_off": "签发", "send_back": "退回（签发）", "may_sign": "设置可签发",
    "add_unit": "追加承办单位", "replace_unit": "更换承办单位", "replace": "更换承办单位",
    "baseline": "记录基线",
    "report_completion": "报送办结",
}


def table_label(table: str) -> str:
    """The Chinese name of a table as the log records it (the raw name if unknown)."""
    return TABLE_LABELS.get(table, table)


def action_label(action: str) -> str:
    """The Chinese name of an operation (the raw name if unknown)."""
    return ACTION_LABELS.get(action, action)


def field_label(table: str, key: str, action: str | None = None) -> str:
    """The Chinese name of a field in the log's before/after values: a column, a model
    field (``unit`` for ``unit_id``, ``done_by`` for ``actor``) or what ``action`` wrote."""
    extra = ACTION_FIELD_LABELS.get(action or "", {})
    if key in extra:
        return extra[key]
    fields = FIELD_LABELS.get(table, {})
    column = FIELD_ALIASES.get((table, key), key)
    for name in (column, f"{column}_id"):
        if name in fields:
            return fields[name]
    return COMMON_FIELDS.get(key, key)


def table_named(text: str) -> str:
    """The table a reader means by ``text``: its Chinese name or the program's name."""
    text = text.strip()
    return next((raw for raw, label in TABLE_LABELS.items() if label == text), text)


def value_text(value: Any) -> str:
    """A logged value as shown: yes/no in Chinese, lists and dicts as JSON, nothing for null."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def with_raw(label: str, raw: str) -> str:
    """``label（raw）`` for a reader who also needs the program's name; ``raw`` alone when
    there is no Chinese name."""
    return raw if label == raw else f"{label}（{raw}）"

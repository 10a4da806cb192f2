"""督查工作台的领域层：peewee 表、迁移、查询、工作流和规则。

Nothing here imports Qt, ``reports`` or ``ui``; the rules are plain functions of plain
data, and every state change goes through one workflow function (see ``workflow.py``).
"""

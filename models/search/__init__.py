"""Search across the office (全局搜索): one index over instructions, key items, supervision
activities, research topics, citizen messages and issued documents, by Chinese substring,
number fragment and pinyin initials. Reads across the areas, as ``overview`` does.
"""

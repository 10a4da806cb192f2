"""Reference data every area names: units (单位名录), leaders (领导), their import and the
pinyin initials pickers search by.
"""

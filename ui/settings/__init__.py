"""设置: the tabs of every area's settings in one pane.
"""

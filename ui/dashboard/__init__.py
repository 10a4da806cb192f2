"""工作台: the pane that opens first, and its first steps for an empty office.
"""

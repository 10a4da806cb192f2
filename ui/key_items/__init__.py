"""重点工作: the plan table and detail (pane.py), the item form, supervision activities and minutes.
"""

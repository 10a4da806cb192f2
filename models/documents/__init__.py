"""Printed documents as data: what each document says (data.py) and the register of issued
documents with the issuing workflows (register.py). ``reports/`` draws them.
"""

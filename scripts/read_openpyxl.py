#!/usr/bin/python3
"""read_openpyxl.py FILE: what a Python user would write to merely read every sheet of a roster
(openpyxl read_only, values only): the anchor that relief check is measured against (scripts/bench)."""
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
n = cells = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        n += 1
        cells += sum(v is not None for v in row)
wb.close()
print("rows", n, "cells", cells)

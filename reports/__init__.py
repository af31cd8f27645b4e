"""The report: every chart, key table and method note of the dashboard for one selection, as PDF
(fpdf2) or DOCX (python-docx). `python -m reports --help` makes one from the command line."""

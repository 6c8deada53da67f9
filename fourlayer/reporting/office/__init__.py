"""What the office formats (docx, xlsx) share: text and numbers an official reads, the Decree
30/2020 frame of an official document, text widths in Times New Roman, and the XlsxWriter
layer.
"""

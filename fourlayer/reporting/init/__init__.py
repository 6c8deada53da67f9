"""What ``init`` (and ``convert``) write: the template as commented YAML or as a workbook.

The content is :mod:`fourlayer.authoring`'s; these renderers only choose its form.
"""

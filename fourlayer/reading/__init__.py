"""Files in: finding the assessments, reading YAML and workbooks safely, locating each value,
checking the schema and what a schema cannot express. Every problem is a located finding
(:mod:`fourlayer.reading.findings`).
"""

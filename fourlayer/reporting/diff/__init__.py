"""The reports of ``diff``: of two files of one agency, and of two rounds."""

"""The ``validate`` command (``validate.``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "validate.ok": {"vi": "hợp lệ", "en": "valid"},
    "validate.summary": {
        "vi": "Đã kiểm tra {files} tệp: {bad} tệp có lỗi, tổng {errors} lỗi.",
        "en": "Checked {files} file(s): {bad} with errors, {errors} error(s) in all.",
    },
}

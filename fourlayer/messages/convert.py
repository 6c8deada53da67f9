"""The ``convert`` command (``convert.``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- convert -------------------------------------------------------------------------
    "convert.wrote": {
        "vi": "Đã ghi {path}: {answers} câu trả lời, {systems} hệ thống.",
        "en": "Wrote {path}: {answers} answers, {systems} systems.",
    },
    "convert.refused": {
        "vi": "Không chuyển đổi {path}: tệp có lỗi (sửa rồi chạy lại; không bỏ sót câu trả lời nào).",
        "en": "{path} not converted: the file has errors (fix them and run again; no answer is dropped).",
    },
    "convert.same-format": {
        "vi": "Tệp vào và tệp ra cùng định dạng ({format}); convert chuyển giữa .xlsx và .yaml (hoặc lập lại một "
        "bảng tính .xlsx theo mẫu).",
        "en": "Input and output are in the same format ({format}); convert goes between .xlsx and .yaml (or lays "
        "an .xlsx workbook out again).",
    },
    "convert.unknown-format": {
        "vi": "Không nhận ra định dạng của {path}: dùng đuôi .xlsx, .yaml hoặc .yml.",
        "en": "The format of {path} is not known: use the suffix .xlsx, .yaml or .yml.",
    },
}

"""Small words the officer reads first: click's own words in a usage line (``fourlayer
[OPTIONS] COMMAND [ARGS]...``; the rest of ``--help`` is in :mod:`fourlayer.messages.help`),
and what ``init --format xlsx`` says it wrote, in the workbook's own words."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "help.usage.options": {"vi": "[TUỲ CHỌN]", "en": "[OPTIONS]"},
    "help.usage.command": {"vi": "LỆNH", "en": "COMMAND"},
    "help.usage.args": {"vi": "[THAM SỐ]", "en": "[ARGS]"},
    "init.written-xlsx": {
        "vi": "Đã tạo {path}: {count} câu trả lời cần điền ({agency} tiêu chí cấp cơ quan, {system} "
        "theo hệ thống). Mở bằng Excel, chọn Trạng thái cho từng tiêu chí ở trang Trả lời, rồi chạy: "
        "fourlayer validate {path}",
        "en": "Created {path}: {count} answers to fill in ({agency} agency-scope, {system} per "
        "system). Open it in Excel, choose a Status for each control on the Answers sheet, then run: "
        "fourlayer validate {path}",
    },
    "workbook.help.missing-row": {
        "vi": "Lỡ xoá một dòng ở trang Trả lời: gõ mã tiêu chí (và mã hệ thống, nếu là tiêu chí theo hệ thống) vào "
        "một dòng trống ngay dưới bảng rồi điền như mọi dòng; thứ tự các dòng không quan trọng. fourlayer "
        "validate chỉ ra mọi tiêu chí áp dụng mà không có dòng.",
        "en": "A row deleted from the Answers sheet by mistake: type the control id (and the system id, for a "
        "per-system control) in an empty row just below the table and fill it in like any row; the order "
        "of rows does not matter. fourlayer validate names every applicable control without a row.",
    },
    "help.opt.audit.quiet": {
        "vi": "Chỉ in các dòng kết luận (số cơ quan, kết luận, điểm trung bình, cơ quan chưa nộp) và các tệp "
        "không đánh giá được (màn hình).",
        "en": "Print only the closing lines (agencies, verdicts, mean, who has not submitted) and the files "
        "that could not be evaluated (console).",
    },
}

"""Writing a report (``output.``): where it may not go, and the line that says it was written."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "output.is-input": {
        "vi": "Không ghi báo cáo vào {path}: đó là một tệp đầu vào. Chọn tên tệp khác cho --output.",
        "en": "Not writing the report to {path}: it is an input file. Choose another name for --output.",
    },
    "output.is-directory": {
        "vi": "Không ghi được báo cáo: {path} là một thư mục. Ghi rõ tên tệp, ví dụ {example}.",
        "en": "Cannot write the report: {path} is a directory. Give a file name, e.g. {example}.",
    },
    "output.no-directory": {
        "vi": "Không ghi được báo cáo {path}: thư mục {directory} không tồn tại. Tạo thư mục trước.",
        "en": "Cannot write the report {path}: the directory {directory} does not exist. Create it first.",
    },
    "output.failed": {
        "vi": "Không ghi được báo cáo {path}: {reason}. Kiểm tra quyền ghi và dung lượng đĩa.",
        "en": "Cannot write the report {path}: {reason}. Check write permission and free disk space.",
    },
    # --- writing a binary document --------------------------------------------------------
    "output.binary-to-terminal": {
        "vi": "Định dạng này là tệp nhị phân (xlsx/docx), không hiển thị được trên màn hình. "
        "Hãy ghi ra tệp, ví dụ: -o bao-cao.xlsx hoặc -o bao-cao.docx",
        "en": "This format is a binary file (xlsx/docx) and cannot be shown on a terminal. "
        "Write it to a file, e.g. -o report.xlsx or -o report.docx",
    },
    # --- writing a report to a file ---------------------------------------------------------
    "output.done": {"vi": "Đã ghi {path}.", "en": "Wrote {path}."},
    "output.done-findings": {
        "vi": "Đã ghi {path}. Mã thoát 1 là kết quả đánh giá (có kết luận chưa đạt theo --fail-on, hoặc tệp không "
        "đánh giá được), không phải lỗi khi ghi tệp.",
        "en": "Wrote {path}. Exit code 1 reports the evaluation (a verdict short of --fail-on, or a file that could "
        "not be evaluated), not a failure to write.",
    },
    "output.done-errors": {
        "vi": "Đã ghi {path}. Mã thoát 2: có tệp không đánh giá được (xem trong báo cáo); báo cáo vẫn được ghi đủ.",
        "en": "Wrote {path}. Exit code 2: a file could not be evaluated (see the report); the report was written "
        "in full.",
    },
}

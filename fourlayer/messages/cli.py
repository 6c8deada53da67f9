"""The command line itself (``cli.``): its own errors, and click's usage errors in the user's language."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- command line ----------------------------------------------------------------
    "cli.bad-as-of": {
        "vi": 'Ngày đánh giá "{value}" không hợp lệ; viết theo dạng YYYY-MM-DD, ví dụ --as-of 2026-09-30.',
        "en": 'The evaluation date "{value}" is not valid; write it as YYYY-MM-DD, e.g. --as-of 2026-09-30.',
    },
    "cli.bad-checklist": {
        "vi": "Danh mục kiểm tra {path} không dùng được (xem các lỗi ở trên). Sửa tệp, hoặc bỏ --checklist để dùng danh mục kèm theo.",
        "en": "The checklist {path} cannot be used (see the errors above). Fix it, or drop --checklist to use the bundled one.",
    },
    "cli.unknown-control": {
        "vi": "Không có tiêu chí {control}. {hint} Xem danh sách: fourlayer checklist list",
        "en": "There is no control {control}. {hint} See the list: fourlayer checklist list",
    },
    "cli.unknown-schema": {
        "vi": 'Không có lược đồ "{name}"; các lược đồ: {names}.',
        "en": 'There is no schema "{name}"; the schemas are: {names}.',
    },
    "cli.usage-hint": {
        "vi": "Cách dùng đúng và các tuỳ chọn: {command} --help",
        "en": "The right usage and the options: {command} --help",
    },
    "cli.aborted": {
        "vi": "Đã dừng theo yêu cầu.",
        "en": "Stopped on request.",
    },
    "cli.internal-error": {
        "vi": "Lỗi nội bộ ({error}). Đây là lỗi của fourlayer, không phải của tệp; hãy chạy lại với --debug và gửi kết quả cho nhóm phát triển.",
        "en": "Internal error ({error}). This is a fault in fourlayer, not in your file; run again with --debug and send the output to the developers.",
    },
    "cli.bad-report-settings": {
        "vi": "Tệp thiết lập báo cáo {path} có lỗi (xem ở trên); sửa rồi chạy lại.",
        "en": "The report settings file {path} has errors (see above); fix them and run again.",
    },
    "cli.settings-need-document": {
        "vi": "--report-settings và các tùy chọn điền báo cáo chỉ dùng với --format docx: thêm "
        "--format docx -o bao-cao.docx, hoặc bỏ các tùy chọn đó. Riêng --handling (dòng chỉ dẫn phạm vi "
        "lưu hành) dùng được cả với html và xlsx.",
        "en": "--report-settings and the report-filling options only apply to --format docx: add "
        "--format docx -o report.docx, or leave them out. Only --handling (the handling line) also "
        "applies to html and xlsx.",
    },
    "cli.bad-handling": {
        "vi": '--handling phải là một dòng chữ, tối đa {limit} ký tự (ví dụ "Tài liệu lưu hành nội bộ").',
        "en": '--handling must be one line of text, at most {limit} characters (e.g. "Tài liệu lưu hành nội bộ").',
    },
    "cli.bad-report-date": {
        "vi": '--report-date "{value}" không phải một ngày có thật; viết DD/MM/YYYY (ví dụ 15/12/2026) hoặc '
        "YYYY-MM-DD.",
        "en": '--report-date "{value}" is not a real date; write DD/MM/YYYY (e.g. 15/12/2026) or YYYY-MM-DD.',
    },
    "cli.usage.did-you-mean": {
        "vi": "Có phải ý bạn là {names}?",
        "en": "Did you mean {names}?",
    },
    "cli.usage.no-such-command": {
        "vi": 'Không có lệnh "{name}".',
        "en": 'There is no command "{name}".',
    },
    "cli.usage.no-such-option": {
        "vi": "Không có tuỳ chọn {name}.",
        "en": "There is no option {name}.",
    },
    "cli.usage.missing-argument": {
        "vi": "Thiếu đối số: {name}",
        "en": "Missing argument: {name}",
    },
    "cli.usage.missing-option": {
        "vi": "Thiếu tuỳ chọn bắt buộc {name}.",
        "en": "The required option {name} is missing.",
    },
    "cli.usage.needs-value": {
        "vi": "Tuỳ chọn {name} cần một giá trị.",
        "en": "The option {name} needs a value.",
    },
    "cli.usage.takes-no-value": {
        "vi": "Tuỳ chọn {name} không nhận giá trị.",
        "en": "The option {name} takes no value.",
    },
    "cli.usage.bad-choice": {
        "vi": 'Giá trị "{value}" không dùng được cho {name}; chọn một trong: {choices}.',
        "en": '"{value}" cannot be used for {name}; choose one of: {choices}.',
    },
    "cli.usage.out-of-range": {
        "vi": "Giá trị {value} của {name} nằm ngoài khoảng cho phép ({range}).",
        "en": "The value {value} of {name} is outside the allowed range ({range}).",
    },
    "cli.usage.not-a-number": {
        "vi": 'Giá trị "{value}" của {name} không phải là một số.',
        "en": 'The value "{value}" of {name} is not a number.',
    },
    "cli.usage.is-directory": {
        "vi": "{name} cần một tệp, nhưng {value} là một thư mục.",
        "en": "{name} needs a file, but {value} is a folder.",
    },
    "cli.usage.bad-value": {
        "vi": "Giá trị không hợp lệ cho {name}: {detail}",
        "en": "Invalid value for {name}: {detail}",
    },
    "cli.usage.extra-argument": {
        "vi": "Thừa đối số: {args}.",
        "en": "Unexpected extra argument: {args}.",
    },
    "cli.usage.other": {
        "vi": "Cách gọi lệnh chưa đúng: {detail}",
        "en": "Wrong usage: {detail}",
    },
    "cli.version-with-checklist": {
        "vi": "--version chọn phiên bản của danh mục đi kèm công cụ; không dùng cùng --checklist.",
        "en": "--version picks a version of the bundled checklist; it does not go with --checklist.",
    },
}

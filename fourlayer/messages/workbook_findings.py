"""Findings in a workbook, said in the workbook's words (:mod:`fourlayer.reading.medium`): cells, column
headers, the drop-down's labels, DD/MM/YYYY dates; never a YAML key, colon or English enum word.
A finding without a ``workbook.`` text here is said with its common text."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- where a value sits ----------------------------------------------------------------
    "workbook.where.control": {"vi": "tiêu chí {control}", "en": "control {control}"},
    "workbook.where.control-system": {
        "vi": "tiêu chí {control} của hệ thống {system}",
        "en": "control {control} of system {system}",
    },
    "workbook.where.system": {"vi": "hệ thống {system}", "en": "system {system}"},
    "workbook.where.waiver": {"vi": "miễn trừ thứ {number}", "en": "waiver no. {number}"},
    "workbook.where.column": {"vi": 'cột "{column}"', "en": 'column "{column}"'},
    "workbook.where.field": {"vi": 'mục "{column}"', "en": 'the field "{column}"'},
    "workbook.where.sheet": {"vi": "ô này", "en": "this cell"},
    "workbook.where.this-column": {"vi": "cột này", "en": "this column"},
    # --- findings ----------------------------------------------------------------------------
    "workbook.finding.empty-value": {
        "vi": "{where}: ô {cell} còn trống.",
        "en": "{where}: cell {cell} is empty.",
    },
    "workbook.finding.empty-choice": {
        "vi": "{where}: ô {cell} chưa chọn giá trị.",
        "en": "{where}: nothing is chosen in cell {cell}.",
    },
    "workbook.finding.not-allowed-value": {
        "vi": "{where}: {value} không phải một lựa chọn của cột này.",
        "en": "{where}: {value} is not one of this column's choices.",
    },
    "workbook.finding.yaml-boolean": {
        "vi": "{where}: ô {cell} chứa giá trị đúng/sai ({value}), không phải một lựa chọn của cột.",
        "en": "{where}: cell {cell} holds a true/false value ({value}), not one of the column's choices.",
    },
    "workbook.finding.invalid-date": {
        "vi": "{where}: {value} ở ô {cell} không đọc được là một ngày.",
        "en": "{where}: {value} in cell {cell} cannot be read as a date.",
    },
    "workbook.finding.impossible-date": {
        "vi": "{where}: {value} là một ngày không tồn tại.",
        "en": "{where}: {value} is a day that does not exist.",
    },
    "workbook.finding.missing-key": {
        "vi": "{where}: ô {cell} chưa điền.",
        "en": "{where}: cell {cell} is not filled in.",
    },
    "workbook.finding.unknown-key": {
        "vi": "{where}: tiêu đề cột ghi ({key}) trong ngoặc, điều bảng tính mẫu không có.",
        "en": "{where}: the column header names ({key}) in parentheses, which the template does not have.",
    },
    "workbook.finding.wrong-type": {
        "vi": "{where}: ô {cell} ghi {value}, không đúng loại giá trị của cột.",
        "en": "{where}: cell {cell} holds {value}, not the kind of value the column takes.",
    },
    "workbook.finding.quoted-number": {
        "vi": '{where}: cần một số, nhưng ô {cell} ghi văn bản "{value}".',
        "en": '{where}: a number is needed, but cell {cell} holds the text "{value}".',
    },
    "workbook.finding.note-required": {
        "vi": 'Tiêu chí {control} được chọn "Không áp dụng" nhưng cột "{column}" (ô {cell}) chưa ghi lý do.',
        "en": 'Control {control} is marked "Not applicable" but the "{column}" column (cell {cell}) gives no reason.',
    },
    "workbook.finding.no-event-not-allowed": {
        "vi": 'Tiêu chí {control} không phải nghĩa vụ phát sinh theo sự kiện: không đánh dấu cột "{column}".',
        "en": 'Control {control} is not an event-triggered duty: do not mark the "{column}" column.',
    },
    "workbook.finding.no-event-status": {
        "vi": 'Tiêu chí {control}: cột "{column}" chỉ được đánh dấu khi trạng thái là "Đã thực hiện" '
        '(đang là "{status}").',
        "en": 'Control {control}: the "{column}" column may be marked only when the status is '
        '"Implemented" (it is "{status}").',
    },
    # --- hints -------------------------------------------------------------------------------
    "workbook.hint.empty-choose": {
        "vi": "Chọn trong danh sách của ô {cell} một trong: {allowed}.",
        "en": "Choose in cell {cell}'s list one of: {allowed}.",
    },
    "workbook.hint.fill-cell": {
        "vi": 'Điền vào ô {cell}, cột "{column}".',
        "en": 'Fill in cell {cell}, column "{column}".',
    },
    "workbook.hint.choose-suggestion": {
        "vi": 'Có phải ý là "{suggestion}"? Chọn "{suggestion}" trong danh sách của ô {cell} (các lựa chọn: '
        "{allowed}).",
        "en": 'Did you mean "{suggestion}"? Choose "{suggestion}" in cell {cell}\'s list (the choices: {allowed}).',
    },
    "workbook.hint.did-you-mean": {
        "vi": 'Có phải ý là "{suggestion}"? Ghi đúng như vậy vào ô {cell}.',
        "en": 'Did you mean "{suggestion}"? Write exactly that in cell {cell}.',
    },
    "workbook.hint.yaml-boolean": {
        "vi": "Chọn trong danh sách của ô {cell} một trong: {allowed}.",
        "en": "Choose in cell {cell}'s list one of: {allowed}.",
    },
    "workbook.hint.yaml-boolean-text": {
        "vi": "Gõ văn bản vào ô {cell} thay cho giá trị đúng/sai.",
        "en": "Type text in cell {cell} instead of a true/false value.",
    },
    "workbook.hint.quote-text": {
        "vi": "Gõ lại giá trị ở ô {cell} dưới dạng văn bản (gõ dấu ' ở đầu để Excel giữ nguyên).",
        "en": "Type the value in cell {cell} again as text (start with ' so Excel keeps it as typed).",
    },
    "workbook.hint.quoted-number": {
        "vi": "Nhập số {value} vào ô {cell}, không có dấu ' ở đầu.",
        "en": "Enter the number {value} in cell {cell}, without a leading '.",
    },
    "workbook.hint.date-day-month-year": {
        "vi": "Nhập ngày vào ô {cell} theo dạng ngày/tháng/năm (DD/MM/YYYY), ví dụ 30/09/2026.",
        "en": "Enter the date in cell {cell} as day/month/year (DD/MM/YYYY), e.g. 30/09/2026.",
    },
    "workbook.hint.day-month": {
        "vi": "Kiểm tra lại ngày và tháng ở ô {cell} (tháng 4, 6, 9 và 11 có 30 ngày; tháng 2 có 28 hoặc 29 "
        "ngày), rồi nhập lại theo dạng DD/MM/YYYY.",
        "en": "Check the day and month in cell {cell} (April, June, September and November have 30 days; "
        "February 28 or 29), then enter it again as DD/MM/YYYY.",
    },
    "workbook.hint.missing-ref": {
        "vi": "Ghi vào ô {cell} số, ký hiệu của văn bản làm bằng chứng, ví dụ 45/QĐ-SYT; nếu chưa có văn bản thì "
        "xoá các ô bằng chứng khác của dòng này.",
        "en": "Write in cell {cell} the number of the document that is the evidence, e.g. 45/QĐ-SYT; if there "
        "is no document yet, clear the row's other evidence cells.",
    },
    "workbook.hint.unknown-key": {
        "vi": "Sửa phần trong ngoặc của tiêu đề cột cho giống bảng tính mẫu (lập bằng fourlayer init --format "
        "xlsx), hoặc xoá phần trong ngoặc để cột được bỏ qua.",
        "en": "Correct the part in parentheses of the column header to match the template (made with fourlayer "
        "init --format xlsx), or delete the part in parentheses so the column is ignored.",
    },
    "workbook.hint.note-required": {
        "vi": "Ghi vào ô {cell} lý do tiêu chí không áp dụng cho hệ thống hoặc cơ quan.",
        "en": "Write in cell {cell} why the control does not apply to this system or agency.",
    },
    "workbook.hint.no-event-not-allowed": {
        "vi": "Xoá ô {cell} và ghi bằng chứng thực hiện; lệnh fourlayer checklist show MÃ cho biết tiêu chí nào "
        "phát sinh theo sự kiện.",
        "en": "Clear cell {cell} and give evidence; fourlayer checklist show ID says whether a control is "
        "event-triggered.",
    },
    "workbook.hint.wrong-scope-agency": {
        "vi": 'Xoá mã hệ thống ở cột "Hệ thống" của dòng này: tiêu chí cấp cơ quan để trống cột đó.',
        "en": 'Clear the system id in this row\'s "System" column: an agency-wide control leaves it empty.',
    },
    "workbook.hint.wrong-scope-system": {
        "vi": 'Ghi ở cột "Hệ thống" mã của hệ thống mà câu trả lời thuộc về; mỗi hệ thống một dòng.',
        "en": 'Write in the "System" column the id of the system the answer is for; one row per system.',
    },
    "workbook.hint.waiver-systems": {
        "vi": 'Ghi ở cột "Hệ thống" mã của một hệ thống trên trang Cơ quan ({systems}), hoặc để trống để miễn '
        "trừ cho mọi hệ thống.",
        "en": 'Write in the "System" column the id of a system on the Agency sheet ({systems}), or leave it '
        "empty to cover every system.",
    },
    "workbook.hint.waiver-agency-scope": {
        "vi": 'Xoá ô ở cột "Hệ thống" của miễn trừ này.',
        "en": 'Clear the "System" cell of this waiver.',
    },
    "workbook.hint.checklist-mismatch": {
        "vi": "Dùng --checklist để chọn đúng danh mục, hoặc lập lại bảng tính bằng fourlayer init --format xlsx.",
        "en": "Use --checklist to pick the right checklist, or make the workbook again with fourlayer init "
        "--format xlsx.",
    },
    # --- a row deleted from the answer sheet ----------------------------------------------------
    "workbook.missing.agency": {"vi": "cơ quan", "en": "the agency"},
    "finding.workbook-missing-row": {
        "vi": 'Trang "{sheet}" không có dòng của tiêu chí {control} ({title}), áp dụng cho {target}: tiêu chí '
        "này bị tính là chưa trả lời.",
        "en": 'The "{sheet}" sheet has no row for control {control} ({title}), which applies to {target}: it '
        "counts as unanswered.",
    },
    "hint.workbook-missing-row": {
        "vi": 'Gõ {control} vào cột "Mã tiêu chí" của một dòng trống ngay dưới bảng, để trống cột "Hệ thống", '
        "rồi điền các cột trả lời như mọi dòng (thứ tự các dòng không quan trọng); hoặc chạy fourlayer "
        "convert {file} -o {restored}: bảng tính mới có lại mọi dòng, giữ những gì đã điền.",
        "en": 'Type {control} in the "Control id" column of an empty row just below the table, leave '
        '"System" empty, and fill in the answer columns as in any row (the order of rows does not '
        "matter); or run fourlayer convert {file} -o {restored}: the new "
        "workbook has every row back, with everything typed kept.",
    },
    "hint.workbook-missing-row-system": {
        "vi": 'Gõ {control} vào cột "Mã tiêu chí" và {system} vào cột "Hệ thống" của một dòng trống ngay '
        "dưới bảng, rồi điền các cột trả lời như mọi dòng (thứ tự các dòng không quan trọng); hoặc chạy "
        "fourlayer convert {file} -o {restored}: bảng tính mới có lại mọi dòng, giữ những gì đã điền.",
        "en": 'Type {control} in the "Control id" column and {system} in the "System" column of an empty '
        "row just below the table, and fill in the answer columns as in any row (the order of rows does "
        "not matter); or run fourlayer convert {file} -o {restored}: the new workbook has every row back, "
        "with everything typed kept.",
    },
}

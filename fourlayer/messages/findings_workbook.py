"""Located problems of a workbook (``finding.workbook-*``, ``hint.workbook-*``), and any finding said
in the words of a workbook (``workbook.finding.*``, ``workbook.hint.*``, ``workbook.where.*``: cells,
column headers and the drop-down's labels instead of lines and data paths; see
:mod:`fourlayer.reading.medium`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- refusals before parsing ---------------------------------------------------------
    "finding.workbook-damaged": {
        "vi": "Không mở được bảng tính: tệp bị hỏng hoặc không phải tệp .xlsx.",
        "en": "The workbook cannot be opened: the file is damaged or not an .xlsx file.",
    },
    "hint.workbook-damaged": {
        "vi": "Mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).",
        "en": "Open the file in Excel or LibreOffice and save it again as an Excel Workbook (.xlsx).",
    },
    "finding.workbook-encrypted": {
        "vi": "Bảng tính được đặt mật khẩu; không đọc được.",
        "en": "The workbook is password-protected; it cannot be read.",
    },
    "hint.workbook-encrypted": {
        "vi": "Gỡ mật khẩu mở tệp (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hoá bằng mật khẩu, xoá mật khẩu) "
        "rồi lưu lại. Khoá trang tính không cần gỡ.",
        "en": "Remove the password to open (File → Info → Protect Workbook → Encrypt with Password, clear it) "
        "and save again. Sheet protection need not be removed.",
    },
    "finding.workbook-old-format": {
        "vi": "Tệp theo định dạng Excel cũ (.xls), không phải .xlsx.",
        "en": "The file is in the old Excel format (.xls), not .xlsx.",
    },
    "hint.workbook-old-format": {
        "vi": "Mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).",
        "en": "Open the file in Excel or LibreOffice and save it as an Excel Workbook (.xlsx).",
    },
    "finding.workbook-macros": {
        "vi": "Bảng tính có macro (.xlsm hoặc vbaProject.bin); không đọc tệp có macro.",
        "en": "The workbook contains macros (.xlsm or vbaProject.bin); files with macros are not read.",
    },
    "hint.workbook-macros": {
        "vi": "Lưu lại dưới dạng Sổ làm việc Excel (.xlsx), không có macro.",
        "en": "Save it again as an Excel Workbook (.xlsx), without macros.",
    },
    "finding.workbook-too-many-parts": {
        "vi": "Tệp nén của bảng tính có {count} thành phần (giới hạn {limit}); không đọc.",
        "en": "The workbook's archive has {count} parts (the limit is {limit}); not read.",
    },
    "finding.workbook-part-too-large": {
        "vi": "Thành phần {part} của bảng tính khi giải nén lớn {size} byte (giới hạn {limit}); không đọc.",
        "en": "The workbook part {part} is {size} bytes uncompressed (the limit is {limit}); not read.",
    },
    "finding.workbook-ratio": {
        "vi": "Thành phần {part} của bảng tính nén gấp {ratio} lần (giới hạn {limit}): có dấu hiệu bom nén; không đọc.",
        "en": "The workbook part {part} is compressed {ratio} to 1 (the limit is {limit}): a zip bomb, "
        "likely; not read.",
    },
    "finding.workbook-too-large": {
        "vi": "Bảng tính khi giải nén lớn {size} byte (giới hạn {limit}); không đọc.",
        "en": "The workbook is {size} bytes uncompressed (the limit is {limit}); not read.",
    },
    "finding.workbook-dtd": {
        "vi": "Thành phần {part} của bảng tính có khai báo DTD/thực thể XML, điều Excel không bao giờ ghi; không đọc.",
        "en": "The workbook part {part} declares an XML DTD or entities, which Excel never writes; not read.",
    },
    "hint.workbook-hostile": {
        "vi": "Một bản tự đánh giá thật nhỏ hơn nhiều. Lập lại bảng tính bằng fourlayer init --format xlsx, "
        "hoặc mở và lưu lại bằng Excel.",
        "en": "A real self-assessment is far smaller. Make the workbook again with fourlayer init --format "
        "xlsx, or open and save it again in Excel.",
    },
    "finding.workbook-external-links": {
        "vi": "Bảng tính có liên kết tới tệp khác; bỏ qua: chỉ đọc giá trị đã nhập trong ô.",
        "en": "The workbook links to other files; ignored: only values typed in cells are read.",
    },
    "finding.workbook-embedded-objects": {
        "vi": "Bảng tính có đối tượng nhúng (OLE, ActiveX); bỏ qua, không mở.",
        "en": "The workbook has embedded objects (OLE, ActiveX); ignored, never opened.",
    },
    "finding.workbook-is-report": {
        "vi": "Đây là báo cáo do fourlayer lập (check hoặc audit --format xlsx), không phải bản tự đánh giá.",
        "en": "This is a report made by fourlayer (check or audit --format xlsx), not a self-assessment.",
    },
    "hint.workbook-is-report": {
        "vi": "Ghi báo cáo ra ngoài thư mục chứa các bản tự đánh giá, hoặc chuyển nó đi nơi khác.",
        "en": "Write reports outside the folder of self-assessments, or move this one elsewhere.",
    },
    # --- reading sheets ------------------------------------------------------------------
    "finding.workbook-too-many-rows": {
        "vi": "Trang tính có quá {limit} dòng; bảng tính không được đọc.",
        "en": "The sheet has more than {limit} rows; the workbook is not read.",
    },
    "finding.workbook-too-many-columns": {
        "vi": "Có dữ liệu ở quá cột thứ {limit}; bảng tính không được đọc.",
        "en": "There is data past column {limit}; the workbook is not read.",
    },
    "finding.workbook-no-answers": {
        "vi": "Không tìm thấy trang trả lời: không trang nào có dòng tiêu đề với (control) và (status).",
        "en": "No answer sheet found: no sheet has a header row with (control) and (status).",
    },
    "hint.workbook-no-answers": {
        "vi": 'Mỗi cột được nhận ra qua khoá trong ngoặc ở ô tiêu đề, vd. "Trạng thái (status)". Lập bảng tính '
        "mẫu bằng fourlayer init --format xlsx.",
        "en": 'Columns are recognised by the key in parentheses in their header cell, e.g. "Status (status)". '
        "Make a template with fourlayer init --format xlsx.",
    },
    "finding.workbook-formula": {
        "vi": "Ô có công thức; công thức không được tính và giá trị của nó không được dùng.",
        "en": "The cell holds a formula; formulas are never calculated and their value is not used.",
    },
    "hint.workbook-formula": {
        "vi": "Nhập thẳng giá trị vào ô (sao chép, rồi Dán đặc biệt → Giá trị).",
        "en": "Type the value into the cell (copy, then Paste Special → Values).",
    },
    "finding.workbook-no-control": {
        "vi": "Dòng có câu trả lời nhưng không có mã tiêu chí, và không nằm ngay dưới một câu trả lời.",
        "en": "The row has an answer but no control id, and does not follow an answer.",
    },
    "hint.workbook-no-control": {
        "vi": "Ghi mã tiêu chí (vd. L2.01); dòng chỉ có bằng chứng, để trống mã, là bằng chứng thêm của câu "
        "trả lời ngay trên.",
        "en": "Write the control id (e.g. L2.01); a row with evidence only and no ids adds evidence to the "
        "answer above it.",
    },
    "finding.workbook-unknown-system": {
        "vi": 'Hệ thống "{system}" không có trong danh sách hệ thống ở trang cơ quan ({systems}).',
        "en": 'System "{system}" is not in the list of systems on the agency sheet ({systems}).',
    },
    "hint.workbook-unknown-system": {
        "vi": "Thêm hệ thống này vào danh sách hệ thống ở trang cơ quan, hoặc sửa mã cho đúng một mã đã có ở đó.",
        "en": "Add this system to the list of systems on the agency sheet, or correct the id to one listed there.",
    },
    "hint.workbook-duplicate-column": {
        "vi": "Đổi tên hoặc xoá một trong hai cột: khoá trong ngoặc ở tiêu đề mỗi cột phải khác nhau.",
        "en": "Rename or delete one of the two columns: the key in parentheses in each header must differ.",
    },
    "finding.workbook-duplicate-column": {
        "vi": "Hai cột cùng khoá ({key}); chỉ cột đầu tiên được đọc.",
        "en": "Two columns have the same key ({key}); only the first is read.",
    },
    "finding.workbook-answer-twice": {
        "vi": "Tiêu chí {control} đã có câu trả lời ở dòng trên; dòng thêm chỉ được ghi bằng chứng.",
        "en": "Control {control} is already answered above; an extra row may only hold evidence.",
    },
    "hint.workbook-answer-twice": {
        "vi": "Xoá ô này, hoặc chuyển nội dung lên dòng trả lời của tiêu chí.",
        "en": "Clear this cell, or move its content to the control's answer row.",
    },
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
    # --- workbooks ------------------------------------------------------------------------
    "finding.workbook-too-many-sheets": {
        "vi": "Bảng tính có {count} trang tính (giới hạn {limit}); không đọc.",
        "en": "The workbook has {count} sheets (the limit is {limit}); not read.",
    },
    "finding.workbook-sheet-repeated": {
        "vi": 'Trang tính "{sheet}" dùng lại nội dung của trang "{other}" ({part}), điều Excel không bao giờ ghi; '
        "không đọc.",
        "en": 'Sheet "{sheet}" reuses the content of sheet "{other}" ({part}), which Excel never writes; not read.',
    },
    "finding.workbook-too-many-cells": {
        "vi": "Bảng tính có hơn {limit} ô (kể cả ô trống được lưu); bảng tính không được đọc.",
        "en": "The workbook holds more than {limit} cells (stored empty cells included); the workbook is not read.",
    },
    "finding.workbook-too-much-text": {
        "vi": "Các ô của bảng tính chứa hơn {limit} ký tự (văn bản dùng chung được tính mỗi lần dùng); "
        "bảng tính không được đọc.",
        "en": "The workbook's cells hold more than {limit} characters (shared text counted each time it is used); "
        "the workbook is not read.",
    },
    "finding.workbook-hidden-sheet": {
        "vi": 'Trang tính "{sheet}" bị ẩn nhưng có dòng tiêu đề của trang trả lời, miễn trừ hoặc cơ quan; '
        "không đọc trang ẩn, vì Excel không hiện những giá trị này cho người ký.",
        "en": 'Sheet "{sheet}" is hidden but has the header row of an answer, waiver or agency sheet; hidden sheets '
        "are not read, as Excel does not show their values to whoever signs.",
    },
    "hint.workbook-hidden-sheet": {
        "vi": "Bỏ ẩn trang (chuột phải vào tên trang → Bỏ ẩn) và chép câu trả lời vào trang hiện, hoặc xoá trang ẩn.",
        "en": "Unhide the sheet (right-click a sheet tab → Unhide) and move its answers to a visible sheet, or delete it.",
    },
}

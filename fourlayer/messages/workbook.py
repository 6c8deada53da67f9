"""Messages for workbooks: reading ``.xlsx`` (findings), the workbook's own labels, ``convert``."""

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
    # --- the workbook's sheets and labels --------------------------------------------------
    "workbook.sheet.instructions": {"vi": "Hướng dẫn", "en": "Instructions"},
    "workbook.sheet.agency": {"vi": "Cơ quan", "en": "Agency"},
    "workbook.sheet.answers": {"vi": "Trả lời", "en": "Answers"},
    "workbook.sheet.waivers": {"vi": "Miễn trừ", "en": "Waivers"},
    "workbook.col.control": {"vi": "Mã tiêu chí", "en": "Control id"},
    "workbook.col.layer": {"vi": "Lớp", "en": "Layer"},
    "workbook.col.system": {"vi": "Hệ thống", "en": "System"},
    "workbook.col.title": {"vi": "Tiêu chí", "en": "Control"},
    "workbook.col.requirement": {"vi": "Yêu cầu", "en": "Requirement"},
    "workbook.col.status": {"vi": "Trạng thái", "en": "Status"},
    "workbook.col.evidence_ref": {"vi": "Số, ký hiệu văn bản", "en": "Document number"},
    "workbook.col.evidence_date": {"vi": "Ngày văn bản", "en": "Document date"},
    "workbook.col.evidence_kind": {"vi": "Loại bằng chứng", "en": "Evidence kind"},
    "workbook.col.evidence_url": {"vi": "Đường dẫn bằng chứng", "en": "Evidence link"},
    "workbook.col.note": {"vi": "Ghi chú", "en": "Note"},
    "workbook.col.due": {"vi": "Ngày dự kiến hoàn thành", "en": "Due date"},
    "workbook.col.no_event": {"vi": "Không phát sinh sự kiện", "en": "No event"},
    "workbook.col.system-id": {"vi": "Mã hệ thống", "en": "System id"},
    "workbook.col.system-name": {"vi": "Tên hệ thống", "en": "System name"},
    "workbook.col.system-level": {"vi": "Cấp độ", "en": "Level"},
    "workbook.col.approval-ref": {"vi": "Số QĐ phê duyệt cấp độ", "en": "Level approval decision"},
    "workbook.col.approval-date": {"vi": "Ngày QĐ phê duyệt", "en": "Approval date"},
    "workbook.col.system-description": {"vi": "Mô tả", "en": "Description"},
    "workbook.col.waiver-reason": {"vi": "Lý do", "en": "Reason"},
    "workbook.col.waiver-approved-by": {"vi": "Người phê duyệt", "en": "Approved by"},
    "workbook.col.waiver-ref": {"vi": "Số văn bản phê duyệt", "en": "Approval document"},
    "workbook.col.waiver-expires": {"vi": "Hết hạn", "en": "Expires"},
    "workbook.field.checklist-id": {"vi": "Danh mục kiểm tra", "en": "Checklist"},
    "workbook.field.checklist-version": {"vi": "Phiên bản danh mục", "en": "Checklist version"},
    "workbook.field.agency-name": {"vi": "Tên cơ quan", "en": "Agency name"},
    "workbook.field.agency-code": {"vi": "Mã định danh cơ quan", "en": "Agency code"},
    "workbook.field.agency-province": {"vi": "Tỉnh, thành phố", "en": "Province"},
    "workbook.field.assessed-on": {"vi": "Ngày lập", "en": "Assessed on"},
    "workbook.field.assessor-name": {"vi": "Người lập", "en": "Assessor"},
    "workbook.field.assessor-role": {"vi": "Chức vụ", "en": "Role"},
    "workbook.field.assessor-contact": {"vi": "Liên hệ", "en": "Contact"},
    "workbook.systems": {"vi": "Các hệ thống thông tin", "en": "Information systems"},
    "workbook.status.implemented": {"vi": "Đã thực hiện", "en": "Implemented"},
    "workbook.status.partial": {"vi": "Thực hiện một phần", "en": "Partially implemented"},
    "workbook.status.not_implemented": {"vi": "Chưa thực hiện", "en": "Not implemented"},
    "workbook.status.not_applicable": {"vi": "Không áp dụng", "en": "Not applicable"},
    "workbook.kind.decision": {"vi": "Quyết định", "en": "Decision"},
    "workbook.kind.contract": {"vi": "Hợp đồng", "en": "Contract"},
    "workbook.kind.report": {"vi": "Báo cáo", "en": "Report"},
    "workbook.kind.certificate": {"vi": "Giấy chứng nhận", "en": "Certificate"},
    "workbook.kind.minutes": {"vi": "Biên bản", "en": "Minutes"},
    "workbook.kind.screenshot": {"vi": "Ảnh chụp màn hình", "en": "Screenshot"},
    "workbook.kind.other": {"vi": "Khác", "en": "Other"},
    "workbook.status-prompt": {
        "vi": "Chọn một trạng thái trong danh sách.",
        "en": "Choose a status from the list.",
    },
    # --- the instructions sheet ----------------------------------------------------------
    "workbook.help.title": {
        "vi": "Bản tự đánh giá theo mô hình bảo vệ 4 lớp — {agency}",
        "en": "Four-layer protection model self-assessment — {agency}",
    },
    "workbook.help.made": {
        "vi": "Lập bằng lệnh fourlayer init theo danh mục kiểm tra {checklist} phiên bản {version}, gồm {count} "
        "câu trả lời cho các tiêu chí có hiệu lực ngày {date}.",
        "en": "Made by fourlayer init from the checklist {checklist} version {version}: {count} answers to the "
        "controls in force on {date}.",
    },
    "workbook.help.sheets": {
        "vi": 'Trang "{agency}": thông tin cơ quan và các hệ thống. Trang "{answers}": mỗi dòng là một tiêu chí '
        "của cơ quan hoặc của một hệ thống (cột Hệ thống để trống là tiêu chí cấp cơ quan). Trang "
        '"{waivers}": các miễn trừ đã được phê duyệt, mỗi dòng một miễn trừ.',
        "en": 'Sheet "{agency}": the agency and its systems. Sheet "{answers}": one row per control of the '
        'agency or of one system (an empty System cell means an agency-wide control). Sheet "{waivers}": '
        "approved waivers, one per row.",
    },
    "workbook.help.status": {
        "vi": 'Trạng thái: chọn trong danh sách — {labels}. "Không áp dụng" chỉ dùng cho tiêu chí được phép, và '
        "phải ghi lý do ở cột Ghi chú. Cũng có thể gõ implemented, partial, not_implemented, not_applicable.",
        "en": 'Status: choose from the list — {labels}. "Not applicable" only where the control allows it, with '
        "the reason in the Note column. implemented, partial, not_implemented, not_applicable may be typed "
        "too.",
    },
    "workbook.help.evidence": {
        "vi": "Bằng chứng: số, ký hiệu văn bản (vd. 45/QĐ-SYT) và ngày văn bản (nhập như một ngày, hoặc gõ "
        "DD/MM/YYYY hay YYYY-MM-DD). Đã thực hiện mà không có bằng chứng chỉ được tính là đạt một phần. "
        "Nhiều văn bản cho một tiêu chí: chèn thêm dòng ngay dưới, để trống Mã tiêu chí và Hệ thống, chỉ ghi "
        "các cột bằng chứng.",
        "en": "Evidence: the document's number (e.g. 45/QĐ-SYT) and date (entered as a date, or typed as "
        "DD/MM/YYYY or YYYY-MM-DD). Implemented without evidence counts only as partial. Several documents "
        "for one control: insert rows right below, leave Control id and System empty, fill only the "
        "evidence columns.",
    },
    "workbook.help.no-event": {
        "vi": 'Cột "Không phát sinh sự kiện": chỉ với tiêu chí phát sinh theo sự kiện (vd. ứng phó sự cố), ghi '
        'TRUE (hoặc "có") khi trong kỳ không có sự kiện nào; trạng thái khi đó là Đã thực hiện, không cần '
        "bằng chứng.",
        "en": 'Column "No event": only for controls triggered by an event (e.g. incident response), TRUE (or '
        '"yes") when no such event happened in the period; the status is then Implemented, with no '
        "evidence needed.",
    },
    "workbook.help.columns": {
        "vi": 'Mỗi cột được nhận ra qua khoá trong ngoặc ở ô tiêu đề, vd. "Trạng thái (status)": có thể đổi '
        "thứ tự cột hoặc thêm cột riêng (cột không có khoá trong ngoặc được bỏ qua). Không dùng công thức "
        "trong ô trả lời: công thức không được tính. Tiêu đề và các cột mã được khoá để tránh sửa nhầm "
        "(Xem lại → Bỏ bảo vệ trang tính, không có mật khẩu).",
        "en": 'Each column is recognised by the key in parentheses in its header cell, e.g. "Status (status)": '
        "columns may be reordered and columns of your own added (columns without a key in parentheses are "
        "ignored). No formulas in answer cells: formulas are never calculated. Headers and id columns are "
        "protected against accidental edits (Review → Unprotect Sheet, no password).",
    },
    "workbook.help.run": {
        "vi": "Kiểm tra: fourlayer validate {file}; đánh giá: fourlayer check {file}; chuyển sang YAML: "
        "fourlayer convert {file} -o tu-danh-gia.yaml.",
        "en": "Check it: fourlayer validate {file}; evaluate it: fourlayer check {file}; to YAML: "
        "fourlayer convert {file} -o tu-danh-gia.yaml.",
    },
    # --- convert -------------------------------------------------------------------------
    "convert.wrote": {
        "vi": "Đã ghi {path}: {answers} câu trả lời, {systems} hệ thống.",
        "en": "Wrote {path}: {answers} answers, {systems} systems.",
    },
    "convert.refused": {
        "vi": "Không chuyển đổi {path}: tệp có lỗi (sửa rồi chạy lại; không bỏ sót câu trả lời nào).",
        "en": "{path} not converted: the file has errors (fix them and run again; no answer is dropped).",
    },
    "init.format-suffix": {
        "vi": "Tệp {path} có đuôi không khớp với định dạng {format}; đổi đuôi tệp hoặc bỏ --format.",
        "en": "The suffix of {path} does not match the format {format}; change the suffix or drop --format.",
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

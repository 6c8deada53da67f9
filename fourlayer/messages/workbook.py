"""The assessment workbook (``workbook.``): its sheets, columns, labels, drop-downs and
instructions, as ``init --format xlsx`` and ``convert`` write it and the reader names it."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
    # --- a row deleted from the answer sheet ----------------------------------------------------
    "workbook.missing.agency": {"vi": "cơ quan", "en": "the agency"},
    "workbook.help.missing-row": {
        "vi": "Lỡ xoá một dòng ở trang Trả lời: gõ mã tiêu chí (và mã hệ thống, nếu là tiêu chí theo hệ thống) vào "
        "một dòng trống ngay dưới bảng rồi điền như mọi dòng; thứ tự các dòng không quan trọng. fourlayer "
        "validate chỉ ra mọi tiêu chí áp dụng mà không có dòng.",
        "en": "A row deleted from the Answers sheet by mistake: type the control id (and the system id, for a "
        "per-system control) in an empty row just below the table and fill it in like any row; the order "
        "of rows does not matter. fourlayer validate names every applicable control without a row.",
    },
    "workbook.cell-too-long": {
        "vi": "Không ghi bảng tính: giá trị của {key} (trang {sheet}, ô {cell}) dài {length} ký tự, quá {limit} ký tự "
        "một ô Excel chứa được; không cắt bớt. Rút gọn nội dung, hoặc giữ bản tự đánh giá ở dạng YAML.",
        "en": "The workbook is not written: the value of {key} (sheet {sheet}, cell {cell}) is {length} characters, "
        "more than the {limit} an Excel cell holds; it is not cut. Shorten it, or keep the assessment in YAML.",
    },
    "workbook.too-many-rows-to-write": {
        "vi": "Không ghi bảng tính: bảng tính sẽ có {rows} dòng trên một trang, mà fourlayer chỉ đọc tối đa {limit} "
        "dòng một trang. Giữ bản tự đánh giá ở dạng YAML.",
        "en": "The workbook is not written: a sheet would have {rows} rows, and fourlayer reads at most {limit} rows "
        "of a sheet. Keep the assessment in YAML.",
    },
    # --- workbook labels (the key in parentheses follows each) ---------------------------
    "workbook.field.owner-name": {
        "vi": "Tên chủ quản hệ thống thông tin (Mẫu 08, mục 2.a)",
        "en": "System owner's name (Form 08, 2.a)",
    },
    "workbook.field.owner-mandate": {
        "vi": "Chủ quản: quy định chức năng, nhiệm vụ và quyền hạn",
        "en": "Owner: functions document",
    },
    "workbook.field.owner-representative": {"vi": "Chủ quản: người đại diện", "en": "Owner: representative"},
    "workbook.field.owner-position": {"vi": "Chủ quản: chức vụ", "en": "Owner: title"},
    "workbook.field.owner-address": {"vi": "Chủ quản: địa chỉ", "en": "Owner: address"},
    "workbook.field.owner-phone": {"vi": "Chủ quản: số điện thoại", "en": "Owner: phone"},
    "workbook.field.owner-email": {"vi": "Chủ quản: thư điện tử", "en": "Owner: e-mail"},
    "workbook.field.unit-name": {
        "vi": "Tên đơn vị chuyên trách về an ninh mạng (Mẫu 08, mục 2.b)",
        "en": "Cybersecurity unit's name (Form 08, 2.b)",
    },
    "workbook.field.unit-mandate": {
        "vi": "Đơn vị chuyên trách: quy định chức năng, nhiệm vụ và quyền hạn",
        "en": "Unit: functions document",
    },
    "workbook.field.unit-representative": {"vi": "Đơn vị chuyên trách: người đại diện", "en": "Unit: representative"},
    "workbook.field.unit-position": {"vi": "Đơn vị chuyên trách: chức vụ", "en": "Unit: title"},
    "workbook.field.unit-address": {"vi": "Đơn vị chuyên trách: địa chỉ", "en": "Unit: address"},
    "workbook.field.unit-phone": {"vi": "Đơn vị chuyên trách: số điện thoại", "en": "Unit: phone"},
    "workbook.field.unit-email": {"vi": "Đơn vị chuyên trách: thư điện tử", "en": "Unit: e-mail"},
    "workbook.col.approval-issuer": {"vi": "Cơ quan phê duyệt cấp độ", "en": "Approving body"},
    "workbook.col.category": {"vi": "Loại hình HTTT", "en": "System type"},
    "workbook.col.owner": {"vi": "Chủ quản HTTT", "en": "System owner"},
    "workbook.col.operator": {"vi": "Đơn vị vận hành HTTT", "en": "Operating unit"},
    "workbook.col.approval-status": {"vi": "Tình trạng phê duyệt cấp độ", "en": "Level-approval status"},
    "workbook.col.approval-expected": {"vi": "Dự kiến thời điểm phê duyệt HSĐXCĐ", "en": "Expected approval date"},
    "workbook.col.regulation-ref": {"vi": "Số QĐ ban hành Quy chế bảo đảm ANM", "en": "Security regulation decision"},
    "workbook.col.regulation-date": {"vi": "Ngày QĐ Quy chế", "en": "Regulation date"},
    "workbook.col.regulation-issuer": {"vi": "Cơ quan ban hành Quy chế", "en": "Regulation issuer"},
    "workbook.col.deployment": {"vi": "Đã triển khai đầy đủ PA BĐANM", "en": "Security plan deployed"},
    "workbook.col.deployment-expected": {
        "vi": "Dự kiến thời điểm triển khai đầy đủ PA BĐANM",
        "en": "Expected full deployment",
    },
    "workbook.col.pre-use-ref": {
        "vi": "Báo cáo đánh giá trước khi đưa vào sử dụng",
        "en": "Assessment report before use",
    },
    "workbook.col.pre-use-date": {
        "vi": "Ngày báo cáo đánh giá trước khi sử dụng",
        "en": "Date of the assessment before use",
    },
    "workbook.col.pre-use-issuer": {"vi": "Đơn vị đánh giá trước khi sử dụng", "en": "Assessor before use"},
    "workbook.col.periodic-ref": {"vi": "Báo cáo đánh giá định kỳ gần nhất", "en": "Latest periodic assessment report"},
    "workbook.col.periodic-date": {"vi": "Ngày báo cáo đánh giá định kỳ", "en": "Date of the periodic assessment"},
    "workbook.col.periodic-issuer": {"vi": "Đơn vị đánh giá định kỳ", "en": "Periodic assessor"},
}

"""The yearly report, Decree 331/2026/NĐ-CP Form 08 (Mẫu số 08) (``form08.``).

The Vietnamese words of the form (column headings, the values of columns 6, 10 and 12, the
lines of sections 1 and 2) are the appendix's own, as transcribed in
``ldphuong-vn/vn-cyber-compliance`` ``sources/van-ban-goc/toan-van/nd-331-2026-nd-cp-bao-ve-anm-httt.txt``.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- the form's values ---------------------------------------------------------------
    "form08.approval.drafting": {"vi": "Đang dự thảo", "en": "Being drafted"},
    "form08.approval.submitted": {"vi": "Đã gửi thẩm định", "en": "Sent for appraisal"},
    "form08.approval.appraised": {"vi": "Đã thẩm định", "en": "Appraised"},
    "form08.approval.approved": {"vi": "Đã được phê duyệt", "en": "Approved"},
    "form08.deployment.none": {"vi": "Chưa triển khai", "en": "Not deployed"},
    "form08.deployment.partial": {"vi": "Đã triển khai một số hạng mục", "en": "Some items deployed"},
    "form08.deployment.full": {"vi": "Đã triển khai đầy đủ", "en": "Fully deployed"},
    "form08.category.internal": {"vi": "Phục vụ hoạt động nội bộ", "en": "Internal operations"},
    "form08.category.public_service": {
        "vi": "Phục vụ người dân, doanh nghiệp",
        "en": "Serving citizens and businesses",
    },
    "form08.category.infrastructure": {"vi": "Cơ sở hạ tầng thông tin", "en": "Information infrastructure"},
    "form08.category.industrial_control": {"vi": "Điều khiển công nghiệp", "en": "Industrial control"},
    "form08.category.other": {"vi": "Hệ thống thông tin khác", "en": "Other"},
    "form08.assessed.before_use": {"vi": "Trước khi đưa vào sử dụng", "en": "Before going into use"},
    "form08.assessed.periodic": {"vi": "Định kỳ", "en": "Periodic"},
    # --- what is still to fill in (the key in parentheses: YAML, and the workbook's column) --
    "form08.missing.category": {
        "vi": "loại hình hệ thống thông tin, Điều 9.2 (category)",
        "en": "the system's type, Art. 9.2 (category)",
    },
    "form08.missing.col3": {
        "vi": "(3) Chủ quản HTTT (owner, hoặc agency.owner.name)",
        "en": "(3) system owner (owner, or agency.owner.name)",
    },
    "form08.missing.col4": {"vi": "(4) Đơn vị vận hành HTTT (operator)", "en": "(4) operating unit (operator)"},
    "form08.missing.col6": {
        "vi": "(6) Tình trạng phê duyệt cấp độ (approval_status)",
        "en": "(6) level-approval status (approval_status)",
    },
    "form08.missing.col7": {
        "vi": "(7) Quyết định phê duyệt cấp độ: số, ngày, cơ quan phê duyệt (level_approval)",
        "en": "(7) the level approval decision: number, date, approving body (level_approval)",
    },
    "form08.missing.col7-details": {
        "vi": "(7) ngày hoặc cơ quan phê duyệt cấp độ (level_approval.date, .issuer)",
        "en": "(7) the approval's date or approving body (level_approval.date, .issuer)",
    },
    "form08.missing.col8": {
        "vi": "(8) Quy chế bảo đảm ANM cho hệ thống, nếu có (security_regulation)",
        "en": "(8) the system's security regulation, if any (security_regulation)",
    },
    "form08.missing.col8-details": {
        "vi": "(8) ngày hoặc cơ quan ban hành Quy chế (security_regulation.date, .issuer)",
        "en": "(8) the regulation's date or issuer (security_regulation.date, .issuer)",
    },
    "form08.missing.col9": {
        "vi": "(9) Dự kiến thời điểm phê duyệt HSĐXCĐ (approval_expected)",
        "en": "(9) expected approval date (approval_expected)",
    },
    "form08.missing.col10": {
        "vi": "(10) tình trạng triển khai phương án bảo đảm an ninh mạng (deployment)",
        "en": "(10) deployment of the security plan (deployment)",
    },
    "form08.missing.col11": {
        "vi": "(11) Dự kiến thời điểm triển khai đầy đủ PA BĐANM (deployment_expected)",
        "en": "(11) expected full deployment (deployment_expected)",
    },
    "form08.missing.col12": {
        "vi": "(12) chưa có bằng chứng kiểm tra, đánh giá ANM; nếu đã thực hiện: báo cáo đánh giá trước khi đưa vào "
        "sử dụng (pre_use_assessment), đánh giá định kỳ {where}",
        "en": "(12) no evidence of a security assessment; if one was done: the report of the assessment before use "
        "(pre_use_assessment), the periodic one {where}",
    },
    "form08.missing.col12-control": {"vi": "có ngày ở tiêu chí {controls}", "en": "dated, under control {controls}"},
    "form08.missing.col12-statement": {
        "vi": "trong kỳ báo cáo (periodic_assessment)",
        "en": "within the period (periodic_assessment)",
    },
    "form08.notice.periodic-contradicted": {
        "vi": "Hệ thống `{system}`: có báo cáo đánh giá định kỳ (periodic_assessment) nhưng tiêu chí {controls} "
        'chưa đạt; cột (12) theo tiêu chí, không ghi "Định kỳ". Đề nghị rà soát lại.',
        "en": "System `{system}`: a periodic assessment report is given (periodic_assessment) but control "
        '{controls} is not met; column (12) follows the control and does not say "Periodic". Review it.',
    },
    "form08.missing.owner": {
        "vi": "2.a chủ quản hệ thống thông tin: {fields} (agency.owner)",
        "en": "2.a the system owner: {fields} (agency.owner)",
    },
    "form08.missing.security_unit": {
        "vi": "2.b đơn vị chuyên trách về an ninh mạng: {fields} (agency.security_unit)",
        "en": "2.b the cybersecurity unit: {fields} (agency.security_unit)",
    },
    "form08.missing.settings": {
        "vi": "mục 2 của tỉnh, trong tệp thiết lập báo cáo (--report-settings): {keys}",
        "en": "the province's section 2, in the report settings file (--report-settings): {keys}",
    },
    "form08.missing.system": {"vi": "Hệ thống `{system}`: {items}", "en": "System `{system}`: {items}"},
    "form08.missing.agency": {"vi": "{agency} — {items}", "en": "{agency} — {items}"},
    "form08.missing.title": {
        "vi": "Báo cáo năm {year} (Mẫu số 08) còn thiếu {count} thông tin, cần điền trước ngày {deadline}:",
        "en": "The {year} yearly report (Form 08) lacks {count} facts, to fill in before {deadline}:",
    },
    "form08.missing.count": {
        "vi": "Mẫu số 08 còn thiếu {count} thông tin (xem bằng --verbose, hoặc --format form08 -o bao-cao-nam.docx).",
        "en": "Form 08 lacks {count} facts (list them with --verbose, or --format form08 -o bao-cao-nam.docx).",
    },
    "form08.missing.none": {"vi": "Mẫu số 08: đủ thông tin.", "en": "Form 08: every fact is given."},
    # --- statements the evidence contradicts -------------------------------------------------
    "form08.notice.deployment-contradicted": {
        "vi": 'Hệ thống `{system}`: cột (10) ghi "Đã triển khai đầy đủ" nhưng danh mục kiểm tra còn thấy '
        "tồn tại ở {count} tiêu chí: {controls}. Báo cáo giữ nguyên nội dung đã kê khai; đề nghị rà soát lại.",
        "en": 'System `{system}`: column (10) says "fully deployed" but the checklist finds gaps in {count} '
        "controls: {controls}. The report keeps the statement as written; review it.",
    },
    "form08.notice.approval-contradicted": {
        "vi": "Hệ thống `{system}`: đã có quyết định phê duyệt cấp độ (level_approval) nhưng cột (6) ghi "
        '"{status}". Báo cáo giữ nguyên nội dung đã kê khai; đề nghị rà soát lại.',
        "en": "System `{system}`: the level approval decision is given (level_approval) but column (6) says "
        '"{status}". The report keeps the statement as written; review it.',
    },
    # --- the yearly duty (Decree 331/2026 Art. 35.4.b) -------------------------------------
    "form08.duty.due": {
        "vi": "Báo cáo năm {year} gửi Bộ Công an (Nghị định 331/2026/NĐ-CP, Điều 35.4.b; tiêu chí {control}): "
        "phải gửi trước ngày {deadline}, còn {days} ngày; chưa thấy bằng chứng đã gửi.",
        "en": "The {year} yearly report to the Ministry of Public Security (Decree 331/2026/NĐ-CP, Art. 35.4.b; "
        "control {control}): due before {deadline}, {days} days left; no evidence it was sent yet.",
    },
    "form08.duty.late": {
        "vi": "Báo cáo năm {year} gửi Bộ Công an (Nghị định 331/2026/NĐ-CP, Điều 35.4.b; tiêu chí {control}): "
        "quá hạn — phải gửi trước ngày {deadline}; chưa thấy bằng chứng đã gửi.",
        "en": "The {year} yearly report to the Ministry of Public Security (Decree 331/2026/NĐ-CP, Art. 35.4.b; "
        "control {control}): late — it was due before {deadline}; no evidence it was sent.",
    },
    "form08.duty.filed": {
        "vi": "Báo cáo năm {year} gửi Bộ Công an (tiêu chí {control}): đã gửi, {ref} ngày {filed} (hạn trước ngày "
        "{deadline}).",
        "en": "The {year} yearly report to the Ministry of Public Security (control {control}): sent, {ref} of "
        "{filed} (due before {deadline}).",
    },
    "form08.duty.filed-late": {
        "vi": "Báo cáo năm {year} gửi Bộ Công an (tiêu chí {control}): đã gửi muộn, {ref} ngày {filed} (hạn trước "
        "ngày {deadline}).",
        "en": "The {year} yearly report to the Ministry of Public Security (control {control}): sent late, {ref} of "
        "{filed} (due before {deadline}).",
    },
    "form08.more": {"vi": "… và {count} hệ thống khác.", "en": "… and {count} more systems."},
    "form08.more-missing": {
        "vi": "… và {count} dòng khác (bảng tính --format form08-xlsx liệt kê đủ những gì còn thiếu).",
        "en": "… and {count} more (the --format form08-xlsx workbook lists everything still missing).",
    },
    "form08.console.title": {"vi": "Báo cáo hằng năm (Mẫu số 08)", "en": "Yearly report (Form 08)"},
    # --- the form (Decree 331/2026, appendix, Mẫu số 08) -----------------------------------
    "form08.doc.subject": {
        "vi": "V/v kết quả công tác bảo đảm an ninh mạng hệ thống thông tin",
        "en": "Re: results of the work of ensuring the cybersecurity of information systems",
    },
    "form08.doc.s1": {"vi": "1. Thông tin chung", "en": "1. General information"},
    "form08.doc.managed": {
        "vi": "- Tổng số hệ thống thông tin thuộc phạm vi quản lý: {n};",
        "en": "- Information systems under management: {n};",
    },
    "form08.doc.classified": {
        "vi": "- Tổng số hệ thống thông tin đã được phân loại (đã xác định được loại hình hệ thống thông tin): {n};",
        "en": "- Systems classified (their type determined): {n};",
    },
    "form08.doc.dossier": {
        "vi": "- Tổng số hệ thống thông tin đã xây dựng hồ sơ đề xuất cấp độ: {n};",
        "en": "- Systems with a level dossier drawn up: {n};",
    },
    "form08.doc.appraised": {
        "vi": "- Tổng số hệ thống thông tin đã được thẩm định hồ sơ đề xuất cấp độ: {n};",
        "en": "- Systems whose level dossier was appraised: {n};",
    },
    "form08.doc.approved": {
        "vi": "- Tổng số hệ thống thông tin đã được phê duyệt cấp độ: {n};",
        "en": "- Systems whose level was approved: {n};",
    },
    "form08.doc.approved-periodic": {
        "vi": "- Tổng số hệ thống thông tin đã phê duyệt cấp độ được kiểm tra, đánh giá an ninh mạng định kỳ theo "
        "quy định: {n};",
        "en": "- Approved systems assessed periodically as required: {n};",
    },
    "form08.doc.all-approved-by": {
        "vi": "- Dự kiến thời gian hoàn thành phê duyệt đề xuất cấp độ hệ thống thông tin đối với tất cả các hệ "
        "thống thông tin thuộc phạm vi quản lý: {when}.",
        "en": "- Expected date by which the level of every system under management is approved: {when}.",
    },
    "form08.doc.all-approved": {"vi": "đã hoàn thành", "en": "already done"},
    "form08.doc.s2": {
        "vi": "2. Thông tin về chủ quản hệ thống thông tin và đơn vị chuyên trách về an ninh mạng",
        "en": "2. The system owner and the cybersecurity unit",
    },
    "form08.doc.s2a": {"vi": "a) Thông tin về chủ quản hệ thống thông tin:", "en": "a) The system owner:"},
    "form08.doc.s2b": {
        "vi": "b) Thông tin về đơn vị chuyên trách về an ninh mạng:",
        "en": "b) The cybersecurity unit:",
    },
    "form08.doc.owner-name": {
        "vi": "(1) Tên chủ quản hệ thống thông tin: {value};",
        "en": "(1) Name of the system owner: {value};",
    },
    "form08.doc.unit-name": {
        "vi": "(1) Tên đơn vị chuyên trách về an ninh mạng: {value};",
        "en": "(1) Name of the cybersecurity unit: {value};",
    },
    "form08.doc.mandate": {
        "vi": "(2) Quy định chức năng, nhiệm vụ và quyền hạn: {value};",
        "en": "(2) Document setting its functions, duties and powers: {value};",
    },
    "form08.doc.representative": {
        "vi": "(3) Người đại diện, chức vụ: {name}, {position};",
        "en": "(3) Representative and title: {name}, {position};",
    },
    "form08.doc.address": {"vi": "(4) Địa chỉ liên lạc: {value};", "en": "(4) Address: {value};"},
    "form08.doc.contact": {
        "vi": "(5) Thông tin liên hệ: số điện thoại {phone}; thư điện tử {email}.",
        "en": "(5) Contact: phone {phone}; e-mail {email}.",
    },
    "form08.doc.other-owners": {
        "vi": "Các chủ quản hệ thống thông tin khác thuộc phạm vi quản lý, lần lượt:",
        "en": "The other system owners under management, in turn:",
    },
    "form08.doc.s3": {
        "vi": "3. Thông tin chi tiết về các hệ thống thông tin thuộc phạm vi quản lý",
        "en": "3. Details of the information systems under management",
    },
    "form08.col.1": {"vi": "STT", "en": "No."},
    "form08.col.2": {"vi": "Tên HTTT", "en": "System"},
    "form08.col.3": {"vi": "Chủ quản HTTT", "en": "Owner"},
    "form08.col.4": {"vi": "Đơn vị vận hành HTTT", "en": "Operating unit"},
    "form08.col.5": {"vi": "Cấp độ đề xuất", "en": "Proposed level"},
    "form08.col.6": {"vi": "Tình trạng phê duyệt cấp độ", "en": "Level-approval status"},
    "form08.col.7": {"vi": "Quyết định phê duyệt cấp độ", "en": "Level approval decision"},
    "form08.col.8": {"vi": "Quy chế bảo đảm ANM cho hệ thống", "en": "System security regulation"},
    "form08.col.9": {"vi": "Dự kiến thời điểm phê duyệt HSĐXCĐ", "en": "Expected approval date"},
    "form08.col.10": {"vi": "Đã triển khai đầy đủ PA BĐANM", "en": "Security plan deployed"},
    "form08.col.11": {"vi": "Dự kiến thời điểm triển khai đầy đủ PA BĐANM", "en": "Expected full deployment"},
    "form08.col.12": {"vi": "Đã kiểm tra, đánh giá ANM", "en": "Security assessment done"},
    "form08.col.agency": {"vi": "Cơ quan", "en": "Agency"},
    "form08.doc.decision": {"vi": "{ref} ngày {date} của {issuer}", "en": "{ref} of {date}, {issuer}"},
    "form08.doc.closing": {
        "vi": "{owner} báo cáo {recipient} kết quả công tác bảo đảm an ninh mạng hệ thống thông tin năm {year} "
        "(số liệu tính từ ngày {start} đến ngày {end}) theo quy định tại Điều 35, Điều 36 Nghị định số "
        "331/2026/NĐ-CP./.",
        "en": "{owner} reports to {recipient} the results of ensuring the cybersecurity of its information systems "
        "in {year} (data from {start} to {end}), as Articles 35 and 36 of Decree 331/2026/NĐ-CP require./.",
    },
    "form08.doc.incomplete": {
        "vi": "Số liệu trên chưa gồm hệ thống thông tin của {count} cơ quan có bản tự đánh giá chưa đọc được: "
        "{agencies}.",
        "en": "These figures leave out the systems of {count} agencies whose self-assessment could not be read: "
        "{agencies}.",
    },
    "form08.no-assessment": {
        "vi": "Không lập được Mẫu số 08: tệp chưa đánh giá được (xem lỗi ở trên).",
        "en": "Form 08 cannot be written: the file could not be evaluated (see the errors above).",
    },
    "form08.before-decree": {
        "vi": "Mẫu số 08 là báo cáo theo Nghị định 331/2026/NĐ-CP, áp dụng từ ngày {start}; ngày đánh giá {as_of} "
        "ở trước ngày đó (đổi --as-of).",
        "en": "Form 08 is the report Decree 331/2026/NĐ-CP asks for, applying from {start}; the evaluation date "
        "{as_of} is before that day (change --as-of).",
    },
    "form08.sheet": {"vi": "Mẫu số 08", "en": "Form 08"},
    "form08.sheet.missing": {"vi": "Còn thiếu", "en": "Still to fill in"},
}

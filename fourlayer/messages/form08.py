"""Messages of the yearly report, Decree 331/2026/NĐ-CP Form 08 (Mẫu số 08): the facts it asks
of an assessment (fields, workbook labels, ``init`` notes) and the report itself.

The Vietnamese words of the form (column headings, the values of columns 6, 10 and 12, the
lines of sections 1 and 2) are the appendix's own, as transcribed in
``ldphuong-vn/vn-cyber-compliance`` ``sources/van-ban-goc/toan-van/nd-331-2026-nd-cp-bao-ve-anm-httt.txt``.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- where a value sits (datapath) ---------------------------------------------------
    "path.field.owner": {"vi": "chủ quản hệ thống thông tin", "en": "system owner"},
    "path.field.security_unit": {"vi": "đơn vị chuyên trách về an ninh mạng", "en": "cybersecurity unit"},
    "path.field.mandate": {"vi": "quy định chức năng, nhiệm vụ và quyền hạn", "en": "functions document"},
    "path.field.representative": {"vi": "người đại diện", "en": "representative"},
    "path.field.position": {"vi": "chức vụ", "en": "title"},
    "path.field.address": {"vi": "địa chỉ", "en": "address"},
    "path.field.phone": {"vi": "số điện thoại", "en": "phone"},
    "path.field.email": {"vi": "thư điện tử", "en": "e-mail"},
    "path.field.issuer": {"vi": "cơ quan ban hành", "en": "issuing body"},
    "path.field.category": {"vi": "loại hình hệ thống thông tin", "en": "system type"},
    "path.field.operator": {"vi": "đơn vị vận hành", "en": "operating unit"},
    "path.field.approval_status": {"vi": "tình trạng phê duyệt cấp độ", "en": "level-approval status"},
    "path.field.approval_expected": {"vi": "dự kiến thời điểm phê duyệt cấp độ", "en": "expected approval date"},
    "path.field.security_regulation": {"vi": "quy chế bảo đảm an ninh mạng", "en": "security regulation"},
    "path.field.deployment": {"vi": "tình trạng triển khai phương án bảo đảm an ninh mạng",
                              "en": "security plan deployment"},
    "path.field.deployment_expected": {"vi": "dự kiến thời điểm triển khai đầy đủ", "en": "expected full deployment"},
    "path.field.pre_use_assessment": {"vi": "kiểm tra, đánh giá trước khi đưa vào sử dụng",
                                      "en": "assessment before use"},
    # --- the form's values ---------------------------------------------------------------
    "form08.approval.drafting": {"vi": "Đang dự thảo", "en": "Being drafted"},
    "form08.approval.submitted": {"vi": "Đã gửi thẩm định", "en": "Sent for appraisal"},
    "form08.approval.appraised": {"vi": "Đã thẩm định", "en": "Appraised"},
    "form08.approval.approved": {"vi": "Đã được phê duyệt", "en": "Approved"},
    "form08.deployment.none": {"vi": "Chưa triển khai", "en": "Not deployed"},
    "form08.deployment.partial": {"vi": "Đã triển khai một số hạng mục", "en": "Some items deployed"},
    "form08.deployment.full": {"vi": "Đã triển khai đầy đủ", "en": "Fully deployed"},
    "form08.category.internal": {"vi": "Phục vụ hoạt động nội bộ", "en": "Internal operations"},
    "form08.category.public_service": {"vi": "Phục vụ người dân, doanh nghiệp", "en": "Serving citizens and businesses"},
    "form08.category.infrastructure": {"vi": "Cơ sở hạ tầng thông tin", "en": "Information infrastructure"},
    "form08.category.industrial_control": {"vi": "Điều khiển công nghiệp", "en": "Industrial control"},
    "form08.category.other": {"vi": "Hệ thống thông tin khác", "en": "Other"},
    "form08.assessed.before_use": {"vi": "Trước khi đưa vào sử dụng", "en": "Before going into use"},
    "form08.assessed.periodic": {"vi": "Định kỳ", "en": "Periodic"},
    # --- workbook labels (the key in parentheses follows each) ---------------------------
    "workbook.field.owner-name": {"vi": "Tên chủ quản hệ thống thông tin (Mẫu 08, mục 2.a)",
                                  "en": "System owner's name (Form 08, 2.a)"},
    "workbook.field.owner-mandate": {"vi": "Chủ quản: quy định chức năng, nhiệm vụ và quyền hạn",
                                     "en": "Owner: functions document"},
    "workbook.field.owner-representative": {"vi": "Chủ quản: người đại diện", "en": "Owner: representative"},
    "workbook.field.owner-position": {"vi": "Chủ quản: chức vụ", "en": "Owner: title"},
    "workbook.field.owner-address": {"vi": "Chủ quản: địa chỉ", "en": "Owner: address"},
    "workbook.field.owner-phone": {"vi": "Chủ quản: số điện thoại", "en": "Owner: phone"},
    "workbook.field.owner-email": {"vi": "Chủ quản: thư điện tử", "en": "Owner: e-mail"},
    "workbook.field.unit-name": {"vi": "Tên đơn vị chuyên trách về an ninh mạng (Mẫu 08, mục 2.b)",
                                 "en": "Cybersecurity unit's name (Form 08, 2.b)"},
    "workbook.field.unit-mandate": {"vi": "Đơn vị chuyên trách: quy định chức năng, nhiệm vụ và quyền hạn",
                                    "en": "Unit: functions document"},
    "workbook.field.unit-representative": {"vi": "Đơn vị chuyên trách: người đại diện",
                                           "en": "Unit: representative"},
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
    "workbook.col.deployment-expected": {"vi": "Dự kiến thời điểm triển khai đầy đủ PA BĐANM",
                                         "en": "Expected full deployment"},
    "workbook.col.pre-use-ref": {"vi": "Báo cáo đánh giá trước khi đưa vào sử dụng",
                                 "en": "Assessment report before use"},
    "workbook.col.pre-use-date": {"vi": "Ngày báo cáo đánh giá trước khi sử dụng",
                                  "en": "Date of the assessment before use"},
    "workbook.col.pre-use-issuer": {"vi": "Đơn vị đánh giá trước khi sử dụng", "en": "Assessor before use"},
    # --- init: the form's words as comments ----------------------------------------------
    "init.form08.agency": {
        "vi": "Báo cáo hằng năm Mẫu số 08 (Nghị định 331/2026/NĐ-CP), mục 2 — không bắt buộc: chủ quản hệ thống "
              "thông tin (owner) và đơn vị chuyên trách về an ninh mạng (security_unit): tên; quy định chức năng, "
              "nhiệm vụ và quyền hạn (mandate); người đại diện (representative), chức vụ (position); địa chỉ; số "
              "điện thoại; thư điện tử.",
        "en": "Yearly report Form 08 (Decree 331/2026/NĐ-CP), section 2 — optional: the system owner (owner) and "
              "the cybersecurity unit (security_unit): name; the document setting its functions, duties and "
              "powers (mandate); representative and title (position); address; phone; e-mail.",
    },
    "init.form08.category": {"vi": "loại hình (Điều 9.2)", "en": "type (Art. 9.2)"},
    "init.form08.owner": {"vi": "(3) Chủ quản HTTT", "en": "(3) system owner"},
    "init.form08.operator": {"vi": "(4) Đơn vị vận hành HTTT", "en": "(4) operating unit"},
    "init.form08.approval_status": {"vi": "(6) Tình trạng phê duyệt cấp độ", "en": "(6) level-approval status"},
    "init.form08.approval_expected": {"vi": "(9) Dự kiến thời điểm phê duyệt HSĐXCĐ",
                                      "en": "(9) expected approval date"},
    "init.form08.security_regulation": {"vi": "(8) Quy chế bảo đảm ANM cho hệ thống",
                                        "en": "(8) security regulation"},
    "init.form08.deployment": {"vi": "(10) Đã triển khai đầy đủ PA BĐANM", "en": "(10) security plan deployed"},
    "init.form08.deployment_expected": {"vi": "(11) Dự kiến thời điểm triển khai đầy đủ PA BĐANM",
                                        "en": "(11) expected full deployment"},
    "init.form08.pre_use_assessment": {"vi": "(12) đánh giá trước khi đưa vào sử dụng",
                                       "en": "(12) assessment before use"},
    "init.form08.system": {
        "vi": "Mẫu số 08, mục 3 — không bắt buộc: loại hình (category: internal | public_service | infrastructure "
              "| industrial_control | other); (3) Chủ quản HTTT (owner); (4) Đơn vị vận hành HTTT (operator); (6) "
              "Tình trạng phê duyệt cấp độ (approval_status: drafting = Đang dự thảo | submitted = Đã gửi thẩm định "
              "| appraised = Đã thẩm định | approved = Đã được phê duyệt); (7) cơ quan phê duyệt: issuer trong "
              "level_approval; (8) Quy chế bảo đảm ANM cho hệ thống (security_regulation); (9) Dự kiến thời điểm "
              "phê duyệt HSĐXCĐ (approval_expected); (10) Đã triển khai đầy đủ PA BĐANM (deployment: none = Chưa "
              "triển khai | partial = Đã triển khai một số hạng mục | full = Đã triển khai đầy đủ); (11) Dự kiến "
              "thời điểm triển khai đầy đủ PA BĐANM (deployment_expected); (12) báo cáo kiểm tra, đánh giá trước "
              "khi đưa vào sử dụng (pre_use_assessment).",
        "en": "Form 08, section 3 — optional: type (category: internal | public_service | infrastructure | "
              "industrial_control | other); (3) system owner (owner); (4) operating unit (operator); (6) "
              "level-approval status (approval_status: drafting | submitted | appraised | approved); (7) the "
              "approving body: issuer in level_approval; (8) the system's security regulation "
              "(security_regulation); (9) expected approval date (approval_expected); (10) security plan "
              "deployed (deployment: none | partial | full); (11) expected full deployment (deployment_expected); "
              "(12) the assessment report before the system went into use (pre_use_assessment).",
    },
}

"""Writing an assessment: ``init`` (``init.``: the template's comments, ``init.form08.`` for
the yearly report's facts, and the command's own lines), ``convert`` (``convert.``) and ``migrate``
(``migrate.``: moving an assessment to another checklist version)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- the template's comments ------------------------------------------------------
    "init.header.title": {
        "vi": "Bản tự đánh giá theo mô hình bảo vệ 4 lớp — {agency}",
        "en": "Four-layer protection model self-assessment — {agency}",
    },
    "init.header.made": {
        "vi": "Lập bằng lệnh fourlayer init theo danh mục kiểm tra {checklist} phiên bản {version}, "
        "gồm {count} tiêu chí có hiệu lực ngày {date}.",
        "en": "Made by fourlayer init from the checklist {checklist} version {version}: "
        "{count} controls in force on {date}.",
    },
    "init.header.status": {
        "vi": "Cách điền: ở mỗi tiêu chí, ghi sau status: một trong các giá trị implemented (đã thực "
        "hiện), partial (thực hiện một phần), not_implemented (chưa thực hiện), not_applicable "
        "(không áp dụng — chỉ với tiêu chí được phép, và phải có note ghi lý do). Tệp chưa hợp lệ "
        "cho đến khi mọi status được điền.",
        "en": "How to fill it in: for each control, write after status: one of implemented, partial, "
        "not_implemented, not_applicable (only where the control allows it, with a note saying "
        "why). The file is not valid until every status is filled in.",
    },
    "init.header.evidence": {
        "vi": "Bằng chứng: bỏ dấu # ở các dòng evidence mẫu; ref là số, ký hiệu văn bản (vd. "
        "45/QĐ-SYT), date là ngày ký dạng YYYY-MM-DD (vd. 2026-03-15); có thể thêm kind "
        "(decision, contract, report, certificate, minutes, screenshot, other) và url hoặc path "
        "dẫn tới tệp (không ghi cả hai). Đã thực hiện mà không có bằng chứng chỉ được tính là "
        "đạt một phần.",
        "en": "Evidence: remove the # of the sample evidence lines; ref is the document's number and "
        "symbol (e.g. 45/QĐ-SYT), date the day it was signed, as YYYY-MM-DD (e.g. 2026-03-15); "
        "optionally kind (decision, contract, report, certificate, minutes, screenshot, other) "
        "and a url or a path to the file (not both). Implemented without evidence counts only as "
        "partial.",
    },
    "init.header.due": {
        "vi": "Tiêu chí chưa hoàn thành: ghi due: YYYY-MM-DD là ngày dự kiến hoàn thành. Ghi chú "
        "riêng của cơ quan đặt trong khoá bắt đầu bằng x-, ví dụ x-ghi-chu.",
        "en": "Controls not yet done: give due: YYYY-MM-DD, the planned completion date. The "
        "agency's own notes go in keys that start with x-, e.g. x-note.",
    },
    "init.header.run": {
        "vi": "Điền xong, kiểm tra tệp bằng: fourlayer validate TÊN-TỆP.yaml, rồi xem kết quả đánh "
        "giá bằng: fourlayer check TÊN-TỆP.yaml",
        "en": "When done, check the file with: fourlayer validate FILE.yaml, then see the "
        "evaluation with: fourlayer check FILE.yaml",
    },
    "init.header.editor": {
        "vi": "Để trình soạn thảo (VS Code có tiện ích YAML) gợi ý và báo lỗi khi gõ, tạo tệp lược "
        "đồ cạnh tệp này: fourlayer schema assessment > {schema}",
        "en": "For an editor (VS Code with the YAML extension) to complete and check as you type, "
        "create the schema file next to this one: fourlayer schema assessment > {schema}",
    },
    "init.agency-code": {
        "vi": 'Mã định danh cơ quan (tuỳ chọn), ví dụ "000.00.15.H42":',
        "en": 'The agency\'s identification code (optional), e.g. "000.00.15.H42":',
    },
    "init.assessor": {
        "vi": "Người lập bản tự đánh giá (tuỳ chọn):",
        "en": "Who made this self-assessment (optional):",
    },
    "init.level-approval": {
        "vi": "Quyết định phê duyệt cấp độ (tuỳ chọn):",
        "en": "The decision approving the security level (optional):",
    },
    "init.section.system": {
        "vi": "Tiêu chí cấp hệ thống cho {system} (cấp độ {level}): {count} tiêu chí.",
        "en": "System-scope controls for {system} (level {level}): {count} controls.",
    },
    "init.section.system-none": {
        "vi": "Không có tiêu chí cấp hệ thống nào áp dụng cho cấp độ {level}.",
        "en": "No system-scope control applies at level {level}.",
    },
    "init.section.agency": {
        "vi": "Tiêu chí cấp cơ quan, trả lời một lần cho cả cơ quan: {count} tiêu chí.",
        "en": "Agency-scope controls, answered once for the whole agency: {count} controls.",
    },
    "init.layer": {
        "vi": "Lớp {layer}: {title}",
        "en": "Layer {layer}: {title}",
    },
    "init.severity": {
        "vi": "Mức độ: {severity}",
        "en": "Severity: {severity}",
    },
    "init.evidence-required": {
        "vi": "cần bằng chứng",
        "en": "evidence required",
    },
    "init.evidence-max-age": {
        "vi": "cần bằng chứng có ngày, không cũ quá {months} tháng",
        "en": "dated evidence required, no older than {months} months",
    },
    "init.evidence-optional": {
        "vi": "không bắt buộc bằng chứng",
        "en": "evidence optional",
    },
    "init.na-allowed": {
        "vi": "được ghi not_applicable (kèm note ghi lý do)",
        "en": "may be not_applicable (with a note saying why)",
    },
    "init.requirement": {
        "vi": "Yêu cầu: {text}",
        "en": "Requirement: {text}",
    },
    "init.guidance": {
        "vi": "Hướng dẫn và căn cứ pháp lý: fourlayer checklist show {control}",
        "en": "Guidance and legal basis: fourlayer checklist show {control}",
    },
    "init.upcoming": {
        "vi": "Các tiêu chí sau chưa có hiệu lực ngày {date}, chưa cần trả lời; thêm câu trả lời khi "
        "đến ngày có hiệu lực (ghi trong ngoặc):",
        "en": "These controls are not yet in force on {date} and need no answer yet; add an answer "
        "once they take effect (the date in brackets):",
    },
    "init.waivers": {
        "vi": "Miễn trừ đã được phê duyệt (tuỳ chọn). Mỗi miễn trừ: control, system (bỏ dòng này nếu "
        "miễn trừ cho mọi hệ thống; không ghi với tiêu chí cấp cơ quan), reason, approved_by, "
        "ref, expires:",
        "en": "Approved waivers (optional). Each has control, system (leave the line out to cover "
        "every system; never for an agency-scope control), reason, approved_by, ref, expires:",
    },
    # --- the command ----------------------------------------------------------------------
    "init.written": {
        "vi": "Đã tạo {path}: {count} câu trả lời cần điền ({agency} tiêu chí cấp cơ quan, {system} "
        "theo hệ thống). Điền status cho từng tiêu chí, rồi chạy: fourlayer validate {path}",
        "en": "Created {path}: {count} answers to fill in ({agency} agency-scope, {system} per "
        "system). Fill in each status, then run: fourlayer validate {path}",
    },
    "init.exists": {
        "vi": "Tệp {path} đã có; không ghi đè để không mất nội dung đã điền. Chọn tên khác bằng "
        "--output, hoặc thêm --force nếu thật sự muốn ghi đè.",
        "en": "The file {path} already exists; it is not overwritten, so that nothing filled in is "
        "lost. Choose another name with --output, or add --force to overwrite it.",
    },
    "init.bad-system-syntax": {
        "vi": '"{value}" không đúng dạng MÃ:TÊN:CẤP_ĐỘ, ví dụ --system "portal:Cổng thông tin điện tử:2".',
        "en": '"{value}" is not of the form ID:NAME:LEVEL, e.g. --system "portal:Web portal:2".',
    },
    "init.bad-system-id": {
        "vi": 'mã hệ thống "{id}" (trong "{value}") chỉ được gồm chữ không dấu, chữ số và . _ -, '
        "bắt đầu bằng chữ hoặc số, tối đa 64 ký tự; ví dụ portal hoặc his-benh-vien.",
        "en": 'the system id "{id}" (in "{value}") may hold only ASCII letters, digits and . _ -, '
        "start with a letter or digit, and be at most 64 characters; e.g. portal or hospital-his.",
    },
    "init.empty-system-name": {
        "vi": 'hệ thống "{id}" chưa có tên (trong "{value}"); viết MÃ:TÊN:CẤP_ĐỘ.',
        "en": 'the system "{id}" has no name (in "{value}"); write ID:NAME:LEVEL.',
    },
    "init.bad-level": {
        "vi": 'cấp độ "{level}" của hệ thống "{id}" không hợp lệ; cấp độ là số nguyên từ 1 đến 5 '
        "(Nghị định 85/2016/NĐ-CP).",
        "en": 'the level "{level}" of the system "{id}" is not valid; a level is a whole number '
        "from 1 to 5 (Decree 85/2016/NĐ-CP).",
    },
    "init.duplicate-system": {
        "vi": 'mã hệ thống "{id}" được dùng hai lần; mỗi hệ thống cần một mã riêng.',
        "en": 'the system id "{id}" is given twice; each system needs its own id.',
    },
    "init.bad-text": {
        "vi": "{what} chứa ký tự điều khiển hoặc dấu xuống dòng; chỉ ghi văn bản trên một dòng.",
        "en": "{what} contains a control character or a line break; write plain text on one line.",
    },
    "init.empty-agency": {
        "vi": 'tên cơ quan không được để trống, ví dụ --agency "Sở Y tế tỉnh Nghệ An".',
        "en": 'the agency name must not be empty, e.g. --agency "Sở Y tế tỉnh Nghệ An".',
    },
    "init.bad-assessed-on": {
        "vi": 'ngày tự đánh giá "{value}" không hợp lệ; viết theo dạng YYYY-MM-DD, ví dụ --assessed-on 2026-09-30.',
        "en": 'the assessment date "{value}" is not valid; write it as YYYY-MM-DD, e.g. --assessed-on 2026-09-30.',
    },
    "init.what.agency": {"vi": "tên cơ quan", "en": "the agency name"},
    "init.what.code": {"vi": "mã định danh cơ quan", "en": "the agency code"},
    "init.what.province": {"vi": "tên tỉnh", "en": "the province"},
    "init.what.system": {"vi": 'tên hệ thống "{id}"', "en": 'the name of the system "{id}"'},
    "init.format-suffix": {
        "vi": "Tệp {path} có đuôi không khớp với định dạng {format}; đổi đuôi tệp hoặc bỏ --format.",
        "en": "The suffix of {path} does not match the format {format}; change the suffix or drop --format.",
    },
    "init.written-xlsx": {
        "vi": "Đã tạo {path}: {count} câu trả lời cần điền ({agency} tiêu chí cấp cơ quan, {system} "
        "theo hệ thống). Mở bằng Excel, chọn Trạng thái cho từng tiêu chí ở trang Trả lời, rồi chạy: "
        "fourlayer validate {path}",
        "en": "Created {path}: {count} answers to fill in ({agency} agency-scope, {system} per "
        "system). Open it in Excel, choose a Status for each control on the Answers sheet, then run: "
        "fourlayer validate {path}",
    },
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
    "init.form08.approval_expected": {
        "vi": "(9) Dự kiến thời điểm phê duyệt HSĐXCĐ",
        "en": "(9) expected approval date",
    },
    "init.form08.security_regulation": {"vi": "(8) Quy chế bảo đảm ANM cho hệ thống", "en": "(8) security regulation"},
    "init.form08.deployment": {"vi": "(10) Đã triển khai đầy đủ PA BĐANM", "en": "(10) security plan deployed"},
    "init.form08.deployment_expected": {
        "vi": "(11) Dự kiến thời điểm triển khai đầy đủ PA BĐANM",
        "en": "(11) expected full deployment",
    },
    "init.form08.periodic_assessment": {
        "vi": "(12) đánh giá định kỳ gần nhất",
        "en": "(12) latest periodic assessment",
    },
    "init.form08.pre_use_assessment": {
        "vi": "(12) đánh giá trước khi đưa vào sử dụng",
        "en": "(12) assessment before use",
    },
    "init.form08.system": {
        "vi": "Mẫu số 08, mục 3 — không bắt buộc: loại hình (category: internal | public_service | infrastructure "
        "| industrial_control | other); (3) Chủ quản HTTT (owner); (4) Đơn vị vận hành HTTT (operator); (6) "
        "Tình trạng phê duyệt cấp độ (approval_status: drafting = Đang dự thảo | submitted = Đã gửi thẩm định "
        "| appraised = Đã thẩm định | approved = Đã được phê duyệt); (7) cơ quan phê duyệt: issuer trong "
        "level_approval; (8) Quy chế bảo đảm ANM cho hệ thống (security_regulation); (9) Dự kiến thời điểm "
        "phê duyệt HSĐXCĐ (approval_expected); (10) Đã triển khai đầy đủ PA BĐANM (deployment: none = Chưa "
        "triển khai | partial = Đã triển khai một số hạng mục | full = Đã triển khai đầy đủ); (11) Dự kiến "
        "thời điểm triển khai đầy đủ PA BĐANM (deployment_expected); (12) báo cáo kiểm tra, đánh giá trước "
        "khi đưa vào sử dụng (pre_use_assessment) và định kỳ gần nhất (periodic_assessment).",
        "en": "Form 08, section 3 — optional: type (category: internal | public_service | infrastructure | "
        "industrial_control | other); (3) system owner (owner); (4) operating unit (operator); (6) "
        "level-approval status (approval_status: drafting | submitted | appraised | approved); (7) the "
        "approving body: issuer in level_approval; (8) the system's security regulation "
        "(security_regulation); (9) expected approval date (approval_expected); (10) security plan "
        "deployed (deployment: none | partial | full); (11) expected full deployment (deployment_expected); "
        "(12) the assessment report before the system went into use (pre_use_assessment) and the latest periodic "
        "one (periodic_assessment).",
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
    # --- migrate ------------------------------------------------------------------------
    "migrate.kept": {"vi": "{id}: giữ nguyên", "en": "{id}: kept"},
    "migrate.renamed": {"vi": "{old} → {id}: đổi mã", "en": "{old} → {id}: renamed"},
    "migrate.moved": {"vi": "{old} → {id}: chuyển sang lớp {layer}", "en": "{old} → {id}: moved to layer {layer}"},
    "migrate.merged": {
        "vi": "{old} → {id}: gộp; trạng thái yếu hơn được giữ ({status}), bằng chứng của cả hai được giữ",
        "en": "{old} → {id}: merged; the weaker status kept ({status}), evidence of both kept",
    },
    "migrate.split": {
        "vi": "{old} → {id}: tách; câu trả lời được chép sang",
        "en": "{old} → {id}: split; the answer is copied",
    },
    "migrate.added": {"vi": "{id}: tiêu chí mới, thêm chưa trả lời", "en": "{id}: new control, added unanswered"},
    "migrate.retired": {
        "vi": "{id}: bỏ ({reason}); câu trả lời được giữ dưới khóa {key}",
        "en": "{id}: retired ({reason}); the answer is kept under the key {key}",
    },
    "migrate.done": {
        "vi": "Đã ghi {output} theo danh mục {checklist} phiên bản {version}; tệp gốc {source} không thay đổi.",
        "en": "Wrote {output} for checklist {checklist} version {version}; the original {source} is unchanged.",
    },
    "migrate.comment.new": {
        "vi": "Tiêu chí mới ở phiên bản {version} — {title}",
        "en": "New in version {version} — {title}",
    },
    "migrate.comment.unanswered": {
        "vi": "Chưa trả lời, áp dụng ở phiên bản {version} — {title}",
        "en": "Unanswered, applies in version {version} — {title}",
    },
    "migrate.unanswered": {
        "vi": "{id}: áp dụng nhưng chưa trả lời, thêm khung để điền",
        "en": "{id}: applies but unanswered, skeleton added",
    },
    "migrate.comment.merged": {
        "vi": "Gộp từ {old} khi chuyển sang phiên bản {version}: trạng thái yếu hơn, bằng chứng của cả hai",
        "en": "Merged from {old} when moving to version {version}: the weaker status, evidence of both",
    },
    "migrate.same-version": {
        "vi": "Tệp {source} đã theo danh mục {checklist} phiên bản {version}; không có gì để chuyển.",
        "en": "{source} already follows checklist {checklist} version {version}; nothing to migrate.",
    },
    "migrate.no-map": {
        "vi": "{source}: danh mục {checklist} phiên bản {version} không có bảng đối chiếu mã với phiên bản {old} của tệp; migrate chỉ chuyển tệp sang phiên bản kế tiếp phiên bản của nó: chọn phiên bản đó bằng --to.",
        "en": "{source}: checklist {checklist} version {version} has no id map from the file's version {old}; migrate moves a file only to the version that continues its own: give that version with --to.",
    },
    "migrate.kept-count": {
        "vi": "{count} câu trả lời giữ nguyên mã tiêu chí.",
        "en": "{count} answers keep their control id.",
    },
    "migrate.bad-input": {
        "vi": "Không chuyển được {path}: tệp có lỗi, sửa các lỗi trên rồi chạy lại.",
        "en": "Cannot migrate {path}: the file has errors; fix those above and run it again.",
    },
    "migrate.result-invalid": {
        "vi": "Tệp sau khi chuyển ({path}) không hợp lệ với phiên bản mới; chưa ghi tệp nào. Đây là lỗi của công cụ, xin báo lại kèm tệp gốc.",
        "en": "The migrated file ({path}) does not validate against the new version; nothing was written. This is a fourlayer bug: please report it with the original file.",
    },
    "migrate.same-file": {
        "vi": "Tệp đích trùng tệp nguồn {source}: migrate không bao giờ ghi đè tệp gốc; ghi sang tệp khác với -o TỆP_MỚI.",
        "en": "The output is the input {source}: migrate never overwrites the original; write to another file with -o NEW.",
    },
    "migrate.exists": {
        "vi": "Tệp đích {output} đã có; thêm --force để ghi đè.",
        "en": "{output} already exists; add --force to overwrite it.",
    },
}

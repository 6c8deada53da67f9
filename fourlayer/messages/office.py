"""The office formats (``office.``): the xlsx workbooks and the official .docx reports
(Decree 30/2020/NĐ-CP layout). The Vietnamese text of a report is the official one; the English
is a faithful translation for partners, not an adaptation.

The words of a letter (``letter.``): what the official .docx reports say where they would
otherwise quote a file, a validator or a data format (a file that could not be read, the
remediation plan). A signed letter names an agency and the place of a problem in an
official's words; paths, finding codes and the vocabulary of the file formats stay in the
console, JSON and the workbook reports.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "office.too-many-rows": {
        "vi": 'Bảng "{sheet}" vượt quá {limit} dòng, giới hạn của Excel; hãy dùng --format csv hoặc json, '
        "hoặc chia nhỏ các tệp đầu vào.",
        "en": 'The sheet "{sheet}" would exceed {limit} rows, Excel\'s limit; use --format csv or json, or split '
        "the input files.",
    },
    # --- workbook: sheets and columns --------------------------------------------------------
    "office.sheet.summary": {"vi": "Tổng hợp", "en": "Summary"},
    "office.sheet.layers": {"vi": "Bốn lớp", "en": "Layers"},
    "office.sheet.agencies": {"vi": "Xếp hạng cơ quan", "en": "Agencies ranked"},
    "office.sheet.controls": {"vi": "Tiêu chí", "en": "Controls"},
    "office.sheet.outcomes": {"vi": "Kết quả theo tiêu chí", "en": "Outcomes by control"},
    "office.sheet.results": {"vi": "Kết quả chi tiết", "en": "Results"},
    "office.sheet.errors": {"vi": "Tệp lỗi", "en": "Files with errors"},
    "office.col.item": {"vi": "Nội dung", "en": "Item"},
    "office.sheet.round": {"vi": "Nộp báo cáo", "en": "Submissions"},
    "office.col.missing": {"vi": "Số cơ quan chưa nộp (theo danh sách)", "en": "Agencies that did not submit (roster)"},
    "office.col.duplicates": {"vi": "Số tệp nộp trùng (không tính)", "en": "Duplicate files (not counted)"},
    "office.col.stale": {"vi": "Số tệp cũ (trước --since)", "en": "Stale files (before --since)"},
    "office.col.round-status": {"vi": "Tình trạng", "en": "Status"},
    "office.col.kept": {"vi": "Tệp được tính", "en": "File counted"},
    "office.round.missing": {"vi": "Chưa nộp", "en": "Did not submit"},
    "office.round.unreadable": {"vi": "Đã nộp, tệp có lỗi", "en": "Submitted, file has errors"},
    "office.round.same_content": {"vi": "Nộp trùng (cùng nội dung)", "en": "Duplicate (same content)"},
    "office.round.same_agency": {"vi": "Nộp trùng (cùng cơ quan)", "en": "Duplicate (same agency)"},
    "office.round.stale": {"vi": "Bản tự đánh giá cũ", "en": "Stale self-assessment"},
    "office.col.value": {"vi": "Giá trị", "en": "Value"},
    "office.col.files": {"vi": "Số tệp", "en": "Files"},
    "office.col.agencies": {"vi": "Số cơ quan được đánh giá", "en": "Agencies evaluated"},
    "office.col.errors": {"vi": "Số tệp không đánh giá được", "en": "Files that could not be evaluated"},
    "office.col.mean": {"vi": "Điểm trung bình", "en": "Mean score"},
    "office.col.median": {"vi": "Điểm trung vị", "en": "Median score"},
    "office.col.lowest": {"vi": "Điểm thấp nhất", "en": "Lowest score"},
    "office.col.highest": {"vi": "Điểm cao nhất", "en": "Highest score"},
    "office.col.title": {"vi": "Tên", "en": "Title"},
    "office.col.met-share": {"vi": "Tỷ lệ đáp ứng (%)", "en": "Share met (%)"},
    "office.col.rank": {"vi": "Hạng", "en": "Rank"},
    "office.col.code": {"vi": "Mã", "en": "Code"},
    "office.col.province": {"vi": "Tỉnh", "en": "Province"},
    "office.col.layer-status": {"vi": "Lớp {layer} - trạng thái", "en": "Layer {layer} status"},
    "office.col.layer-score": {"vi": "Lớp {layer} - điểm", "en": "Layer {layer} score"},
    "office.col.systems": {"vi": "Số hệ thống", "en": "Systems"},
    "office.col.failing-count": {"vi": "Số tiêu chí không đạt", "en": "Controls failed"},
    "office.col.failing": {"vi": "Các tiêu chí không đạt", "en": "Failed controls"},
    "office.col.control": {"vi": "Tiêu chí", "en": "Control"},
    "office.col.severity": {"vi": "Mức độ", "en": "Severity"},
    "office.col.applies": {"vi": "Số cơ quan áp dụng", "en": "Agencies it applies to"},
    "office.col.failing-agencies": {"vi": "Số cơ quan không đạt", "en": "Agencies failing"},
    "office.col.partial-agencies": {"vi": "Số cơ quan đạt một phần", "en": "Agencies partial"},
    "office.col.passing-agencies": {"vi": "Số cơ quan đạt", "en": "Agencies passing"},
    "office.col.failing-share": {"vi": "Tỷ lệ không đạt (%)", "en": "Share failing (%)"},
    "office.col.line": {"vi": "Dòng", "en": "Line"},
    "office.col.column": {"vi": "Cột", "en": "Column"},
    "office.col.message": {"vi": "Nội dung lỗi", "en": "Error"},
    "office.col.target": {"vi": "Đối tượng", "en": "Target"},
    "office.col.system-name": {"vi": "Tên hệ thống", "en": "System name"},
    "office.col.outcome": {"vi": "Kết quả", "en": "Outcome"},
    "office.col.reasons": {"vi": "Lý do", "en": "Reasons"},
    "office.col.due": {"vi": "Hạn hoàn thành", "en": "Due"},
    "office.col.note": {"vi": "Ghi chú của cơ quan", "en": "Agency's note"},
    "office.waivers": {"vi": "Miễn trừ", "en": "Waivers"},
    "office.waivers-counted": {"vi": "Có xét miễn trừ", "en": "Taken into account"},
    "office.waivers-ignored": {"vi": "Không xét miễn trừ (--no-waivers)", "en": "Ignored (--no-waivers)"},
    "office.target-agency": {"vi": "Cơ quan", "en": "Agency"},
    "office.audit.subject": {
        "vi": "Kết quả rà soát, đánh giá việc triển khai mô hình bảo vệ 4 lớp",
        "en": "Results of the review of the four-layer protection model's implementation",
    },
    "office.check.subject": {
        "vi": "Kết quả tự đánh giá việc triển khai mô hình bảo vệ 4 lớp",
        "en": "Results of the self-assessment of the four-layer protection model's implementation",
    },
    # --- the official report (Decree 30/2020/NĐ-CP) -----------------------------------------
    "office.doc.nation": {"vi": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "en": "SOCIALIST REPUBLIC OF VIET NAM"},
    "office.doc.motto": {"vi": "Độc lập - Tự do - Hạnh phúc", "en": "Independence - Freedom - Happiness"},
    "office.doc.number": {"vi": "Số: {number}/{kind}-{symbol}", "en": "No.: {number}/{kind}-{symbol}"},
    "office.doc.place-date": {
        "vi": "{place}, ngày {day} tháng {month} năm {year}",
        "en": "{place}, {day} {month} {year}",
    },
    "office.doc.place-date-blank": {
        "vi": "{place}, ngày …… tháng …… năm ……",
        "en": "{place}, day …… month …… year ……",
    },
    "office.doc.kind": {"vi": "BÁO CÁO", "en": "REPORT"},
    "office.doc.to": {"vi": "Kính gửi: {body}.", "en": "To: {body}."},
    "office.doc.superior-default": {"vi": "cơ quan cấp trên", "en": "the superior body"},
    "office.doc.recipients": {"vi": "Nơi nhận:", "en": "Recipients:"},
    "office.doc.as-above": {"vi": "Như trên", "en": "As above"},
    "office.doc.archive": {"vi": "Lưu: {archive}", "en": "Filed: {archive}"},
    "office.doc.archive-default": {"vi": "VT", "en": "Records (VT)"},
    "office.doc.heading": {"vi": "{number}. {title}", "en": "{number}. {title}"},
    "office.doc.scoring": {
        "vi": "Mỗi tiêu chí được xét cho cơ quan hoặc cho từng hệ thống thông tin theo cấp độ, với một trong các "
        "kết quả: Đạt, Đạt một phần, Không đạt, Được miễn trừ, Không áp dụng. Điểm (thang 100) bằng tổng "
        "trọng số nhân mức đạt (Đạt: 1; Đạt một phần: 0,5; Không đạt: 0) chia cho tổng trọng số; trọng số "
        "theo mức độ: {weights}. Các cặp Được miễn trừ và Không áp dụng không tính vào điểm.",
        "en": "Each control is considered for the agency or for each information system according to its "
        "security level, with one of the outcomes: pass, partial, fail, waived, not applicable. The score "
        "(out of 100) is the sum of weight times credit (pass: 1; partial: 0.5; fail: 0) divided by the "
        "sum of weights; weights by severity: {weights}. Waived and not applicable pairs are not counted.",
    },
    "office.doc.waivers-counted": {
        "vi": "Các miễn trừ đã được phê duyệt và còn hiệu lực được xét đến.",
        "en": "Approved waivers that have not expired are taken into account.",
    },
    "office.doc.waivers-ignored": {
        "vi": "Không xét các miễn trừ (đánh giá theo góc nhìn kiểm tra độc lập).",
        "en": "Waivers are not taken into account (an independent inspector's view).",
    },
    # --- the audit report ----------------------------------------------------------------
    "office.audit.scope": {"vi": "MỤC ĐÍCH, PHẠM VI", "en": "PURPOSE AND SCOPE"},
    "office.audit.purpose": {
        "vi": "Thực hiện Chỉ thị số 14/CT-TTg năm 2019 của Thủ tướng Chính phủ và Văn bản số 1552/BTTTT-CATTT "
        "năm 2020 của Bộ Thông tin và Truyền thông về triển khai mô hình bảo vệ 4 lớp, báo cáo này tổng hợp "
        "kết quả rà soát, đánh giá các bản tự đánh giá do các cơ quan, đơn vị gửi về, nhằm xác định mức độ "
        "đáp ứng của từng cơ quan và của từng lớp bảo vệ, các tồn tại phổ biến và đề xuất giải pháp khắc phục.",
        "en": "Pursuant to the Prime Minister's Directive No. 14/CT-TTg of 2019 and the Ministry of Information "
        "and Communications' Official Dispatch No. 1552/BTTTT-CATTT of 2020 on implementing the four-layer "
        "protection model, this report consolidates the review of the self-assessments sent by agencies and "
        "units, in order to determine how far each agency and each layer of protection is met, the common "
        "gaps, and the proposed remedies.",
    },
    "office.audit.scope-text": {
        "vi": "Phạm vi: {files} tệp tự đánh giá đã nhận; {agencies} cơ quan được đánh giá, {errors} tệp không đánh "
        "giá được. Ngày đánh giá: {as_of}.",
        "en": "Scope: {files} self-assessment files received; {agencies} agencies evaluated, {errors} files could "
        "not be evaluated. Evaluation date: {as_of}.",
    },
    "office.audit.method": {"vi": "PHƯƠNG PHÁP VÀ DANH MỤC KIỂM TRA", "en": "METHOD AND CHECKLIST"},
    "office.audit.method-text": {
        "vi": 'Các bản tự đánh giá được kiểm tra tự động bằng công cụ fourlayer theo danh mục kiểm tra "{checklist}" '
        "(mã {id}, phiên bản {version}, {controls} tiêu chí), đối chiếu từng câu trả lời với yêu cầu, cấp độ "
        "hệ thống và thời hạn của bằng chứng.",
        "en": "The self-assessments were checked automatically with the fourlayer tool against the checklist "
        '"{checklist}" (id {id}, version {version}, {controls} controls), comparing each answer with the '
        "requirement, the system's security level and the age of the evidence.",
    },
    "office.audit.results": {"vi": "KẾT QUẢ RÀ SOÁT, ĐÁNH GIÁ", "en": "RESULTS OF THE REVIEW"},
    "office.audit.overview": {"vi": "1. Kết quả chung", "en": "1. Overview"},
    "office.audit.overview-text": {
        "vi": "Trong số {agencies} cơ quan được đánh giá: {compliant} cơ quan tuân thủ, {partial} cơ quan tuân thủ "
        "một phần, {non_compliant} cơ quan không tuân thủ. Điểm trung bình {mean}; trung vị {median}; thấp "
        "nhất {lowest}; cao nhất {highest} (thang 100).",
        "en": "Of the {agencies} agencies evaluated: {compliant} compliant, {partial} partially compliant, "
        "{non_compliant} non-compliant. Mean score {mean}; median {median}; lowest {lowest}; highest "
        "{highest} (out of 100).",
    },
    "office.audit.by-layer": {"vi": "2. Kết quả theo từng lớp bảo vệ", "en": "2. Results by layer"},
    "office.audit.by-agency": {"vi": "3. Kết quả theo từng cơ quan", "en": "3. Results by agency"},
    "office.audit.by-agency-note": {
        "vi": "Xếp theo kết luận trước (tuân thủ, tuân thủ một phần, chưa tuân thủ), rồi theo điểm từ cao xuống "
        "thấp: một cơ quan chưa tuân thủ không xếp trên cơ quan tuân thủ một phần, dù điểm cao hơn. L1–L4: "
        "trạng thái của lớp 1 đến lớp 4 (Đáp ứng, Một phần, Chưa đáp ứng, K.AD: không áp dụng).",
        "en": "Ranked by verdict first (compliant, partially compliant, non-compliant), then by score, highest "
        "first: a non-compliant agency never ranks above a partially compliant one, whatever its score. "
        "L1–L4: the status of layers 1 to 4 (Met, Partly, Not met, N/A: not applicable).",
    },
    "office.audit.top-failed": {
        "vi": "4. Các tiêu chí có nhiều cơ quan không đạt nhất",
        "en": "4. The most-failed controls",
    },
    "office.audit.missing": {
        "vi": "5. Cơ quan chưa nộp hoặc có tệp không hợp lệ",
        "en": "5. Agencies that did not submit or whose file was invalid",
    },
    "office.audit.missing-agency": {
        "vi": "- {agency}: chưa nộp bản tự đánh giá.",
        "en": "- {agency}: did not submit a self-assessment.",
    },
    "office.audit.duplicates": {
        "vi": "Có {count} tệp nộp trùng (cùng cơ quan hoặc cùng nội dung), mỗi cơ quan chỉ tính một tệp: {agencies}.",
        "en": "{count} files were duplicates (the same agency or the same content), each agency counted once: "
        "{agencies}.",
    },
    "office.audit.stale": {
        "vi": "Có {count} bản tự đánh giá lập trước ngày {since} (cũ), vẫn được tính: {agencies}.",
        "en": "{count} self-assessments were made before {since} (stale), still counted: {agencies}.",
    },
    "office.audit.propose-missing": {
        "vi": "Đề nghị {count} cơ quan chưa nộp (mục III.5) gửi bản tự đánh giá.",
        "en": "The {count} agencies that did not submit (section III.5) are asked to send their self-assessment.",
    },
    "office.audit.no-invalid": {
        "vi": "Mọi tệp nhận được đều đánh giá được.",
        "en": "Every file received could be evaluated.",
    },
    "office.audit.proposals": {"vi": "ĐỀ XUẤT, KIẾN NGHỊ", "en": "PROPOSALS"},
    "office.audit.propose-remedy": {
        "vi": "Đề nghị {count} cơ quan không tuân thủ (mục III.3) khẩn trương khắc phục các tồn tại, bổ sung bằng "
        "chứng và gửi lại bản tự đánh giá trước kỳ rà soát tiếp theo.",
        "en": "The {count} non-compliant agencies (section III.3) are asked to close their gaps promptly, add "
        "the missing evidence and send their self-assessment again before the next review.",
    },
    "office.audit.propose-layer": {
        "vi": "Tập trung nâng cao Lớp {layer} ({title}), lớp có tỷ lệ cơ quan đáp ứng thấp nhất ({share}%).",
        "en": "Focus on raising Layer {layer} ({title}), the layer met by the smallest share of agencies ({share}%).",
    },
    "office.audit.propose-controls": {
        "vi": "Ưu tiên hướng dẫn, hỗ trợ các cơ quan thực hiện các tiêu chí có nhiều cơ quan không đạt nhất: "
        "{controls}.",
        "en": "Give priority to guiding and supporting agencies on the most-failed controls: {controls}.",
    },
    "office.audit.propose-resubmit": {
        "vi": "Đề nghị các cơ quan có {count} tệp không hợp lệ (mục III.5) sửa lỗi và gửi lại.",
        "en": "The agencies whose {count} files were invalid (section III.5) are asked to correct them and "
        "send them again.",
    },
    "office.audit.propose-next": {
        "vi": "Duy trì việc tự đánh giá và rà soát định kỳ hằng quý theo danh mục kiểm tra hiện hành.",
        "en": "Keep up the quarterly self-assessment and review against the checklist in force.",
    },
    "office.audit.closing": {
        "vi": "Trên đây là báo cáo kết quả rà soát, đánh giá việc triển khai mô hình bảo vệ 4 lớp, kính báo cáo "
        "{superior} xem xét, chỉ đạo./.",
        "en": "The above is the report on the review of the four-layer protection model's implementation, "
        "respectfully submitted to {superior} for consideration and direction./.",
    },
    # --- the check report ------------------------------------------------------------------
    "office.check.subject-of": {
        "vi": "Kết quả tự đánh giá việc triển khai mô hình bảo vệ 4 lớp của {agency}",
        "en": "Results of the self-assessment of the four-layer protection model's implementation by {agency}",
    },
    "office.check.part": {"vi": "PHẦN {number}. {agency}", "en": "PART {number}. {agency}"},
    "office.check.general": {"vi": "THÔNG TIN CHUNG", "en": "GENERAL INFORMATION"},
    "office.check.general-text": {
        "vi": "Cơ quan: {agency}. Ngày tự đánh giá: {assessed_on}; ngày đánh giá: {as_of}. Danh mục kiểm tra: "
        '"{checklist}" (mã {id}, phiên bản {version}).',
        "en": "Agency: {agency}. Self-assessment date: {assessed_on}; evaluation date: {as_of}. Checklist: "
        '"{checklist}" (id {id}, version {version}).',
    },
    "office.check.systems": {"vi": "Các hệ thống thông tin", "en": "Information systems"},
    "office.check.results": {"vi": "KẾT QUẢ TỰ ĐÁNH GIÁ", "en": "SELF-ASSESSMENT RESULTS"},
    "office.check.verdict": {
        "vi": "Kết luận: {verdict}; điểm {score}/100. Kết quả theo từng lớp bảo vệ:",
        "en": "Verdict: {verdict}; score {score}/100. Results by layer:",
    },
    "office.check.gaps": {"vi": "TỒN TẠI, HẠN CHẾ", "en": "GAPS"},
    "office.check.gaps-text": {
        "vi": "Có {fail} trường hợp Không đạt và {partial} trường hợp Đạt một phần, cụ thể:",
        "en": "There are {fail} failed and {partial} partial results, as follows:",
    },
    "office.check.plan": {"vi": "KẾ HOẠCH KHẮC PHỤC VÀ ĐỀ XUẤT", "en": "REMEDIATION PLAN AND PROPOSALS"},
    "office.check.plan-none": {
        "vi": "Tiếp tục duy trì các biện pháp đã triển khai và cập nhật bằng chứng đúng thời hạn.",
        "en": "Keep the measures in place and renew the evidence on time.",
    },
    "office.check.invalid": {"vi": "TỆP KHÔNG ĐÁNH GIÁ ĐƯỢC", "en": "FILES THAT COULD NOT BE EVALUATED"},
    "office.check.nothing": {"vi": "Không có tệp nào được đánh giá.", "en": "No file was evaluated."},
    "office.check.closing": {
        "vi": "Trên đây là báo cáo kết quả tự đánh giá việc triển khai mô hình bảo vệ 4 lớp, kính báo cáo "
        "{superior} xem xét, chỉ đạo./.",
        "en": "The above is the report on the self-assessment of the four-layer protection model's "
        "implementation, respectfully submitted to {superior} for consideration and direction./.",
    },
    # --- office documents ---------------------------------------------------------------
    "office.col.partly-share": {"vi": "Tỷ lệ đáp ứng một phần (%)", "en": "Share partly met (%)"},
    "office.doc.letter-number": {"vi": "Số: {number}/{symbol}", "en": "No.: {number}/{symbol}"},
    # --- a letter's words (letter.) -----------------------------------------------
    "letter.unreadable-agency": {
        "vi": "- {agency}: đã nộp, tệp không đọc được: {problem}.",
        "en": "- {agency}: submitted, file could not be read: {problem}.",
    },
    "letter.unreadable-file": {
        "vi": "- Tệp {file}: không đọc được: {problem}.",
        "en": "- File {file}: could not be read: {problem}.",
    },
    "letter.at-cell": {
        "vi": "{problem} tại trang tính {sheet}, ô {cell}",
        "en": "{problem} in sheet {sheet}, cell {cell}",
    },
    "letter.at-line": {"vi": "{problem} tại dòng {line}", "en": "{problem} at line {line}"},
    "letter.problem.syntax": {
        "vi": "tệp sai cấu trúc, không đọc được nội dung",
        "en": "the file is malformed and its content cannot be read",
    },
    "letter.problem.unreadable": {
        "vi": "tệp không mở được hoặc không đúng loại tệp",
        "en": "the file cannot be opened or is not of the right kind",
    },
    "letter.problem.missing": {
        "vi": "thiếu thông tin bắt buộc",
        "en": "required information is missing",
    },
    "letter.problem.date": {"vi": "ngày không hợp lệ", "en": "a date that is not valid"},
    "letter.problem.unknown": {
        "vi": "có nội dung không thuộc mẫu tự đánh giá",
        "en": "content that is not part of the self-assessment form",
    },
    "letter.problem.twice": {
        "vi": "một nội dung được khai hai lần",
        "en": "the same item is given twice",
    },
    "letter.problem.checklist": {
        "vi": "tệp lập theo danh mục kiểm tra khác",
        "en": "the file was made for another checklist",
    },
    "letter.problem.value": {"vi": "giá trị không hợp lệ", "en": "a value that is not allowed"},
    "letter.plan-due": {
        "vi": "{control} (hạn hoàn thành cơ quan đề ra: {due})",
        "en": "{control} (completion planned by the agency: {due})",
    },
    "letter.plan-item": {
        "vi": "- {lead}: {guidance} Căn cứ: {basis}.",
        "en": "- {lead}: {guidance} Legal basis: {basis}.",
    },
    "letter.evidence-marker": {"vi": "Bằng chứng:", "en": "Evidence:"},
    "letter.plan-intro": {
        "vi": "Cơ quan thực hiện các việc sau, lưu giữ bằng chứng theo hướng dẫn của danh mục kiểm tra:",
        "en": "The agency will do the following, and keep the evidence the checklist's guidance names:",
    },
    "letter.duplicates-in-scope": {
        "vi": "Trong số tệp đã nhận có {count} tệp nộp trùng, không tính (mục III.5).",
        "en": "Of the files received, {count} were duplicates and are not counted (section III.5).",
    },
}

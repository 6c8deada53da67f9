"""``--help`` of every command in both languages (applied by :mod:`fourlayer.cli.helptext`): the one
source of the help text, English included (the code's decorators and docstrings hold none).

Keys: ``help.cmd.<command path>`` for a command (``help.cmd.checklist.list``), the group
itself being ``help.cmd.fourlayer``: its whole help, paragraphs apart by a blank line (click
wraps them; the first paragraph, shortened, is its line in the list of commands);
``help.opt.<name>`` for an option shared by several commands (``name`` is the parameter's
Python name), ``help.opt.<command path>.<name>`` where one command says it differently.
``--format`` is ``help.format`` with its choices (in English each with its summary from
:mod:`fourlayer.reporting.formats`), unless its command has its own ``help.opt.<path>.fmt``.
``tests/test_usage.py`` checks that every command and option shows its text and every key here is shown.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- --help of the officer's fields --------------------------------------------------------
    "help.opt.issuing_parent": {
        "vi": "docx: cơ quan chủ quản, dòng đầu của tiêu đề (UBND TỈNH HÀ TĨNH).",
        "en": "docx: The governing body, first header line (UBND TỈNH HÀ TĨNH).",
    },
    "help.opt.symbol": {
        "vi": "docx: chữ viết tắt tên cơ quan trong số, ký hiệu: SYT, hoặc /BC-SYT.",
        "en": "docx: The issuer's abbreviation in the number: SYT, or /BC-SYT.",
    },
    "help.opt.date": {
        "vi": "docx: ngày ở dòng địa danh, ngày tháng: DD/MM/YYYY hoặc YYYY-MM-DD.",
        "en": "docx: The date in the date line: DD/MM/YYYY or YYYY-MM-DD.",
    },
    "help.opt.subject": {
        "vi": "docx: trích yếu dưới chữ BÁO CÁO (mỗi lệnh có sẵn một trích yếu).",
        "en": "docx: The subject under BÁO CÁO (a default for each command).",
    },
    "help.opt.signer_authority": {
        "vi": "docx: thẩm quyền ký thay: KT. GIÁM ĐỐC, TL. …, TM. …",
        "en": "docx: Signing for the head: KT. GIÁM ĐỐC, TL. …, TM. …",
    },
    "help.opt.archive": {"vi": "docx: phần sau chữ Lưu: (VT, KHTC).", "en": "docx: After Lưu: (VT, KHTC)."},
    "help.opt.handling": {
        "vi": "docx, html, xlsx: chỉ dẫn phạm vi lưu hành in trên mọi trang (Tài liệu lưu hành nội bộ).",
        "en": "docx, html, xlsx: A handling line printed on every page (Tài liệu lưu hành nội bộ).",
    },
    "help.usage.options": {"vi": "[TUỲ CHỌN]", "en": "[OPTIONS]"},
    "help.usage.command": {"vi": "LỆNH", "en": "COMMAND"},
    "help.usage.args": {"vi": "[THAM SỐ]", "en": "[ARGS]"},
    "help.opt.audit.quiet": {
        "vi": "Chỉ in các dòng kết luận (số cơ quan, kết luận, điểm trung bình, cơ quan chưa nộp) và các tệp "
        "không đánh giá được (màn hình).",
        "en": "Print only the closing lines (agencies, verdicts, mean, who has not submitted) and the files "
        "that could not be evaluated (console).",
    },
    "help.cmd.report-settings": {
        "vi": "Tạo tệp thiết lập báo cáo .docx (có ghi chú tiếng Việt) để điền, rồi dùng với --report-settings.\n\n"
        "Tệp .toml (mặc định bao-cao.toml), hoặc YAML khi tên tệp kết thúc bằng .yaml/.yml. Mỗi dòng là một "
        "thông tin của văn bản theo Nghị định 30/2020/NĐ-CP, kèm ví dụ cho một Sở và một xã. Không ghi đè "
        "tệp đã có, trừ khi có --force.",
        "en": "Write a report settings file to fill in (commented), for --report-settings.",
    },
    "help.opt.report-settings.output": {
        "vi": "Ghi vào FILE (.toml, hoặc YAML khi tên kết thúc bằng .yaml/.yml; '-' = ra màn hình).",
        "en": "Write to FILE (.toml, or YAML when it ends in .yaml/.yml; '-' = standard output).",
    },
    # --- --help of the options of this topic ----------------------------------------------
    "help.opt.diff.old_as_of": {
        "vi": "Hai đợt: ngày đánh giá thư mục OLD (mặc định: --as-of, nếu không có thì ngày assessed_on mới nhất trong thư mục, ngày của chính đợt đó).",
        "en": "Two rounds: the evaluation date of the OLD folder (default: --as-of, else the folder's newest assessed_on, its own round's date).",
    },
    "help.opt.diff.new_as_of": {
        "vi": "Hai đợt: ngày đánh giá thư mục NEW (mặc định: --as-of, nếu không có thì ngày assessed_on mới nhất trong thư mục).",
        "en": "Two rounds: the evaluation date of the NEW folder (default: --as-of, else the folder's newest assessed_on).",
    },
    # --- click's own words -----------------------------------------------------------
    "help.usage": {"vi": "Cách dùng: ", "en": "Usage: "},
    "help.heading.options": {"vi": "Tuỳ chọn", "en": "Options"},
    "help.heading.commands": {"vi": "Lệnh", "en": "Commands"},
    "help.show-help": {"vi": "Hiện hướng dẫn này rồi thoát.", "en": "Show this message and exit."},
    "help.default": {"vi": "mặc định", "en": "default"},
    "help.required": {"vi": "bắt buộc", "en": "required"},
    "help.format": {"vi": "Định dạng báo cáo: {choices}.", "en": "Report format: {choices}."},
    # --- commands --------------------------------------------------------------------
    "help.cmd.fourlayer": {
        "vi": "fourlayer — kiểm tra bản tự đánh giá theo mô hình bảo vệ 4 lớp.\n\n"
        "Đối chiếu bản tự đánh giá an toàn thông tin của cơ quan nhà nước với mô hình bảo vệ 4 lớp. "
        "Thông báo bằng tiếng Việt theo mặc định; dùng --lang en hoặc FOURLAYER_LANG=en để xem bằng "
        "tiếng Anh. Hướng dẫn từng bước: docs/huong-dan.md.",
        "en": "fourlayer — kiểm tra bản tự đánh giá theo mô hình bảo vệ 4 lớp.\n\n"
        "Checks Vietnamese state agencies' self-assessments against the four-layer "
        "information-security protection model. Messages are in Vietnamese by default; "
        "use --lang en or FOURLAYER_LANG=en for English.",
    },
    "help.cmd.check": {
        "vi": "Đánh giá bản tự đánh giá và liệt kê các tồn tại cần khắc phục (kiểm tra).",
        "en": "Evaluate assessments and report the gaps (kiểm tra).",
    },
    "help.cmd.validate": {
        "vi": "Kiểm tra tệp theo mẫu và danh mục kiểm tra; mỗi lỗi chỉ rõ dòng, cột.",
        "en": "Check files against the schema and the checklist, every error located.",
    },
    "help.cmd.audit": {
        "vi": "Rà soát tổng hợp nhiều cơ quan: bức tranh toàn tỉnh.\n\n"
        "Thư mục được tìm đệ quy các tệp *.yaml, *.yml và *.xlsx (theo thứ tự tên; không đi theo liên "
        "kết ra ngoài các thư mục đã nêu; mỗi tệp tính một lần). Mọi tệp đều được đánh giá; tệp nào "
        "không đánh giá được thì được liệt kê cùng lỗi đầu tiên có vị trí, và mã thoát là 1. Một tiêu "
        "chí được tính là không đạt ở một cơ quan khi ít nhất một cặp của nó (cơ quan, hoặc một hệ "
        "thống) có kết quả Không đạt, là đạt một phần khi không cặp nào Không đạt và có cặp Đạt một "
        "phần. Cơ quan được xếp hạng theo kết luận, rồi theo điểm. Hai tệp của cùng một cơ quan (cùng "
        "mã, hoặc cùng nội dung) chỉ tính một lần: tệp có assessed_on mới nhất. --roster liệt kê cơ "
        "quan chưa nộp; --since đánh dấu tệp cũ. Mã thoát 0: mọi cơ quan qua --fail-on; 1: có cơ quan "
        "không qua, hoặc có tệp không đánh giá được; 2: không đọc được đường dẫn đã nêu, không có tệp "
        "nào, danh sách cơ quan (--roster) có lỗi, hoặc tuỳ chọn sai.\n\n"
        "Với --record FILE --round LABEL, đợt rà soát còn được lưu vào tệp lịch sử trong một giao "
        "dịch (xem docs/history.md; đọc lại bằng `fourlayer history FILE`). Nhãn đợt đã có, hoặc FILE "
        "không phải tệp lịch sử của fourlayer, thì dừng trước khi rà soát: mã thoát 2, tệp giữ nguyên.",
        "en": "Evaluate many agencies and report the province-wide picture.\n\n"
        "Folders are searched recursively for *.yaml, *.yml and *.xlsx files (sorted; links are not "
        "followed out of the folders given; the same file is counted once). Every file is evaluated; "
        "one that cannot be is listed with its first located error and makes the exit code 1. A "
        "control counts as failing for an agency when at least one of its pairs (the agency, or one "
        "system) has the outcome fail, as partial when none fails and one is partial. Agencies rank "
        "by verdict, then score. Two files of one agency (same code, or same content) count once: the "
        "newest assessed_on. --roster lists who has not submitted; --since flags stale files. Exit 0: "
        "all agencies pass --fail-on; 1: one does not, or a file could not be evaluated; 2: a path "
        "named here cannot be read, no file was found, the roster is wrong, or an option is wrong.\n\n"
        "With --record FILE --round LABEL the round is also stored in the history file, in one "
        "transaction (see docs/history.md; read it back with `fourlayer history FILE`). A label "
        "already recorded, or a FILE that is not a fourlayer history, stops the audit before it "
        "starts: exit 2, the file untouched.",
    },
    "help.cmd.diff": {
        "vi": "So sánh hai bản tự đánh giá hoặc hai báo cáo JSON.\n\n"
        "OLD và NEW là bản tự đánh giá (đánh giá cùng một ngày --as-of) hoặc báo cáo JSON của "
        "`fourlayer check --format json` cho một cơ quan; loại tệp được nhận ra từ nội dung. Theo "
        "từng lớp và từng tiêu chí: tiến bộ, thụt lùi (Không đạt < Đạt một phần < Đạt), thay đổi "
        "(sang hoặc từ miễn trừ / không áp dụng), mới xuất hiện, không còn. Hai đợt được so sánh "
        "theo từng cơ quan (khớp theo mã cơ quan, nếu không thì theo tên) khi OLD và NEW là thư mục "
        "hoặc báo cáo JSON của `fourlayer audit --format json`. Kết quả theo hai phiên bản danh mục "
        "khác nhau không được so sánh ngầm: mã thoát 2, trừ khi có --allow-checklist-change, và khi "
        "đó điểm không được so sánh. Hai phiên bản liên tiếp của danh mục đi kèm (một đợt theo phiên "
        "bản 1 và một đợt theo phiên bản 2) được so sánh theo từng tiêu chí qua bảng kế thừa mã của "
        "phiên bản mới, không cần tuỳ chọn đó; điểm không được so sánh.",
        "en": "Compare two assessments or two JSON reports.\n\n"
        "OLD and NEW are each an assessment (evaluated on the same --as-of date) or a JSON report of "
        "`fourlayer check --format json` holding one agency; the kind is detected from the content. "
        "Per layer and per control: improved, regressed (fail < partial < pass), changed (to or from "
        "waived / not applicable), appeared, disappeared. Two rounds are compared agency by agency "
        "(matched by agency code, else name) when OLD and NEW are folders or JSON reports of "
        "`fourlayer audit --format json`; each round keeps its own evaluation date: a report its own, "
        "a folder --old-as-of / --new-as-of, else --as-of, else its newest assessed_on. The report "
        "prints both dates. Results from different checklist versions are not compared silently: exit "
        "2 unless --allow-checklist-change, and even then the scores are not compared. Two "
        "consecutive bundled versions (a version-1 round and a version-2 round) compare per control "
        "through the newer version's id map, without the option; their scores are not compared.",
    },
    "help.cmd.init": {
        "vi": "Tạo bản tự đánh giá mẫu cho cơ quan và các hệ thống thông tin của cơ quan.\n\n"
        "Mọi tiêu chí áp dụng cho các hệ thống đã nêu vào ngày tự đánh giá được liệt kê, kèm yêu cầu "
        "của tiêu chí dưới dạng chú thích; trạng thái để trống, nên tệp chưa qua được "
        "`fourlayer validate` cho đến khi điền đủ. Dòng đầu trỏ trình soạn thảo tới "
        "assessment.schema.json đặt cạnh tệp (tạo bằng "
        "`fourlayer schema assessment > assessment.schema.json`).",
        "en": "Write a ready-to-fill assessment template.\n\n"
        "Tạo bản tự đánh giá mẫu cho cơ quan và các hệ thống thông tin của cơ quan.\n\n"
        "Every control that applies to the given systems on the assessment date is listed with its "
        "requirement as a comment; statuses are left empty, so the file does not pass `fourlayer "
        "validate` until they are filled in. The first line points editors at assessment.schema.json "
        "next to the file (create it with `fourlayer schema assessment > assessment.schema.json`).",
    },
    "help.cmd.checklist": {
        "vi": "Xem danh mục kiểm tra, hoặc kiểm tra một danh mục tự soạn.",
        "en": "Browse the checklist, or lint a custom one (danh mục kiểm tra).",
    },
    "help.cmd.checklist.list": {
        "vi": "Liệt kê các tiêu chí: mã, lớp, phạm vi, cấp độ tối thiểu, mức độ, tên.",
        "en": "List controls: id, layer, scope, minimum level, severity, title.",
    },
    "help.cmd.checklist.show": {
        "vi": "Toàn bộ thông tin về một tiêu chí, kể cả căn cứ pháp lý.",
        "en": "Everything about one control, its legal sources included, and the version-1 ids it continues "
        "(renamed, moved, merged, new).",
    },
    "help.cmd.checklist.lint": {
        "vi": "Kiểm tra một danh mục tự soạn: mẫu, mã không trùng, mỗi tiêu chí một lớp, đủ văn bản vi/en.",
        "en": "Check a custom checklist: schema, unique ids, one layer each, complete vi/en text.",
    },
    "help.cmd.schema": {
        "vi": "In một JSON Schema kèm theo (assessment, checklist, report, audit).",
        "en": "Print a bundled JSON Schema (assessment, checklist, report, audit, history).",
    },
    # --- options shared by several commands ------------------------------------------
    "help.opt.fourlayer.version": {"vi": "In phiên bản rồi thoát.", "en": "Show the version and exit."},
    "help.opt.fourlayer.debug": {
        "vi": "Khi có lỗi nội bộ, in toàn bộ chi tiết kỹ thuật (traceback).",
        "en": "Show the full traceback of an internal error.",
    },
    "help.opt.output": {
        "vi": "Ghi báo cáo vào tệp FILE (ghi an toàn: tệp tạm rồi đổi tên; '-' = màn hình). Không bao giờ ghi đè tệp đầu vào.",
        "en": "Write the report to FILE (atomically; '-' = stdout). Never over an input file.",
    },
    "help.opt.lang": {
        "vi": "Ngôn ngữ: vi (mặc định) hoặc en; cũng có thể đặt biến môi trường FOURLAYER_LANG.",
        "en": "Ngôn ngữ / language: vi (mặc định / default) or en; also FOURLAYER_LANG.",
    },
    "help.opt.as_of": {
        "vi": "Ngày đánh giá (mặc định: hôm nay); bằng chứng được xét còn hạn hay không theo ngày này.",
        "en": "Evaluation date (default: today); evidence is judged fresh or stale on this date.",
    },
    "help.opt.checklist_path": {
        "vi": "Dùng tệp danh mục kiểm tra này thay cho danh mục kèm theo.",
        "en": "Use this checklist file instead of the bundled one.",
    },
    "help.opt.fail_on": {
        "vi": "Kết luận nào làm mã thoát bằng 1: non-compliant (không tuân thủ), partial (từ tuân thủ một phần), never (không bao giờ).",
        "en": "Which verdict makes the exit code 1.",
    },
    "help.opt.min_score": {"vi": "Mã thoát 1 nếu có điểm dưới N.", "en": "Exit 1 if a score is below N."},
    "help.opt.no_waivers": {
        "vi": "Bỏ qua mọi miễn trừ (góc nhìn của đoàn kiểm tra).",
        "en": "Ignore waivers (an auditor's view).",
    },
    "help.opt.max_aliases": {
        "vi": "Số giá trị tối đa mà các bí danh YAML được nhân bản (mặc định 10000).",
        "en": "Values YAML aliases may repeat in all (default 10000).",
    },
    "help.opt.max_depth": {
        "vi": "Từ chối YAML lồng sâu hơn mức này (mặc định 64).",
        "en": "Refuse YAML nested deeper than this (default 64).",
    },
    "help.opt.max_file_size": {
        "vi": "Từ chối tệp lớn hơn mức này (mặc định 4 MiB).",
        "en": "Refuse files larger than this (default 4 MiB).",
    },
    # --- options of one command ------------------------------------------------------
    "help.opt.check.quiet": {
        "vi": "Chỉ in dòng kết luận của mỗi tệp (và lý do nếu tệp không đánh giá được).",
        "en": "Print only the verdict line of each file (and why, if a file could not be evaluated).",
    },
    "help.opt.check.verbose": {
        "vi": "Liệt kê mọi tiêu chí và đối tượng, kể cả tiêu chí đạt.",
        "en": "List every control and target, passes included.",
    },
    "help.opt.check.summary": {
        "vi": "Bản tóm tắt vừa một màn hình: kết luận, bốn lớp và các tiêu chí cần làm trước (định dạng console).",
        "en": "A one-screen summary: the verdict, the four layers and the controls to work on first (console).",
    },
    "help.opt.validate.quiet": {"vi": "Không liệt kê các tệp hợp lệ.", "en": "Do not list valid files."},
    "help.opt.audit.fail_on": {
        "vi": "Kết luận nào của bất kỳ cơ quan nào làm mã thoát bằng 1.",
        "en": "Which verdict of any agency makes the exit code 1.",
    },
    "help.opt.audit.min_score": {
        "vi": "Mã thoát 1 nếu có cơ quan đạt điểm dưới N.",
        "en": "Exit 1 if an agency scores below N.",
    },
    "help.opt.jobs": {
        "vi": "Số tiến trình chạy song song (mặc định: số CPU); 1 = đánh giá ngay trong tiến trình này.",
        "en": "Worker processes (default: the number of CPUs); 1 evaluates in this process.",
    },
    "help.opt.top": {
        "vi": "Số tiêu chí không đạt nhiều nhất được liệt kê.",
        "en": "How many of the most-failed controls to list.",
    },
    "help.opt.max_files": {
        "vi": "Không chạy khi các đường dẫn chứa nhiều tệp hơn số này.",
        "en": "Refuse to start when the paths hold more files than this.",
    },
    "help.opt.diff.jobs": {
        "vi": "Số tiến trình chạy song song (mặc định: số CPU); 1 = đánh giá ngay trong tiến trình này.",
        "en": "Worker processes to audit a folder (default: the number of CPUs).",
    },
    "help.opt.diff.no_waivers": {
        "vi": "Bỏ qua miễn trừ khi đánh giá bản tự đánh giá.",
        "en": "Ignore waivers when evaluating assessments.",
    },
    "help.opt.fail_on_regression": {
        "vi": "Mã thoát 1 nếu có gì thụt lùi: một tiêu chí, một lớp, kết luận hoặc điểm.",
        "en": "Exit 1 if anything regressed: a control, a layer, the verdict, or the score.",
    },
    "help.opt.allow_checklist_change": {
        "vi": "Vẫn so sánh khi hai bên dùng danh mục khác nhau (khi đó không so sánh điểm).",
        "en": "Compare even when the two sides used different checklists (scores are then not compared).",
    },
    "help.opt.agency_name": {
        "vi": 'Tên cơ quan, ví dụ "Sở Y tế tỉnh Nghệ An".',
        "en": 'Tên cơ quan / agency name, e.g. "Sở Y tế tỉnh Nghệ An".',
    },
    "help.opt.system_specs": {
        "vi": 'Một hệ thống, lặp lại được: mã, tên và cấp độ 1-5, ví dụ "portal:Cổng thông tin điện tử:2".',
        "en": 'A system, repeatable: id, name and level 1-5, e.g. "portal:Cổng thông tin điện tử:2".',
    },
    "help.opt.code": {
        "vi": 'Mã định danh của cơ quan, ví dụ "000.00.15.H42".',
        "en": 'Agency identification code, e.g. "000.00.15.H42".',
    },
    "help.opt.province": {"vi": 'Tỉnh, thành phố, ví dụ "Nghệ An".', "en": 'Province, e.g. "Nghệ An".'},
    "help.opt.assessed_on": {
        "vi": "Ngày tự đánh giá (mặc định: hôm nay); hỏi các tiêu chí có hiệu lực vào ngày này.",
        "en": "Date of the self-assessment (default: today); controls in force on it are asked.",
    },
    "help.opt.init.output": {
        "vi": "Ghi bản mẫu vào tệp FILE ('-' = màn hình; mặc định tu-danh-gia.yaml, hoặc .xlsx với bảng tính).",
        "en": "Write the template to FILE ('-' = stdout; default tu-danh-gia.yaml, or .xlsx for a workbook).",
    },
    "help.opt.init.version": {
        "vi": "Phiên bản danh mục kiểm tra kèm theo (mặc định: mới nhất), ví dụ --version 1.",
        "en": "Version of the bundled checklist (default: the newest), e.g. --version 1.",
    },
    "help.opt.force": {"vi": "Ghi đè FILE nếu tệp đã có.", "en": "Overwrite FILE if it already exists."},
    "help.opt.layer": {"vi": "Chỉ lớp này.", "en": "Only this layer."},
    "help.opt.level": {
        "vi": "Chỉ các tiêu chí áp dụng ở cấp độ này.",
        "en": "Only controls that apply at this level.",
    },
    # --- audit rounds and history (issue: history) -----------------------------------
    "help.opt.record": {
        "vi": "Lưu thêm đợt rà soát này vào tệp lịch sử FILE (SQLite; tạo mới nếu chưa có). Cần --round.",
        "en": "Also store this round in the history FILE (SQLite; created if absent). Needs --round.",
    },
    "help.opt.round_label": {
        "vi": "Tên của đợt trong lịch sử, ví dụ 2026-Q1 (bị từ chối nếu đã ghi).",
        "en": "The round's label in the history, e.g. 2026-Q1 (refused if already recorded).",
    },
    "help.opt.replace_round": {
        "vi": "Ghi đè đợt --round nếu đợt đó đã có trong lịch sử.",
        "en": "Replace the round --round if it is already recorded.",
    },
    "help.cmd.history": {
        "vi": "Xem các đợt rà soát đã ghi trong tệp lịch sử FILE.\n\n"
        "Các đợt theo thứ tự ngày đánh giá; theo từng lớp, tỷ lệ cơ quan đáp ứng ở mỗi đợt; theo từng "
        "cơ quan, điểm và kết luận ở mỗi đợt cùng thay đổi so với đợt trước; các cơ quan đã nộp ở đợt "
        'trước nhưng chưa nộp ở đợt mới nhất ("chưa nộp"). Cơ quan được đối chiếu giữa các đợt theo '
        "agency.code, nếu không có thì theo tên. Các đợt đánh giá theo phiên bản danh mục khác nhau "
        "không được so sánh: báo cáo nói rõ điều đó. Ghi một đợt bằng "
        "`fourlayer audit THƯ-MỤC --record FILE --round 2026-Q1`. Mã thoát 0; 2 khi không có FILE "
        "hoặc FILE không phải tệp lịch sử của fourlayer.",
        "en": "Show the audit rounds recorded in a history FILE (lịch sử các đợt rà soát).\n\n"
        "Rounds in order of evaluation date; per layer the share of agencies meeting it in each "
        "round; per agency its score and verdict per round with the change since the round "
        "before; the agencies that submitted in the round before but not in the latest "
        '("chưa nộp"). Agencies are matched across rounds by agency.code, else by name. '
        "Rounds evaluated against different checklist versions are not compared: the report "
        "says so. Record rounds with `fourlayer audit FOLDER --record FILE --round 2026-Q1`. "
        "Exit 0; 2 when FILE is missing or not a fourlayer history.",
    },
    "help.opt.history.agency": {
        "vi": "Chỉ các cơ quan có tên hoặc mã chứa TEXT (không phân biệt chữ hoa, chữ thường).",
        "en": "Only the agencies whose name or code contains TEXT (letter case ignored).",
    },
    "help.opt.history.handling": {
        "vi": "html: chỉ dẫn phạm vi lưu hành in trên mọi trang (Tài liệu lưu hành nội bộ).",
        "en": "html: A handling line printed on every page (Tài liệu lưu hành nội bộ).",
    },
    "help.opt.last": {
        "vi": "Chỉ N đợt gần nhất (thay đổi vẫn so với đợt liền trước).",
        "en": "Only the last N rounds (changes are still against the round before).",
    },
    # --- migrate (checklist versions) --------------------------------------------------
    "help.cmd.migrate": {
        "vi": "Chuyển bản tự đánh giá sang phiên bản mới của danh mục kiểm tra.\n\n"
        "Tiêu chí đổi mã hoặc chuyển chỗ giữ nguyên câu trả lời dưới mã mới; các tiêu chí được gộp giữ "
        "trạng thái yếu hơn và bằng chứng của cả hai; tiêu chí mới được thêm vào ở dạng chưa trả lời, "
        "kèm yêu cầu dưới dạng chú thích. Mọi chú thích và mọi dòng không phải sửa được giữ nguyên; "
        "không bao giờ ghi vào chính tệp FILE. In ra việc đã làm với từng tiêu chí.",
        "en": "Rewrite a self-assessment for a newer checklist version.\n\n"
        "Chuyển bản tự đánh giá sang phiên bản mới của danh mục kiểm tra.\n\n"
        "Renamed and moved controls keep their answers under the new id; merged controls keep the "
        "weaker status and the evidence of both; new controls are added unanswered, as comments with "
        "their requirement. Every comment and every line it does not change is kept as it was; FILE "
        "itself is never written. Prints what it did for each control.",
    },
    "help.opt.migrate.output": {
        "vi": "Ghi bản tự đánh giá đã chuyển vào NEW ('-' = màn hình). Không bao giờ ghi vào chính tệp đầu vào.",
        "en": "Write the migrated assessment to NEW ('-' = stdout). Never the input itself.",
    },
    "help.opt.to_version": {
        "vi": "Phiên bản danh mục cần chuyển sang (mặc định: phiên bản mới nhất kèm theo).",
        "en": "Checklist version to move to (default: the newest bundled one).",
    },
    "help.opt.from_version": {
        "vi": "Phiên bản danh mục mà tệp được lập theo, khi tệp không ghi (mặc định: phiên bản liền trước --to).",
        "en": "Version the file was written for, when it does not say (default: the one before --to).",
    },
    "help.opt.migrate.force": {"vi": "Ghi đè NEW nếu tệp đã có.", "en": "Overwrite NEW if it already exists."},
    # --- the officer's fields of an official report (docx) ------------------------------
    "help.opt.report_settings": {
        "vi": "docx: các thông tin của văn bản lấy từ tệp YAML hoặc TOML (lệnh fourlayer report-settings tạo tệp mẫu); "
        "tuỳ chọn ghi trên dòng lệnh được ưu tiên.",
        "en": "docx: the officer's fields from a YAML or TOML file (fourlayer report-settings writes one); options "
        "win over it.",
    },
    "help.opt.issuing_body": {
        "vi": "docx: cơ quan ban hành báo cáo (SỞ Y TẾ).",
        "en": "docx: The body that issues the report (SỞ Y TẾ).",
    },
    "help.opt.superior_body": {
        "vi": "docx: Kính gửi: cơ quan nhận báo cáo.",
        "en": "docx: Kính gửi: the body the report is sent to.",
    },
    "help.opt.number": {
        "vi": "docx: số của báo cáo, đứng trước /BC-….",
        "en": "docx: The report's number, before /BC-….",
    },
    "help.opt.place": {
        "vi": "docx: địa danh ở dòng ngày tháng (Hà Tĩnh, ngày …).",
        "en": "docx: The place in the date line (Hà Tĩnh, ngày …).",
    },
    "help.opt.signer_title": {
        "vi": "docx: chức vụ người ký (GIÁM ĐỐC, PHÓ GIÁM ĐỐC…).",
        "en": "docx: The signer's title (GIÁM ĐỐC, PHÓ GIÁM ĐỐC…).",
    },
    "help.opt.signer_name": {"vi": "docx: họ và tên người ký.", "en": "docx: The signer's name."},
    "help.opt.recipients": {
        "vi": "docx: Nơi nhận: một nơi nhận (lặp lại tuỳ chọn cho mỗi nơi nhận).",
        "en": "docx: Nơi nhận: one recipient (repeat the option for each).",
    },
    # --- convert, init --format ----------------------------------------------------------
    "help.cmd.convert": {
        "vi": "Chuyển bản tự đánh giá giữa bảng tính (.xlsx) và YAML, giữ nguyên mọi câu trả lời.\n\n"
        "xlsx → YAML cho đúng tệp mà `fourlayer init` sẽ tạo, đã điền; YAML → xlsx cho đúng bảng tính "
        "mà `fourlayer init --format xlsx` sẽ tạo, đã điền. Tệp còn lỗi thì không được chuyển (trừ "
        "trạng thái còn để trống): sửa lỗi trước.",
        "en": "Convert a self-assessment between a workbook (.xlsx) and YAML.\n\n"
        "Chuyển bản tự đánh giá giữa bảng tính (.xlsx) và YAML, giữ nguyên mọi câu trả lời.\n\n"
        "xlsx → YAML gives the file `fourlayer init` would have written, filled in; YAML → xlsx the "
        "workbook `fourlayer init --format xlsx` would have written, filled in. xlsx → xlsx lays a "
        "workbook out again as init does: rows deleted by mistake come back, empty, and everything "
        "typed is kept (columns of your own, without a key in parentheses, are not). A file with "
        "errors is not converted (blank statuses excepted): fix them first.",
    },
    "help.opt.convert.output": {
        "vi": "Nơi ghi: FILE.xlsx hoặc FILE.yaml (định dạng theo phần đuôi tên tệp).",
        "en": "Where to write: FILE.xlsx or FILE.yaml (the format comes from the suffix).",
    },
    "help.opt.convert.force": {"vi": "Ghi đè FILE nếu tệp đã có.", "en": "Overwrite FILE if it already exists."},
    "help.opt.init.fmt": {
        "vi": "yaml (tệp YAML có chú thích) hoặc xlsx (bảng tính để điền bằng Excel); mặc định: theo phần đuôi của FILE, nếu không thì yaml.",
        "en": "yaml (the commented YAML file) or xlsx (a workbook to fill in Excel); default: from FILE's suffix, else yaml.",
    },
    "help.opt.version": {
        "vi": "Phiên bản danh mục kiểm tra kèm theo (mặc định: mới nhất).",
        "en": "Version of the bundled checklist (default: the newest), e.g. --version 1.",
    },
    # --- audit of a round (roster, stale submissions) ---------------------------------
    "help.opt.roster_path": {
        "vi": "Danh sách cơ quan phải nộp (CSV hoặc YAML: mã, tên): liệt kê các cơ quan chưa nộp.",
        "en": "The agencies expected to submit (CSV or YAML: code, name): lists who has not submitted.",
    },
    "help.opt.since": {
        "vi": "Đánh dấu là nộp bản cũ các tệp có ngày tự đánh giá trước ngày này.",
        "en": "Flag files assessed before this date as stale submissions.",
    },
    "help.opt.audit.verbose": {
        "vi": "Nêu tên các cơ quan không đạt và đạt một phần ở từng tiêu chí.",
        "en": "Name the agencies failing and partly meeting each control.",
    },
    "help.opt.max_nodes": {
        "vi": "Từ chối tệp chứa nhiều giá trị YAML hơn số này (mặc định 250000).",
        "en": "Refuse files holding more YAML values than this (default 250000).",
    },
}

"""``audit --record`` and the ``history`` command (``history.``): the history file and its report."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- the history file ------------------------------------------------------------
    "history.not-history": {
        "vi": "{path} không phải là tệp lịch sử của fourlayer (có thể là tệp khác hoặc một cơ sở dữ liệu SQLite khác); tệp được giữ nguyên. Chọn tệp lịch sử đúng, hoặc một tên tệp mới để bắt đầu lịch sử mới.",
        "en": "{path} is not a fourlayer history file (it may be another file, or another SQLite database); it was left untouched. Choose the right history file, or a new file name to start a new history.",
    },
    "history.newer-schema": {
        "vi": "{path} được tạo bởi phiên bản fourlayer mới hơn (cấu trúc phiên bản {version}; phiên bản này đọc được đến {supported}); tệp được giữ nguyên. Cập nhật fourlayer rồi chạy lại.",
        "en": "{path} was written by a newer fourlayer (schema version {version}; this version reads up to {supported}); it was left untouched. Update fourlayer and run again.",
    },
    "history.damaged": {
        "vi": "Tệp lịch sử {path} bị hỏng ({error}); tệp được giữ nguyên. Dùng bản sao lưu gần nhất của tệp.",
        "en": "The history file {path} is damaged ({error}); it was left untouched. Use the latest backup copy of the file.",
    },
    "history.busy": {
        "vi": "Tệp lịch sử {path} đang được một lệnh khác ghi quá {seconds} giây; tệp được giữ nguyên. Chờ lệnh đó xong rồi chạy lại.",
        "en": "The history file {path} has been held by another command for over {seconds} seconds; it was left untouched. Wait for that command to finish and run again.",
    },
    "history.not-writable": {
        "vi": "Không ghi được tệp lịch sử {path} ({error}). Kiểm tra quyền ghi thư mục và dung lượng ổ đĩa.",
        "en": "Cannot write the history file {path} ({error}). Check the folder's write permission and the free disk space.",
    },
    "history.unreadable": {
        "vi": "Không đọc được tệp lịch sử {path} ({error}). Kiểm tra đường dẫn và quyền đọc tệp rồi chạy lại.",
        "en": "Cannot read the history file {path} ({error}). Check the path and the file's read permission, then run again.",
    },
    "history.not-a-file": {
        "vi": "{path} là một thư mục, không phải tệp lịch sử. Ghi rõ tên tệp, ví dụ lich-su.sqlite.",
        "en": "{path} is a folder, not a history file. Give a file name, e.g. history.sqlite.",
    },
    "history.no-file": {
        "vi": "Không có tệp lịch sử {path}. Ghi các đợt vào tệp bằng: fourlayer audit THƯ-MỤC --record {path} --round 2026-Q1",
        "en": "There is no history file {path}. Record rounds into it with: fourlayer audit FOLDER --record {path} --round 2026-Q1",
    },
    "history.empty": {
        "vi": "Tệp lịch sử {path} chưa có đợt nào. Ghi một đợt bằng: fourlayer audit THƯ-MỤC --record {path} --round 2026-Q1",
        "en": "The history file {path} holds no round yet. Record one with: fourlayer audit FOLDER --record {path} --round 2026-Q1",
    },
    "history.round-exists": {
        "vi": "Đợt {round} đã được ghi trong {path}; tệp được giữ nguyên. Dùng tên đợt khác, hoặc thêm --replace-round để ghi đè đợt đó.",
        "en": "Round {round} is already recorded in {path}; the file was left untouched. Use another round label, or add --replace-round to replace that round.",
    },
    "history.bad-label": {
        "vi": "Tên đợt {round!r} không hợp lệ: dùng 1–40 ký tự chữ, số, '-', '_', '.', '/' hoặc khoảng trắng, ví dụ 2026-Q1.",
        "en": "The round label {round!r} is not valid: use 1–40 letters, digits, '-', '_', '.', '/' or spaces, e.g. 2026-Q1.",
    },
    "history.record-needs-round": {
        "vi": "--record cần đi kèm --round TÊN-ĐỢT (ví dụ --round 2026-Q1), và ngược lại.",
        "en": "--record needs --round LABEL (e.g. --round 2026-Q1), and the other way round.",
    },
    "history.output-is-history": {
        "vi": "--output và --record cùng chỉ tệp {path}: báo cáo sẽ ghi đè lên tệp lịch sử. Chọn tên tệp khác cho báo cáo.",
        "en": "--output and --record both name {path}: the report would overwrite the history file. Choose another name for the report.",
    },
    "history.recorded": {
        "vi": "Đã ghi đợt {round} ({agencies} cơ quan, {errors} tệp lỗi) vào {path}.",
        "en": "Round {round} recorded ({agencies} agencies, {errors} files with errors) in {path}.",
    },
    "history.replaced": {
        "vi": "Đã ghi đè đợt {round} ({agencies} cơ quan, {errors} tệp lỗi) trong {path}.",
        "en": "Round {round} replaced ({agencies} agencies, {errors} files with errors) in {path}.",
    },
    # --- history reports -------------------------------------------------------------
    "history.title": {
        "vi": "DIỄN BIẾN QUA CÁC ĐỢT RÀ SOÁT THEO MÔ HÌNH BẢO VỆ 4 LỚP",
        "en": "FOUR-LAYER PROTECTION MODEL: TRENDS OVER THE AUDIT ROUNDS",
    },
    "history.rounds": {"vi": "Các đợt rà soát", "en": "Audit rounds"},
    "history.round": {"vi": "Đợt", "en": "Round"},
    "history.as-of": {"vi": "Ngày đánh giá", "en": "Evaluation date"},
    "history.checklist": {"vi": "Danh mục", "en": "Checklist"},
    "history.agencies": {"vi": "Số cơ quan", "en": "Agencies"},
    "history.errors": {"vi": "Tệp lỗi", "en": "File errors"},
    "history.mean": {"vi": "Điểm TB", "en": "Mean score"},
    "history.layer-share": {
        "vi": "Tỷ lệ cơ quan đáp ứng từng lớp (%) qua các đợt",
        "en": "Agencies meeting each layer (%) over the rounds",
    },
    "history.score-trend": {"vi": "Điểm trung bình qua các đợt", "en": "Mean score over the rounds"},
    "history.agency-table": {
        "vi": "Điểm và kết luận của từng cơ quan qua các đợt, xếp theo tên (± so với đợt trước, khi cùng phiên bản danh mục)",
        "en": "Each agency's score and verdict over the rounds, by name (± against the round before, under the same checklist version)",
    },
    "history.agency": {"vi": "Cơ quan", "en": "Agency"},
    "history.code": {"vi": "Mã", "en": "Code"},
    "history.improved": {
        "vi": "Cải thiện nhiều nhất (đợt {round} so với {previous})",
        "en": "Most improved ({round} against {previous})",
    },
    "history.regressed": {
        "vi": "Giảm nhiều nhất (đợt {round} so với {previous})",
        "en": "Most regressed ({round} against {previous})",
    },
    "history.no-movers": {"vi": "Không có cơ quan nào thay đổi điểm.", "en": "No agency's score changed."},
    "history.controls": {
        "vi": "Tiêu chí có nhiều cơ quan không đạt nhất ở đợt {round}",
        "en": "Controls failed by most agencies in {round}",
    },
    "history.control": {"vi": "Tiêu chí", "en": "Control"},
    "history.failing-now": {"vi": "Số cơ quan ({round})", "en": "Agencies ({round})"},
    "history.failing-before": {"vi": "Đợt trước ({round})", "en": "Before ({round})"},
    "history.checklist-break": {
        "vi": "Đợt {round} dùng danh mục {checklist}, khác đợt {previous} ({previous_checklist}): điểm và kết quả từng tiêu chí của hai đợt này không so sánh được, nên không có cột thay đổi giữa hai đợt.",
        "en": "Round {round} used checklist {checklist}, unlike {previous} ({previous_checklist}): the scores and per-control results of these two rounds cannot be compared, so no change is shown between them.",
    },
    "history.checklist-mapped": {
        "vi": "Đợt {round} dùng danh mục {checklist}, khác đợt {previous} ({previous_checklist}): điểm của hai đợt này không so sánh được; kết quả từng tiêu chí được so sánh qua bảng đối chiếu mã tiêu chí của {checklist}.",
        "en": "Round {round} used checklist {checklist}, unlike {previous} ({previous_checklist}): the scores of these two rounds cannot be compared; per-control results are compared through the id map of {checklist}.",
    },
    "history.filter": {
        "vi": "Chỉ các cơ quan có tên hoặc mã chứa: {text}",
        "en": "Only agencies whose name or code contains: {text}",
    },
    "history.no-agency": {"vi": "Không có cơ quan nào khớp.", "en": "No agency matches."},
    "history.rounds-hidden": {
        "vi": "{count} đợt trước đó không hiện trong bảng này vì không đủ chỗ; xem đủ mọi đợt bằng --format html "
        "hoặc --format csv, hoặc chọn số đợt bằng --last N.",
        "en": "{count} earlier round(s) not shown in this table, for lack of width; see every round with --format html "
        "or --format csv, or choose how many rounds with --last N.",
    },
    "history.waivers-ignored": {"vi": "không tính miễn trừ", "en": "waivers ignored"},
    # --- history files ---------------------------------------------------------------------
    "history.unexpected-schema": {
        "vi": '{path} không phải tệp lịch sử như fourlayer ghi: đối tượng {kind} "{name}" khác với cấu trúc fourlayer tạo '
        "(một trigger, view hay bảng bị sửa có thể làm sai các đợt đã và sẽ ghi); tệp bị từ chối, không đọc, không ghi, "
        "không chạy gì trong tệp. Dùng bản sao đáng tin của tệp lịch sử, hoặc bắt đầu tệp mới.",
        "en": '{path} is not a history as fourlayer writes it: the {kind} "{name}" differs from the structure fourlayer '
        "creates (a trigger, a view or a changed table could falsify the rounds recorded and to come); the file is "
        "refused: nothing in it is read, written or run. Use a copy of the history you trust, or start a new one.",
    },
    "history.is-link": {
        "vi": "{path} là một liên kết (symlink); tệp lịch sử phải là tệp thường, ghi đúng tên của nó. Không ghi gì.",
        "en": "{path} is a symbolic link; a history must be a regular file, named as itself. Nothing was written.",
    },
    "history.not-regular": {
        "vi": "{path} không phải tệp thường (FIFO, thiết bị…); không dùng làm tệp lịch sử. Ghi tên một tệp, ví dụ lich-su.sqlite.",
        "en": "{path} is not a regular file (a FIFO, a device…); it cannot be a history. Give a file name, e.g. history.sqlite.",
    },
    "history.bad-value": {
        "vi": "{path}: bảng {table}, dòng {row}, cột {column} có giá trị fourlayer không bao giờ ghi (tệp đã bị sửa "
        "hoặc hỏng); tệp bị từ chối. Dùng bản sao đáng tin của tệp lịch sử.",
        "en": "{path}: table {table}, row {row}, column {column} holds a value fourlayer never writes (the file was "
        "edited or is damaged); it is refused. Use a copy of the history you trust.",
    },
    "history.too-slow": {
        "vi": "{path}: đọc hoặc ghi tệp lịch sử quá {seconds} giây và đã dừng (tệp có thể bị hỏng hoặc bị sửa).",
        "en": "{path}: reading or writing the history took more than {seconds} seconds and was stopped (the file may "
        "be damaged or altered).",
    },
}

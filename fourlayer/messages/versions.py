"""Messages for checklist versions, time rules, legal-basis warnings and ``migrate``."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- checklist format and lint ------------------------------------------------------
    "finding.checklist-version-unknown": {
        "vi": "Không có danh mục kiểm tra {checklist} phiên bản {version} đi kèm công cụ (có: {known}).",
        "en": "No bundled checklist {checklist} version {version} (bundled: {known}).",
    },
    "finding.deadlines-with-max-age": {
        "vi": "Tiêu chí {id} có cả deadlines và max_age_months; chỉ dùng một cách tính hạn bằng chứng.",
        "en": "Control {id} has both deadlines and max_age_months; use one way of ageing evidence.",
    },
    "finding.impossible-deadline": {
        "vi": "Hạn nộp {value} không có trong mọi năm (tháng-ngày không tồn tại hoặc 29/02).",
        "en": "The deadline {value} does not occur every year (no such month-day, or 29 February).",
    },
    "finding.previous-version-unknown": {
        "vi": "previous_version {version}: không có danh mục {checklist} phiên bản này đi kèm công cụ để đối chiếu mã.",
        "en": "previous_version {version}: no bundled checklist {checklist} of that version to map ids against.",
    },
    "finding.replaces-unknown": {
        "vi": "Mã {id} không có trong phiên bản {version}.",
        "en": "The id {id} does not exist in version {version}.",
    },
    "finding.previous-control-unmapped": {
        "vi": "Các tiêu chí của phiên bản {version} chưa được tiêu chí nào kế thừa (replaces) và chưa được liệt kê ở retired: {ids}.",
        "en": "Controls of version {version} that no control continues (replaces) and that retired does not list: {ids}.",
    },
    # --- assessment answers -----------------------------------------------------------
    "finding.no-event-not-allowed": {
        "vi": "Tiêu chí {control} không phải nghĩa vụ phát sinh theo sự kiện: không dùng no_event.",
        "en": "Control {control} is not an event-triggered duty: no_event does not apply.",
    },
    "hint.no-event-not-allowed": {
        "vi": "Xóa dòng no_event và ghi bằng chứng thực hiện; xem danh sách tiêu chí cho phép bằng fourlayer checklist show MÃ.",
        "en": "Remove the no_event line and give evidence; fourlayer checklist show ID says whether a control is event-triggered.",
    },
    "finding.no-event-status": {
        "vi": "Tiêu chí {control}: no_event: true chỉ đi với status: implemented (đang là {status}).",
        "en": "Control {control}: no_event: true goes only with status: implemented (it is {status}).",
    },
    # --- evaluation -------------------------------------------------------------------
    "reason.duty_not_arisen": {
        "vi": "Nghĩa vụ chưa phát sinh (mọi bằng chứng có trước ngày nghĩa vụ áp dụng)",
        "en": "Duty not yet arisen (all evidence predates the day the duty applies from)",
    },
    "warning.basis_unconfirmed": {
        "vi": "Tiêu chí {control}: hiệu lực của căn cứ pháp lý ({bases}) chỉ được xác nhận đến ngày {date}; kết quả vẫn đánh giá theo căn cứ này, đề nghị xác nhận lại với cơ quan có thẩm quyền.",
        "en": "Control {control}: its legal bases ({bases}) are confirmed in force only until {date}; the outcome still follows them; confirm with the competent authority.",
    },
    "warning.basis_unconfirmed-unread": {
        "vi": "Tiêu chí {control}: căn cứ pháp lý còn hiệu lực ({bases}) chưa được đọc nguyên văn và trích dẫn điều khoản; kết quả vẫn đánh giá theo yêu cầu của Danh mục, đề nghị đối chiếu văn bản gốc trước khi dùng làm căn cứ.",
        "en": "Control {control}: its legal bases in force ({bases}) have not been read and quoted in their own words; the outcome still follows the checklist's requirement; check the official text before relying on it.",
    },
    "warning.basis_unconfirmed-none": {
        "vi": "Tiêu chí {control}: không có văn bản quy phạm pháp luật còn hiệu lực làm căn cứ; yêu cầu là khuyến nghị của Danh mục, kết quả vẫn đánh giá theo yêu cầu này.",
        "en": "Control {control}: no legal text in force is its basis; the requirement is the checklist's recommendation, and the outcome still follows it.",
    },
    "reason-detail.evidence_expired-deadline": {
        "vi": 'Bằng chứng đã quá hạn: "{ref}" ngày {date} không còn giá trị từ ngày {stale_from} vì đã qua hạn nộp kế tiếp',
        "en": 'Evidence expired: "{ref}" of {date} stopped counting on {stale_from}, once the next deadline had passed',
    },
    # --- checklist show: the id map -----------------------------------------------------
    "checklist.versions": {"vi": "Các phiên bản", "en": "Versions"},
    "checklist.default-version": {"vi": "mặc định", "en": "default"},
    "checklist.replaces": {"vi": "Kế thừa từ phiên bản {version}", "en": "Continues from version {version}"},
    "checklist.change.kept": {"vi": "giữ mã {ids}", "en": "same id {ids}"},
    "checklist.change.renamed": {"vi": "đổi mã từ {ids}", "en": "renamed from {ids}"},
    "checklist.change.moved": {"vi": "chuyển lớp, trước là {ids}", "en": "moved from another layer, was {ids}"},
    "checklist.change.merged": {"vi": "gộp từ {ids}", "en": "merged from {ids}"},
    "checklist.change.new": {"vi": "tiêu chí mới", "en": "new control"},
    "checklist.basis-confirmed-until": {
        "vi": "hiệu lực được xác nhận đến {date}",
        "en": "confirmed in force until {date}",
    },
    "checklist.deadlines": {"vi": "Hạn nộp hằng năm", "en": "Yearly deadlines"},
    "checklist.forward-from": {
        "vi": "Chỉ áp dụng cho việc làm từ ngày {date}",
        "en": "Applies only to acts from {date}",
    },
    "checklist.event-triggered": {
        "vi": "Nghĩa vụ phát sinh khi có sự kiện: nếu trong kỳ không có, trả lời no_event: true",
        "en": "Event-triggered duty: if none happened in the period, answer no_event: true",
    },
    "diff.ids-mapped": {
        "vi": "Mã tiêu chí của phiên bản cũ được đối chiếu sang phiên bản mới theo bảng kế thừa mã (replaces); tiêu chí gộp lấy kết quả yếu hơn; tiêu chí được tách thì kết quả cũ được so với từng tiêu chí kế thừa.",
        "en": "The older version's control ids are mapped to the newer version's through its id map (replaces); merged controls take the weaker outcome; a split control's old outcome is compared with each control that continues it.",
    },
    "cli.version-with-checklist": {
        "vi": "--version chọn phiên bản của danh mục đi kèm công cụ; không dùng cùng --checklist.",
        "en": "--version picks a version of the bundled checklist; it does not go with --checklist.",
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

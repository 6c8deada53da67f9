"""The ``migrate`` command (``migrate.``): moving an assessment to another checklist version."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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

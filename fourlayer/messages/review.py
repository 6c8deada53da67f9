"""Messages added by the review fixes (see the package doc)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- diff of two rounds across checklist versions ---------------------------------
    "rounds.ids-mapped": {
        "vi": "Mã tiêu chí được đối chiếu giữa hai phiên bản danh mục ({old} và {new}) theo bảng kế thừa mã "
        "(replaces): tiêu chí đổi mã so theo mã mới, tiêu chí gộp lấy kết quả yếu hơn, tiêu chí được tách "
        "thì kết quả cũ được so với từng tiêu chí kế thừa. Điểm không so sánh giữa hai phiên bản.",
        "en": "Control ids were mapped between the two checklist versions ({old} and {new}) through the id map "
        "(replaces): a renamed control is compared under its new id, merged controls take the weaker "
        "result, a split control's old result is compared with each control that continues it. Scores "
        "are not compared across versions.",
    },
    # --- an agency evaluated under another checklist version, in the audit reports --------
    "review.own-version": {
        "vi": "đánh giá theo phiên bản {version}: {controls}",
        "en": "evaluated under version {version}: {controls}",
    },
    "review.own-version-note": {
        "vi": "Cơ quan được đánh giá theo phiên bản trước của danh mục được tính vào tiêu chí của phiên bản "
        "{version} kế thừa tiêu chí của mình (bảng kế thừa mã, replaces); tiêu chí và tên của chính cơ quan "
        "đó: {agencies}.",
        "en": "Agencies evaluated under the previous checklist version are counted under the version {version} "
        "controls that continue theirs (the id map, replaces); their own controls and titles: {agencies}.",
    },
}

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
}

/**
 * Folds text for matching: Unicode NFC, lower case, Vietnamese diacritics removed
 * (đ -> d), runs of whitespace collapsed. "Số lượng", "SO LUONG" and "so  luong"
 * all fold to "so luong"; composed and decomposed input fold alike.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

import type { GriffelStyle } from "@fluentui/react-components";
import { useLang } from "../LanguageContext";

/** Hidden from sight, read by screen readers (the usual clip pattern). */
export const visuallyHidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
};

/** Names of the workbook's layout that the English strings keep in Vietnamese (sheets, columns, words). */
const VI_TERMS = [
  "Số đại biểu không hưởng lương",
  "Chi tiết dự toán",
  "Tổng hợp dự toán",
  "Kinh phí được giao",
  "Kinh phí kế hoạch",
  "Thành tiền",
  "Dự toán",
  "Căn cứ",
  "Định mức",
  "Phân bổ",
  "Quyết toán",
  "Kế hoạch",
  "Thông tin",
  "Thực hiện",
  "TẠM TÍNH",
  "Dòng KH",
  "Nội dung",
  "Số lượng",
  "Số ngày",
  "Số người",
  "Quý",
];

/** Letters only Vietnamese uses among the pane's languages (with their capitals). */
const VI_LETTERS = "ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ";
const VI_WORD = `[\\p{L}\\d]*[${VI_LETTERS}${VI_LETTERS.toUpperCase()}][\\p{L}\\d]*`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Splits English text into plain runs and Vietnamese runs: the names given (a
 * sheet, a province, an activity), the layout's own terms, and any run of words
 * spelled with Vietnamese letters. Pure; exported for its test.
 */
export function viRuns(text: string, names: readonly string[] = []): { text: string; vi: boolean }[] {
  const terms = [...new Set([...names.filter((n) => n.trim()), ...VI_TERMS])].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(${[...terms, `${VI_WORD}(?:[ \\t]+${VI_WORD})*`].join("|")})`, "gu");
  return text
    .split(pattern)
    .map((t, i) => ({ text: t, vi: i % 2 === 1 }))
    .filter((r) => r.text !== "");
}

/**
 * Text in the pane's language; in the English view its Vietnamese names are
 * marked lang="vi", so a screen reader says them with a Vietnamese voice.
 */
export function ViText({ text, names }: { text: string; names?: readonly string[] }) {
  const lang = useLang();
  if (lang === "vi") return <>{text}</>;
  return (
    <>
      {viRuns(text, names).map((r, i) =>
        r.vi ? (
          <span key={i} lang="vi">
            {r.text}
          </span>
        ) : (
          r.text
        ),
      )}
    </>
  );
}

import { foldText } from "../text/fold";

/**
 * Field lines of an activity: "- Thời gian: Quý II - Quý IV", "- Đối tượng: 108
 * chợ", "b) Tiến độ thực hiện: ...". They describe the item above them; they are
 * never activities of their own.
 */
export type FieldName = "timing" | "amount" | "participants" | "quantity" | "other";

export interface Field {
  name: FieldName;
  label: string;
  value: string;
}

const LABELS: ReadonlyArray<readonly [FieldName, readonly string[]]> = [
  ["timing", ["thoi gian", "tien do", "thoi diem", "thoi han"]],
  ["amount", ["kinh phi", "du toan", "thanh tien", "tong kinh phi"]],
  ["participants", ["so dai bieu", "so nguoi", "thanh phan", "so hoc vien", "quy mo"]],
  ["quantity", ["so luong", "so lop", "so cuoc", "so chuong trinh", "khoi luong"]],
  [
    "other",
    [
      "doi tuong",
      "noi dung",
      "dia diem",
      "don vi",
      "co quan",
      "hinh thuc",
      "thoi luong",
      "ket qua",
      "san pham",
      "muc tieu",
      "muc dich",
      "yeu cau",
      "phuong thuc",
      "tan suat",
      "phuong tien",
      "chu tri",
      "phoi hop",
      "trach nhiem",
    ],
  ],
];

/** Reads "Label: value" when the label is one of the field's words (at most eight words, no digits). */
export function readField(text: string): Field | undefined {
  const colon = text.indexOf(":");
  if (colon <= 0) return undefined;
  const label = text.slice(0, colon).trim();
  const folded = foldText(label);
  if (/\d/.test(folded) || folded.split(" ").length > 8) return undefined;
  for (const [name, words] of LABELS) {
    if (words.some((w) => folded === w || folded.startsWith(`${w} `))) {
      return { name, label, value: text.slice(colon + 1).trim() };
    }
  }
  return undefined;
}

export const isField = (text: string): boolean => readField(text) !== undefined;

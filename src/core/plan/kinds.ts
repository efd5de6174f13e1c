import { foldText } from "../text/fold";

/** Loại hoạt động: the codes are part of the command line's JSON contract. */
export const ACTIVITY_KINDS = [
  "conference",
  "workshop",
  "training",
  "banner",
  "panel",
  "radio",
  "tv",
  "newspaper",
  "printing",
  "assessment",
  "study_tour",
  "database",
  "other",
] as const;

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const KIND_LABELS: Record<ActivityKind, string> = {
  conference: "Hội nghị",
  workshop: "Hội thảo",
  training: "Tập huấn / lớp",
  banner: "Băng rôn",
  panel: "Pano / bảng hiệu",
  radio: "Phát thanh",
  tv: "Truyền hình / phóng sự",
  newspaper: "Báo / bản tin",
  printing: "In ấn tài liệu",
  assessment: "Đánh giá nhanh SXSH",
  study_tour: "Đoàn công tác / trao đổi kinh nghiệm",
  database: "Cơ sở dữ liệu / website",
  other: "Khác",
};

/**
 * Words of the field that name each kind, folded (no diacritics, lower case).
 * Order matters: the first kind whose word appears wins, so the more specific
 * phrases come first ("đánh giá nhanh" before "tập huấn" in "tập huấn đánh giá
 * nhanh"? no: a class about assessment is still a class, so training comes first).
 */
const KIND_WORDS: ReadonlyArray<readonly [ActivityKind, readonly string[]]> = [
  ["training", ["tap huan", "lop hoc", "boi duong", "dao tao", "lop "]],
  ["workshop", ["hoi thao", "toa dam"]],
  ["conference", ["hoi nghi"]],
  ["assessment", ["danh gia nhanh", "danh gia sxsh", "danh gia san xuat sach hon"]],
  ["study_tour", ["trao doi kinh nghiem", "doan cong tac", "hoc tap kinh nghiem", "tham quan", "khao sat hoc tap", "doan "]],
  ["database", ["co so du lieu", "website", "trang thong tin dien tu", "he thong thong tin"]],
  ["panel", ["pano", "bang hieu", "bien quang cao"]],
  ["banner", ["bang ron", "bang zon", "khau hieu"]],
  ["tv", ["truyen hinh", "phong su", "chuyen muc", "video"]],
  ["radio", ["phat thanh", "truyen thanh"]],
  ["newspaper", ["ban tin", "bao ", "bao chi", "tap chi"]],
  ["printing", ["in an", "tai lieu", "to roi", "to gap", "chuyen san", "so tay", "cam nang", "an pham", "photo"]],
];

export function isActivityKind(value: string): value is ActivityKind {
  return (ACTIVITY_KINDS as readonly string[]).includes(value);
}

/** Reads a kind the user typed: a code ("tv") or a Vietnamese label ("Truyền hình"). */
export function parseKind(text: string): ActivityKind | undefined {
  const folded = foldText(text).trim();
  if (!folded) return undefined;
  if (isActivityKind(folded)) return folded;
  return KIND_BY_FOLDED_LABEL.get(folded) ?? guessKind(text);
}

/** The labels folded once, not on every row read. */
const KIND_BY_FOLDED_LABEL = new Map(ACTIVITY_KINDS.map((k) => [foldText(KIND_LABELS[k]), k] as const));

/** Guesses the kind from an activity's description (Nội dung); undefined when no word of the field appears. */
export function guessKind(description: string): ActivityKind | undefined {
  const folded = ` ${foldText(description)} `;
  for (const [kind, words] of KIND_WORDS) {
    if (words.some((w) => folded.includes(w.endsWith(" ") ? ` ${w}` : w))) return kind;
  }
  return undefined;
}

import { foldText } from "../text/fold";
import { ACTIVITY_KINDS, isActivityKind, type ActivityKind } from "./activityKind";
import { guessKind } from "./kindWords";

export { ACTIVITY_KINDS, isActivityKind, type ActivityKind } from "./activityKind";
export { guessKind } from "./kindWords";

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

/** Reads a kind the user typed: a code ("tv") or a Vietnamese label ("Truyền hình"). */
export function parseKind(text: string): ActivityKind | undefined {
  const folded = foldText(text).trim();
  if (!folded) return undefined;
  if (isActivityKind(folded)) return folded;
  return KIND_BY_FOLDED_LABEL.get(folded) ?? guessKind(text);
}

/** The labels folded once, not on every row read. */
const KIND_BY_FOLDED_LABEL = new Map(ACTIVITY_KINDS.map((k) => [foldText(KIND_LABELS[k]), k] as const));

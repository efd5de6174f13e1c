import { money } from "../money/money";
import type { AmountLine } from "./funding";
import type { ImportedActivity, ImportedGroup } from "./parsePlanText";
import { placeAmounts } from "./placeAmounts";

const activity = (stt: string, name: string, group: string, kind: ImportedActivity["kind"]): ImportedActivity => ({
  stt,
  label: stt,
  name,
  group,
  kind,
  kindGuessed: true,
  quarters: [],
  sourceLine: 1,
});
const line = (label: string, amount: string, children: AmountLine[] = []): AmountLine => ({
  line: 1,
  label,
  amount: money(amount),
  children,
});

describe("placeAmounts", () => {
  const groups: ImportedGroup[] = [
    { stt: "II", name: "Các hoạt động bảo vệ môi trường", depth: 0 },
    { stt: "II.1", name: "Truyền thông môi trường", depth: 1, parent: "II" },
  ];
  const activities = [
    activity("II.1.a", "Tổ chức 02 cuộc Hội nghị truyền thông môi trường", "II.1", "conference"),
    activity("II.1.b", "Trang bị băng rôn về tuyên truyền bảo vệ môi trường tại các chợ", "II.1", "banner"),
    activity("II.1.c", "Treo băng rôn hưởng ứng các Ngày lễ môi trường năm 2020", "II.1", "banner"),
  ];

  it("places parts by their words and the subtotal on the group that holds them", () => {
    const p = placeAmounts(
      [
        line("Hoạt động truyền thông", "75200000", [
          line("Treo băng rôn hưởng ứng các Ngày môi trường năm 2020", "2400000"),
          line("Tổ chức 02 cuộc Hội nghị truyền thông môi trường", "20800000"),
          line("Treo băng rôn bảo vệ môi trường tại các chợ", "52000000"),
        ]),
      ],
      activities,
      groups,
    );
    expect([...p.activities].map(([i, v]) => [activities[i].stt, v.toFixed()]).sort()).toEqual([
      ["II.1.a", "20800000"],
      ["II.1.b", "52000000"],
      ["II.1.c", "2400000"],
    ]);
    expect([...p.groups].map(([i, v]) => [groups[i].stt, v.toFixed()])).toEqual([["II.1", "75200000"]]);
    expect(p.findings).toEqual([]);
  });

  it("reports a line like nothing in the plan", () => {
    const p = placeAmounts([line("Chi khác", "5000000")], activities, groups);
    expect(p.activities.size + p.groups.size).toBe(0);
    expect(p.findings.map((f) => [f.code, f.amounts])).toEqual([["amount-unplaced", { amount: "5000000" }]]);
  });
});

import { splitLines } from "./lines";
import { readTables } from "./table";

const read = (text: string) => readTables(splitLines(text).rows);

describe("readTables", () => {
  it("reads a two-row header with merged cells (the Hà Nội appendix)", () => {
    const text = [
      "TT\tDanh mục\tĐơn vị phối hợp\t\tĐơn vị tính\tSố lượng\tThời gian thực hiện",
      "\t\tĐơn vị chủ trì\tĐơn vị phối hợp\t\t\t",
      "1\tTuyên truyền pháp luật.\tSở Công Thương\tCác doanh nghiệp\tLớp\t02\tQuý II-IV/2024",
    ].join("\n");
    const { activities, groups, findings } = read(text);
    expect(groups).toEqual([]);
    expect(findings).toEqual([]);
    expect(activities.map((a) => ({ ...a, quantity: a.quantity?.toFixed() }))).toEqual([
      {
        stt: "1",
        label: "1",
        name: "Tuyên truyền pháp luật",
        kind: "training",
        kindGuessed: true,
        unit: "lớp",
        quantity: "2",
        timing: "Quý II-IV/2024",
        quarters: [2, 3, 4],
        sourceLine: 3,
      },
    ]);
  });

  it("reads a pipe table with group rows, a typed kind, participants and amounts", () => {
    const text = [
      "| STT | Nội dung | Loại | ĐVT | Số lượng | Số người | Thời gian | Kinh phí |",
      "|---|---|---|---|---|---|---|---|",
      "| (1) | (2) | (3) | (4) | (5) | (6) | (7) | (8) |",
      "| I | Truyền thông | | | | | | 60.000.000 |",
      "| 1 | Hội nghị phổ biến pháp luật | | cuộc | 2 | 50 | Quý II | 40.000.000 |",
      "| 2 | Phát sóng | Truyền hình | phóng sự | 3 | | cả năm | 15.000.000 |",
      "| 3 | Mua văn phòng phẩm | | bộ | 2,5 | | quý 5 | abc |",
      "| 4 | | | cái | 10 | | | |",
    ].join("\n");
    const { activities, groups, findings } = read(text);
    expect(groups.map((g) => [g.stt, g.name, g.depth, g.statedAmount?.toFixed()])).toEqual([["I", "Truyền thông", 0, "60000000"]]);
    expect(
      activities.map((a) => [
        a.stt,
        a.group,
        a.kind,
        a.kindGuessed,
        a.quantity?.toFixed(),
        a.participants?.toFixed(),
        a.quarters,
        a.statedAmount?.toFixed(),
      ]),
    ).toEqual([
      ["1", "I", "conference", true, "2", "50", [2], "40000000"],
      ["2", "I", "tv", false, "3", undefined, [1, 2, 3, 4], "15000000"],
      ["3", "I", "other", true, "2.5", undefined, [], undefined],
    ]);
    expect(findings.map((f) => f.code)).toEqual(["timing-unreadable", "table-number-unreadable", "kind-unknown", "table-row-unnamed"]);
  });

  it("leaves alone tables that list no activities", () => {
    expect(read("Họ tên\tChức vụ\tĐơn vị\nA\tB\tC").activities).toEqual([]);
  });

  it("does not read the total row as a task", () => {
    const text = [
      "| STT | Nội dung hoạt động | Đơn vị tính | Số lượng | Kinh phí (đồng) |",
      "|---|---|---|---|---|",
      "| 1 | Hội nghị tuyên truyền | Hội nghị | 02 | 60.000.000 |",
      "| | Tổng cộng | | | 60.000.000 |",
    ].join("\n");
    expect(read(text).activities.map((a) => a.name)).toEqual(["Hội nghị tuyên truyền"]);
  });
});

import { amountLabel, findAmounts, firstAmount } from "./amounts";

describe("findAmounts", () => {
  it("reads amounts with their currency or multiplier", () => {
    const values = (t: string) => findAmounts(t).map((a) => a.value.toFixed());
    expect(values("Tổ chức 02 cuộc Hội nghị truyền thông môi trường 20.800.000 đồng.")).toEqual(["20800000"]);
    expect(values("Tổng: 87.000.000 đ, gồm 20,8 triệu đồng và 1,2 tỷ đồng")).toEqual(["87000000", "20800000", "1200000000"]);
    expect(values("955.651.000 VNĐ")).toEqual(["955651000"]);
    expect(values("955.651.000 đồng (Bằng chữ: Chín trăm năm mươi lăm triệu ... đồng)")).toEqual(["955651000"]);
  });

  it("does not take counts or dates for money", () => {
    expect(findAmounts("02 cuộc, 2.000 cuốn, 05 doanh nghiệp, năm 2020, 30/KH-SCT")).toEqual([]);
    expect(firstAmount("Số lượng: 440 cái")).toBeUndefined();
  });
});

describe("amountLabel", () => {
  it("keeps the words an amount line names", () => {
    expect(amountLabel("Hoạt động truyền thông: 75.200.000 đồng. Trong đó:")).toBe("Hoạt động truyền thông");
    expect(amountLabel("+ Tổ chức 02 cuộc Hội nghị truyền thông môi trường 20.800.000 đồng.")).toBe(
      "Tổ chức 02 cuộc Hội nghị truyền thông môi trường",
    );
    expect(amountLabel("Kinh phí (dự kiến): 5.000.000 đồng")).toBe("Kinh phí");
  });
});

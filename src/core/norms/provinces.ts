/**
 * Vietnam's 2025 reorganisation of provinces (sắp xếp đơn vị hành chính cấp tỉnh).
 *
 * Nghị quyết 202/2025/QH15 (passed 12/6/2025): 63 provinces and centrally-run cities
 * become 34 (28 tỉnh, 6 thành phố); the new local governments run from 01/7/2025, with two
 * levels (tỉnh, xã; cấp huyện is gone). A plan dated before 01/7/2025 names an old
 * province, one dated from then names a new one. An HĐND resolution binds the territory it
 * was made for, so a norm of an old province is looked up by the plan's date and the
 * province as then named.
 *
 * Verified: all 34 lines of PROVINCES_FROM_2025 (the 11 unchanged from one report of
 * NQ 202's text, each of the 23 merges from a report of NQ 202 or of the new province
 * running from 1/7/2025); each entry keeps its URL and a short exact quote. Also verified:
 * Thừa Thiên Huế became the centrally-run city Huế from 01/01/2025 (NQ 175/2024/QH15,
 * same territory), before and apart from NQ 202. Sources were stored press pages (search
 * tool), not the gazette text itself. Not verified: nothing in the table; the aliases
 * accepted by canonicalProvince are usage, not law.
 *
 * Names: PROVINCES_BEFORE_2025 holds one canonical spelling per old province, as in the
 * official lists: new tone placement ("Hòa Bình", "Thanh Hóa", "Khánh Hòa"), "Bắc Kạn",
 * "Đắk Lắk", "Đắk Nông", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế", "Thành phố Hồ Chí Minh";
 * other cities without "Thành phố". "Thừa Thiên Huế" is the canonical old-era name of the
 * unit renamed "Huế" on 01/01/2025: canonicalProvince("Huế") returns "Thừa Thiên Huế", and
 * the new-era entry "Huế" is formed from ["Thừa Thiên Huế"] (unchanged territory).
 */
import { foldText } from "../text/fold";

/** The day the 34 provinces' governments start (NQ 202/2025/QH15). */
export const REORGANISATION_DATE = "2025-07-01";

export interface NewProvince {
  name: string;
  kind: "tỉnh" | "thành phố";
  /** Old provinces (canonical names), the kept name first; an unchanged one lists only itself. */
  formedFrom: readonly string[];
  status: "verified" | "unverified";
  source?: string;
  /** Short exact quote from the source. */
  quote?: string;
}

/** The 63 provinces and centrally-run cities before 01/7/2025, canonical spelling. */
export const PROVINCES_BEFORE_2025: readonly string[] = [
  "Hà Nội",
  "Hải Phòng",
  "Hà Giang",
  "Cao Bằng",
  "Bắc Kạn",
  "Tuyên Quang",
  "Lào Cai",
  "Điện Biên",
  "Lai Châu",
  "Sơn La",
  "Yên Bái",
  "Hòa Bình",
  "Thái Nguyên",
  "Lạng Sơn",
  "Quảng Ninh",
  "Bắc Giang",
  "Phú Thọ",
  "Vĩnh Phúc",
  "Bắc Ninh",
  "Hải Dương",
  "Hưng Yên",
  "Thái Bình",
  "Hà Nam",
  "Nam Định",
  "Ninh Bình",
  "Thanh Hóa",
  "Nghệ An",
  "Hà Tĩnh",
  "Quảng Bình",
  "Quảng Trị",
  "Thừa Thiên Huế",
  "Đà Nẵng",
  "Quảng Nam",
  "Quảng Ngãi",
  "Bình Định",
  "Phú Yên",
  "Khánh Hòa",
  "Ninh Thuận",
  "Bình Thuận",
  "Kon Tum",
  "Gia Lai",
  "Đắk Lắk",
  "Đắk Nông",
  "Lâm Đồng",
  "Bình Phước",
  "Tây Ninh",
  "Bình Dương",
  "Đồng Nai",
  "Bà Rịa - Vũng Tàu",
  "Thành phố Hồ Chí Minh",
  "Long An",
  "Tiền Giang",
  "Bến Tre",
  "Trà Vinh",
  "Vĩnh Long",
  "Đồng Tháp",
  "An Giang",
  "Kiên Giang",
  "Cần Thơ",
  "Hậu Giang",
  "Sóc Trăng",
  "Bạc Liêu",
  "Cà Mau",
];

const UNCHANGED_SOURCE = "https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo";
const UNCHANGED_QUOTE =
  "11 provinces and cities that do not implement the arrangement are the provinces: Cao Bang, Dien Bien, Ha Tinh, Lai Chau, Lang Son, Nghe An, Quang Ninh, Thanh Hoa, Son La and Hanoi city, Hue city.";
const VNEXPRESS_NQ202 = "https://vnexpress.net/quoc-hoi-chot-ca-nuoc-con-34-tinh-thanh-pho-4897740.html";
const SBM_NQ202 = "https://sbm.vn/?p=3893";

function unchanged(name: string, kind: NewProvince["kind"] = "tỉnh"): NewProvince {
  return { name, kind, formedFrom: [name], status: "verified", source: UNCHANGED_SOURCE, quote: UNCHANGED_QUOTE };
}

function merged(name: string, kind: NewProvince["kind"], formedFrom: readonly string[], source: string, quote: string): NewProvince {
  return { name, kind, formedFrom, status: "verified", source, quote };
}

/** The 34 provinces and centrally-run cities from 01/7/2025. */
export const PROVINCES_FROM_2025: readonly NewProvince[] = [
  unchanged("Hà Nội", "thành phố"),
  {
    name: "Huế",
    kind: "thành phố",
    formedFrom: ["Thừa Thiên Huế"],
    status: "verified",
    source:
      "https://ngoisao.vn/theo-dong-su-kien/kien-thuc/viet-nam-lan-dau-tien-co-2-thanh-pho-truc-thuoc-trung-uong-lien-ke-nhau-do-la-449752.htm",
    quote:
      "Theo Nghị quyết số 175/2024/QH15 được Quốc hội thông qua, kể từ ngày 01/01/2025, tỉnh Thừa Thiên Huế sẽ chính thức trở thành thành phố trực thuộc Trung ương, với tên gọi là TP Huế.",
  },
  unchanged("Lai Châu"),
  unchanged("Điện Biên"),
  unchanged("Sơn La"),
  unchanged("Lạng Sơn"),
  unchanged("Quảng Ninh"),
  unchanged("Thanh Hóa"),
  unchanged("Nghệ An"),
  unchanged("Hà Tĩnh"),
  unchanged("Cao Bằng"),
  merged(
    "Tuyên Quang",
    "tỉnh",
    ["Tuyên Quang", "Hà Giang"],
    VNEXPRESS_NQ202,
    "toàn bộ diện tích tự nhiên và quy mô dân số của tỉnh Hà Giang sẽ được nhập vào tỉnh Tuyên Quang để hình thành tỉnh mới, giữ nguyên tên gọi là Tuyên Quang",
  ),
  merged(
    "Lào Cai",
    "tỉnh",
    ["Lào Cai", "Yên Bái"],
    VNEXPRESS_NQ202,
    "Tỉnh Yên Bái và tỉnh Lào Cai sẽ được sáp nhập thành tỉnh mới mang tên Lào Cai",
  ),
  merged(
    "Thái Nguyên",
    "tỉnh",
    ["Thái Nguyên", "Bắc Kạn"],
    VNEXPRESS_NQ202,
    "Tỉnh Bắc Kạn và tỉnh Thái Nguyên được sáp nhập thành tỉnh mới mang tên Thái Nguyên",
  ),
  merged(
    "Phú Thọ",
    "tỉnh",
    ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
    VNEXPRESS_NQ202,
    "Ba tỉnh Vĩnh Phúc, Hòa Bình và Phú Thọ được sáp nhập thành tỉnh mới mang tên Phú Thọ",
  ),
  merged(
    "Bắc Ninh",
    "tỉnh",
    ["Bắc Ninh", "Bắc Giang"],
    VNEXPRESS_NQ202,
    "Tỉnh Bắc Giang và tỉnh Bắc Ninh sắp xếp thành tỉnh mới có tên gọi là Bắc Ninh",
  ),
  merged(
    "Hưng Yên",
    "tỉnh",
    ["Hưng Yên", "Thái Bình"],
    "https://www.betahomes.vn/2025/07/hung-yen-sap-nhap-voi-tinh-nao-trung.html?hl=ar",
    "Theo Nghị quyết số 202/2025/QH15, tỉnh Hưng Yên sẽ sáp nhập với tỉnh Thái Bình, hình thành tỉnh mới và tiếp tục giữ tên gọi Hưng Yên",
  ),
  merged(
    "Hải Phòng",
    "thành phố",
    ["Hải Phòng", "Hải Dương"],
    "https://es.laodong.vn/cong-doan/nhieu-phuong-an-ho-tro-can-bo-hai-duong-lam-viec-tai-hai-phong-1529040.ldo",
    "la Asamblea Nacional emitio la Resolucion No. 202/2025/QH15 sobre el acuerdo de la Unidad Administrativa Provincial, incluida la consolidacion de Hai Duong y Hai Phong City",
  ),
  merged(
    "Ninh Bình",
    "tỉnh",
    ["Ninh Bình", "Hà Nam", "Nam Định"],
    "https://en.baoninhbinh.org.vn/s/Resolution",
    "The three provinces of Ha Nam, Ninh Binh, and Nam Dinh are merged into new Ninh Binh province",
  ),
  merged(
    "Quảng Trị",
    "tỉnh",
    ["Quảng Trị", "Quảng Bình"],
    "https://xe.today/?p=303382",
    "the new Quang Tri provincial government after the merger of Quang Tri and Quang Binh provinces",
  ),
  merged(
    "Đà Nẵng",
    "thành phố",
    ["Đà Nẵng", "Quảng Nam"],
    "https://vietnamnews.vn/society/1720769/new-da-nang-designated-a-key-economic-power.html",
    "The central city of Đà Nẵng and Quảng Nam Province have officially merged into a new administrative unit named Đà Nẵng",
  ),
  merged(
    "Quảng Ngãi",
    "tỉnh",
    ["Quảng Ngãi", "Kon Tum"],
    "https://sotuphap.kontum.gov.vn/tin-tuc-hoat-dongthong-tin-tong-hop/Quoc-hoi-thong-qua-Nghi-quyet-ve-sap-xep-don-vi-hanh-chinh-cap-tinh-10349",
    "sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của tỉnh Kon Tum và tỉnh Quảng Ngãi thành tỉnh mới có tên gọi là tỉnh Quảng Ngãi",
  ),
  merged(
    "Gia Lai",
    "tỉnh",
    ["Gia Lai", "Bình Định"],
    "https://thongtin.vietnam.vn/en/gia-lai-kien-tao-tam-nhin-moi-ve-cuc-tang-truong-cua-vung",
    "July 1, 2025 marks a historic turning point with the merger of Binh Dinh and Gia Lai provinces",
  ),
  merged(
    "Khánh Hòa",
    "tỉnh",
    ["Khánh Hòa", "Ninh Thuận"],
    "https://muaban.net/blog/don-vi-hanh-chinh-tinh-khanh-hoa-2025-595625",
    "Từ ngày 1/7/2025, tỉnh Khánh Hòa và tỉnh Ninh Thuận chính thức hợp nhất theo Nghị quyết số 202/2025/QH15 của Quốc hội, lấy tên gọi chung là tỉnh Khánh Hòa",
  ),
  merged(
    "Lâm Đồng",
    "tỉnh",
    ["Lâm Đồng", "Đắk Nông", "Bình Thuận"],
    "https://ngoisao.vn/theo-dong-su-kien/tin-nong-trong-ngay/sau-sap-nhap-dia-phuong-nay-tro-thanh-tinh-rong-nhat-viet-nam-quy-mo-kinh-te-lot-top-10-ca-nuoc-459688.htm",
    "ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận sẽ hợp nhất, hình thành một tỉnh mới với tên gọi Lâm Đồng",
  ),
  merged(
    "Đắk Lắk",
    "tỉnh",
    ["Đắk Lắk", "Phú Yên"],
    "https://en.baophuyen.vn/politics/202506/dak-lak-announcing-resolutions-and-decisions-of-the-central-government-and-local-authorities-on-the-consolidation-and-merger-of-administrative-units-at-all-levels-b55734a",
    "the entire natural area and population of Phu Yen Province and Dak Lak Province are to be merged into a new province named Dak Lak Province",
  ),
  merged(
    "Thành phố Hồ Chí Minh",
    "thành phố",
    ["Thành phố Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"],
    SBM_NQ202,
    "sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của Thành phố Hồ Chí Minh, tỉnh Bà Rịa – Vũng Tàu và tỉnh Bình Dương thành thành phố mới có tên gọi là Thành phố Hồ Chí Minh",
  ),
  merged(
    "Đồng Nai",
    "tỉnh",
    ["Đồng Nai", "Bình Phước"],
    SBM_NQ202,
    "sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của tỉnh Bình Phước và tỉnh Đồng Nai thành tỉnh mới có tên gọi là tỉnh Đồng Nai",
  ),
  merged(
    "Tây Ninh",
    "tỉnh",
    ["Tây Ninh", "Long An"],
    "https://vietnamnet.vn/ten-goi-quy-mo-cua-96-xa-phuong-moi-cua-tay-ninh-sau-sap-xep-2415479.html",
    "Từ ngày 1/7, tỉnh Long An sáp nhập với Tây Ninh thành đơn vị hành chính cấp tỉnh mới với tên gọi Tây Ninh",
  ),
  merged(
    "Cần Thơ",
    "thành phố",
    ["Cần Thơ", "Sóc Trăng", "Hậu Giang"],
    "https://baotintuc.vn/tags/tàu+than.htm",
    "sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang thành thành phố mới có tên gọi là thành phố Cần Thơ",
  ),
  merged(
    "Vĩnh Long",
    "tỉnh",
    ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
    "https://nhandan.vn/dia-phuong/phu-quoi/3387.html",
    "Sau khi hợp nhất ba tỉnh Bến Tre, Trà Vinh và Vĩnh Long từ ngày 1/7/2025, tỉnh Vĩnh Long (mới)",
  ),
  merged(
    "Đồng Tháp",
    "tỉnh",
    ["Đồng Tháp", "Tiền Giang"],
    "https://en.qdnd.vn/politics/news/defense-minister-attends-ceremony-announcing-resolution-on-administrative-unit-merger-in-dong-thap-579942",
    'the provinces of Tien Giang and Dong Thap have been merged under the name "Dong Thap province"',
  ),
  merged(
    "Cà Mau",
    "tỉnh",
    ["Cà Mau", "Bạc Liêu"],
    "https://fr.laodong.vn/mat-tran/ca-mau-long-trong-to-chuc-ky-niem-80-nam-cach-mang-thang-tam-va-quoc-khanh-29-1564144.ldo",
    "la province de Minh Hai a ete divisee en deux provinces de Ca Mau et Bac Lieu et le 1er juillet 2025 elle a ete reunifiee en province de Ca Mau (nouveau)",
  ),
  merged(
    "An Giang",
    "tỉnh",
    ["An Giang", "Kiên Giang"],
    "https://xe.today/2025/07/01/the-perfect-blend-how-the-merger-creates-a-province-of-diverse-landscapes-and-5-million-strong",
    "According to Resolution No. 202/2025/QH15, An Giang province will merge with Kien Giang province to form a new province named An Giang.",
  ),
];

/** Lookup key: folded, punctuation to spaces, "(mới)" and spaces dropped. */
function key(text: string): string {
  return foldText(text)
    .replace(/\(\s*moi\s*\)\s*$/, "")
    .replace(/[.,;:()\-–—_/]/g, " ")
    .replace(/\s+/g, "");
}

const PREFIXES = ["thanhpho", "tinh", "thudo", "tp"];

/** Spellings officers use that the key alone does not catch (keys, canonical name). */
const ALIASES: ReadonlyArray<readonly [string, string]> = [
  ["hue", "Thừa Thiên Huế"],
  ["tthue", "Thừa Thiên Huế"],
  ["hochiminh", "Thành phố Hồ Chí Minh"],
  ["hcm", "Thành phố Hồ Chí Minh"],
  ["tphcm", "Thành phố Hồ Chí Minh"],
  ["hcmc", "Thành phố Hồ Chí Minh"],
  // Sài Gòn: still common in speech and unambiguous, so accepted.
  ["saigon", "Thành phố Hồ Chí Minh"],
  ["brvt", "Bà Rịa - Vũng Tàu"],
  ["daclac", "Đắk Lắk"],
  ["daklac", "Đắk Lắk"],
  ["daclak", "Đắk Lắk"],
  ["dacnong", "Đắk Nông"],
  ["baccan", "Bắc Kạn"],
];

const INDEX: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>();
  for (const name of PROVINCES_BEFORE_2025) index.set(key(name), name);
  for (const [alias, name] of ALIASES) index.set(alias, name);
  return index;
})();

/**
 * The canonical old-era name (one of PROVINCES_BEFORE_2025) for a province as officers write
 * it: any case, with or without diacritics, spaces or hyphens, with or without "tỉnh",
 * "thành phố", "TP."; new names resolve to the old province of the same name ("Huế" to
 * "Thừa Thiên Huế"). Undefined when not recognised.
 */
export function canonicalProvince(text: string): string | undefined {
  const k = key(text);
  if (!k) return undefined;
  const direct = INDEX.get(k);
  if (direct) return direct;
  for (const prefix of PREFIXES) {
    if (k.startsWith(prefix) && k.length > prefix.length) {
      const found = INDEX.get(k.slice(prefix.length));
      if (found) return found;
    }
  }
  return undefined;
}

/** The new province an old one (canonical name) became part of. */
function newProvinceOf(oldName: string): NewProvince | undefined {
  return PROVINCES_FROM_2025.find((p) => p.formedFrom.includes(oldName));
}

/** True when the old province is the same unit as a current one: the name kept, or the territory unchanged. */
function continuesAs(oldName: string, p: NewProvince): boolean {
  return p.formedFrom.length === 1 || key(p.name) === key(oldName);
}

/** The name of the new province an old one became part of (accepts any recognised spelling). */
export function successorOf(oldName: string): string | undefined {
  const old = canonicalProvince(oldName);
  return old ? newProvinceOf(old)?.name : undefined;
}

export interface ProvinceOnDate {
  name: string;
  era: "before" | "from2025";
  status: "ok" | "dissolved" | "unknown";
  successor?: string;
  predecessors?: readonly string[];
}

/**
 * The province a plan dated isoDate names. Before 01/7/2025: one of the 63 (canonical name).
 * From then: one of the 34 is "ok" with its predecessors; an old province that no longer
 * exists is "dissolved" with its successor; unrecognised text is "unknown".
 */
export function provinceOnDate(text: string, isoDate: string): ProvinceOnDate {
  const era = isoDate < REORGANISATION_DATE ? "before" : "from2025";
  const old = canonicalProvince(text);
  if (!old) return { name: text.trim(), era, status: "unknown" };
  if (era === "before") return { name: old, era, status: "ok" };
  const p = newProvinceOf(old);
  if (!p) return { name: old, era, status: "unknown" };
  if (continuesAs(old, p)) return { name: p.name, era, status: "ok", predecessors: p.formedFrom };
  return { name: old, era, status: "dissolved", successor: p.name };
}

/**
 * Whether a provincial norm made by normJurisdiction (named as when it was made, i.e. an old
 * province) applies to a plan of planProvince dated isoDate. "applies": the same province,
 * and the plan dated before 01/7/2025 or the province one of the 11 unchanged. "predecessor":
 * the plan is dated from 01/7/2025 and its province was formed (partly) from the norm's; the
 * norm may still bind the old territory, but the caller must say so. Otherwise "no".
 */
export function provinceNormApplies(normJurisdiction: string, planProvince: string, isoDate: string): "applies" | "predecessor" | "no" {
  const norm = canonicalProvince(normJurisdiction);
  const plan = canonicalProvince(planProvince);
  if (!norm || !plan) return "no";
  if (isoDate < REORGANISATION_DATE) return norm === plan ? "applies" : "no";
  const p = newProvinceOf(plan);
  if (!p) return "no";
  // The plan names a dissolved province: only that province's own norms may bear on it.
  if (!continuesAs(plan, p)) return norm === plan ? "predecessor" : "no";
  if (!p.formedFrom.includes(norm)) return "no";
  return p.formedFrom.length === 1 ? "applies" : "predecessor";
}

/**
 * The manifest checked offline. `npm run validate` (office-addin-manifest validate)
 * posts the manifest to Microsoft's online service and fails without the internet;
 * this test checks what can be checked here: well-formed XML read by the Office
 * tooling's own reader, the required elements in the schema's order, the Home-tab
 * button, https URLs on the dev server, and icon files of the right pixel size.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

/** xml2js, the parser office-addin-manifest reads manifests with (a dependency of it; no type package). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xml2js = require("xml2js") as { parseStringPromise(xml: string, options?: object): Promise<unknown> };

/**
 * office-addin-manifest's own reader, run in a child Node: the package loads
 * ESM-only modules that Node >= 20.19 requires but jest's module system cannot.
 */
function officeToolingRead(file: string): Record<string, unknown> {
  const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(${JSON.stringify(file)}).then((m) => process.stdout.write(JSON.stringify(m)))`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: path.resolve(__dirname, ".."), encoding: "utf8" })) as Record<
    string,
    unknown
  >;
}

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV = "https://localhost:3000/";

type Node = { $?: Record<string, string>; _?: string; [child: string]: unknown };
const kids = (node: Node | undefined, name: string): Node[] => (node?.[name] as Node[] | undefined) ?? [];
const kid = (node: Node | undefined, name: string): Node => {
  const found = kids(node, name)[0];
  if (!found) throw new Error(`missing <${name}>`);
  return found;
};
const attr = (node: Node, name: string) => node.$?.[name];

/** Every element of the tree, depth first. */
function* walk(node: Node, name = "OfficeApp"): Generator<[string, Node]> {
  yield [name, node];
  for (const [key, value] of Object.entries(node)) {
    if (key === "$" || key === "_" || key === "$$" || !Array.isArray(value)) continue;
    for (const child of value) if (typeof child === "object") yield* walk(child as Node, key);
  }
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in assets/ a dev-server URL points at. */
const assetFile = (url: string) => path.join(ROOT, url.slice(DEV.length));

let app: Node;
beforeAll(async () => {
  // Strict parsing: a malformed manifest throws here.
  const parsed = (await xml2js.parseStringPromise(fs.readFileSync(MANIFEST, "utf8"), { strict: true })) as { OfficeApp: Node };
  app = parsed.OfficeApp;
});

describe("manifest.xml (offline check)", () => {
  it("is a well-formed Excel task pane manifest the Office tooling reads", async () => {
    const info = officeToolingRead(MANIFEST);
    expect(info).toMatchObject({
      officeAppType: "TaskPaneApp",
      displayName: "Dự toán kinh phí",
      hosts: ["Workbook"],
      permissions: "ReadWriteDocument",
      defaultSettings: { sourceLocation: `${DEV}taskpane.html` },
    });
    expect(String(info.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(String(info.version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.providerName).toBeTruthy();
  });

  it("has the required elements in the order of the schema", async () => {
    const xml = fs.readFileSync(MANIFEST, "utf8");
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const positions = order.map((name) => xml.search(new RegExp(`<${name}[\\s>/]`)));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(kid(app, "DisplayName").$).toMatchObject({ DefaultValue: "Dự toán kinh phí" });
    expect(kid(app, "DisplayName").$!.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(kid(app, "Description").$!.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it("asks for ExcelApi 1.7, and the adapter checks at run time for every newer set it uses", () => {
    const set = kid(kid(kid(app, "Requirements"), "Sets"), "Set");
    expect(set.$).toEqual({ Name: "ExcelApi", MinVersion: "1.7" });
    const minor = (v: string) => Number(v.split(".")[1]);
    const dir = path.join(ROOT, "src", "office");
    const guarded = fs
      .readdirSync(dir)
      .flatMap((f) => [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/supports\("(1\.\d+)"\)/g)].map((m) => m[1]));
    expect(guarded.length).toBeGreaterThan(0);
    expect(guarded.every((v) => minor(v) > 7)).toBe(true);
  });

  it("puts a Dự toán button on the Home tab that opens the task pane", () => {
    const overrides = kid(app, "VersionOverrides");
    const host = kid(kid(overrides, "Hosts"), "Host");
    expect(attr(host, "xsi:type")).toBe("Workbook");
    const desktop = kid(host, "DesktopFormFactor");
    const surface = kids(desktop, "ExtensionPoint").find((e) => attr(e, "xsi:type") === "PrimaryCommandSurface")!;
    const tab = kid(surface, "OfficeTab");
    expect(attr(tab, "id")).toBe("TabHome");
    const button = kid(kid(tab, "Group"), "Control");
    expect(attr(button, "xsi:type")).toBe("Button");
    const resources = kid(overrides, "Resources");
    const strings = new Map(
      [...kids(kid(resources, "bt:ShortStrings"), "bt:String"), ...kids(kid(resources, "bt:LongStrings"), "bt:String")].map((s) => [
        attr(s, "id"),
        attr(s, "DefaultValue"),
      ]),
    );
    const urls = new Map(kids(kid(resources, "bt:Urls"), "bt:Url").map((u) => [attr(u, "id"), attr(u, "DefaultValue")]));
    expect(strings.get(attr(kid(button, "Label"), "resid"))).toBe("Dự toán");
    const action = kid(button, "Action");
    expect(attr(action, "xsi:type")).toBe("ShowTaskpane");
    expect(urls.get(attr(kid(action, "SourceLocation"), "resid"))).toBe(`${DEV}taskpane.html`);
    expect(urls.get(attr(kid(desktop, "FunctionFile"), "resid"))).toBe(`${DEV}commands.html`);
  });

  it("defines every resource it refers to, with strings within Office's length limits", () => {
    const resources = kid(kid(app, "VersionOverrides"), "Resources");
    const defined = new Set<string>();
    for (const [name, node] of walk(resources, "Resources"))
      if (/^bt:(Image|Url|String)$/.test(name) && attr(node, "id")) defined.add(attr(node, "id")!);
    const used = [...walk(kid(app, "VersionOverrides"))].map(([, n]) => attr(n, "resid")).filter((r): r is string => Boolean(r));
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(defined).toContain(id);
    for (const s of kids(kid(resources, "bt:ShortStrings"), "bt:String")) expect(attr(s, "DefaultValue")!.length).toBeLessThanOrEqual(125);
    for (const s of kids(kid(resources, "bt:LongStrings"), "bt:String")) expect(attr(s, "DefaultValue")!.length).toBeLessThanOrEqual(250);
  });

  it("points every URL at https://localhost:3000 and every page at a template the build has", () => {
    const urls = [...walk(app)].flatMap(([, node]) =>
      Object.values(node.$ ?? {}).filter((v) => /^[a-z]+:\/\//i.test(v) && !/schemas\.microsoft\.com|www\.w3\.org/.test(v)),
    );
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(DEV)).toBe(true);
    const pages = new Set(urls.filter((u) => u.endsWith(".html")).map((u) => u.slice(DEV.length)));
    expect([...pages].sort()).toEqual(["commands.html", "taskpane.html"]);
    expect(fs.existsSync(path.join(ROOT, "src/taskpane/taskpane.html"))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, "src/commands/commands.html"))).toBe(true);
  });

  it("refers only to icons that exist in assets/ with the pixel size they are declared at", () => {
    const icons: [string, number][] = [
      [attr(kid(app, "IconUrl"), "DefaultValue")!, 32],
      [attr(kid(app, "HighResolutionIconUrl"), "DefaultValue")!, 64],
    ];
    const resources = kid(kid(app, "VersionOverrides"), "Resources");
    const images = new Map(kids(kid(resources, "bt:Images"), "bt:Image").map((i) => [attr(i, "id")!, attr(i, "DefaultValue")!]));
    for (const [name, node] of walk(kid(app, "VersionOverrides"))) {
      if (name === "bt:Image" && attr(node, "resid")) icons.push([images.get(attr(node, "resid")!)!, Number(attr(node, "size"))]);
    }
    expect(new Set(icons.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of icons) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/icon-\d+\.png$/);
      const file = assetFile(url);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});

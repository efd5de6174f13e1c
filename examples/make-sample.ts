import path from "path";
import { buildTraVinhWorkbook } from "./traVinhSample";

/** Writes examples/tra-vinh-2020.xlsx, the sample workbook of `npm run demo`. */
async function main() {
  const file = path.join(__dirname, "tra-vinh-2020.xlsx");
  await buildTraVinhWorkbook().xlsx.writeFile(file);
  console.log(`Đã tạo / wrote ${path.relative(process.cwd(), file)}`);
}

void main();

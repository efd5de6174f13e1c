import path from "path";
import { parentPort } from "worker_threads";
import { unitFileReader } from "../workbook/consolidate/consolidateFiles";
import { toWire } from "../workbook/consolidate/unitWire";
import { readBookValues } from "../xlsx/values/bookValues";
import { fileSource } from "./unitWorkers";

/*
 * A worker thread of `dutoan consolidate` (unitWorkers.ts): reads the unit's file
 * it is sent, and sends back its summary, amounts as decimal strings.
 */
const read = unitFileReader(readBookValues);

parentPort?.on("message", (task: { file: string; path: string }) => {
  const source = { ...fileSource(task.path, path.dirname(task.path)), file: task.file };
  void read(source).then((reading) => parentPort!.postMessage(toWire(reading)));
});

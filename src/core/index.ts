/** The pure core: no Office, no DOM, no I/O. */
export * from "./money/money";
export * from "./money/rounding";
export * from "./money/parseAmount";
export * from "./plan/plan";
export * from "./plan/kinds";
export * from "./norms/norm";
export * from "./norms/select";
export { BUILT_IN_NORMS } from "./norms/catalog";
export * from "./recipes";
export * from "./estimate/estimate";
export * from "./findings/finding";
export { foldText } from "./text/fold";

/**
 * The Pipeline health report writes its live formulas by argument name (core/reports' LIVE_FUNCTION_ARGUMENTS):
 * each function's arguments there are its declaration's, in order, so badRows lands in the badRows slot.
 * The Sales plan sheet does the same for FUNNEL.PLAN and FUNNEL.REQUIRED (core/reports' PLAN_FUNCTION_ARGUMENTS).
 */
import { LIVE_FUNCTION_ARGUMENTS, PLAN_FUNCTION_ARGUMENTS } from "../core/reports";
import * as declarations from "./declarations";
import type { DeclaredFunction } from "./runner";

const declared = Object.values(declarations).filter(
  (value): value is DeclaredFunction => typeof value === "object" && value !== null && "compute" in value,
);

describe("the report's live calls", () => {
  it.each(Object.entries({ ...LIVE_FUNCTION_ARGUMENTS, ...PLAN_FUNCTION_ARGUMENTS }))(
    "name the arguments of %s in its declaration's order",
    (name, args) => {
      const fn = declared.find((candidate) => `FUNNEL.${candidate.name}` === name);
      expect(fn?.args.map((arg) => arg.name)).toEqual(args);
    },
  );

  it("end every call with badRows, the last argument", () => {
    for (const args of Object.values({ ...LIVE_FUNCTION_ARGUMENTS, ...PLAN_FUNCTION_ARGUMENTS }))
      expect(args[args.length - 1]).toBe("badRows");
  });
});

/**
 * The FUNNEL benchmark (`npm run bench`, started by test/bench/run.cjs with a production build of the add-in):
 * prints one table of figures, each the median of several runs after warm-up and each beside a baseline
 * measured in the same run, with its target and whether it is met. Arguments: --build-dir <dir> (required),
 * --only <section,…> (range, stage, engine, health, forecast, snapshots, csv, reviews, plan, bundles, roundtrips, calls).
 */
import { loadBuiltFunctions } from "./support/builtFunctions";
import { machineLine } from "./support/measure";
import { formatTable, type BenchSection } from "./support/report";
import { bundlesSection } from "./sections/bundles";
import { csvImportSection } from "./sections/csvImport";
import { engineWeightedSection } from "./sections/engineWeighted";
import { forecastSection } from "./sections/forecast";
import { functionCallsSection } from "./sections/functionCalls";
import { pipelineHealthSection } from "./sections/pipelineHealth";
import { rangeFunctionsSection } from "./sections/rangeFunctions";
import { reviewBoardSection } from "./sections/reviewBoard";
import { roundTripsSection } from "./sections/roundTrips";
import { salesPlanSection } from "./sections/salesPlan";
import { snapshotBridgeSection } from "./sections/snapshotBridge";
import { stageCallsSection } from "./sections/stageCalls";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};

async function main(): Promise<void> {
  const buildDir = option("--build-dir");
  if (buildDir === undefined) throw new Error("Give the production build: --build-dir <dir>.");
  const only = option("--only")?.split(",");
  const wanted = (name: string) => only === undefined || only.includes(name);
  const built = loadBuiltFunctions(buildDir);
  const sections: BenchSection[] = [];
  const run = async (name: string, section: () => BenchSection | Promise<BenchSection>) => {
    if (!wanted(name)) return;
    process.stderr.write(`Measuring ${name}…\n`);
    const started = Date.now();
    sections.push(await section());
    process.stderr.write(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  };
  await run("range", () => rangeFunctionsSection(built));
  await run("stage", () => stageCallsSection(built));
  await run("engine", () => engineWeightedSection(built));
  await run("health", () => pipelineHealthSection());
  await run("forecast", () => forecastSection(built));
  await run("snapshots", () => snapshotBridgeSection());
  await run("csv", () => csvImportSection());
  await run("reviews", () => reviewBoardSection());
  await run("plan", () => salesPlanSection());
  await run("bundles", () => bundlesSection(buildDir));
  await run("roundtrips", () => roundTripsSection());
  await run("calls", () => functionCallsSection());
  console.log(formatTable("FUNNEL benchmark", machineLine(), sections));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

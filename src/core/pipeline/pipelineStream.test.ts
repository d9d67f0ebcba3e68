import { samplePipeline, DEFAULT_SAMPLE_AS_OF } from "../../workbench/samplePipeline";
import { analysePipeline, openHealthStream, pipelineHealth } from "../health";
import { DEFAULT_SCHEME } from "../stages";
import { valueOf } from "../kernel/testing/results";
import { openPipelineStream, readPipelineInChunks } from "./pipelineStream";
import { readPipeline, type PipelineTable } from "./readPipeline";
import { badDataCorpus, CORPUS_AS_OF, CORPUS_HEADER_ROW, CORPUS_MAPPING } from "./testing/badDataCorpus";

/** A seeded generator of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A messy table: the bad-data corpus's rows drawn at random, many times over, with copies (spaces added
 * around texts, trailing blanks), repeated deal ids with other stages, amounts in two currencies, blank rows.
 */
function messyTable(seed: number, rows: number): PipelineTable {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const corpus = badDataCorpus();
  const stages = ["意向", "方案", "谈判", "成交", "输单", "Negotiation", "Foo"];
  const amounts = [1200, "¥1,200", "$30,000", "USD 5,000", "1.2万", "", "#N/A", "12%", 3e15];
  const out: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    const roll = next();
    if (roll < 0.1 && out.length > 0) {
      // A copy of an earlier row, its texts with spaces around them and a trailing blank.
      const copy = pick(out).map((cell) => (typeof cell === "string" && next() < 0.5 ? ` ${cell} ` : cell));
      out.push(next() < 0.5 ? [...copy, ""] : copy);
    } else if (roll < 0.2 && out.length > 0) {
      // The same deal id at another stage (a stage history), or another amount.
      const row = [...pick(out)];
      row[CORPUS_MAPPING.stage as number] = pick(stages);
      row[CORPUS_MAPPING.amount as number] = pick(amounts);
      out.push(row);
    } else if (roll < 0.23) {
      out.push(corpus.header.map(() => ""));
    } else {
      const row = [...pick(corpus.rows)];
      if (next() < 0.3) row[CORPUS_MAPPING.amount as number] = pick(amounts);
      if (next() < 0.2) row[CORPUS_MAPPING.dealId as number] = `D-${Math.floor(next() * rows)}`;
      out.push(row);
    }
  }
  return { header: corpus.header, rows: out, headerRow: CORPUS_HEADER_ROW };
}

/** The rows pushed in chunks of random sizes (1 to `largest`). */
function inRandomChunks(table: PipelineTable, seed: number, largest: number) {
  const next = random(seed);
  const stream = valueOf(openPipelineStream(table, { scheme: DEFAULT_SCHEME, mapping: CORPUS_MAPPING }));
  for (let at = 0; at < table.rows.length;) {
    const size = 1 + Math.floor(next() * largest);
    stream.push(table.rows.slice(at, at + size));
    at += size;
  }
  return stream.finish();
}

describe("pipelineStream", () => {
  it("reads the sample pipeline as readPipeline does, and its health is the same", () => {
    const table = samplePipeline({ language: "zh", seed: 5, deals: 5_000 });
    const options = { scheme: DEFAULT_SCHEME };
    const whole = valueOf(readPipeline(table, options));
    for (const chunk of [1, 7, 256, 4_444, 10_000]) {
      expect(valueOf(readPipelineInChunks(table, options, chunk))).toEqual(whole);
    }
    const analysed = valueOf(
      analysePipeline(table, {
        mapping: whole.mapping,
        scheme: DEFAULT_SCHEME,
        asOf: DEFAULT_SAMPLE_AS_OF,
        dateOrder: "ymd",
      }),
    );
    expect(analysed.health).toEqual(pipelineHealth(whole, DEFAULT_SCHEME, { asOf: DEFAULT_SAMPLE_AS_OF }));
    expect(analysed.deals).toEqual(whole.deals);
    expect(whole.deals[0].stageEntered).not.toBeNull();
  });

  it.each([1, 2, 3])(
    "reads a seeded messy table (seed %i) as readPipeline does, in chunks of any size",
    (seed) => {
      const table = messyTable(seed, 3_000);
      const whole = valueOf(readPipeline(table, { scheme: DEFAULT_SCHEME, mapping: CORPUS_MAPPING }));
      // The table exercises what the stream keeps between chunks: copies, histories, foreign amounts.
      expect(whole.skipped.some((row) => row.kind === "duplicate")).toBe(true);
      expect(whole.histories.length).toBeGreaterThan(0);
      expect((whole.unreadable ?? []).some((cell) => /USD|CNY/.test(cell.reason.en))).toBe(true);
      expect(inRandomChunks(table, seed, 1)).toEqual(whole);
      expect(inRandomChunks(table, seed, 300)).toEqual(whole);
      expect(inRandomChunks(table, seed, 5_000)).toEqual(whole);

      const options = {
        mapping: CORPUS_MAPPING,
        scheme: DEFAULT_SCHEME,
        asOf: CORPUS_AS_OF,
        dateOrder: "ymd" as const,
      };
      const stream = valueOf(openHealthStream(table, options));
      for (let at = 0; at < table.rows.length; at += 123) stream.push(table.rows.slice(at, at + 123));
      const streamed = stream.finish();
      expect(streamed.health).toEqual(pipelineHealth(whole, DEFAULT_SCHEME, { asOf: CORPUS_AS_OF }));
      expect(streamed.deals).toEqual(whole.deals);
    },
  );

  /** A sample table of 6,000 rows whose second half copies the first (every fifth row at another stage). */
  function tableTwice(): PipelineTable {
    const sample = samplePipeline({ language: "zh", seed: 9, deals: 3_000 });
    const again = sample.rows.map((row, i) => (i % 5 === 0 ? [...row.slice(0, -1), "谈判客户"] : [...row]));
    return { header: sample.header, rows: [...sample.rows, ...again] };
  }

  it("finds copies and shares names across chunks when a large table comes twice, as readPipeline does", () => {
    const table = tableTwice();
    const whole = valueOf(readPipeline(table, { scheme: DEFAULT_SCHEME }));
    expect(whole.skipped.filter((row) => row.kind === "duplicate").length).toBeGreaterThan(2_000);
    for (const chunk of [1, 999, 6_000]) {
      expect(valueOf(readPipelineInChunks(table, { scheme: DEFAULT_SCHEME }, chunk))).toEqual(whole);
    }
  });

  it.each([undefined, 0, 10, 6_000, 20_000, Number.NaN, -5, 1e15, 2.5])(
    "reads the same whatever row count it was told to expect (%p)",
    (expectedRows) => {
      // Past the first sizes of the fingerprint and text tables (1,024 slots): without room made for the rows
      // expected, both grow while chunks come; with too much room, the deals' list is cut to the deals at the end.
      const table = tableTwice();
      const whole = valueOf(readPipeline(table, { scheme: DEFAULT_SCHEME }));
      const stream = valueOf(
        openPipelineStream({ header: table.header, expectedRows }, { scheme: DEFAULT_SCHEME }),
      );
      for (let at = 0; at < table.rows.length; at += 777) stream.push(table.rows.slice(at, at + 777));
      const streamed = stream.finish();
      expect(streamed).toEqual(whole);
      expect(streamed.deals).toHaveLength(whole.deals.length);
    },
  );

  it("refuses a mapping the header cannot have, as readPipeline does", () => {
    const header = ["商机", "阶段"];
    const streamed = openPipelineStream({ header }, { scheme: DEFAULT_SCHEME, mapping: { stage: 5 } });
    const whole = readPipeline({ header, rows: [] }, { scheme: DEFAULT_SCHEME, mapping: { stage: 5 } });
    expect(streamed).toEqual(whole);
  });

  it("gives readPipeline's result for a table without rows", () => {
    const table = { header: ["商机", "阶段"], rows: [] };
    const stream = valueOf(openPipelineStream(table, { scheme: DEFAULT_SCHEME }));
    expect(stream.finish()).toEqual(valueOf(readPipeline(table, { scheme: DEFAULT_SCHEME })));
  });
});

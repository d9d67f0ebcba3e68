import Papa from "papaparse";
import { decodeCsv, parseCsvInChunks, previewCsv } from "./csvText";

describe("how the import calls papaparse", () => {
  it("hands it text only: never a URL to download, never a worker (nothing leaves the machine)", async () => {
    const parse = jest.spyOn(Papa, "parse");
    try {
      previewCsv("id,name\n1,a\n", ",", 1);
      await parseCsvInChunks("id,name\n1,a\n", ",", { onRecords: () => undefined });
      expect(parse.mock.calls.length).toBeGreaterThanOrEqual(2);
      for (const [input, config] of parse.mock.calls) {
        expect(typeof input).toBe("string");
        const options = (config ?? {}) as { download?: unknown; worker?: unknown };
        expect([options.download, options.worker]).toEqual([undefined, undefined]);
      }
    } finally {
      parse.mockRestore();
    }
  });
});

describe("decodeCsv", () => {
  it("decodes UTF-8 without its mark, GB18030 and UTF-16 LE", () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0x95, 0x86]), "utf-8")).toBe("商");
    expect(decodeCsv(new Uint8Array([0xc9, 0xcc, 0xbb, 0xfa]), "gb18030")).toBe("商机");
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x46, 0x55, 0x2c, 0x00]), "utf-16le")).toBe("商,");
  });
});

describe("previewCsv", () => {
  it("gives the header and the first records, quotes and line breaks in fields kept", () => {
    const text = 'id;note\r\n00123;"a;b"\r\n\r\n2;"x\ny"\r\n3;z\r\n';
    expect(previewCsv(text, ";", 2)).toEqual({
      header: ["id", "note"],
      records: [
        ["00123", "a;b"],
        ["2", "x\ny"],
      ],
    });
  });
});

describe("parseCsvInChunks", () => {
  it("hands over every record once, in order, with its index, across many small chunks", async () => {
    const lines = ["id,name", ...Array.from({ length: 500 }, (_, i) => `${i},"n, ${i}"`)];
    const seen: string[][] = [];
    const firsts: number[] = [];
    const progress: number[] = [];
    const text = lines.join("\n");
    await parseCsvInChunks(
      text,
      ",",
      {
        onRecords: (records, first) => {
          firsts.push(first);
          seen.push(...records);
        },
        onProgress: (parsed) => progress.push(parsed),
      },
      256,
    );
    expect(seen).toEqual(lines.map((_, i) => (i === 0 ? ["id", "name"] : [`${i - 1}`, `n, ${i - 1}`])));
    expect(firsts[0]).toBe(0);
    expect(firsts.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(text.length);
  });

  it("reports a quote never closed", async () => {
    const unread: number[] = [];
    await parseCsvInChunks('id,note\n1,"open\n2,x\n', ",", {
      onRecords: () => undefined,
      onUnread: (record) => unread.push(record.index),
    });
    expect(unread).toEqual([1]);
  });
});

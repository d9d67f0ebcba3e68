/**
 * Reading a CSV file in the task pane, on the machine (the file never leaves it): its bytes decoded in the
 * encoding detected or chosen (TextDecoder, which drops the byte-order mark), then parsed by papaparse — the first
 * records for the preview, and the whole text in chunks that hand the event loop back between them, so that the
 * progress bar moves on 100,000 rows. What the records mean is core/import's.
 */
import Papa from "papaparse";
import type { CsvDelimiter, CsvEncoding } from "../../core/import";
import type { Bilingual } from "../../core/kernel";

/**
 * The text of a file's bytes in `encoding`; malformed bytes become U+FFFD, a byte-order mark is dropped.
 * @example decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), "utf-8") // "a"
 */
export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** The first records of a text: the header and up to `rows` records after it. */
export interface CsvPreview {
  readonly header: string[];
  readonly records: string[][];
}

/**
 * The header and the first `rows` records of a CSV text (blank lines skipped).
 * @example previewCsv("id,amount\n00123,5\n", ",", 10) // { header: ["id", "amount"], records: [["00123", "5"]] }
 */
export function previewCsv(text: string, delimiter: CsvDelimiter, rows: number): CsvPreview {
  // papaparse's preview counts the blank lines it skips: ask for more, keep `rows`.
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    preview: 2 * (rows + 1),
    skipEmptyLines: true,
  });
  const [header = [], ...records] = parsed.data;
  return { header, records: records.slice(0, rows) };
}

/** A record papaparse could not read whole (a quote never closed), by its index among the records. */
export interface UnreadRecord {
  readonly index: number;
  readonly reason: Bilingual;
}

/** What {@link parseCsvInChunks} calls back with. */
export interface CsvChunkHandlers {
  /** Records `firstIndex` … of the file (the header is record 0 and comes first, alone or with others). */
  readonly onRecords: (records: string[][], firstIndex: number) => void;
  /** Called after each chunk with the characters parsed so far and the text's length. */
  readonly onProgress?: (parsed: number, total: number) => void;
  /** Called with each record papaparse reports malformed. */
  readonly onUnread?: (record: UnreadRecord) => void;
}

/** Characters per chunk: about 1 MB of text. */
const CHUNK_CHARS = 1 << 20;

const UNCLOSED_QUOTE: Bilingual = {
  zh: "引号不成对：一个带引号的字段没有结束。",
  en: "a quoted field is never closed.",
};

/**
 * Parses the whole text in chunks, handing over the records of each and pausing for the event loop between
 * chunks; resolves when all are parsed. Blank lines are skipped.
 * @example await parseCsvInChunks(text, ",", { onRecords: (records, first) => add(records, first) })
 */
export function parseCsvInChunks(
  text: string,
  delimiter: CsvDelimiter,
  handlers: CsvChunkHandlers,
  chunkChars: number = CHUNK_CHARS,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    Papa.parse<string[]>(text, {
      delimiter,
      skipEmptyLines: true,
      chunkSize: chunkChars,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        try {
          for (const error of results.errors) {
            if (error.type === "Quotes" && error.row !== undefined) {
              handlers.onUnread?.({
                index: next + error.row,
                reason: UNCLOSED_QUOTE,
              });
            }
          }
          handlers.onRecords(results.data, next);
          next += results.data.length;
          handlers.onProgress?.(Math.min(results.meta.cursor, text.length), text.length);
        } catch (error) {
          parser.abort();
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
}

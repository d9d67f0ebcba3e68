/**
 * The state of the CSV import: the file picked (read on the machine, never sent anywhere), its encoding and
 * delimiter (detected, editable), the preview with each column's role and kind, the date order (suggested when
 * the file shows it, else the user's to state), and the import itself — parse in chunks, type the rows, write them
 * through the gateway on a new sheet — with progress and an outcome that lists every row not imported.
 */
import { useCallback, useMemo, useState } from "react";
import {
  addRecords,
  detectDelimiter,
  detectEncoding,
  planColumns,
  sheetNameFor,
  suggestDateOrder,
  tableNameFor,
  type CsvDelimiter,
  type CsvEncoding,
  type ImportColumn,
  type RejectedRow,
  type TypedRows,
} from "../../core/import";
import type { DateOrder, FunnelError } from "../../core/kernel";
import type { TableImported } from "../../excel/gateway";
import { useGateway } from "../gateway/GatewayContext";
import { unexpectedFailure } from "../shared/workbookFailure";
import { decodeCsv, parseCsvInChunks, previewCsv } from "./csvText";

/** The records the column kinds and the date order are judged on. */
const SAMPLE_RECORDS = 1_000;
/** The records the preview shows. */
export const PREVIEW_RECORDS = 5;

/** A file picked: its name, size and bytes. */
interface PickedFile {
  readonly name: string;
  readonly size: number;
  readonly bytes: Uint8Array;
}

/** Where the import stands. */
export type ImportRun =
  | { readonly status: "idle" }
  | {
      readonly status: "reading";
      readonly parsed: number;
      readonly total: number;
    }
  | {
      readonly status: "writing";
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly status: "done";
      readonly imported: TableImported;
      readonly rejected: readonly RejectedRow[];
    }
  | { readonly status: "failed"; readonly failure: FunnelError };

/** What the panel shows and can do. */
export interface CsvImportState {
  readonly file: { readonly name: string; readonly size: number } | undefined;
  readonly fileFailure: FunnelError | undefined;
  readonly chooseFile: (file: File | undefined) => Promise<void>;
  readonly encoding: CsvEncoding;
  readonly setEncoding: (encoding: CsvEncoding) => void;
  readonly delimiter: CsvDelimiter;
  readonly setDelimiter: (delimiter: CsvDelimiter) => void;
  readonly columns: readonly ImportColumn[];
  /** The first records, as the file has them. */
  readonly previewRecords: readonly (readonly string[])[];
  /** The order dates are read in; undefined while the user has not stated one the file does not show. */
  readonly dateOrder: DateOrder | undefined;
  readonly setDateOrder: (order: DateOrder) => void;
  readonly hasDates: boolean;
  readonly run: ImportRun;
  readonly canImport: boolean;
  readonly startImport: () => Promise<void>;
  readonly dismiss: () => void;
}

/** A file's bytes (FileReader where Blob.arrayBuffer is missing). */
function fileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function")
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

const UNCLOSED: RejectedRow["reason"] = {
  zh: "引号不成对：一个带引号的字段没有结束。",
  en: "a quoted field is never closed.",
};

/**
 * The CSV import's state; `onImported` is told the sheet (and table) written, to select it as the data.
 * @example const state = useCsvImport({ onImported: (imported) => selectSource(imported) });
 */
export function useCsvImport({
  onImported,
}: { onImported?: (imported: TableImported) => void } = {}): CsvImportState {
  const gateway = useGateway();
  const [file, setFile] = useState<PickedFile | undefined>(undefined);
  const [fileFailure, setFileFailure] = useState<FunnelError | undefined>(undefined);
  const [encoding, setEncoding] = useState<CsvEncoding>("utf-8");
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(",");
  const [statedOrder, setStatedOrder] = useState<DateOrder | undefined>(undefined);
  const [run, setRun] = useState<ImportRun>({ status: "idle" });

  const text = useMemo(() => (file === undefined ? "" : decodeCsv(file.bytes, encoding)), [file, encoding]);
  const sample = useMemo(() => previewCsv(text, delimiter, SAMPLE_RECORDS), [text, delimiter]);
  const columns = useMemo(() => planColumns(sample.header, sample.records), [sample]);
  const suggested = useMemo(() => suggestDateOrder(columns, sample.records), [columns, sample]);
  const hasDates = columns.some((column) => column.kind === "date");
  const dateOrder = statedOrder ?? suggested ?? (hasDates ? undefined : "ymd");

  const chooseFile = useCallback(async (picked: File | undefined) => {
    setRun({ status: "idle" });
    setFileFailure(undefined);
    if (picked === undefined) return;
    try {
      const bytes = await fileBytes(picked);
      const detected = detectEncoding(bytes).encoding;
      setEncoding(detected);
      setDelimiter(detectDelimiter(decodeCsv(bytes.subarray(0, 64 * 1024), detected)));
      setStatedOrder(undefined);
      setFile({ name: picked.name, size: picked.size, bytes });
    } catch (reason) {
      setFile(undefined);
      setFileFailure(unexpectedFailure(reason));
    }
  }, []);

  const busy = run.status === "reading" || run.status === "writing";
  const canImport = file !== undefined && sample.header.length > 0 && dateOrder !== undefined && !busy;

  const startImport = useCallback(async () => {
    if (file === undefined || dateOrder === undefined || busy) return;
    const header = sample.header;
    const typed: TypedRows = { rows: [], rejected: [] };
    const unclosed = new Set<number>();
    setRun({ status: "reading", parsed: 0, total: text.length });
    try {
      await parseCsvInChunks(text, delimiter, {
        onUnread: (record) => unclosed.add(record.index),
        onRecords: (records, first) =>
          records.forEach((fields, i) => {
            const index = first + i;
            if (index === 0) return; // the header
            if (unclosed.has(index)) typed.rejected.push({ row: index + 1, reason: UNCLOSED, fields });
            else addRecords(typed, [fields], index + 1, columns, dateOrder);
          }),
        onProgress: (parsed, total) => setRun({ status: "reading", parsed, total }),
      });
      const total = typed.rows.length;
      setRun({ status: "writing", done: 0, total });
      const result = await gateway.importTable(
        {
          sheetName: sheetNameFor(file.name),
          tableName: tableNameFor(file.name),
          header,
          kinds: columns.map((column) => column.kind),
          rows: typed.rows,
        },
        (done, all) => setRun({ status: "writing", done, total: all }),
      );
      if (!result.ok) {
        setRun({ status: "failed", failure: result.error });
        return;
      }
      const rejected = [...typed.rejected].sort((a, b) => a.row - b.row);
      setRun({ status: "done", imported: result.value, rejected });
      onImported?.(result.value);
    } catch (reason) {
      setRun({ status: "failed", failure: unexpectedFailure(reason) });
    }
  }, [file, dateOrder, busy, sample, text, delimiter, columns, gateway, onImported]);

  return {
    file: file === undefined ? undefined : { name: file.name, size: file.size },
    fileFailure,
    chooseFile,
    encoding,
    setEncoding,
    delimiter,
    setDelimiter,
    columns,
    previewRecords: sample.records.slice(0, PREVIEW_RECORDS),
    dateOrder,
    setDateOrder: setStatedOrder,
    hasDates,
    run,
    canImport,
    startImport,
    dismiss: () => setRun({ status: "idle" }),
  };
}

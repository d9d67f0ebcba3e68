/**
 * "Import a CSV export…" in the workbench: three exports of the same deals — UTF-8 with a byte-order mark, GBK
 * (what a Chinese Excel saves as CSV) and UTF-16 LE with a mark — with dd-mm-yy dates, ids with leading zeros,
 * 18-digit ids and a formula-like name, each imported to a new sheet whose cells must equal the file's values:
 * ids as text, dates as dates, amounts as numbers, the formula as text. Also times a 100,000-row import and takes
 * the README's screenshots.
 */
import { t } from "../../src/core/i18n";
import type { Language } from "../../src/core/kernel";
import { openPipelineHealth } from "./support/healthPane";
import { pane, sheetTab } from "./support/templatesPane";
import {
  cell,
  readmeScreenshot,
  typeInto,
  type WorkbenchSession,
  workbenchSuite,
} from "./support/workbenchPage";

const workbench = workbenchSuite();
let session: WorkbenchSession;

const HEADER = ["商机编号", "客户", "阶段", "预计成交日期", "金额", "身份证号"];
/** The file's rows, and what the sheet must show for each: the id, the date (ISO), the amount, the long id. */
const ROWS = [
  ["00123", "华为技术", "谈判", "01-03-17", '"1,200.50"', "123456789012345678"],
  ["00456", '"=SUM(1+1)"', "立项", "25-12-17", "300", "000000000000000042"],
  ["07890", '"Acme, Inc."', "成交", "09-10-17", '"￥45,000"', "110101199003071234"],
];
const EXPECTED = [
  { id: "00123", customer: "华为技术", date: "2017-03-01", amount: 1200.5, longId: "123456789012345678" },
  { id: "00456", customer: "=SUM(1+1)", date: "2017-12-25", amount: 300, longId: "000000000000000042" },
  { id: "07890", customer: "Acme, Inc.", date: "2017-10-09", amount: 45000, longId: "110101199003071234" },
];
const CSV_TEXT = [HEADER, ...ROWS].map((row) => row.join(",")).join("\r\n") + "\r\n";

/** A GBK encoder built from the decoder's table: each character's two bytes, ASCII as itself. */
function gbkBytes(text: string): Buffer {
  const decoder = new TextDecoder("gb18030");
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== "\ufffd" && !table.has(char)) table.set(char, [lead, trail]);
    }
  return Buffer.from(
    [...text].flatMap((c) => {
      if (c.charCodeAt(0) < 0x80) return [c.charCodeAt(0)];
      const bytes = table.get(c);
      if (bytes === undefined) throw new Error(`${c} has no GBK form`);
      return bytes;
    }),
  );
}

const FILES: Record<string, () => Buffer> = {
  "deals-utf8.csv": () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV_TEXT, "utf8")]),
  "deals-gbk.csv": () => gbkBytes(CSV_TEXT),
  "deals-utf16.csv": () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV_TEXT, "utf16le")]),
};
const ENCODINGS: Record<string, string> = {
  "deals-utf8.csv": "utf-8",
  "deals-gbk.csv": "gb18030",
  "deals-utf16.csv": "utf-16le",
};

/** Opens the import panel from the Pipeline health view's data step. */
async function openImport(s: WorkbenchSession): Promise<void> {
  await openPipelineHealth(s);
  await pane(s)
    .getByRole("button", { name: t("csvImportOpen", s.language) })
    .click();
}

/** Picks a file, states day-month-year, imports; resolves when the pane says it is done. */
async function importFile(s: WorkbenchSession, name: string, buffer: Buffer): Promise<void> {
  await pane(s)
    .getByLabel(t("csvImportFileLabel", s.language))
    .setInputFiles({ name, mimeType: "text/csv", buffer });
  await pane(s)
    .getByRole("radio", { name: t("healthDateOrderDmy", s.language) })
    .check();
  await pane(s)
    .getByRole("button", { name: t("csvImportStart", s.language) })
    .click();
  await pane(s)
    .getByRole("group", { name: t("csvImportDoneTitle", s.language) })
    .waitFor({ timeout: 300_000 });
}

const text = (address: string) => cell(session.page, address).textContent();

describe.each<Language>(["en", "zh"])("importing CSV exports in %s", (language) => {
  it("imports UTF-8, GBK and UTF-16 exports to new sheets whose typed values equal the file's", async () => {
    session = await workbench.open(language, { width: 1600, height: 1000 });
    await openImport(session);
    for (const [name, bytes] of Object.entries(FILES)) {
      await pane(session)
        .getByLabel(t("csvImportFileLabel", language))
        .setInputFiles({ name, mimeType: "text/csv", buffer: bytes() });
      await pane(session)
        .getByText(new RegExp(`^${name.replace(".", "\\.")}\\s?[(（]`))
        .waitFor();
      const encoding = pane(session).getByRole("combobox", { name: t("csvImportEncodingLabel", language) });
      await expect(encoding.inputValue()).resolves.toBe(ENCODINGS[name]);
      await importFile(session, name, bytes());
      const sheet = name.replace(/\.csv$/, "");
      await sheetTab(session, sheet, true).waitFor();
      await expect(text("A1")).resolves.toBe("商机编号");
      for (const [i, row] of EXPECTED.entries()) {
        const r = i + 2;
        await expect(text(`A${r}`)).resolves.toBe(row.id);
        await expect(text(`B${r}`)).resolves.toBe(row.customer);
        await expect(text(`D${r}`)).resolves.toBe(row.date);
        await expect(text(`F${r}`)).resolves.toBe(row.longId);
        // Typed, not text that looks typed: the date is a serial, the amount a number, the id text.
        await typeInto(session, `H${r}`, `=D${r}*1`);
        await typeInto(session, `I${r}`, `=E${r}*2`);
        await typeInto(session, `J${r}`, `=ISTEXT(A${r})`);
        await expect(text(`H${r}`)).resolves.toBe(String(serialOf(row.date)));
        await expect(text(`I${r}`)).resolves.toBe(String(row.amount * 2));
        await expect(text(`J${r}`)).resolves.toBe("TRUE");
      }
      const data = pane(session).getByRole("combobox", { name: t("healthSourceLabel", language) });
      // The import is an Excel table (in the workbench too), chosen as the data.
      await expect(data.inputValue()).resolves.toMatch(/^table:/);
    }
    await readmeScreenshot(session, `csv-import-${language}`);
  });
});

/** The Excel serial of an ISO date. */
function serialOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25_569;
}

describe("a large export", () => {
  it("imports 100,000 rows, and says how long it took", async () => {
    const lines = [HEADER.join(",")];
    for (let i = 0; i < 100_000; i++) {
      const day = String((i % 28) + 1).padStart(2, "0");
      const month = String((i % 12) + 1).padStart(2, "0");
      lines.push(
        `${String(i).padStart(6, "0")},客户${i % 997},谈判,${day}-${month}-17,${1000 + i},${123456789012345678n + BigInt(i)}`,
      );
    }
    session = await workbench.open("en", { width: 1600, height: 900 });
    await openImport(session);
    const started = Date.now();
    await importFile(session, "large.csv", Buffer.from(lines.join("\n"), "utf8"));
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`100,000-row CSV import in the workbench: ${seconds.toFixed(1)} s\n`);
    await sheetTab(session, "large", true).waitFor();
    await expect(text("A2")).resolves.toBe("000000");
    const outcome = pane(session).getByRole("group", { name: t("csvImportDoneTitle", "en") });
    await expect(outcome.textContent()).resolves.toContain("100,000");
  }, 600_000);
});

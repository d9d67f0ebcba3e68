/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TextDecoder as NodeTextDecoder, TextEncoder } from "node:util";
import { createFakeGateway } from "../testing/fakeGateway";
import { renderPane } from "../testing/renderPane";
import { DataPicker } from "../shared/DataPicker";
import { usePipelineSource } from "../shared/usePipelineSource";
import { CsvImport } from "./CsvImport";

// jsdom lacks TextDecoder; Node's decodes the same WHATWG encodings (GB18030 and UTF-16 included).
Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

/** "商机编号,客户,Close Date,金额\n" … in GBK: what a Chinese Excel saves as "CSV". */
const gbk = (text: string) => {
  const table = new Map<string, number[]>();
  const decoder = new NodeTextDecoder("gb18030");
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  return new Uint8Array(
    [...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c)!)),
  );
};

const CSV = [
  "商机编号,客户,Close Date,金额,身份证号",
  '00123,=HYPERLINK("x"),01-03-17,"1,200",123456789012345678',
  "00124,华为,02-03-17,300,223456789012345678",
  "00125,腾讯,31-02-17,5,323456789012345678",
  "",
].join("\r\n");

const csvFile = (bytes: Uint8Array, name = "商机导出.csv") =>
  new File([Uint8Array.from(bytes)], name, { type: "text/csv" });

describe("CsvImport", () => {
  it("opens the file picker from a button in the pane's language (the browser's own button is hidden)", async () => {
    const opened = jest.spyOn(HTMLInputElement.prototype, "click").mockImplementation(() => undefined);
    try {
      renderPane(<CsvImport />, { language: "zh" });
      await userEvent.click(screen.getByRole("button", { name: "选择文件…" }));
      expect(opened).toHaveBeenCalledTimes(1);
      expect(opened.mock.instances[0]).toBe(screen.getByLabelText("CSV 文件"));
    } finally {
      opened.mockRestore();
    }
  });

  it("detects GBK and the delimiter, shows the columns' roles and kinds, and asks for the date order", async () => {
    renderPane(<CsvImport />, { language: "en" });
    await userEvent.upload(screen.getByLabelText("CSV file"), csvFile(gbk(CSV)));
    expect(await screen.findByRole("combobox", { name: "Encoding (detected)" })).toHaveValue("gb18030");
    expect(screen.getByRole("combobox", { name: "Delimiter (detected)" })).toHaveValue("comma");
    const table = screen.getByRole("table");
    const heads = within(table)
      .getAllByRole("columnheader")
      .map((head) => head.textContent);
    expect(heads).toEqual([
      "商机编号Deal ID · ID (text)",
      "客户Customer · Text",
      "Close DateExpected close · Date",
      "金额Amount · Number",
      "身份证号Other column · ID (text)",
    ]);
    expect(within(table).getAllByRole("row")[1]).toHaveTextContent("00123");
    // "31-02-17" shows the day comes first: the order is suggested, and the import offered.
    expect(screen.getByRole("radio", { name: "Day-month-year" })).toBeChecked();
    expect(screen.getByRole("button", { name: "Import to a new sheet" })).not.toHaveAttribute(
      "aria-disabled",
      "true",
    );
  });

  it("asks for the date order when the file's dates could be day or month first", async () => {
    renderPane(<CsvImport />, { language: "en" });
    await userEvent.upload(
      screen.getByLabelText("CSV file"),
      csvFile(new TextEncoder().encode("id,Close Date\n1,01-03-17\n")),
    );
    expect(
      await screen.findByText("The file's dates could be day or month first: choose the order."),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Import to a new sheet" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await userEvent.click(screen.getByRole("radio", { name: "Month-day-year" }));
    expect(screen.getByRole("button", { name: "Import to a new sheet" })).not.toHaveAttribute(
      "aria-disabled",
      "true",
    );
  });

  it("imports a UTF-16 file to a new sheet: ids and hostile text as text, dates and amounts typed, bad rows listed", async () => {
    const gateway = createFakeGateway({ otherSheets: ["商机导出"] });
    const onImported = jest.fn();
    renderPane(<CsvImport onImported={onImported} />, {
      gateway,
      language: "zh",
    });
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...CSV].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    await userEvent.upload(screen.getByLabelText("CSV 文件"), csvFile(utf16));
    expect(await screen.findByRole("combobox", { name: "编码（已自动识别）" })).toHaveValue("utf-16le");
    await userEvent.click(screen.getByRole("radio", { name: "日-月-年" }));
    await userEvent.click(screen.getByRole("button", { name: "导入到新工作表" }));

    const outcome = await screen.findByRole("group", { name: "已导入" });
    expect(outcome).toHaveTextContent("已将 2 行写入新工作表“商机导出 (2)”中的表格 商机导出，并选为数据。");
    expect(outcome).toHaveTextContent("以下 1 行未导入");
    expect(outcome).toHaveTextContent("第 4 行：第 3 列“Close Date”：“31-02-17”不是存在的日期");
    const cells = gateway.contents.get("商机导出 (2)")!;
    expect([cells.get("A2"), cells.get("B2"), cells.get("C2"), cells.get("D2"), cells.get("E2")]).toEqual([
      "'00123",
      '\'=HYPERLINK("x")',
      42795,
      1200,
      "'123456789012345678",
    ]);
    expect(cells.get("A4")).toBeUndefined();
    expect(gateway.importedTables[0].typed.kinds).toEqual(["text", "text", "date", "number", "text"]);
    expect(onImported).toHaveBeenCalledWith({
      sheet: "商机导出 (2)",
      table: "商机导出",
      rows: 2,
    });
  });

  it("shows the gateway's failure and writes nothing", async () => {
    const gateway = createFakeGateway();
    gateway.failNextImport({
      zh: "写入被拒绝。",
      en: "The write was refused.",
    });
    renderPane(<CsvImport />, { gateway, language: "en" });
    await userEvent.upload(
      screen.getByLabelText("CSV file"),
      csvFile(new TextEncoder().encode("id,amount\n1,5\n")),
    );
    await userEvent.click(await screen.findByRole("button", { name: "Import to a new sheet" }));
    expect(
      await screen
        .findByRole("group", { name: "Not inserted" })
        .catch(() => screen.findByRole("group", { name: "Not imported" })),
    ).toHaveTextContent("The write was refused.");
    expect(gateway.sheets).toEqual(["Sheet1"]);
  });
});

describe("the data step's CSV import", () => {
  function Step() {
    const source = usePipelineSource({
      today: () => new Date(2025, 0, 1),
      run: (task) => task(() => true),
    });
    return <DataPicker source={source} />;
  }

  it("opens from the data picker and selects the imported table as the data", async () => {
    const gateway = createFakeGateway({
      sheetData: {
        Deals: { sheet: "Deals", header: ["Stage"], rows: [["谈判"]] },
      },
    });
    renderPane(<Step />, { gateway, language: "en" });
    await userEvent.click(await screen.findByRole("button", { name: "Import a CSV export…" }));
    await userEvent.upload(
      screen.getByLabelText("CSV file"),
      csvFile(new TextEncoder().encode("Stage,Amount\n谈判,5\n"), "crm.csv"),
    );
    await userEvent.click(await screen.findByRole("button", { name: "Import to a new sheet" }));
    await screen.findByRole("group", { name: "Imported" });
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Data" })).toHaveValue("table:crm"));
  });
});

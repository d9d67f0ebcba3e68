import {
  isBrokenReference,
  isReportMarker,
  markedSheet,
  markerHiding,
  newMarkerId,
  reportKindKey,
  reportMarker,
} from "./reportMarker";

describe("isReportMarker", () => {
  const marker = {
    ...reportMarker("pipelineHealth", "0A1B2C3D"),
    formula: "='管线健康'!$A$1",
    visible: false,
  };

  it("recognises the name it wrote: the id its comment repeats, pointing at a sheet's $A$1", () => {
    expect(isReportMarker("pipelineHealth", marker)).toBe(true);
    expect(marker.name).toBe("FUNNEL_REPORT_PIPELINE_HEALTH_0A1B2C3D");
    expect(marker.comment).toContain("请勿修改");
    expect(marker.comment).toContain("do not edit");
  });

  it("recognises its marker that Excel left visible, or whose visibility is not known", () => {
    expect(isReportMarker("pipelineHealth", { ...marker, visible: true })).toBe(true);
    expect(isReportMarker("pipelineHealth", { ...marker, visible: undefined })).toBe(true);
  });

  it("recognises its marker whose sheet, or whose sheet's first row, was deleted", () => {
    for (const formula of ["=#REF!", "=#REF!$A$1", "='管线健康'!#REF!", "=Report!#REF!"]) {
      expect([formula, isReportMarker("pipelineHealth", { ...marker, formula })]).toEqual([formula, true]);
    }
  });

  it("rejects a name without the comment, with another id, or of another kind", () => {
    expect(isReportMarker("pipelineHealth", { ...marker, comment: undefined })).toBe(false);
    expect(isReportMarker("pipelineHealth", { ...marker, comment: null })).toBe(false);
    expect(
      isReportMarker("pipelineHealth", { ...marker, name: "FUNNEL_REPORT_PIPELINE_HEALTH_FFFFFFFF" }),
    ).toBe(false);
    expect(isReportMarker("forecast", marker)).toBe(false);
    expect(isReportMarker("pipelineHealth", { ...marker, name: "FUNNEL_REPORT_PIPELINE_HEALTH_XYZ" })).toBe(
      false,
    );
    expect(isReportMarker("pipelineHealth", { ...marker, name: marker.name.toLowerCase() })).toBe(false);
  });

  it("rejects a user's name that merely starts like a marker", () => {
    for (const name of [
      "FUNNEL_REPORT_PIPELINE_HEALTH_0A1B2C3D_OLD",
      "FUNNEL_REPORT_PIPELINE_HEALTH_MINE",
      "FUNNEL_REPORT_PIPELINE_HEALTH_",
      "FUNNEL_REPORT_PIPELINE_0A1B2C3D",
    ]) {
      expect([name, isReportMarker("pipelineHealth", { ...marker, name })]).toEqual([name, false]);
    }
  });

  it.each([
    ["no reference", undefined],
    ["another cell", "='管线健康'!$B$2"],
    ["a relative A1", "='管线健康'!A1"],
    ["a range", "='管线健康'!$A$1:$C$3"],
    ["a constant", "=1"],
    ["a formula", "=SUM('管线健康'!$A$1)"],
    ["another workbook", "='[Book2.xlsx]管线健康'!$A$1"],
    ["a formula that merely holds #REF!", "=#REF!+1"],
  ])("rejects its name and comment with the wrong reference: %s", (_what, formula) => {
    expect(isReportMarker("pipelineHealth", { ...marker, formula })).toBe(false);
  });

  it.each([
    ["the start of the comment only", "funnel-report pipelineHealth 0A1B2C3D "],
    ["the comment cut short", marker.comment.slice(0, -1)],
    ["the comment with more after it", `${marker.comment} (copy)`],
    ["the comment in other case", marker.comment.toUpperCase()],
    ["another kind in the comment", marker.comment.replace("pipelineHealth", "forecast")],
    ["another id in the comment", marker.comment.replace("0A1B2C3D", "0A1B2C3E")],
  ])("rejects a garbled comment: %s", (_what, comment) => {
    expect(isReportMarker("pipelineHealth", { ...marker, comment })).toBe(false);
  });
});

describe("reportKindKey", () => {
  it("writes the kind in capitals with words split by underscores", () => {
    expect(reportKindKey("pipelineHealth")).toBe("PIPELINE_HEALTH");
    expect(reportKindKey("pipeline-health")).toBe("PIPELINE_HEALTH");
    expect(reportKindKey(" Forecast 2 ")).toBe("FORECAST_2");
  });
});

describe("markedSheet", () => {
  it("finds no sheet in a broken reference or something that is not a reference", () => {
    expect(markedSheet("=#REF!")).toBeUndefined();
    expect(markedSheet("=#REF!$A$1")).toBeUndefined();
    expect(markedSheet("='管线健康'!#REF!")).toBeUndefined();
    expect(markedSheet(42)).toBeUndefined();
    expect(markedSheet("=1+1")).toBeUndefined();
    expect(markedSheet("Report!$A$1")).toBeUndefined();
  });

  it("finds no sheet where the reference is not the add-in's: another cell, a range, a formula, another workbook", () => {
    expect(markedSheet("=Report!$B$2")).toBeUndefined();
    expect(markedSheet("=Report!A1")).toBeUndefined();
    expect(markedSheet("=Report!$A$1:$C$9")).toBeUndefined();
    expect(markedSheet("=SUM(Report!$A$1)")).toBeUndefined();
    expect(markedSheet("=Other!$B$1+Report!$A$1")).toBeUndefined();
    expect(markedSheet("=[Book2.xlsx]Report!$A$1")).toBeUndefined();
    expect(markedSheet("='[Book2.xlsx]Report'!$A$1")).toBeUndefined();
  });

  it("reads quoted and plain sheet names", () => {
    expect(markedSheet("='管线健康 (2)'!$A$1")).toBe("管线健康 (2)");
    expect(markedSheet("='Bob''s'!$A$1")).toBe("Bob's");
    expect(markedSheet("=Report!$A$1")).toBe("Report");
  });
});

describe("isBrokenReference", () => {
  it("knows a reference to $A$1 whose sheet, row or column Excel deleted", () => {
    expect(isBrokenReference("=#REF!")).toBe(true);
    expect(isBrokenReference("=#REF!$A$1")).toBe(true);
    expect(isBrokenReference("='Bob''s report'!#REF!")).toBe(true);
  });

  it("does not take a working reference, another cell's, or a formula for a broken marker", () => {
    expect(isBrokenReference("=Report!$A$1")).toBe(false);
    expect(isBrokenReference("=#REF!$B$2")).toBe(false);
    expect(isBrokenReference("=#REF!+1")).toBe(false);
    expect(isBrokenReference("=SUM(#REF!)")).toBe(false);
    expect(isBrokenReference("=Report!#REF!+1")).toBe(false);
    expect(isBrokenReference(undefined)).toBe(false);
  });
});

describe("markerHiding", () => {
  /** An added name as Office.js hands it out: `visible` set by the add-in, what Excel kept read back. */
  function addedName(kept: boolean) {
    const set: boolean[] = [];
    const loads: string[] = [];
    const item = {
      name: "FUNNEL_REPORT_PIPELINE_HEALTH_0A1B2C3D",
      get visible() {
        return kept ? (set.at(-1) ?? true) : true;
      },
      set visible(visible: boolean) {
        set.push(visible);
      },
      load(properties: string) {
        loads.push(properties);
        return item;
      },
    };
    return { item: item as unknown as Excel.NamedItem, set, loads };
  }

  it("queues visible = false and its read-back each time it is asked, and reads back what Excel kept", () => {
    const { item, set, loads } = addedName(true);
    const hiding = markerHiding(item);
    expect(hiding.queued).toBe(false);
    hiding.queue();
    expect(hiding.queued).toBe(true);
    expect(set).toEqual([false]);
    expect(loads).toEqual(["name, visible"]);
    // Queued again when the request it went in failed before it and is sent again.
    hiding.queue();
    expect(set).toEqual([false, false]);
    expect(hiding.readBack()).toBe(true);
  });

  it("reads back a marker Excel left visible, and says so on the console", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const { item } = addedName(false);
      const hiding = markerHiding(item);
      hiding.queue();
      expect(hiding.readBack()).toBe(false);
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining("FUNNEL_REPORT_PIPELINE_HEALTH_0A1B2C3D visible"),
      );
    } finally {
      warn.mockRestore();
    }
  });
});

describe("newMarkerId", () => {
  it("draws eight hexadecimal digits, different each time", () => {
    const ids = new Set(Array.from({ length: 20 }, () => newMarkerId()));
    expect([...ids].every((id) => /^[0-9A-F]{8}$/.test(id))).toBe(true);
    expect(ids.size).toBe(20);
  });
});

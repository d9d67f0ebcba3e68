/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { DEFAULT_SCHEME } from "../../core/stages";
import { GatewayProvider } from "../gateway/GatewayContext";
import { createFakeGateway, type FakeGateway } from "../testing/fakeGateway";
import { stageSettingsTable } from "../testing/stageSettingsTable";
import { useStageScheme } from "./useStageScheme";

/** A stage settings sheet of four stages (the head on row 3, as the template lays it out). */
const SETTINGS = stageSettingsTable([
  ["线索", 0.1, "", ""],
  ["方案", 0.5, "", ""],
  ["签约", 1, "是", ""],
  ["丢单", 0, "", "是"],
]);

function schemeOf(gateway: FakeGateway, sheet: string | undefined, table: unknown) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <GatewayProvider gateway={gateway}>{children}</GatewayProvider>
  );
  return renderHook(({ read }) => useStageScheme(sheet, read), { wrapper, initialProps: { read: table } });
}

describe("useStageScheme", () => {
  it("is the seven-stage model at once when the view uses no settings sheet", () => {
    const { result } = schemeOf(createFakeGateway(), undefined, undefined);
    expect(result.current).toEqual({ status: "ready", scheme: DEFAULT_SCHEME });
  });

  it("reads the settings sheet's stages once data is read, with the list's workbook name", async () => {
    const { result } = schemeOf(createFakeGateway({ sheetData: { 阶段设置: SETTINGS } }), "阶段设置", {
      rows: 1,
    });
    expect(result.current.status).toBe("loading");
    await waitFor(() => expect(result.current.status).toBe("ready"));
    if (result.current.status !== "ready") throw new Error("not ready");
    expect(result.current.scheme.stages.map((s) => s.name.zh)).toEqual(["线索", "方案", "签约"]);
    expect(result.current.stageListName).toEqual(expect.any(String));
  });

  it("reads the sheet again after each read of the data, and says what failed when it cannot", async () => {
    const gateway = createFakeGateway({ sheetData: { 阶段设置: SETTINGS } });
    const { result, rerender } = schemeOf(gateway, "阶段设置", { rows: 1 });
    await waitFor(() => expect(result.current.status).toBe("ready"));
    gateway.failNextRead({ zh: "无法读取。", en: "Cannot read." });
    act(() => rerender({ read: { rows: 2 } }));
    await waitFor(() => expect(result.current.status).toBe("failed"));
    expect(result.current).toEqual({
      status: "failed",
      failure: expect.objectContaining({ message: { zh: "无法读取。", en: "Cannot read." } }),
    });
  });
});

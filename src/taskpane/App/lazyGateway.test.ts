import { lazyGateway } from "./lazyGateway";
import { createFakeGateway } from "../testing/fakeGateway";

describe("lazyGateway", () => {
  it("loads the gateway at the first call, once, and calls it", async () => {
    const fake = createFakeGateway({ activeAddress: "C3" });
    const load = jest.fn(async () => fake);
    const { gateway } = lazyGateway(load);
    expect(load).not.toHaveBeenCalled();

    const [active, names] = await Promise.all([gateway.activeCell(), gateway.sheetNames()]);

    expect(active).toEqual(await fake.activeCell());
    expect(names).toEqual(await fake.sheetNames());
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("starts loading on preload, and keeps each method the same function", async () => {
    const fake = createFakeGateway();
    const load = jest.fn(async () => fake);
    const { gateway, preload } = lazyGateway(load);
    expect(await preload()).toBe(fake);
    expect(gateway.readTable).toBe(gateway.readTable);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("is not a thenable, so awaiting it gives it back", async () => {
    const { gateway } = lazyGateway(async () => createFakeGateway());
    expect((gateway as unknown as { then?: unknown }).then).toBeUndefined();
    expect(await Promise.resolve(gateway)).toBe(gateway);
  });

  it("tries again at the next call when the load failed", async () => {
    const fake = createFakeGateway();
    const load = jest.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(fake);
    const { gateway } = lazyGateway(load);
    await expect(gateway.sheetNames()).rejects.toThrow("offline");
    expect(await gateway.sheetNames()).toEqual(await fake.sheetNames());
    expect(load).toHaveBeenCalledTimes(2);
  });
});

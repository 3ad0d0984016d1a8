import { describe, expect, it } from "vitest";
import { ipFromForwarded } from "./request";

describe("the client's address", () => {
  it("trusts only the entries our own proxies added, counted from the right", () => {
    expect(ipFromForwarded("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(ipFromForwarded("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(ipFromForwarded("203.0.113.7", 1)).toBe("203.0.113.7");
    expect(ipFromForwarded("203.0.113.7", 3)).toBe("203.0.113.7");
    expect(ipFromForwarded(undefined, 1)).toBe("unknown");
  });
});
